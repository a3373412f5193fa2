import { Link as RouterLink } from 'wouter';
import { Heading3, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import type { components } from '../../api/generated/openapi.d.ts';
import type { Round, RoundSummary, Share } from '../../api/monitorTypes.ts';
import { useResource } from '../../api/useResource.ts';
import { LoadState } from '../../components/LoadState.tsx';
import { SortableTable } from '../../components/SortableTable.tsx';
import { useI18n } from '../../i18n/context.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import { StartBlock } from './StartBlock.tsx';
import { furthestBehind } from './startModel.ts';

type Changes = components['schemas']['RondeVeranderingen'];
type Status = Changes['perStatus'][number]['status'];

/** How many lagging municipalities the start page shows; the rest is one link away. */
const LAGGING_SHOWN = 10;
const CHANGED_SHOWN = 10;

const SHARES: [keyof RoundSummary['aandelen'], MessageKey][] = [
  ['geenAfspraken', 'monitor.measure.geen_afspraken'],
  ['nietsInVoorbereiding', 'monitor.measure.niets_in_voorbereiding'],
  ['ambtelijkOfVerder', 'monitor.measure.ambtelijk_of_verder'],
  ['collegeOfVerder', 'monitor.measure.college_of_verder'],
  ['definitief', 'monitor.measure.definitief'],
  ['nietGeantwoord', 'home.national.nonResponse'],
];

/**
 * For the national analyst (issue 20 §2): the current round's picture with numerator and denominator
 * (non-response apart), the municipalities furthest behind, and what changed since the previous round.
 */
export function NationalBlock({ round }: { round: Round }) {
  const { t } = useI18n();
  const path = `/monitor/rondes/${encodeURIComponent(round.id)}`;
  const summary = useResource<RoundSummary>(`${path}/samenvatting`);
  const changes = useResource<Changes>(`${path}/veranderingen`);
  return (
    <StartBlock id="start-landelijk" title={t('home.national.heading', { round: round.naam })} testId="start-national">
      {summary.data ? <Picture summary={summary.data} /> : <LoadState error={summary.error} loading={summary.loading} />}
      {changes.data ? <ChangesSection changes={changes.data} /> : <LoadState error={changes.error} loading={changes.loading} />}
      <Paragraph>
        <RouterLink href={`/monitor?ronde=${encodeURIComponent(round.id)}`} className="utrecht-link naast-start-action">
          {t('home.national.toDashboard')}
        </RouterLink>
      </Paragraph>
    </StartBlock>
  );
}

function shareText(t: ReturnType<typeof useI18n>['t'], s: Share): string {
  return t('home.national.shareValue', { percent: s.percentage, part: s.teller, total: s.noemer });
}

function Picture({ summary }: { summary: RoundSummary }) {
  const { t } = useI18n();
  const lagging = furthestBehind(summary.achterblijvers);
  return (
    <>
      <SortableTable
        caption={t('home.national.sharesCaption', { total: summary.aantalGemeenten })}
        columns={[
          { key: 'wat', label: t('home.national.measure'), rowHeader: true, cell: ([, key]) => t(key) },
          { key: 'aandeel', label: t('home.national.share'), cell: ([name]) => shareText(t, summary.aandelen[name]) },
        ]}
        rows={SHARES}
        rowKey={([name]) => name}
        testId="start-shares"
      />
      <Paragraph>{t('home.national.nonResponseNote')}</Paragraph>
      <Heading3>{t('home.national.lagging')}</Heading3>
      {lagging.length === 0 ? (
        <Paragraph>{t('home.national.laggingNone')}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('home.national.laggingIntro', { shown: Math.min(LAGGING_SHOWN, lagging.length), count: lagging.length })}</Paragraph>
          <UnorderedList data-testid="start-lagging">
            {lagging.slice(0, LAGGING_SHOWN).map((l) => (
              <UnorderedListItem key={l.gemeente.code}>
                <span lang="nl">{l.gemeente.naam}</span>: {l.redenen.map((r) => t(`monitor.reason.${r}`).toLowerCase()).join(', ')}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      )}
      <Paragraph>
        <RouterLink href="/monitor/opvolging" className="utrecht-link naast-start-action">
          {t('home.national.laggingAll')}
        </RouterLink>
      </Paragraph>
    </>
  );
}

function ChangesSection({ changes }: { changes: Changes }) {
  const { t } = useI18n();
  const label = (s: Status) => t(`monitor.stage.${s === 'geen_antwoord' ? 'none' : s}`);
  const previous = changes.vorigeRonde;
  return (
    <>
      <Heading3>{previous ? t('home.national.changes', { previous: previous.naam }) : t('home.national.changesTitle')}</Heading3>
      {!previous ? (
        <Paragraph>{t('home.national.noPrevious')}</Paragraph>
      ) : (
        <>
          <SortableTable
            caption={t('home.national.countsCaption', { now: changes.ronde.naam, previous: previous.naam })}
            columns={[
              { key: 'fase', label: t('home.national.stage'), rowHeader: true, cell: (r) => label(r.status) },
              { key: 'nu', label: t('home.national.now'), numeric: true, cell: (r) => r.nu },
              { key: 'vorige', label: t('home.national.before'), numeric: true, cell: (r) => r.vorige },
            ]}
            rows={changes.perStatus}
            rowKey={(r) => r.status}
            testId="start-changes"
          />
          <Paragraph data-testid="start-changed-count">{t('home.national.changedCount', { count: changes.veranderd.length })}</Paragraph>
          {changes.veranderd.length > 0 && (
            <UnorderedList>
              {changes.veranderd.slice(0, CHANGED_SHOWN).map((c) => (
                <UnorderedListItem key={c.gemeente.code}>
                  {t('home.national.changedItem', { name: c.gemeente.naam, before: label(c.vorige).toLowerCase(), now: label(c.nu).toLowerCase() })}
                </UnorderedListItem>
              ))}
            </UnorderedList>
          )}
          {changes.veranderd.length > CHANGED_SHOWN && <Paragraph>{t('home.national.changedMore', { count: changes.veranderd.length - CHANGED_SHOWN })}</Paragraph>}
        </>
      )}
    </>
  );
}
