import { useMemo } from 'react';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import type { Questionnaire, RoundSummary, TrendPoint } from '../../api/monitorTypes.ts';
import { useResource } from '../../api/useResource.ts';
import { StackedBarChart, type ChartSeries } from '../../components/charts/StackedBarChart.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { useI18n } from '../../i18n/context.tsx';
import { DefinitiveTrend } from './SourcesSection.tsx';
import { MonthlyAnswers } from './MonthlyAnswers.tsx';
import { ANSWER_COLORS, ANSWER_ORDER, formatDate, percentage, REQUIREMENT_IDS, STAGE_COLORS, stageCounts, STAGES } from './monitorFormat.ts';

type Mode = 'live' | 'print';

/** How far the agreements are: the share of all municipalities per stage (and without an answer). */
export function StageChart({ summary, mode = 'live' }: { summary: RoundSummary; mode?: Mode }) {
  const { t } = useI18n();
  const counts = useMemo(() => stageCounts(summary.perFase, summary.aantalGemeenten), [summary]);
  const categories = useMemo(() => counts.map((c) => ({ key: c.key, label: t(`monitor.stage.${c.key}`) })), [counts, t]);
  const series = useMemo<ChartSeries[]>(
    () => [
      {
        key: 'aantal',
        label: t('monitor.col.count'),
        values: counts.map((c) => c.count),
        color: STAGE_COLORS.college,
        colors: counts.map((c) => STAGE_COLORS[c.key]),
      },
      {
        key: 'percentage',
        label: t('monitor.col.share'),
        values: counts.map((c) => percentage(c.count, summary.aantalGemeenten)),
        color: STAGE_COLORS.none,
        tableOnly: true,
        // Every percentage names its denominator (issue 21 §2); the count column next to it is the numerator.
        format: (v) => t('monitor.share.ofTotal', { percent: v, total: summary.aantalGemeenten }),
      },
    ],
    [counts, summary, t],
  );
  const largest = counts.reduce((a, b) => (b.count > a.count ? b : a), counts[0]!);
  return (
    <StackedBarChart
      title={t('monitor.stages.chartTitle', { round: summary.ronde.naam })}
      description={t('monitor.stages.chartDescription', { total: summary.aantalGemeenten, stage: t(`monitor.stage.${largest.key}`), count: largest.count })}
      categoryLabel={t('monitor.col.stage')}
      categories={categories}
      series={series}
      mode={mode}
      testId="stage-table"
    />
  );
}

/** Requirements a–f: how many municipalities answered yes, partly or no. Names of the requirements come from the questionnaire. */
export function RequirementsChart({ summary, mode = 'live' }: { summary: RoundSummary; mode?: Mode }) {
  const { t } = useI18n();
  const questionnaire = useResource<Questionnaire>(`/monitor/rondes/${encodeURIComponent(summary.ronde.id)}/vragenlijst`);
  const categories = useMemo(
    () =>
      REQUIREMENT_IDS.map((id) => {
        const short = questionnaire.data?.requirements.find((r) => r.id === id)?.short;
        return { key: id, label: short ? `${id}. ${short}` : id };
      }),
    [questionnaire.data],
  );
  const series = useMemo<ChartSeries[]>(
    () =>
      ANSWER_ORDER.map((answer) => ({
        key: answer,
        label: t(`monitor.answer.${answer}`),
        values: REQUIREMENT_IDS.map((id) => summary.perEis[id]?.[answer] ?? 0),
        color: ANSWER_COLORS[answer],
      })),
    [summary, t],
  );
  if (!questionnaire.data && questionnaire.loading) return <LoadState loading />;
  return (
    <StackedBarChart
      title={t('monitor.requirements.chartTitle', { round: summary.ronde.naam })}
      description={t('monitor.requirements.chartDescription')}
      categoryLabel={t('monitor.col.requirement')}
      categories={categories}
      series={series}
      mode={mode}
      testId="requirements-table"
    />
  );
}

/** The stage of all municipalities in every round: how the field moved over 2014. */
export function TrendSection({ mode = 'live' }: { mode?: Mode }) {
  const { t, lang } = useI18n();
  const trend = useResource<TrendPoint[]>('/monitor/trend');
  const points = useMemo(() => [...(trend.data ?? [])].sort((a, b) => a.ronde.peildatum.localeCompare(b.ronde.peildatum)), [trend.data]);
  const categories = useMemo(() => points.map((p) => ({ key: p.ronde.id, label: formatDate(p.ronde.peildatum, lang) })), [points, lang]);
  const series = useMemo<ChartSeries[]>(
    () =>
      [...STAGES, 'none' as const].map((stage) => ({
        key: stage,
        label: t(`monitor.stage.${stage}`),
        values: points.map((p) => stageCounts(p.perFase, p.aantalGemeenten).find((c) => c.key === stage)?.count ?? 0),
        color: STAGE_COLORS[stage],
      })),
    [points, t],
  );
  return (
    <section aria-labelledby="trend-kop">
      <Heading2 id="trend-kop">{t('monitor.trend.heading')}</Heading2>
      {!trend.data && <LoadState error={trend.error} loading={trend.loading} />}
      {points.length > 0 && (
        <StackedBarChart
          title={t('monitor.trend.chartTitle')}
          description={t('monitor.trend.chartDescription', {
            count: points.length,
            first: categories[0]?.label ?? '',
            last: categories[categories.length - 1]?.label ?? '',
          })}
          categoryLabel={t('monitor.col.round')}
          categories={categories}
          series={series}
          mode={mode}
          testId="trend-table"
        />
      )}
      {trend.data && points.length === 0 && <Paragraph>{t('monitor.history.none')}</Paragraph>}
      {points.some((p) => p.breuk) && <Paragraph data-testid="trend-versions-note">{t('monitor.trend.versionsNote')}</Paragraph>}
      {points.length > 0 && <DefinitiveTrend points={points} mode={mode} />}
      {points.length > 0 && <MonthlyAnswers rounds={points.map((p) => p.ronde)} />}
    </section>
  );
}
