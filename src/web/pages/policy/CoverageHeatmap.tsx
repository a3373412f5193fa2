import { useEffect, useRef } from 'react';
import { AGE_CATEGORIES, LIFE_DOMAINS, TARGET_SUBGROUPS } from '../../../domain/socialmap/taxonomy.ts';
import { ageLabel, lifeDomainLabel, targetGroupLabel } from '../../../domain/policy/labels.ts';
import type { ApiCoverage } from './types.ts';
import type { HeatmapOption } from './heatmapEcharts.ts';

const TEXT = '#1a1a1a';

interface Props {
  coverage: ApiCoverage;
  ages: readonly string[];
  description: string;
  /** The word for a combination that cannot exist ("Kan niet"), in the tooltip. */
  impossibleLabel: string;
}

/**
 * The coverage heat map (ECharts, SVG): target groups down, age × life domain across, colour = number
 * of providers. It is one image with a text alternative; the same numbers are in the table beside it,
 * where gaps and overlaps are also marked in words.
 */
export function CoverageHeatmap({ coverage, ages, description, impossibleLabel }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    let disposed = false;
    let cleanup = () => {};
    void import('./heatmapEcharts.ts').then(({ init }) => {
      if (disposed) return;
      const chart = init(element, undefined, { renderer: 'svg' });
      const columns = ages.flatMap((a) => LIFE_DOMAINS.map((d) => ({ a, d })));
      const rows = [...TARGET_SUBGROUPS].reverse(); // ECharts draws the first category at the bottom
      const index = new Map(coverage.cellen.map((c) => [`${c.doelgroep}|${c.leeftijd}|${c.levensdomein}`, c]));
      const cellAt = (x: number, y: number) => index.get(`${rows[y]!.code}|${columns[x]!.a}|${columns[x]!.d}`);
      const all = rows.flatMap((_, y) => columns.map((_col, x) => [x, y, cellAt(x, y)?.aanbieders.length ?? 0]));
      // A combination that cannot exist is no gap: grey, outside the colour scale (its own series).
      const impossible = all.filter(([x, y]) => cellAt(x!, y!)?.status === 'onmogelijk');
      const data = all.filter(([x, y]) => cellAt(x!, y!)?.status !== 'onmogelijk');
      const max = Math.max(coverage.overlapVanaf, ...data.map((d) => d[2]!));
      const option: HeatmapOption = {
        animation: false,
        aria: { enabled: false },
        grid: { left: 8, right: 16, top: 8, bottom: 110, containLabel: true },
        tooltip: {
          formatter: (params) => {
            const p = Array.isArray(params) ? params[0] : params;
            const [x, y, n] = (p?.value as number[]) ?? [];
            const col = columns[x!];
            const g = rows[y!];
            const value = p?.seriesIndex === 1 ? impossibleLabel : n;
            return col && g ? `${targetGroupLabel(g.code)}<br>${ageLabel(col.a)}, ${lifeDomainLabel(col.d).toLowerCase()}: ${value}` : '';
          },
        },
        xAxis: {
          type: 'category',
          data: columns.map((c) => `${c.a} · ${lifeDomainLabel(c.d)}`),
          axisLabel: { color: TEXT, rotate: 60, fontSize: 9, interval: 0, width: 150, overflow: 'truncate' },
          splitArea: { show: true },
        },
        yAxis: {
          type: 'category',
          data: rows.map((g) => targetGroupLabel(g.code)),
          axisLabel: { color: TEXT, fontSize: 10, width: 220, overflow: 'truncate' },
        },
        visualMap: {
          min: 0,
          max,
          calculable: false,
          seriesIndex: 0,
          orient: 'horizontal',
          left: 'center',
          bottom: 0,
          textStyle: { color: TEXT },
          // Red for none (gap), through light to dark blue for many; the table says it in words too.
          inRange: { color: ['#b42318', '#f6d8a8', '#9cc3e6', '#1f5a96', '#0b2e59'] },
        },
        series: [
          { type: 'heatmap', data, label: { show: columns.length <= 6, color: TEXT }, itemStyle: { borderColor: '#ffffff', borderWidth: 1 } },
          {
            type: 'heatmap',
            data: impossible,
            label: { show: columns.length <= 6, color: TEXT, formatter: () => '—' },
            // White with grey diagonal lines: unlike any colour of the scale (its middle is greyish too).
            itemStyle: {
              color: '#ffffff',
              borderColor: '#8a8a8a',
              borderWidth: 1,
              decal: { symbol: 'rect', symbolSize: 1, dashArrayX: [1, 0], dashArrayY: [2, 5], rotation: -Math.PI / 4, color: '#6b6b6b' },
            },
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
  }, [coverage, ages, impossibleLabel]);
  return <div ref={ref} role="img" aria-label={description} className="naast-chart" data-testid="coverage-heatmap" style={{ height: `${Math.max(420, TARGET_SUBGROUPS.length * 26 + 170)}px` }} />;
}

export { AGE_CATEGORIES };
