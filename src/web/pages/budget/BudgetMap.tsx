import { useCallback, useId, useMemo, useState } from 'react';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import type { Allocation } from '../../api/budgetTypes.ts';
import { useResource } from '../../api/useResource.ts';
import { ChoroplethMap, type MapArea, type MapClass, type MapRow } from '../../components/charts/ChoroplethMap.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { useI18n } from '../../i18n/context.tsx';
import { RadioGroup } from '../monitor/RadioGroup.tsx';
import { BUDGET_YEAR, formatEuro } from './budgetFormat.ts';

/**
 * Cividis (designed for colour vision deficiencies, readable in greyscale), light = low, dark = high.
 * Five classes by quintile of the amounts.
 */
const CIVIDIS = ['#ffea46', '#bcaf6f', '#7c7b78', '#414d6b', '#00204d'];
/** The divisions with both boundaries (GET /gemeentelijke-indelingen/{jaar}/kaart) and budget figures. */
const DIVISIONS = [2013, 2014] as const;

interface Municipality {
  code: string;
  inwoners: number | null;
}

type Unit = 'gemeente' | 'jeugdregio';

function quintiles(values: number[]): number[] {
  if (values.length === 0) return [0, 0, 0, 0]; // before the figures arrive
  const sorted = [...values].sort((a, b) => a - b);
  return [1, 2, 3, 4].map((q) => sorted[Math.min(sorted.length - 1, Math.floor((q * sorted.length) / 5))]!);
}

/** The MEE budget per municipality (or youth region) on the map of a division; per inhabitant when all counts are there. */
export function BudgetMap() {
  const { t } = useI18n();
  const id = useId();
  const [year, setYear] = useState<number>(2013);
  const [unit, setUnit] = useState<Unit>('gemeente');
  const allocations = useResource<Allocation[]>(`/budget/verdelingen?jaar=${BUDGET_YEAR}&indeling=${year}&paginaGrootte=500`);
  const municipalities = useResource<Municipality[]>(`/gemeenten?indeling=${year}&paginaGrootte=500`);
  const data = allocations.data;
  // Per inhabitant only when every municipality has its CBS count; otherwise the amount itself, and the page says so.
  const inhabitants = useMemo(() => new Map((municipalities.data ?? []).map((m) => [m.code, m.inwoners])), [municipalities.data]);
  const perInhabitant = Boolean(data?.length) && (data ?? []).every((a) => (inhabitants.get(a.gemeente.code) ?? 0) > 0);

  const figures = useMemo(() => {
    const byMunicipality = new Map<string, { cents: number; inhabitants: number }>();
    const byRegion = new Map<string, { name: string; cents: number; inhabitants: number; count: number }>();
    for (const a of data ?? []) {
      const people = inhabitants.get(a.gemeente.code) ?? 0;
      byMunicipality.set(a.gemeente.code, { cents: a.budgetMeeCent, inhabitants: people ?? 0 });
      const region = byRegion.get(a.gemeente.jeugdregio.code) ?? { name: a.gemeente.jeugdregio.naam, cents: 0, inhabitants: 0, count: 0 };
      region.cents += a.budgetMeeCent;
      region.inhabitants += people ?? 0;
      region.count++;
      byRegion.set(a.gemeente.jeugdregio.code, region);
    }
    return { byMunicipality, byRegion };
  }, [data, inhabitants]);

  const measure = useCallback((f: { cents: number; inhabitants: number }) => (perInhabitant ? Math.round(f.cents / f.inhabitants) : f.cents), [perInhabitant]);
  const source = unit === 'gemeente' ? figures.byMunicipality : figures.byRegion;
  const bounds = useMemo(() => quintiles([...source.values()].map(measure)), [source, measure]);
  const classes = useMemo<MapClass[]>(() => {
    const edges = [0, ...bounds];
    return CIVIDIS.map((color, i) => ({
      key: String(i),
      label: i < 4 ? t('budget.map.range', { from: formatEuro(edges[i]!), to: formatEuro(edges[i + 1]!) }) : t('budget.map.above', { from: formatEuro(edges[4]!) }),
      color,
    }));
  }, [bounds, t]);
  const classKey = useCallback((value: number) => String(bounds.filter((b) => value >= b).length), [bounds]);
  const classOf = useCallback(
    (area: MapArea) => {
      const figure = unit === 'gemeente' ? (area.gemeente ? figures.byMunicipality.get(area.gemeente) : undefined) : area.jeugdregio ? figures.byRegion.get(area.jeugdregio) : undefined;
      return figure ? classKey(measure(figure)) : undefined;
    },
    [unit, figures, classKey, measure],
  );
  const rows = useMemo<MapRow[]>(() => {
    if (unit === 'jeugdregio') {
      return [...figures.byRegion].map(([code, r]) => ({ key: code, name: r.name, value: formatEuro(measure(r)), sortValue: measure(r) }));
    }
    return (data ?? []).map((a) => {
      const value = measure(figures.byMunicipality.get(a.gemeente.code)!);
      return { key: a.gemeente.code, name: a.gemeente.naam, region: a.gemeente.jeugdregio.naam, value: formatEuro(value), sortValue: value };
    });
  }, [unit, data, figures, measure]);

  const valueLabel = perInhabitant ? t('budget.map.perInhabitant') : t('budget.map.amount');
  const unitLabel = unit === 'gemeente' ? t('budget.map.unitMunicipality') : t('budget.map.unitRegion');
  return (
    <section aria-labelledby={`${id}-kop`}>
      <Heading2 id={`${id}-kop`}>{t('budget.map.heading')}</Heading2>
      <Paragraph>{t('budget.map.intro')}</Paragraph>
      {!perInhabitant && data && <Paragraph data-testid="map-no-inhabitants">{t('budget.map.noInhabitants')}</Paragraph>}
      <div className="naast-map-controls">
        <RadioGroup
          id={`${id}-indeling`}
          legend={t('budget.map.division')}
          options={DIVISIONS.map((d) => ({ value: String(d), label: t(d === 2013 ? 'budget.map.division2013' : 'budget.map.division2014') }))}
          value={String(year)}
          onChange={(v) => setYear(Number(v))}
        />
        <RadioGroup
          id={`${id}-eenheid`}
          legend={t('budget.map.unit')}
          options={[
            { value: 'gemeente', label: t('budget.map.unitMunicipality') },
            { value: 'jeugdregio', label: t('budget.map.unitRegion') },
          ]}
          value={unit}
          onChange={(v) => setUnit(v as Unit)}
        />
      </div>
      {/* The 2014 figures exist only once the Boarnsterhim split shares are stored (SOURCES.md §2): the API says why. */}
      {allocations.error && <LoadState error={allocations.error} />}
      {/* While another division loads, the previous figures must not be drawn on the new boundaries. */}
      {data && data.length > 0 && !allocations.error && !allocations.loading && !municipalities.loading && (
        <ChoroplethMap
          key={`${year}-${unit}`}
          title={t('budget.map.title', { year: BUDGET_YEAR, division: year, measure: valueLabel, unit: unitLabel.toLowerCase() })}
          description={t('budget.map.description', { division: year, measure: valueLabel, unit: unitLabel.toLowerCase(), count: rows.length })}
          year={year}
          classes={classes}
          classOf={classOf}
          rows={rows}
          nameLabel={unit === 'gemeente' ? t('budget.col.municipality') : t('budget.map.unitRegion')}
          regionLabel={unit === 'gemeente' ? t('budget.map.unitRegion') : undefined}
          valueLabel={valueLabel}
          noDataLabel={t('budget.map.noData')}
          testId="budget-map"
        />
      )}
    </section>
  );
}
