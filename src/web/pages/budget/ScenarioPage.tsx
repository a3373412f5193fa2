import { useEffect, useMemo, useState, type ChangeEvent } from 'react';
import { useSearchParams } from 'wouter';
import { Heading1, Heading2, Paragraph, Textbox } from '@utrecht/component-library-react';
import { useResource } from '../../api/useResource.ts';
import type { ScenarioRow } from '../../api/budgetTypes.ts';
import { BarChart, type Bar } from '../../components/charts/BarChart.tsx';
import { DownloadLinks } from '../../components/DownloadLinks.tsx';
import { describedBy, Field } from '../../components/Field.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { SortableTable, type Column } from '../../components/SortableTable.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useI18n } from '../../i18n/context.tsx';
import { meeOrganisationColumn, municipalityColumn } from './budgetColumns.tsx';
import { BUDGET_YEAR, formatEuro, searchable } from './budgetFormat.ts';
import { RegionalPools } from './RegionalPools.tsx';

const DEFAULT_PERCENTAGE = 50;
const TOP = 10;

function parsePercentage(text: string): number | null {
  if (!/^\s*\d{1,3}\s*$/.test(text)) return null;
  const value = Number(text);
  return value >= 0 && value <= 100 ? value : null;
}

/** /budget/scenario — what if a different share of the MEE budget followed the number of inhabitants? */
export default function ScenarioPage() {
  const { t } = useI18n();
  useDocumentTitle(t('budget.scenario.title'));
  const [params, setParams] = useSearchParams();
  const percentage = parsePercentage(params.get('inwoners') ?? '') ?? DEFAULT_PERCENTAGE;
  const [text, setText] = useState(String(percentage));
  const [filter, setFilter] = useState('');
  const typed = parsePercentage(text);
  const error = typed === null ? t('budget.scenario.percentageError') : undefined;

  // Recalculate shortly after the user stops typing.
  useEffect(() => {
    if (typed === null || typed === percentage) return;
    const timer = setTimeout(() => setParams({ inwoners: String(typed) }, { replace: true }), 300);
    return () => clearTimeout(timer);
  }, [typed, percentage, setParams]);

  const query = useMemo(() => new URLSearchParams({ jaar: String(BUDGET_YEAR), inwonersPercentage: String(percentage) }), [percentage]);
  const scenario = useResource<ScenarioRow[]>(`/budget/scenario?${query.toString()}`);
  const rows = useMemo(() => scenario.data ?? [], [scenario.data]);
  const visible = useMemo(() => rows.filter((r) => searchable(r.gemeente.naam).includes(searchable(filter.trim()))), [rows, filter]);
  const more = rows.filter((r) => r.verschilCent > 0).length;
  const less = rows.filter((r) => r.verschilCent < 0).length;
  const bars = useMemo<Bar[]>(() => {
    const byDifference = [...rows].filter((r) => r.verschilCent !== 0).sort((a, b) => b.verschilCent - a.verschilCent);
    const gainers = byDifference.filter((r) => r.verschilCent > 0).slice(0, TOP);
    const losers = byDifference.filter((r) => r.verschilCent < 0).slice(-TOP);
    return [...gainers, ...losers].map((r) => ({ key: r.gemeente.code, label: r.gemeente.naam, value: r.verschilCent }));
  }, [rows]);

  const columns: Column<ScenarioRow>[] = [
    municipalityColumn<ScenarioRow>(t),
    meeOrganisationColumn<ScenarioRow>(t),
    { key: 'basis', label: t('budget.col.basis'), numeric: true, sortValue: (r) => r.basisCent, cell: (r) => formatEuro(r.basisCent) },
    { key: 'scenario', label: t('budget.col.scenario'), numeric: true, sortValue: (r) => r.scenarioCent, cell: (r) => formatEuro(r.scenarioCent) },
    { key: 'verschil', label: t('budget.col.difference'), numeric: true, sortValue: (r) => r.verschilCent, cell: (r) => formatEuro(r.verschilCent) },
  ];

  return (
    <>
      <Heading1>{t('budget.scenario.title')}</Heading1>
      <Paragraph lead>{t('budget.scenario.intro')}</Paragraph>
      <form className="naast-filters" onSubmit={(e) => e.preventDefault()}>
        <Field id="inwoners-percentage" label={t('budget.scenario.percentage')} description={t('budget.scenario.percentageHelp')} error={error}>
          <Textbox
            id="inwoners-percentage"
            type="number"
            inputMode="numeric"
            min={0}
            max={100}
            step={1}
            value={text}
            invalid={Boolean(error)}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy('inwoners-percentage', { description: true, error })}
            onChange={(e: ChangeEvent<HTMLInputElement>) => setText(e.target.value)}
          />
        </Field>
      </form>
      <Paragraph aria-live="polite" data-testid="scenario-status">
        {scenario.loading
          ? t('common.loading')
          : scenario.data && t('budget.scenario.status', { inhabitants: percentage, clients: 100 - percentage, more, less })}
      </Paragraph>
      {!scenario.data && <LoadState error={scenario.error} />}
      {scenario.data && (
        <>
          <Heading2>{t('budget.scenario.chartHeading')}</Heading2>
          {bars.length === 0 ? (
            <Paragraph>{t('budget.scenario.noDifferences')}</Paragraph>
          ) : (
            <BarChart
              title={t('budget.scenario.chartTitle', { inhabitants: percentage })}
              description={t('budget.scenario.chartDescription', {
                top: bars[0]?.label ?? '',
                bottom: bars[bars.length - 1]?.label ?? '',
              })}
              bars={bars}
              valueLabel={t('budget.col.difference')}
              format={formatEuro}
              signed
            />
          )}
          <Heading2>{t('budget.scenario.tableHeading')}</Heading2>
          <DownloadLinks path="/budget/scenario" params={query} what={t('budget.scenario.tableHeading')} />
          <Field id="scenario-zoek" label={t('budget.filter.search')}>
            <Textbox id="scenario-zoek" type="search" value={filter} onChange={(e: ChangeEvent<HTMLInputElement>) => setFilter(e.target.value)} autoComplete="off" />
          </Field>
          <SortableTable
            caption={t('budget.scenario.caption', { inhabitants: percentage, clients: 100 - percentage, count: visible.length })}
            columns={columns}
            rows={visible}
            rowKey={(r) => r.gemeente.code}
            initialSort={{ key: 'gemeente', direction: 'ascending' }}
            busy={scenario.loading}
            testId="scenario-table"
          />
        </>
      )}
      <RegionalPools />
    </>
  );
}
