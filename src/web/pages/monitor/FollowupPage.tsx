import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { Link as RouterLink } from 'wouter';
import type { Escalation, FollowupMunicipality, Round } from '../../api/monitorTypes.ts';
import { useResource } from '../../api/useResource.ts';
import { DownloadLinks } from '../../components/DownloadLinks.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { SortableTable, type Column } from '../../components/SortableTable.tsx';
import { useI18n } from '../../i18n/context.tsx';
import { formatDate, STAGES } from './monitorFormat.ts';
import { Reconciliation } from './Reconciliation.tsx';
import { RoundPage } from './RoundPage.tsx';

/** /monitor/opvolging — for the national monitor: lagging municipalities, escalations and the MEE monitor. */
export default function FollowupPage() {
  const { t } = useI18n();
  return (
    <RoundPage title={t('monitor.followup.title')} intro={t('monitor.followup.intro')} permission="monitor:opvolgen">
      {(round) => <Followup round={round} />}
    </RoundPage>
  );
}

function Followup({ round }: { round: Round | undefined }) {
  const { t, lang } = useI18n();
  const list = useResource<FollowupMunicipality[]>(round ? `/monitor/rondes/${encodeURIComponent(round.id)}/opvolging` : null);
  const yesNo = (value: boolean) => (value ? t('common.yes') : t('common.no'));
  const columns: Column<FollowupMunicipality>[] = [
    {
      key: 'gemeente',
      label: t('monitor.col.municipality'),
      rowHeader: true,
      sortValue: (f) => f.gemeente.naam,
      cell: (f) => (
        <RouterLink href={`/opvolging/${encodeURIComponent(round?.id ?? '')}/${encodeURIComponent(f.gemeente.code)}`} className="utrecht-link">
          {f.gemeente.naam}
        </RouterLink>
      ),
    },
    { key: 'jeugdregio', label: t('monitor.col.youthRegion'), sortValue: (f) => f.jeugdregio.naam, cell: (f) => f.jeugdregio.naam },
    { key: 'redenen', label: t('monitor.col.reasons'), cell: (f) => f.redenen.map((r) => t(`monitor.reason.${r}`)).join('; ') || '–' },
    { key: 'fase', label: t('monitor.col.stage'), sortValue: (f) => (f.fase ? STAGES.indexOf(f.fase) : -1), cell: (f) => t(`monitor.stage.${f.fase ?? 'none'}`) },
    { key: 'status', label: t('monitor.col.status'), sortValue: (f) => t(`monitor.status.${f.status}`), cell: (f) => t(`monitor.status.${f.status}`) },
    { key: 'team', label: t('monitor.col.team'), sortValue: (f) => f.opvolging.ondersteuningsteam, cell: (f) => f.opvolging.ondersteuningsteam ?? '–' },
    {
      key: 'deadline',
      label: t('monitor.col.deadline'),
      sortValue: (f) => f.opvolging.toelichtingDeadlineDatum,
      cell: (f) => formatDate(f.opvolging.toelichtingDeadlineDatum, lang) || '–',
    },
    { key: 'escalated', label: t('monitor.col.escalated'), sortValue: (f) => (f.opvolging.geescaleerd ? 1 : 0), cell: (f) => yesNo(f.opvolging.geescaleerd) },
  ];
  return (
    <>
      {round && !list.data && <LoadState error={list.error} loading />}
      {round && list.data && list.data.length === 0 && <Paragraph>{t('monitor.followup.none')}</Paragraph>}
      {round && list.data && list.data.length > 0 && (
        <SortableTable
          caption={t('monitor.followup.caption', { round: round.naam, count: list.data.length })}
          columns={columns}
          rows={list.data}
          rowKey={(f) => f.gemeente.code}
          initialSort={{ key: 'gemeente', direction: 'ascending' }}
          busy={list.loading}
          testId="followup-table"
        />
      )}
      <Escalations />
      {round && <Reconciliation key={round.id} round={round} />}
    </>
  );
}

/** The escalation list over all rounds, downloadable. */
function Escalations() {
  const { t, lang } = useI18n();
  const escalations = useResource<Escalation[]>('/monitor/escalaties');
  const columns: Column<Escalation>[] = [
    { key: 'gemeente', label: t('monitor.col.municipality'), rowHeader: true, sortValue: (e) => e.gemeente.naam, cell: (e) => e.gemeente.naam },
    { key: 'ronde', label: t('monitor.col.round'), sortValue: (e) => e.ronde.id, cell: (e) => e.ronde.naam },
    { key: 'redenen', label: t('monitor.col.reasons'), cell: (e) => e.redenen.map((r) => t(`monitor.escalation.${r}`)).join('; ') },
    { key: 'team', label: t('monitor.col.team'), cell: (e) => e.ondersteuningsteam ?? '–' },
    { key: 'deadline', label: t('monitor.col.deadline'), sortValue: (e) => e.toelichtingDeadlineDatum, cell: (e) => formatDate(e.toelichtingDeadlineDatum, lang) || '–' },
    { key: 'status', label: t('monitor.col.status'), cell: (e) => t(`monitor.status.${e.status}`) },
  ];
  return (
    <section aria-labelledby="escalaties-kop">
      <Heading2 id="escalaties-kop">{t('monitor.escalations.heading')}</Heading2>
      <Paragraph>{t('monitor.escalations.intro')}</Paragraph>
      {!escalations.data && <LoadState error={escalations.error} loading />}
      {escalations.data && escalations.data.length === 0 && <Paragraph data-testid="no-escalations">{t('monitor.escalations.none')}</Paragraph>}
      {escalations.data && escalations.data.length > 0 && (
        <>
          <SortableTable
            caption={t('monitor.escalations.caption', { count: escalations.data.length })}
            columns={columns}
            rows={escalations.data}
            rowKey={(e) => `${e.ronde.id}/${e.gemeente.code}`}
            testId="escalation-table"
          />
          <DownloadLinks path="/monitor/escalaties" params={new URLSearchParams()} what={t('monitor.escalations.download')} />
        </>
      )}
    </section>
  );
}
