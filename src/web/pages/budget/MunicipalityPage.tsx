import { Link as RouterLink } from 'wouter';
import { Alert, DataList, DataListItem, DataListKey, DataListValue, Heading1, Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useResource } from '../../api/useResource.ts';
import type { AllocationExplanation } from '../../api/budgetTypes.ts';
import { LoadState } from '../../components/LoadState.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useI18n } from '../../i18n/context.tsx';
import { BUDGET_YEAR, formatEuro } from './budgetFormat.ts';
import { RoundingTable } from './RoundingTable.tsx';
import { ShareStep } from './ShareStep.tsx';

/** /budget/gemeente/:code — how the budget of one municipality follows from the key, step by step. */
export default function MunicipalityPage({ params }: { params: { code: string } }) {
  const { t } = useI18n();
  const explanation = useResource<AllocationExplanation>(`/budget/verdelingen/${encodeURIComponent(params.code)}?jaar=${BUDGET_YEAR}`);
  const e = explanation.data?.gemeente.code === params.code ? explanation.data : undefined;
  useDocumentTitle(e?.gemeente.naam);
  const back = (
    <Paragraph className="naast-no-print">
      <RouterLink href="/" className="utrecht-link">
        ← {t('budget.explain.back')}
      </RouterLink>
    </Paragraph>
  );
  if (!e) {
    return (
      <>
        <Heading1>{t('budget.explain.loadingTitle')}</Heading1>
        <LoadState error={explanation.error} loading={!explanation.error} />
        {back}
      </>
    );
  }
  const org = e.meeOrganisatie;
  const names = { name: e.gemeente.naam, org: org.naam, inhabitants: e.sleutel.inwoners, clients: e.sleutel.clienten };
  return (
    <>
      {back}
      <Heading1>{e.gemeente.naam}</Heading1>
      <Paragraph lead>{t('budget.explain.intro', { ...names, year: e.jaar, region: e.gemeente.jeugdregio.naam })}</Paragraph>
      <DataList>
        <DataListItem>
          <DataListKey>{t('budget.explain.publishedMee')}</DataListKey>
          <DataListValue>
            <span data-testid="budget-mee">{formatEuro(e.gepubliceerd.budgetMeeCent)}</span>
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('budget.explain.publishedIvh')}</DataListKey>
          <DataListValue>
            <span data-testid="budget-ivh">{formatEuro(e.gepubliceerd.budgetIvhCent)}</span>
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('budget.explain.source')}</DataListKey>
          <DataListValue>{e.gepubliceerd.bron}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('budget.col.youthRegion')}</DataListKey>
          <DataListValue>{e.gemeente.jeugdregio.naam}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('budget.explain.cbsCode')}</DataListKey>
          <DataListValue>{e.gemeente.cbsCode}</DataListValue>
        </DataListItem>
      </DataList>
      {e.berekendGelijkAanGepubliceerd ? (
        <Alert type="ok">
          <Paragraph data-testid="check">✓ {t('budget.explain.checkOk')}</Paragraph>
        </Alert>
      ) : (
        <Alert type="warning">
          <Paragraph data-testid="check">✗ {t('budget.explain.checkNotOk')}</Paragraph>
        </Alert>
      )}

      <Heading2>{t('budget.explain.step1')}</Heading2>
      <Paragraph>
        {t('budget.explain.step1Text', {
          ...names,
          year: e.jaar,
          mee: formatEuro(org.budgetMeeCent),
          ivh: formatEuro(org.budgetIvhCent),
          count: org.aantalGemeenten,
        })}
      </Paragraph>

      <Heading2>{t('budget.explain.step2')}</Heading2>
      <Paragraph>{t('budget.explain.step2Text', names)}</Paragraph>
      <Paragraph>{t('budget.explain.step2Derived')}</Paragraph>

      <ShareStep
        id="stap-inwoners"
        title={t('budget.explain.step3')}
        intro={t('budget.explain.step3Text', names)}
        formula={t('budget.explain.inhabitantFormula', names)}
        share={e.afgeleid.inwonersaandeel}
        resultLabel={t('budget.input.inhabitantShare')}
        testId="inwonersaandeel"
      />
      {e.afgeleid.clientenaandeel ? (
        <ShareStep
          id="stap-clienten"
          title={t('budget.explain.step4')}
          intro={t('budget.explain.step4Text', names)}
          formula={t('budget.explain.clientFormula', names)}
          share={e.afgeleid.clientenaandeel}
          resultLabel={t('budget.input.clientShare')}
          testId="clientenaandeel"
        />
      ) : (
        <>
          <Heading2>{t('budget.explain.step4')}</Heading2>
          <Paragraph>{t('budget.explain.noClientShare')}</Paragraph>
        </>
      )}
      {e.afgeleid.signalen.length > 0 && (
        <Alert type="warning">
          <Paragraph>{t('budget.explain.signals')}</Paragraph>
          <UnorderedList>
            {e.afgeleid.signalen.map((s) => (
              <UnorderedListItem key={s}>{s}</UnorderedListItem>
            ))}
          </UnorderedList>
        </Alert>
      )}

      <Heading2>{t('budget.explain.step5')}</Heading2>
      <Paragraph>{t('budget.explain.meeFormula', names)}</Paragraph>
      <Paragraph>{t('budget.explain.ivhFormula', names)}</Paragraph>
      <Paragraph>{t('budget.explain.roundingText')}</Paragraph>
      <RoundingTable explanation={e} />
    </>
  );
}
