import { useMemo } from 'react';
import { DataList, DataListItem, DataListKey, DataListValue, Heading2, Paragraph } from '@utrecht/component-library-react';
import type { Reconciliation as Comparison, ReconciliationKind, Round } from '../../api/monitorTypes.ts';
import { sendFile, spreadsheetType } from '../../api/send.ts';
import { useSession } from '../../api/session.ts';
import { useResource } from '../../api/useResource.ts';
import { DownloadLinks } from '../../components/DownloadLinks.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { SortableTable, type Column } from '../../components/SortableTable.tsx';
import { SpreadsheetUpload } from '../../components/SpreadsheetUpload.tsx';
import { useI18n } from '../../i18n/context.tsx';
import { formatDate, hasPermission } from './monitorFormat.ts';
import type { AnswerOf } from '../../api/answer.ts';

type Row = Comparison['gemeenten'][number];
const KINDS: { kind: ReconciliationKind; count: keyof Comparison['aantallen'] }[] = [
  { kind: 'gelijk', count: 'gelijk' },
  { kind: 'verschil', count: 'verschil' },
  { kind: 'alleen_tvs', count: 'alleenTvs' },
  { kind: 'alleen_mee', count: 'alleenMee' },
  { kind: 'geen_van_beide', count: 'geenVanBeide' },
];

/** The transition monitor next to the MEE monitor (second source): counts per kind and every difference. */
export function Reconciliation({ round }: { round: Round }) {
  const { t, lang } = useI18n();
  const session = useSession();
  const params = useMemo(() => new URLSearchParams({ alleenVerschillen: 'true' }), []);
  const comparison = useResource<Comparison>(`/monitor/rondes/${encodeURIComponent(round.id)}/vergelijking?${params.toString()}`);
  const data = comparison.data;
  const mayImport = session.status === 'signed-in' && hasPermission(session.user, 'monitor:importeren');
  const stage = (s: Row['transitiemonitor']) => (s ? t(`monitor.stage.${s}`) : '–');
  const columns: Column<Row>[] = [
    { key: 'gemeente', label: t('monitor.col.municipality'), rowHeader: true, sortValue: (r) => r.gemeente.naam, cell: (r) => r.gemeente.naam },
    { key: 'tvs', label: t('monitor.col.tvs'), cell: (r) => stage(r.transitiemonitor) },
    { key: 'mee', label: t('monitor.col.mee'), cell: (r) => stage(r.meeMonitor) },
    { key: 'datum', label: t('monitor.col.meeDate'), sortValue: (r) => r.meeMonitorDatum, cell: (r) => formatDate(r.meeMonitorDatum, lang) || '–' },
    {
      key: 'stappen',
      label: t('monitor.col.steps'),
      numeric: true,
      sortValue: (r) => (r.stappenVerschil === null ? null : Math.abs(r.stappenVerschil)),
      cell: (r) => (r.stappenVerschil === null ? '–' : r.stappenVerschil > 0 ? `+${r.stappenVerschil}` : r.stappenVerschil),
    },
    { key: 'soort', label: t('monitor.col.kind'), sortValue: (r) => r.soort, cell: (r) => t(`monitor.kind.${r.soort}`) },
  ];
  return (
    <section aria-labelledby="vergelijking-kop">
      <Heading2 id="vergelijking-kop">{t('monitor.reconcile.heading')}</Heading2>
      <Paragraph>{t('monitor.reconcile.intro')}</Paragraph>
      {!data && <LoadState error={comparison.error} loading />}
      {data && !data.meeMonitorIngelezen && <Paragraph data-testid="mee-not-imported">{t('monitor.reconcile.notImported')}</Paragraph>}
      {data && data.meeMonitorIngelezen && (
        <>
          <DataList data-testid="reconcile-counts">
            {KINDS.map(({ kind, count }) => (
              <DataListItem key={kind}>
                <DataListKey>{t(`monitor.kind.${kind}`)}</DataListKey>
                <DataListValue>{data.aantallen[count]}</DataListValue>
              </DataListItem>
            ))}
          </DataList>
          {data.gemeenten.length === 0 ? (
            <Paragraph>{t('monitor.reconcile.noDifferences')}</Paragraph>
          ) : (
            <SortableTable
              caption={t('monitor.reconcile.caption', { round: round.naam, count: data.gemeenten.length })}
              columns={columns}
              rows={data.gemeenten}
              rowKey={(r) => r.gemeente.code}
              initialSort={{ key: 'stappen', direction: 'descending' }}
              busy={comparison.loading}
              testId="reconcile-table"
            />
          )}
          <DownloadLinks path={`/monitor/rondes/${encodeURIComponent(round.id)}/vergelijking`} params={params} what={t('monitor.reconcile.download')} />
        </>
      )}
      {mayImport && <MeeUpload round={round} onDone={comparison.reload} />}
    </section>
  );
}

/** Read in the MEE monitor of a round (CSV or Excel); all or nothing, every wrong cell listed. */
function MeeUpload({ round, onDone }: { round: Round; onDone(): void }) {
  const { t } = useI18n();
  return (
    <SpreadsheetUpload
      id="mee-bestand"
      className="naast-no-print"
      title={t('monitor.upload.title')}
      intro={t('monitor.upload.intro')}
      label={t('monitor.upload.file')}
      submit={t('monitor.upload.submit')}
      chooseError={t('monitor.upload.chooseError')}
      failed={t('monitor.upload.failed')}
      done={(count) => t('monitor.upload.done', { count })}
      send={async (file) => {
        const result = await sendFile<AnswerOf<'/monitor/rondes/{rondeId}/mee-monitor/import', 'post'>>(`/monitor/rondes/${encodeURIComponent(round.id)}/mee-monitor/import`, file, spreadsheetType(file));
        return result.aantal;
      }}
      onDone={onDone}
      resultTestId="mee-upload-result"
    />
  );
}
