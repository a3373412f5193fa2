import { Paragraph } from '@utrecht/component-library-react';
import { Link as RouterLink } from 'wouter';
import type { MunicipalityStatus, Round } from '../../api/monitorTypes.ts';
import { useResource } from '../../api/useResource.ts';
import { LoadState } from '../../components/LoadState.tsx';
import { SortableTable, type Column } from '../../components/SortableTable.tsx';
import { useI18n } from '../../i18n/context.tsx';
import { STAGES } from './monitorFormat.ts';
import { RoundPage } from './RoundPage.tsx';

/** /monitor/gemeenten: the municipalities the user may answer for (or view), with their status in a round. */
export default function MunicipalitiesPage() {
  const { t } = useI18n();
  return (
    <RoundPage title={t('monitor.municipalities.title')} intro={t('monitor.municipalities.intro')} permission="monitor:antwoorden-lezen">
      {(round) => <Municipalities round={round} />}
    </RoundPage>
  );
}

function Municipalities({ round }: { round: Round | undefined }) {
  const { t } = useI18n();
  const list = useResource<MunicipalityStatus[]>(round ? `/monitor/rondes/${encodeURIComponent(round.id)}/gemeenten` : null);
  const columns: Column<MunicipalityStatus>[] = [
    {
      key: 'gemeente',
      label: t('monitor.col.municipality'),
      rowHeader: true,
      sortValue: (m) => m.gemeente.naam,
      cell: (m) => (
        <RouterLink href={`/antwoorden/${encodeURIComponent(round?.id ?? '')}/${encodeURIComponent(m.gemeente.code)}`} className="utrecht-link">
          {m.gemeente.naam}
        </RouterLink>
      ),
    },
    { key: 'jeugdregio', label: t('monitor.col.youthRegion'), sortValue: (m) => m.jeugdregio, cell: (m) => m.jeugdregio },
    { key: 'status', label: t('monitor.col.status'), sortValue: (m) => t(`monitor.status.${m.status}`), cell: (m) => t(`monitor.status.${m.status}`) },
    {
      key: 'fase',
      label: t('monitor.col.stage'),
      sortValue: (m) => (m.fase ? STAGES.indexOf(m.fase) : -1),
      cell: (m) => (m.fase ? t(`monitor.stage.${m.fase}`) : '–'),
    },
    { key: 'versie', label: t('monitor.col.version'), numeric: true, sortValue: (m) => m.versie, cell: (m) => m.versie || '–' },
  ];
  return (
    <>
      {round && !list.data && <LoadState error={list.error} loading />}
      {round && list.data && list.data.length === 0 && <Paragraph>{t('monitor.municipalities.none')}</Paragraph>}
      {round && list.data && list.data.length > 0 && (
        <SortableTable
          caption={t('monitor.municipalities.caption', { round: round.naam, count: list.data.length })}
          columns={columns}
          rows={list.data}
          rowKey={(m) => m.gemeente.code}
          initialSort={{ key: 'gemeente', direction: 'ascending' }}
          busy={list.loading}
          testId="municipality-table"
        />
      )}
    </>
  );
}
