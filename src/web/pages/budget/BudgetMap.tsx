import { useCallback, useId, useMemo, useState } from 'react';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
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
/** "Niet te verdelen": white with dark hatching (ChoroplethMap), apart from every colour of the scale. */
const NOT_DISTRIBUTABLE = 'niet-te-verdelen';
/** The divisions with both boundaries (GET /gemeentelijke-indelingen/{jaar}/kaart) and budget figures. */
const DIVISIONS = [2013, 2014] as const;

/** GET /budget/kaart: the budget on a division, split parts without a cited key kept apart. */
interface MapFigures {
  inwonersBekend: boolean;
  gemeenten: { cbsCode: string; naam: string; jeugdregio: { code: string; naam: string } | null; budgetMeeCent: number | null; inwoners: number | null; nietTeVerdelen: string | null }[];
  jeugdregios: { code: string; naam: string; budgetMeeCent: number; inwoners: number | null; volledig: boolean }[];
  nietTeVerdelen: { cbsCode: string; naam: string; budgetMeeCent: number; opvolgers: { cbsCode: string; naam: string }[] }[];
}

type Unit = 'gemeente' | 'jeugdregio';

/** A figure on the map: its value (null = not distributable) and, without one, why. */
interface Figure {
  name: string;
  region?: string;
  value: number | null;
  note?: string;
}

function quintiles(values: number[]): number[] {
  if (values.length === 0) return [0, 0, 0, 0]; // before the figures arrive
  const sorted = [...values].sort((a, b) => a - b);
  return [1, 2, 3, 4].map((q) => sorted[Math.min(sorted.length - 1, Math.floor((q * sorted.length) / 5))]!);
}

/**
 * The MEE budget per municipality (or youth region) on the map of a division; per inhabitant when all
 * counts are there. On the 2014 division a merged municipality has the exact sum of its predecessors;
 * a municipality that got part of a split without stored split shares is hatched, with the reason.
 */
export function BudgetMap() {
  const { t } = useI18n();
  const id = useId();
  const [year, setYear] = useState<number>(2013);
  const [unit, setUnit] = useState<Unit>('gemeente');
  const resource = useResource<MapFigures>(`/budget/kaart?jaar=${BUDGET_YEAR}&indeling=${year}`);
  const data = resource.data;
  const perInhabitant = Boolean(data?.inwonersBekend);

  const measure = useCallback(
    (cents: number | null, inhabitants: number | null) => (cents === null ? null : perInhabitant ? (inhabitants ? Math.round(cents / inhabitants) : null) : cents),
    [perInhabitant],
  );
  const figures = useMemo(() => {
    const byMunicipality = new Map<string, Figure>();
    for (const g of data?.gemeenten ?? []) {
      byMunicipality.set(g.cbsCode, { name: g.naam, region: g.jeugdregio?.naam, value: measure(g.budgetMeeCent, g.inwoners), note: g.nietTeVerdelen ?? undefined });
    }
    const byRegion = new Map<string, Figure>();
    for (const r of data?.jeugdregios ?? []) {
      byRegion.set(r.code, { name: r.naam, value: r.volledig ? measure(r.budgetMeeCent, r.inwoners) : null, note: r.volledig ? undefined : t('budget.map.regionIncomplete') });
    }
    return { byMunicipality, byRegion };
  }, [data, measure, t]);

  const source = unit === 'gemeente' ? figures.byMunicipality : figures.byRegion;
  const values = useMemo(() => [...source.values()].flatMap((f) => (f.value === null ? [] : [f.value])), [source]);
  const missing = values.length < source.size;
  const bounds = useMemo(() => quintiles(values), [values]);
  // Per inhabitant the bounds lie a few euros apart: with cents, so "€ 7,51" does not read as "€ 8".
  const euro = useCallback((cents: number) => formatEuro(cents, { showCents: perInhabitant }), [perInhabitant]);
  const classes = useMemo<MapClass[]>(() => {
    const edges = [0, ...bounds];
    const scale = CIVIDIS.map((color, i) => ({
      key: String(i),
      label: i < 4 ? t('budget.map.range', { from: euro(edges[i]!), to: euro(edges[i + 1]!) }) : t('budget.map.above', { from: euro(edges[4]!) }),
      color,
    }));
    return missing ? [...scale, { key: NOT_DISTRIBUTABLE, label: t('budget.map.notDistributable'), color: '#ffffff', hatched: true }] : scale;
  }, [bounds, missing, t, euro]);
  const classOf = useCallback(
    (area: MapArea) => {
      const figure = unit === 'gemeente' ? source.get(area.code) : area.jeugdregio ? source.get(area.jeugdregio) : undefined;
      if (!figure) return undefined;
      return figure.value === null ? NOT_DISTRIBUTABLE : String(bounds.filter((b) => figure.value! >= b).length);
    },
    [unit, source, bounds],
  );
  const rows = useMemo<MapRow[]>(
    () =>
      [...source].map(([code, f]) => ({
        key: code,
        name: f.name,
        region: f.region,
        value: f.value === null ? t('budget.map.notDistributableValue') : euro(f.value),
        sortValue: f.value,
        note: f.note,
      })),
    [source, t, euro],
  );

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
      {resource.error && <LoadState error={resource.error} />}
      {data?.nietTeVerdelen.map((u) => (
        <Paragraph key={u.cbsCode} data-testid="map-not-distributable">
          {t('budget.map.undistributed', { name: u.naam, year, amount: formatEuro(u.budgetMeeCent), successors: u.opvolgers.map((o) => o.naam).join(', ') })}
        </Paragraph>
      ))}
      {/* While another division loads, the previous figures must not be drawn on the new boundaries. */}
      {data && data.gemeenten.length > 0 && !resource.error && !resource.loading && (
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
          noteLabel={t('budget.map.noteColumn')}
          testId="budget-map"
        />
      )}
    </section>
  );
}
