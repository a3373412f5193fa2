import { echarts } from '../lazy-modules.ts';

/**
 * Charts rendered to SVG on the server (ECharts SSR), for printable reports and PDF: the same
 * library as the web UI, no browser needed.
 */
export interface BarSeries {
  name: string;
  values: number[];
}

export function barChartSvg(options: { title: string; categories: string[]; series: BarSeries[]; stacked?: boolean; width?: number; height?: number }): string {
  const chart = echarts().init(null, null, { renderer: 'svg', ssr: true, width: options.width ?? 640, height: options.height ?? 320 });
  chart.setOption({
    animation: false,
    title: { text: options.title, left: 'center', textStyle: { fontSize: 14, fontFamily: 'Helvetica, Arial, sans-serif' } },
    grid: { left: 48, right: 16, top: 48, bottom: options.series.length > 1 ? 64 : 40 },
    legend: options.series.length > 1 ? { bottom: 0, textStyle: { fontFamily: 'Helvetica, Arial, sans-serif' } } : undefined,
    xAxis: { type: 'category', data: options.categories, axisLabel: { interval: 0, fontSize: 10 } },
    yAxis: { type: 'value' },
    // Colours chosen for contrast on white and in greyscale print.
    color: ['#1d3557', '#457b9d', '#e76f51', '#2a9d8f', '#8d5a97'],
    series: options.series.map((s) => ({ type: 'bar', name: s.name, data: s.values, stack: options.stacked ? 'totaal' : undefined })),
  });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}
