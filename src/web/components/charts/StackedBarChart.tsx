import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n/context.tsx';
import { SortableTable, type Column } from '../SortableTable.tsx';
import type { BarChartOption } from './echarts.ts';

export interface ChartSeries {
  key: string;
  label: string;
  /** One value per category. */
  values: number[];
  color: string;
  /** A colour per category instead of one for the series (e.g. one bar per stage). */
  colors?: string[];
  /** Only in the table, not drawn (e.g. a percentage next to the counts). */
  tableOnly?: boolean;
  format?: (value: number) => string;
}

interface Props {
  /** Visible caption of the figure; also the caption of the data table. */
  title: string;
  /** Short text alternative of the picture, read by screen readers instead of the chart. */
  description: string;
  categoryLabel: string;
  categories: { key: string; label: string }[];
  series: ChartSeries[];
  /**
   * `live`: drawn in the browser with tooltips, and the table in a "show as table" disclosure.
   * `print`: drawn once as a fixed SVG picture that scales with the page, with patterns for black-and-white
   * printing, and the table always visible (a report on paper cannot open a disclosure).
   */
  mode?: 'live' | 'print';
  testId?: string;
}

const TEXT = '#1a1a1a';
const PRINT_WIDTH = 760;

function chartOption(categories: Props['categories'], series: ChartSeries[], print: boolean): BarChartOption {
  const drawn = series.filter((s) => !s.tableOnly);
  const ordered = [...categories].reverse(); // ECharts draws the first category at the bottom
  const index = (i: number) => categories.length - 1 - i;
  return {
    animation: false,
    aria: print ? { enabled: true, label: { enabled: false }, decal: { show: true } } : { enabled: false },
    legend: drawn.length > 1 ? { top: 0, left: 0, textStyle: { color: TEXT }, itemGap: 16 } : undefined,
    grid: { left: 8, right: 40, top: drawn.length > 1 ? 40 : 8, bottom: 8, containLabel: true },
    tooltip: print ? undefined : { trigger: 'item' },
    xAxis: { type: 'value', axisLabel: { color: TEXT }, minInterval: 1 },
    yAxis: { type: 'category', data: ordered.map((c) => c.label), axisLabel: { color: TEXT, width: 220, overflow: 'truncate' } },
    series: drawn.map((s) => ({
      type: 'bar',
      name: s.label,
      stack: drawn.length > 1 ? 'totaal' : undefined,
      itemStyle: { color: s.color, borderColor: '#ffffff', borderWidth: 1 },
      label: drawn.length === 1 ? { show: true, position: 'right', color: TEXT } : undefined,
      data: ordered.map((_, i) => ({ value: s.values[index(i)] ?? 0, itemStyle: s.colors ? { color: s.colors[index(i)] } : undefined })),
    })),
  };
}

const heightFor = (props: Props) => Math.max(160, props.categories.length * 36 + (props.series.filter((s) => !s.tableOnly).length > 1 ? 80 : 40));

/**
 * A horizontal (stacked) bar chart with a text alternative: the chart is one image with a description,
 * and the same figures are available as a data table. Drawn with ECharts as SVG, loaded on demand.
 */
export function StackedBarChart(props: Props) {
  const { title, description, categories, categoryLabel, series, mode = 'live', testId } = props;
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const [svg, setSvg] = useState<string>();
  const print = mode === 'print';
  const height = heightFor(props);

  useEffect(() => {
    let disposed = false;
    let cleanup = () => {};
    void import('./echarts.ts').then(({ init }) => {
      if (disposed) return;
      if (print) {
        // Server-side-rendering mode in the browser: a self-contained SVG with a viewBox, so it prints sharp at any size.
        const chart = init(null, undefined, { renderer: 'svg', ssr: true, width: PRINT_WIDTH, height });
        chart.setOption(chartOption(categories, series, true));
        setSvg(chart.renderToSVGString());
        chart.dispose();
        return;
      }
      const element = ref.current;
      if (!element) return;
      const chart = init(element, undefined, { renderer: 'svg' });
      chart.setOption(chartOption(categories, series, false));
      const observer = new ResizeObserver(() => chart.resize());
      observer.observe(element);
      cleanup = () => {
        observer.disconnect();
        chart.dispose();
      };
    });
    return () => {
      disposed = true;
      cleanup();
    };
  }, [categories, series, print, height]);

  const rows = categories.map((c, i) => ({ ...c, i }));
  const columns: Column<(typeof rows)[number]>[] = [
    { key: 'category', label: categoryLabel, rowHeader: true, cell: (r) => r.label },
    ...series.map((s) => ({
      key: s.key,
      label: s.label,
      numeric: true,
      cell: (r: (typeof rows)[number]) => (s.format ?? String)(s.values[r.i] ?? 0),
    })),
  ];
  const table = <SortableTable caption={title} columns={columns} rows={rows} rowKey={(r) => r.key} testId={testId} />;

  return (
    <figure className={`naast-figure${print ? ' naast-figure--print' : ''}`}>
      <figcaption className="naast-figure__caption">{title}</figcaption>
      {print ? (
        <div role="img" aria-label={description} className="naast-chart-svg" dangerouslySetInnerHTML={svg ? { __html: svg } : undefined} />
      ) : (
        <div ref={ref} role="img" aria-label={description} className="naast-chart" style={{ height: `${height}px` }} />
      )}
      {print ? (
        table
      ) : (
        <details className="naast-details">
          <summary>{t('common.chartAsTable')}</summary>
          {table}
        </details>
      )}
    </figure>
  );
}
