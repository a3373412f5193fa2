import { Link as RouterLink } from 'wouter';
import { Button, ButtonGroup, ButtonLink, Heading1, Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { API } from '../../api/client.ts';
import type { RoundSummary } from '../../api/monitorTypes.ts';
import { useResource } from '../../api/useResource.ts';
import { LoadState } from '../../components/LoadState.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useI18n } from '../../i18n/context.tsx';
import { RequirementsChart, StageChart, TrendSection } from './MonitorCharts.tsx';
import { GroupTable, LaggingTable } from './MonitorTables.tsx';
import { formatDate } from './monitorFormat.ts';
import { SignInGate } from './SignInGate.tsx';

/**
 * /monitor/rapport/:rondeId — the round on paper, for a letter to parliament: title, date, the sentences,
 * the key charts (as fixed SVG pictures) and tables. The print style sheet (monitor.css) hides the
 * navigation, prints black on white and starts each part on a new page.
 */
export default function ReportPage({ params }: { params: { rondeId: string } }) {
  const { t } = useI18n();
  return (
    <SignInGate permission="monitor:totalen" title={t('monitor.report.title')}>
      {() => <Report rondeId={params.rondeId} />}
    </SignInGate>
  );
}

function Report({ rondeId }: { rondeId: string }) {
  const { t, lang } = useI18n();
  const round = encodeURIComponent(rondeId);
  const summary = useResource<RoundSummary>(`/monitor/rondes/${round}/samenvatting`);
  const data = summary.data;
  useDocumentTitle(data ? `${t('monitor.report.title')} – ${data.ronde.naam}` : t('monitor.report.title'));
  const today = new Date().toISOString().slice(0, 10);
  return (
    <article className="naast-report" aria-labelledby="rapport-titel">
      <Heading1 id="rapport-titel">{t('monitor.report.title')}</Heading1>
      {!data && <LoadState error={summary.error} loading />}
      {data && (
        <>
          <Paragraph lead>{t('monitor.report.subtitle', { round: data.ronde.naam })}</Paragraph>
          <Paragraph data-testid="report-meta">{t('monitor.report.meta', { date: formatDate(data.ronde.peildatum, lang), today: formatDate(today, lang) })}</Paragraph>
          <ButtonGroup className="naast-no-print naast-report-actions">
            <Button appearance="primary-action-button" onClick={() => window.print()}>
              {t('monitor.report.print')}
            </Button>
            <ButtonLink appearance="secondary-action-button" href={`${API}/monitor/rondes/${round}/rapport?formaat=pdf`} download>
              {t('monitor.report.pdf')}
            </ButtonLink>
            <RouterLink href={`~/monitor?ronde=${round}`} className="utrecht-link">
              {t('monitor.report.back')}
            </RouterLink>
          </ButtonGroup>
          <section aria-labelledby="rapport-samenvatting">
            <Heading2 id="rapport-samenvatting">{t('monitor.report.summary')}</Heading2>
            <UnorderedList data-testid="report-sentences" lang="nl">
              {data.zinnen.map((zin) => (
                <UnorderedListItem key={zin}>{zin}</UnorderedListItem>
              ))}
            </UnorderedList>
            <Paragraph className="naast-muted">{t('monitor.report.source', { round: data.ronde.naam, total: data.aantalGemeenten })}</Paragraph>
          </section>
          <section aria-labelledby="rapport-fasen" className="naast-report-section">
            <Heading2 id="rapport-fasen">{t('monitor.stages.heading')}</Heading2>
            <StageChart summary={data} mode="print" />
          </section>
          <section aria-labelledby="rapport-eisen" className="naast-report-section">
            <Heading2 id="rapport-eisen">{t('monitor.requirements.heading')}</Heading2>
            <Paragraph>{t('monitor.requirements.intro')}</Paragraph>
            <RequirementsChart summary={data} mode="print" />
          </section>
          <div className="naast-report-section">
            <TrendSection mode="print" />
          </div>
          <section aria-labelledby="rapport-mee" className="naast-report-section">
            <Heading2 id="rapport-mee">{t('monitor.organisations.heading')}</Heading2>
            <GroupTable
              caption={t('monitor.organisations.caption', { round: data.ronde.naam })}
              nameLabel={t('monitor.col.meeOrganisation')}
              groups={data.perMeeOrganisatie}
              testId="report-organisations"
            />
          </section>
          <section aria-labelledby="rapport-achterblijvers" className="naast-report-section">
            <Heading2 id="rapport-achterblijvers">{t('monitor.lagging.heading')}</Heading2>
            <Paragraph>{t('monitor.lagging.intro')}</Paragraph>
            <LaggingTable summary={data} downloads={false} />
          </section>
        </>
      )}
    </article>
  );
}
