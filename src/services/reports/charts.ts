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

/** Adds a legend entry per hatched class (top left): a hatched swatch with a border, and its label. */
function withHatchedLegend(svg: string, hatched: readonly MapClass[]): string {
  if (hatched.length === 0) return svg;
  const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
  const entries = hatched
    .map((c, i) => {
      const y = 36 + i * 18;
      return (
        `<rect x="4" y="${y}" width="14" height="10" fill="${c.color}" stroke="#1a1a1a" stroke-width="0.8"/>` +
        `<rect x="4" y="${y}" width="14" height="10" fill="url(#naast-hatch)" stroke="none"/>` +
        `<text x="24" y="${y + 9}" font-size="10" font-family="Helvetica, Arial, sans-serif" fill="#111">${escape(c.label)}</text>`
      );
    })
    .join('');
  const defs = '<defs><pattern id="naast-hatch" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="1.5" height="4" fill="#1a1a1a"/></pattern></defs>';
  return svg.replace(/<\/svg>\s*$/, `${defs}<g>${entries}</g></svg>`);
}

/** One class of a categorical map: the figure's value, its legend label and colour. */
export interface MapClass {
  value: number;
  label: string;
  color: string;
  /** Drawn hatched (dark diagonal lines) as well: a class apart from the scale, e.g. "niet te verdelen". */
  hatched?: boolean;
}

/** ECharts decal of a hatched class: diagonal dark lines, visible in colour, greyscale and print. */
export const HATCH_DECAL = { symbol: 'rect', color: '#1a1a1a', dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: -Math.PI / 4, symbolSize: 1 } as const;

const registeredMaps = new Set<string>();

/**
 * A choropleth of the Netherlands per municipality (ECharts SSR, SVG), on the boundaries of the
 * division the figures belong to (src/services/register/maps.ts). `values` maps the CBS code of a
 * feature to the value of its class; features without a value get the neutral "no data" colour.
 * Colour-blind safe: callers pass an ordered viridis/cividis-like scale, and the legend names every class.
 */
export function choroplethSvg(options: {
  title: string;
  mapName: string;
  geoJson: object;
  values: Map<string, number>;
  classes: MapClass[];
  width?: number;
  height?: number;
}): string {
  const e = echarts();
  if (!registeredMaps.has(options.mapName)) {
    e.registerMap(options.mapName, options.geoJson as Parameters<typeof e.registerMap>[1]);
    registeredMaps.add(options.mapName);
  }
  const chart = e.init(null, null, { renderer: 'svg', ssr: true, width: options.width ?? 640, height: options.height ?? 560 });
  chart.setOption({
    animation: false,
    title: { text: options.title, left: 'center', textStyle: { fontSize: 14, fontFamily: 'Helvetica, Arial, sans-serif' } },
    visualMap: {
      type: 'piecewise',
      // First class on top: the legend reads in the order of the scale.
      inverse: true,
      // Hatched classes stand apart from the scale: out of its range (their own fill), with their own legend entry below.
      pieces: options.classes.filter((c) => !c.hatched).map((c) => ({ value: c.value, label: c.label, color: c.color })),
      ...(options.classes.some((c) => c.hatched) ? { outOfRange: { color: options.classes.find((c) => c.hatched)!.color } } : {}),
      left: 0,
      bottom: 0,
      itemWidth: 14,
      itemHeight: 10,
      textStyle: { fontSize: 10, fontFamily: 'Helvetica, Arial, sans-serif', color: '#111' },
    },
    series: [
      {
        type: 'map',
        map: options.mapName,
        nameProperty: 'code',
        // Degrees of longitude are ~0.62 of a degree of latitude at 52° N.
        aspectScale: 0.62,
        layoutCenter: ['60%', '52%'],
        layoutSize: '92%',
        label: { show: false },
        itemStyle: { borderColor: '#ffffff', borderWidth: 0.3, areaColor: '#d9d9d9' },
        data: [...options.values].map(([name, value]) => {
          const hatched = options.classes.find((c) => c.value === value)?.hatched;
          return hatched ? { name, value, itemStyle: { decal: HATCH_DECAL } } : { name, value };
        }),
      },
    ],
  });
  const svg = withHatchedLegend(chart.renderToSVGString(), options.classes.filter((c) => c.hatched));
  chart.dispose();
  return svg;
}
