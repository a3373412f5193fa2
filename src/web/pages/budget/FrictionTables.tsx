import type { FrictionGroup, FrictionMunicipality } from '../../api/budgetTypes.ts';
import { SortableTable, type Column } from '../../components/SortableTable.tsx';
import { useI18n } from '../../i18n/context.tsx';
import { meeOrganisationColumn } from './budgetColumns.tsx';
import { formatEuro } from './budgetFormat.ts';

/** Budget against planned spending (besteding) and the shortfall (tekort) for MEE, per group. */
export function FrictionGroupTable({ caption, nameLabel, groups, testId }: { caption: string; nameLabel: string; groups: FrictionGroup[]; testId: string }) {
  const { t } = useI18n();
  const columns: Column<FrictionGroup>[] = [
    { key: 'naam', label: nameLabel, rowHeader: true, sortValue: (g) => g.naam, cell: (g) => g.naam },
    {
      key: 'met',
      label: t('budget.col.withSpending'),
      numeric: true,
      sortValue: (g) => g.metBesteding,
      cell: (g) => t('budget.friction.countOf', { count: g.metBesteding, total: g.aantalGemeenten }),
    },
    { key: 'budget', label: t('budget.col.budget'), numeric: true, sortValue: (g) => g.budgetCent, cell: (g) => formatEuro(g.budgetCent) },
    {
      key: 'budgetMet',
      label: t('budget.col.budgetWithSpending'),
      numeric: true,
      sortValue: (g) => g.budgetMetBestedingCent,
      cell: (g) => formatEuro(g.budgetMetBestedingCent),
    },
    { key: 'besteding', label: t('budget.col.spending'), numeric: true, sortValue: (g) => g.bestedingCent, cell: (g) => formatEuro(g.bestedingCent) },
    { key: 'tekort', label: t('budget.col.shortfall'), numeric: true, sortValue: (g) => g.tekortCent, cell: (g) => formatEuro(g.tekortCent) },
  ];
  return (
    <SortableTable
      caption={caption}
      columns={columns}
      rows={groups}
      rowKey={(g) => g.code}
      initialSort={{ key: 'naam', direction: 'ascending' }}
      testId={testId}
    />
  );
}

/** The municipalities that have entered an amount. */
export function FrictionMunicipalityTable({ caption, rows }: { caption: string; rows: FrictionMunicipality[] }) {
  const { t } = useI18n();
  const money = (cents: number | null) => (cents === null ? '–' : formatEuro(cents));
  const columns: Column<FrictionMunicipality>[] = [
    { key: 'gemeente', label: t('budget.col.municipality'), rowHeader: true, sortValue: (g) => g.gemeente.naam, cell: (g) => g.gemeente.naam },
    meeOrganisationColumn<FrictionMunicipality>(t),
    { key: 'budget', label: t('budget.col.budget'), numeric: true, sortValue: (g) => g.budgetCent, cell: (g) => money(g.budgetCent) },
    { key: 'besteding', label: t('budget.col.spending'), numeric: true, sortValue: (g) => g.bestedingCent, cell: (g) => money(g.bestedingCent) },
    { key: 'tekort', label: t('budget.col.shortfall'), numeric: true, sortValue: (g) => g.tekortCent, cell: (g) => money(g.tekortCent) },
  ];
  return (
    <SortableTable
      caption={caption}
      columns={columns}
      rows={rows}
      rowKey={(g) => g.gemeente.code}
      initialSort={{ key: 'gemeente', direction: 'ascending' }}
      testId="friction-municipalities"
    />
  );
}
