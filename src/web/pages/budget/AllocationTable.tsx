import { useCallback, useEffect, useMemo, useState, type ChangeEvent } from 'react';
import { useSearchParams } from 'wouter';
import { Heading2, Paragraph, Select, SelectOption, TableCell, TableHeaderCell, TableRow, Textbox } from '@utrecht/component-library-react';
import { useApi } from '../../api/useApi.ts';
import { useResource } from '../../api/useResource.ts';
import type { Allocation, RegionOption } from '../../api/budgetTypes.ts';
import { DownloadLinks } from '../../components/DownloadLinks.tsx';
import { Field } from '../../components/Field.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { SortableTable, type Column } from '../../components/SortableTable.tsx';
import { useI18n } from '../../i18n/context.tsx';
import { meeOrganisationColumn, municipalityColumn } from './budgetColumns.tsx';
import { BUDGET_YEAR, DIVISION_YEAR, formatEuro } from './budgetFormat.ts';

type Source = 'gepubliceerd' | 'berekend' | 'primair';
const SOURCES: readonly Source[] = ['gepubliceerd', 'berekend', 'primair'];

/**
 * The 408 municipalities with their budget (budgetverdeling): filter by name, youth region (jeugdregio)
 * and MEE organisation, sort by any column, download what you see. The filter lives in the address, so
 * "back" from a municipality page returns to the same list.
 */
export function AllocationTable() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const search = params.get('zoek') ?? '';
  const region = params.get('jeugdregio') ?? '';
  const organisation = params.get('meeOrganisatie') ?? '';
  const source: Source = SOURCES.find((s) => s === params.get('bron')) ?? 'gepubliceerd';
  const [text, setText] = useState(search);

  const update = useCallback(
    (key: string, value: string) =>
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          if (value) next.set(key, value);
          else next.delete(key);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  // Search while typing, but ask the API only after a short pause.
  useEffect(() => {
    if (text.trim() === search) return;
    const timer = setTimeout(() => update('zoek', text.trim()), 250);
    return () => clearTimeout(timer);
  }, [text, search, update]);

  const filter = useMemo(() => {
    const query = new URLSearchParams({ jaar: String(BUDGET_YEAR), bron: source });
    if (search) query.set('zoek', search);
    if (region) query.set('jeugdregio', region);
    if (organisation) query.set('meeOrganisatie', organisation);
    return query;
  }, [source, search, region, organisation]);
  const allocations = useResource<Allocation[]>(`/budget/verdelingen?${filter.toString()}&paginaGrootte=500`);
  const regions = useApi<RegionOption[]>(`/jeugdregios?indeling=${DIVISION_YEAR}`);
  const organisations = useApi<RegionOption[]>(`/mee-organisaties?indeling=${DIVISION_YEAR}`);

  const rows = allocations.data ?? [];
  const sum = rows.reduce((s, r) => ({ mee: s.mee + r.budgetMeeCent, ivh: s.ivh + r.budgetIvhCent }), { mee: 0, ivh: 0 });
  const columns: Column<Allocation>[] = [
    municipalityColumn<Allocation>(t),
    { key: 'jeugdregio', label: t('budget.col.youthRegion'), sortValue: (r) => r.gemeente.jeugdregio.naam, cell: (r) => r.gemeente.jeugdregio.naam },
    meeOrganisationColumn<Allocation>(t),
    ...(source === 'primair' ? countColumns(t) : []),
    { key: 'budgetMee', label: t('budget.col.budgetMee'), numeric: true, sortValue: (r) => r.budgetMeeCent, cell: (r) => formatEuro(r.budgetMeeCent) },
    { key: 'budgetIvh', label: t('budget.col.budgetIvh'), numeric: true, sortValue: (r) => r.budgetIvhCent, cell: (r) => formatEuro(r.budgetIvhCent) },
  ];

  return (
    <section aria-labelledby="gemeenten-kop">
      <Heading2 id="gemeenten-kop">{t('budget.table.title')}</Heading2>
      <Paragraph>{t('budget.table.intro')}</Paragraph>
      <form className="naast-filters" role="search" aria-label={t('budget.table.filterLabel')} onSubmit={(e) => e.preventDefault()}>
        <Field id="filter-zoek" label={t('budget.filter.search')}>
          <Textbox id="filter-zoek" type="search" value={text} onChange={(e: ChangeEvent<HTMLInputElement>) => setText(e.target.value)} autoComplete="off" />
        </Field>
        <ListFilter
          id="filter-jeugdregio"
          label={t('budget.filter.youthRegion')}
          all={t('budget.filter.allRegions')}
          value={region}
          options={regions.state === 'ok' ? regions.data : []}
          onChange={(code) => update('jeugdregio', code)}
        />
        <ListFilter
          id="filter-mee"
          label={t('budget.filter.meeOrganisation')}
          all={t('budget.filter.allOrganisations')}
          value={organisation}
          options={organisations.state === 'ok' ? organisations.data : []}
          onChange={(code) => update('meeOrganisatie', code)}
        />
        <Field id="filter-bron" label={t('budget.filter.source')}>
          <Select id="filter-bron" value={source} onChange={(e: ChangeEvent<HTMLSelectElement>) => update('bron', e.target.value === 'gepubliceerd' ? '' : e.target.value)}>
            <SelectOption value="gepubliceerd">{t('budget.filter.published')}</SelectOption>
            <SelectOption value="berekend">{t('budget.filter.computed')}</SelectOption>
            <SelectOption value="primair">{t('budget.filter.primary')}</SelectOption>
          </Select>
        </Field>
      </form>
      {source === 'primair' && <Paragraph>{t('budget.table.primaryNote')}</Paragraph>}
      <Paragraph aria-live="polite" data-testid="allocation-count">
        {allocations.data && !allocations.loading && t('budget.table.count', { count: rows.length })}
        {allocations.loading && t('common.loading')}
      </Paragraph>
      {!allocations.data && <LoadState error={allocations.error} />}
      <DownloadLinks path="/budget/verdelingen" params={filter} what={t('budget.table.title')} />
      {allocations.data && rows.length > 0 && (
        <SortableTable
          caption={t(source === 'berekend' ? 'budget.table.captionComputed' : source === 'primair' ? 'budget.table.captionPrimary' : 'budget.table.caption', { year: BUDGET_YEAR })}
          columns={columns}
          rows={rows}
          rowKey={(r) => r.gemeente.code}
          initialSort={{ key: 'gemeente', direction: 'ascending' }}
          busy={allocations.loading}
          testId="allocation-table"
          footer={
            <TableRow>
              <TableHeaderCell scope="row" colSpan={source === 'primair' ? 5 : 3}>
                {t('budget.table.total', { count: rows.length })}
              </TableHeaderCell>
              <TableCell className="naast-number">{formatEuro(sum.mee)}</TableCell>
              <TableCell className="naast-number">{formatEuro(sum.ivh)}</TableCell>
            </TableRow>
          }
        />
      )}
    </section>
  );
}

/** The counts the primary allocation comes from: inhabitants (empty when unknown) and MEE clients. */
function countColumns(t: ReturnType<typeof useI18n>['t']): Column<Allocation>[] {
  const count = (n: number | null | undefined) => (n === null || n === undefined ? '—' : n.toLocaleString('nl-NL'));
  return [
    { key: 'inwoners', label: t('budget.col.inhabitants'), numeric: true, sortValue: (r) => r.inwoners ?? -1, cell: (r) => count(r.inwoners) },
    { key: 'clienten', label: t('budget.col.clients'), numeric: true, sortValue: (r) => r.clienten ?? -1, cell: (r) => count(r.clienten) },
  ];
}

/** A filter on one of the options the API lists (youth regions, MEE organisations), "all" first. */
function ListFilter(props: { id: string; label: string; all: string; value: string; options: RegionOption[]; onChange(code: string): void }) {
  const { id, label, all, value, options, onChange } = props;
  return (
    <Field id={id} label={label}>
      <Select id={id} value={value} onChange={(e: ChangeEvent<HTMLSelectElement>) => onChange(e.target.value)}>
        <SelectOption value="">{all}</SelectOption>
        {options.map((o) => (
          <SelectOption key={o.code} value={o.code}>
            {o.naam}
          </SelectOption>
        ))}
      </Select>
    </Field>
  );
}
