import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n/context.tsx';
import { getJson } from '../../api/client.ts';
import { SortableTable } from '../SortableTable.tsx';
import type { MapChartOption } from './map-echarts.ts';

/** A class of the map: its legend label and colour, in the order of the scale. */
export interface MapClass {
  key: string;
  label: string;
  color: string;
  /** A class apart from the scale (e.g. "niet te verdelen"): hatched on the map, with its own legend entry under it. */
  hatched?: boolean;
}

/** Diagonal dark lines (ECharts decal), the same as the PDF maps (services/reports/charts.ts): visible without colour. */
const HATCH_DECAL = { symbol: 'rect', color: '#1a1a1a', dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: -Math.PI / 4, symbolSize: 1 };

/** What the boundary API (GET /gemeentelijke-indelingen/{jaar}/kaart) says about each municipality. */
export interface MapArea {
  code: string;
  naam: string;
  gemeente: string | null;
  jeugdregio: string | null;
  jeugdregioNaam: string | null;
}

/** One row of the table beside the map: the same figures as text. */
export interface MapRow {
  key: string;
  name: string;
  region?: string;
  value: string;
  /** For sorting the value column. */
  sortValue?: number | string | null;
  /** Why the row has no figure, in plain Dutch (shown in its own column when any row has one). */
  note?: string;
}

interface GeoJson {
  features: { properties: MapArea }[];
}

interface Props {
  title: string;
  /** Short text alternative of the picture (what the map shows, the main counts). */
  description: string;
  /** The division year whose boundaries the figures belong to. */
  year: number;
  classes: MapClass[];
  /** The class of a municipality (by its area on the map); undefined = no figure. */
  classOf: (area: MapArea) => string | undefined;
  rows: MapRow[];
  nameLabel: string;
  regionLabel?: string;
  valueLabel: string;
  noDataLabel: string;
  /** Header of the column with the rows' notes. */
  noteLabel?: string;
  testId?: string;
}

const NO_DATA = '#f0f0f0';
const cache = new Map<number, Promise<GeoJson>>();
const loadMap = (year: number) => {
  if (!cache.has(year)) cache.set(year, getJson<GeoJson>(`/gemeentelijke-indelingen/${year}/kaart`));
  return cache.get(year)!;
};

/**
 * A map of the Netherlands per municipality on the boundaries of one division (ECharts, SVG, loaded on
 * demand). The picture is one image with a description; the legend names every class; the same
 * figures are in the table right below it (WCAG 1.1.1, 1.4.1: colour is never the only carrier).
 */
export function ChoroplethMap(props: Props) {
  const { title, description, year, classes, classOf, rows, nameLabel, regionLabel, valueLabel, noDataLabel, noteLabel, testId } = props;
  const hatched = classes.filter((c) => c.hatched);
  const withNotes = rows.some((r) => r.note);
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    let disposed = false;
    let cleanup = () => {};
    void Promise.all([import('./map-echarts.ts'), loadMap(year)]).then(
      ([{ init, registerMap }, geo]) => {
        if (disposed) return;
        const name = `gemeenten-${year}`;
        registerMap(name, geo as unknown as Parameters<typeof registerMap>[1]);
        const chart = init(element, undefined, { renderer: 'svg' });
        const index = new Map(classes.map((c, i) => [c.key, i]));
        const data = geo.features.flatMap((f) => {
          const key = classOf(f.properties);
          const value = key === undefined ? undefined : index.get(key);
          if (value === undefined) return [];
          return classes[value]!.hatched ? [{ name: f.properties.code, value, itemStyle: { decal: HATCH_DECAL } }] : [{ name: f.properties.code, value }];
        });
        const names = new Map(geo.features.map((f) => [f.properties.code, f.properties.naam]));
        const option: MapChartOption = {
          animation: false,
          tooltip: {
            trigger: 'item',
            formatter: (params) => {
              const item = Array.isArray(params) ? params[0] : params;
              if (!item) return '';
              const cls = typeof item.value === 'number' ? classes[item.value] : undefined;
              return `${names.get(String(item.name)) ?? item.name}: ${cls?.label ?? noDataLabel}`;
            },
          },
          visualMap: {
            type: 'piecewise',
            inverse: true,
            // Hatched classes are out of the scale's range (their own fill) and get their legend entry under the map.
            pieces: classes.flatMap((c, i) => (c.hatched ? [] : [{ value: i, label: c.label, color: c.color }])),
            ...(classes.some((c) => c.hatched) ? { outOfRange: { color: classes.find((c) => c.hatched)!.color } } : {}),
            left: 0,
            bottom: 0,
            textStyle: { color: '#1a1a1a' },
          },
          series: [
            {
              type: 'map',
              map: name,
              nameProperty: 'code',
              aspectScale: 0.62,
              layoutCenter: ['60%', '50%'],
              layoutSize: '95%',
              label: { show: false },
              emphasis: { label: { show: false }, itemStyle: { borderColor: '#1a1a1a', borderWidth: 1 } },
              select: { disabled: true },
              itemStyle: { borderColor: '#ffffff', borderWidth: 0.4, areaColor: NO_DATA },
              data,
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
      },
      () => setFailed(true),
    );
    return () => {
      disposed = true;
      cleanup();
    };
  }, [year, classes, classOf, noDataLabel]);

  return (
    <figure className="naast-figure" data-testid={testId}>
      <figcaption className="naast-figure__caption">{title}</figcaption>
      {!failed && <div ref={ref} role="img" aria-label={description} className="naast-chart naast-map" style={{ height: '560px', maxWidth: '640px' }} />}
      {hatched.length > 0 && (
        <ul className="naast-map-legend" data-testid={testId && `${testId}-legend`}>
          {hatched.map((c) => (
            <li key={c.key}>
              <span className="naast-map-legend__hatched" style={{ backgroundColor: c.color }} aria-hidden="true" />
              {c.label}
            </li>
          ))}
        </ul>
      )}
      <details className="naast-details">
        <summary>{t('common.chartAsTable')}</summary>
        <SortableTable
          caption={title}
          columns={[
            { key: 'name', label: nameLabel, cell: (r: MapRow) => r.name, rowHeader: true, sortValue: (r: MapRow) => r.name },
            ...(regionLabel ? [{ key: 'region', label: regionLabel, cell: (r: MapRow) => r.region ?? '', sortValue: (r: MapRow) => r.region ?? '' }] : []),
            { key: 'value', label: valueLabel, cell: (r: MapRow) => r.value, sortValue: (r: MapRow) => r.sortValue ?? r.value },
            ...(withNotes ? [{ key: 'note', label: noteLabel ?? '', cell: (r: MapRow) => r.note ?? '', sortValue: (r: MapRow) => r.note ?? '' }] : []),
          ]}
          rows={rows}
          rowKey={(r) => r.key}
          initialSort={{ key: 'name', direction: 'ascending' }}
        />
      </details>
    </figure>
  );
}
