import { Paragraph } from '@utrecht/component-library-react';
import { Link as RouterLink } from 'wouter';
import type { GroupSummary, Laggard, RoundSummary } from '../../api/monitorTypes.ts';
import { DownloadLinks } from '../../components/DownloadLinks.tsx';
import { SortableTable, type Column } from '../../components/SortableTable.tsx';
import { useI18n } from '../../i18n/context.tsx';
import { percentage, STAGES } from './monitorFormat.ts';

/** Response and stages per youth region or MEE organisation. */
export function GroupTable({ caption, nameLabel, groups, testId }: { caption: string; nameLabel: string; groups: GroupSummary[]; testId: string }) {
  const { t } = useI18n();
  const columns: Column<GroupSummary>[] = [
    { key: 'naam', label: nameLabel, rowHeader: true, sortValue: (g) => g.naam, cell: (g) => g.naam },
    { key: 'aantal', label: t('monitor.col.municipalities'), numeric: true, sortValue: (g) => g.aantalGemeenten, cell: (g) => g.aantalGemeenten },
    { key: 'geantwoord', label: t('monitor.col.answered'), numeric: true, sortValue: (g) => g.geantwoord, cell: (g) => g.geantwoord },
    {
      key: 'respons',
      label: t('monitor.col.response'),
      numeric: true,
      sortValue: (g) => g.geantwoord / Math.max(1, g.aantalGemeenten),
      cell: (g) => t('monitor.share.text', { percent: percentage(g.geantwoord, g.aantalGemeenten), part: g.geantwoord, total: g.aantalGemeenten }),
    },
    ...STAGES.map((s) => ({
      key: s,
      label: t(`monitor.stage.${s}`),
      numeric: true,
      sortValue: (g: GroupSummary) => g.perFase[s],
      cell: (g: GroupSummary) => g.perFase[s],
    })),
  ];
  return <SortableTable caption={caption} columns={columns} rows={groups} rowKey={(g) => g.code} initialSort={{ key: 'naam', direction: 'ascending' }} testId={testId} />;
}

/**
 * The lagging municipalities (achterblijvers) with their reasons, downloadable as CSV and Excel.
 * `linkTo` makes the name a link (e.g. to the follow-up of that municipality).
 */
export function LaggingTable({ summary, downloads = true, linkTo }: { summary: RoundSummary; downloads?: boolean; linkTo?: (l: Laggard) => string }) {
  const { t } = useI18n();
  const rows = summary.achterblijvers;
  const columns: Column<Laggard>[] = [
    {
      key: 'gemeente',
      label: t('monitor.col.municipality'),
      rowHeader: true,
      sortValue: (l) => l.gemeente.naam,
      cell: (l) =>
        linkTo ? (
          <RouterLink href={linkTo(l)} className="utrecht-link">
            {l.gemeente.naam}
          </RouterLink>
        ) : (
          l.gemeente.naam
        ),
    },
    { key: 'jeugdregio', label: t('monitor.col.youthRegion'), sortValue: (l) => l.jeugdregio.naam, cell: (l) => l.jeugdregio.naam },
    { key: 'mee', label: t('monitor.col.meeOrganisation'), sortValue: (l) => l.meeOrganisatie.naam, cell: (l) => l.meeOrganisatie.naam },
    {
      key: 'fase',
      label: t('monitor.col.stage'),
      sortValue: (l) => (l.fase ? STAGES.indexOf(l.fase) : -1),
      cell: (l) => t(`monitor.stage.${l.fase ?? 'none'}`),
    },
    { key: 'redenen', label: t('monitor.col.reasons'), cell: (l) => l.redenen.map((r) => t(`monitor.reason.${r}`)).join('; ') },
  ];
  if (rows.length === 0) return <Paragraph>{t('monitor.lagging.none')}</Paragraph>;
  return (
    <>
      <SortableTable
        caption={t('monitor.lagging.caption', { round: summary.ronde.naam, count: rows.length })}
        columns={columns}
        rows={rows}
        rowKey={(l) => l.gemeente.code}
        initialSort={{ key: 'gemeente', direction: 'ascending' }}
        testId="lagging-table"
      />
      {downloads && (
        <DownloadLinks
          path={`/monitor/rondes/${encodeURIComponent(summary.ronde.id)}/achterblijvers`}
          params={new URLSearchParams()}
          what={t('monitor.lagging.download')}
        />
      )}
    </>
  );
}
