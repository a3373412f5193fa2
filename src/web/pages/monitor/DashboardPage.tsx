import { DataList, DataListItem, DataListKey, DataListValue, Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { Link as RouterLink } from 'wouter';
import type { Round, RoundSummary } from '../../api/monitorTypes.ts';
import { useResource } from '../../api/useResource.ts';
import { LoadState } from '../../components/LoadState.tsx';
import { useI18n } from '../../i18n/context.tsx';
import { RequirementsChart, StageChart, TrendSection } from './MonitorCharts.tsx';
import { GroupTable, LaggingTable } from './MonitorTables.tsx';
import { RoundPage } from './RoundPage.tsx';
import { SourcesSection } from './SourcesSection.tsx';
import { StageMap } from './StageMap.tsx';

/** /monitor: the national dashboard of the transition monitor for one round (default: the latest). */
export default function DashboardPage() {
  const { t } = useI18n();
  return (
    <RoundPage title={t('monitor.dashboard.title')} intro={t('monitor.dashboard.intro')} permission="monitor:totalen">
      {(round) => <Dashboard round={round} />}
    </RoundPage>
  );
}

function Dashboard({ round }: { round: Round | undefined }) {
  const { t } = useI18n();
  const summary = useResource<RoundSummary>(round ? `/monitor/rondes/${encodeURIComponent(round.id)}/samenvatting` : null);
  const data = summary.data && summary.data.ronde.id === round?.id ? summary.data : undefined;
  return (
    <>
      {round && !data && <LoadState error={summary.error} loading />}
      {data && <RoundResults summary={data} />}
      {data && round && <StageMap round={round} />}
      {data && <SourcesSection roundId={data.ronde.id} />}
      <TrendSection />
      {data && (
        <section aria-labelledby="achterblijvers-kop">
          <Heading2 id="achterblijvers-kop">{t('monitor.lagging.heading')}</Heading2>
          <Paragraph>{t('monitor.lagging.intro')}</Paragraph>
          <LaggingTable summary={data} />
        </section>
      )}
    </>
  );
}

function RoundResults({ summary }: { summary: RoundSummary }) {
  const { t } = useI18n();
  return (
    <>
      <section aria-labelledby="zinnen-kop" className="naast-sentences">
        <Heading2 id="zinnen-kop">{t('monitor.dashboard.sentences')}</Heading2>
        <UnorderedList data-testid="monitor-sentences" lang="nl">
          {summary.zinnen.map((zin) => (
            <UnorderedListItem key={zin}>{zin}</UnorderedListItem>
          ))}
        </UnorderedList>
        <Paragraph>
          <RouterLink href={`/rapport/${encodeURIComponent(summary.ronde.id)}`} className="utrecht-link">
            {t('monitor.dashboard.reportLink')}
          </RouterLink>
        </Paragraph>
      </section>
      <DataList>
        <DataListItem>
          <DataListKey>{t('monitor.dashboard.response')}</DataListKey>
          <DataListValue>
            <span data-testid="response-rate">
              {t('monitor.dashboard.responseText', { answered: summary.geantwoord, total: summary.aantalGemeenten, percent: summary.responsPercentage })}
            </span>
          </DataListValue>
        </DataListItem>
      </DataList>
      <section aria-labelledby="fasen-kop">
        <Heading2 id="fasen-kop">{t('monitor.stages.heading')}</Heading2>
        <StageChart summary={summary} />
      </section>
      <section aria-labelledby="eisen-kop">
        <Heading2 id="eisen-kop">{t('monitor.requirements.heading')}</Heading2>
        <Paragraph>{t('monitor.requirements.intro')}</Paragraph>
        <RequirementsChart summary={summary} />
      </section>
      <section aria-labelledby="regios-kop">
        <Heading2 id="regios-kop">{t('monitor.regions.heading')}</Heading2>
        <GroupTable
          caption={t('monitor.regions.caption', { round: summary.ronde.naam })}
          nameLabel={t('monitor.col.youthRegion')}
          groups={summary.perJeugdregio}
          testId="region-table"
        />
      </section>
      <section aria-labelledby="mee-kop">
        <Heading2 id="mee-kop">{t('monitor.organisations.heading')}</Heading2>
        <GroupTable
          caption={t('monitor.organisations.caption', { round: summary.ronde.naam })}
          nameLabel={t('monitor.col.meeOrganisation')}
          groups={summary.perMeeOrganisatie}
          testId="organisation-table"
        />
      </section>
    </>
  );
}
