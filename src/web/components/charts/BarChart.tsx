import { useEffect, useRef } from 'react';
import { useI18n } from '../../i18n/context.tsx';
import { SortableTable } from '../SortableTable.tsx';
import type { BarChartOption } from './echarts.ts';

export interface Bar {
  key: string;
  label: string;
  /** Amount in euro cents. */
  value: number;
}

interface Props {
  /** Visible caption of the figure; also the caption of the data table. */
  title: string;
  /** Short text alternative of the picture, read by screen readers instead of the chart. */
  description: string;
  bars: Bar[];
  valueLabel: string;
  format: (cents: number) => string;
  /** Colour bars by sign (more = green, less = red) instead of one colour. */
  signed?: boolean;
}

// Colours with at least 3:1 contrast against white (WCAG 1.4.11 non-text contrast).
const BLUE = '#1f5a96';
const GREEN = '#1d6b3a';
const RED = '#a4262c';
const TEXT = '#1a1a1a';

/**
 * A horizontal bar chart (ECharts, SVG, loaded on demand) with a text alternative: the chart is one
 * image with a description, and the same figures are available as a data table right below it.
 */
export function BarChart({ title, description, bars, valueLabel, format, signed }: Props) {
  const { t, lang } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    let disposed = false;
    let cleanup = () => {};
    void import('./echarts.ts').then(({ init }) => {
      if (disposed) return;
      const chart = init(element, undefined, { renderer: 'svg' });
      const compact = new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { notation: 'compact', maximumFractionDigits: 1 });
      const ordered = [...bars].reverse(); // ECharts draws the first category at the bottom
      const option: BarChartOption = {
        animation: false,
        grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
        tooltip: {
          trigger: 'item',
          formatter: (params) => {
            const item = Array.isArray(params) ? params[0] : params;
            return item ? `${item.name}: ${format(Math.round(Number(item.value) * 100))}` : '';
          },
        },
        xAxis: {
          type: 'value',
          axisLabel: { color: TEXT, formatter: (v: number) => `€ ${compact.format(v)}` },
        },
        yAxis: { type: 'category', data: ordered.map((b) => b.label), axisLabel: { color: TEXT, width: 200, overflow: 'truncate' } },
        series: [
          {
            type: 'bar',
            name: valueLabel,
            data: ordered.map((b) => ({
              value: b.value / 100,
              itemStyle: { color: signed ? (b.value < 0 ? RED : GREEN) : BLUE },
            })),
          },
        ],
      };
      chart.setOption(option);
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
  }, [bars, format, lang, signed, valueLabel]);

  return (
    <figure className="naast-figure">
      <figcaption className="naast-figure__caption">{title}</figcaption>
      <div
        ref={ref}
        role="img"
        aria-label={description}
        className="naast-chart"
        style={{ height: `${Math.max(240, bars.length * 28 + 60)}px` }}
      />
      <details className="naast-details">
        <summary>{t('common.chartAsTable')}</summary>
        <SortableTable
          caption={title}
          columns={[
            { key: 'label', label: t('common.name'), cell: (b: Bar) => b.label, rowHeader: true },
            { key: 'value', label: valueLabel, numeric: true, cell: (b: Bar) => format(b.value) },
          ]}
          rows={bars}
          rowKey={(b) => b.key}
        />
      </details>
    </figure>
  );
}
