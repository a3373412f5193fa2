import { ButtonGroup, ButtonLink, Heading1, Heading2, Heading3, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { API } from '../../api/client.ts';
import { useResource } from '../../api/useResource.ts';
import { LoadState } from '../../components/LoadState.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useI18n } from '../../i18n/context.tsx';
import { PolicyGate } from './PolicyGate.tsx';
import type { ApiChecklist } from './types.ts';

export default function ChecklistPage({ code }: { code: string }) {
  const { t } = useI18n();
  useDocumentTitle(t('policy.checklist.title'));
  return <PolicyGate title={t('policy.checklist.title')}>{() => <Checklist code={code} />}</PolicyGate>;
}

function Checklist({ code }: { code: string }) {
  const { t } = useI18n();
  const base = `/beleid/gemeenten/${encodeURIComponent(code)}`;
  const resource = useResource<ApiChecklist>(`${base}/checklist`);
  const plan = (formaat: string) => `${API}${base}/beleidsplan?formaat=${formaat}`;
  return (
    <>
      <Heading1>{t('policy.checklist.title')}</Heading1>
      <Paragraph>{t('policy.checklist.intro')}</Paragraph>
      <section aria-labelledby="policy-plan" className="naast-no-print">
        <Heading2 id="policy-plan">{t('policy.plan.title')}</Heading2>
        <Paragraph>{t('policy.plan.intro')}</Paragraph>
        <ButtonGroup>
          <ButtonLink appearance="primary-action-button" href={plan('html')} download>
            {t('policy.plan.word')}
          </ButtonLink>
          <ButtonLink appearance="secondary-action-button" href={plan('pdf')} download>
            {t('policy.plan.pdf')}
          </ButtonLink>
          <ButtonLink appearance="secondary-action-button" href={plan('markdown')} download>
            {t('policy.plan.markdown')}
          </ButtonLink>
        </ButtonGroup>
      </section>
      {!resource.data ? (
        <LoadState error={resource.error} loading />
      ) : (
        <section aria-labelledby="policy-points">
          <Heading2 id="policy-points">{t('policy.checklist.score', { done: resource.data.voldaan, total: resource.data.totaal })}</Heading2>
          {resource.data.punten.map((p) => (
            <article key={p.code} className="naast-checklist-item" data-testid={`check-${p.code}`}>
              <Heading3 lang="nl">{p.plicht}</Heading3>
              <Paragraph>
                <span className={`naast-status naast-status--${p.status}`}>{t(`policy.checklist.status.${p.status}`)}</span>
              </Paragraph>
              {p.aanwezig.length > 0 && (
                <>
                  <Paragraph>{t('policy.checklist.found')}:</Paragraph>
                  <UnorderedList lang="nl">
                    {p.aanwezig.map((f, i) => (
                      <UnorderedListItem key={i}>{f}</UnorderedListItem>
                    ))}
                  </UnorderedList>
                </>
              )}
              {p.ontbreekt.length > 0 && (
                <>
                  <Paragraph>{t('policy.checklist.missing')}:</Paragraph>
                  <UnorderedList lang="nl">
                    {p.ontbreekt.map((m, i) => (
                      <UnorderedListItem key={i}>{m}</UnorderedListItem>
                    ))}
                  </UnorderedList>
                </>
              )}
              <Paragraph>
                <small>{t('policy.checklist.source', { source: p.bron })}</small>
              </Paragraph>
            </article>
          ))}
        </section>
      )}
    </>
  );
}
