import { Heading2, Heading3, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useMemo } from 'react';
import type { RoundSources, Share, TrendPoint } from '../../api/monitorTypes.ts';
import { useResource } from '../../api/useResource.ts';
import { StackedBarChart, type ChartSeries } from '../../components/charts/StackedBarChart.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { ScrollContainer } from '../../components/ScrollContainer.tsx';
import { useI18n } from '../../i18n/context.tsx';
import { formatDate, STAGE_COLORS } from './monitorFormat.ts';

const MEASURES = ['geen_afspraken', 'niets_in_voorbereiding', 'ambtelijk_of_verder', 'college_of_verder', 'definitief'] as const;

/** "63% (254 van de 403 gemeenten)": a percentage with its numerator and denominator. */
function ShareCell({ share }: { share: Share | undefined }) {
  const { t } = useI18n();
  if (!share) return <>{t('monitor.sources.notImported')}</>;
  return <>{t('monitor.share.text', { percent: share.percentage, part: share.teller, total: share.noemer })}</>;
}

/**
 * The two sources of a round side by side (the transition monitor as answered in Naast, and MEE
 * Nederland's monitor as imported), and what the source documents say about the round, each statement
 * with its source, date and citation (issue 21 §2; Kamerbrief 15 oktober 2014, vraag 1).
 */
export function SourcesSection({ roundId }: { roundId: string }) {
  const { t, lang } = useI18n();
  const sources = useResource<RoundSources>(`/monitor/rondes/${encodeURIComponent(roundId)}/bronnen`);
  const data = sources.data && sources.data.ronde.id === roundId ? sources.data : undefined;
  return (
    <section aria-labelledby="bronnen-kop">
      <Heading2 id="bronnen-kop">{t('monitor.sources.heading')}</Heading2>
      <Paragraph>{t('monitor.sources.intro')}</Paragraph>
      {!data && <LoadState error={sources.error} loading={sources.loading} />}
      {data && (
        <>
          <ScrollContainer>
            <Table data-testid="sources-table">
              <TableCaption>{t('monitor.sources.caption', { date: formatDate(data.ronde.peildatum, lang) })}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('monitor.sources.measure')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('monitor.sources.tvs', { version: data.ronde.vragenlijst.versie })}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('monitor.sources.mee')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {MEASURES.map((m) => (
                  <TableRow key={m}>
                    <TableHeaderCell scope="row">{t(`monitor.measure.${m}`)}</TableHeaderCell>
                    <TableCell>
                      <ShareCell share={data.transitievolgsysteem.maten[m]} />
                    </TableCell>
                    <TableCell>
                      <ShareCell share={data.meeMonitor?.maten[m]} />
                    </TableCell>
                  </TableRow>
                ))}
                <TableRow>
                  <TableHeaderCell scope="row">{t('monitor.measure.onbekend')}</TableHeaderCell>
                  <TableCell>
                    <ShareCell share={data.transitievolgsysteem.onbekend} />
                  </TableCell>
                  <TableCell>
                    <ShareCell share={data.meeMonitor?.onbekend} />
                  </TableCell>
                </TableRow>
              </TableBody>
            </Table>
          </ScrollContainer>
          <Heading3>{t('monitor.sources.statementsHeading')}</Heading3>
          {data.uitspraken.length === 0 ? (
            <Paragraph>{t('monitor.sources.noStatements')}</Paragraph>
          ) : (
            <UnorderedList data-testid="source-statements" lang="nl">
              {data.uitspraken.map((u) => (
                <UnorderedListItem key={u.id}>
                  {u.zin}
                  <br />
                  <small>
                    {t('monitor.sources.citation')}: {u.vindplaats}
                    {u.toelichting && ` ${u.toelichting}`}
                  </small>
                </UnorderedListItem>
              ))}
            </UnorderedList>
          )}
        </>
      )}
    </section>
  );
}

/**
 * The question on definitive agreements over the rounds, one chart per series: the question changed
 * after the Flierman motion (expected → realised), so the series break there instead of forming one line.
 */
export function DefinitiveTrend({ points, mode = 'live' }: { points: TrendPoint[]; mode?: 'live' | 'print' }) {
  const { t, lang } = useI18n();
  const segments = useMemo(() => {
    const bySeries = new Map<number, TrendPoint[]>();
    for (const p of [...points].sort((a, b) => a.ronde.peildatum.localeCompare(b.ronde.peildatum))) bySeries.set(p.reeks, [...(bySeries.get(p.reeks) ?? []), p]);
    return [...bySeries.values()];
  }, [points]);
  if (!points.some((p) => p.definitieveAfspraken.betekenis)) return null;
  return (
    <section aria-labelledby="definitief-kop">
      <Heading3 id="definitief-kop">{t('monitor.definitive.heading')}</Heading3>
      {segments.map((segment) => {
        const first = segment[0]!;
        const series: ChartSeries[] = [
          { key: 'ja', label: t('monitor.answer.ja'), values: segment.map((p) => p.definitieveAfspraken.ja.teller), color: STAGE_COLORS.definitief },
          { key: 'nee', label: t('monitor.answer.nee'), values: segment.map((p) => p.definitieveAfspraken.nee.teller), color: STAGE_COLORS.geen },
          { key: 'geen', label: t('monitor.definitive.noAnswer'), values: segment.map((p) => p.aantalGemeenten - p.definitieveAfspraken.ja.teller - p.definitieveAfspraken.nee.teller), color: STAGE_COLORS.none },
        ];
        return (
          <div key={first.reeks} data-testid={`definitive-series-${first.reeks}`}>
            {first.breuk && (
              <Paragraph role="note" className="naast-series-break">
                <strong>{t('monitor.definitive.break')}</strong> {first.breuk}
              </Paragraph>
            )}
            <StackedBarChart
              title={t('monitor.definitive.seriesTitle', { series: first.reeks, question: first.definitieveAfspraken.vraag ?? '' })}
              description={t('monitor.definitive.seriesDescription', { total: first.aantalGemeenten })}
              categoryLabel={t('monitor.col.round')}
              categories={segment.map((p) => ({ key: p.ronde.id, label: formatDate(p.ronde.peildatum, lang) }))}
              series={series}
              mode={mode}
              testId={`definitive-table-${first.reeks}`}
            />
          </div>
        );
      })}
    </section>
  );
}
