import { Link as RouterLink } from 'wouter';
import type { Column } from '../../components/SortableTable.tsx';
import type { useI18n } from '../../i18n/context.tsx';

type Translate = ReturnType<typeof useI18n>['t'];

interface MunicipalityRow {
  gemeente: { code: string; naam: string; meeOrganisatie: { naam: string } };
}

/** The municipality, linked to the page that explains its budget: the first column of the budget tables. */
export function municipalityColumn<R extends MunicipalityRow>(t: Translate): Column<R> {
  return {
    key: 'gemeente',
    label: t('budget.col.municipality'),
    rowHeader: true,
    sortValue: (r) => r.gemeente.naam,
    cell: (r) => (
      <RouterLink href={`/gemeente/${r.gemeente.code}`} className="utrecht-link">
        {r.gemeente.naam}
      </RouterLink>
    ),
  };
}

/** The MEE organisation of the row's municipality. */
export function meeOrganisationColumn<R extends MunicipalityRow>(t: Translate): Column<R> {
  return { key: 'mee', label: t('budget.col.meeOrganisation'), sortValue: (r) => r.gemeente.meeOrganisatie.naam, cell: (r) => r.gemeente.meeOrganisatie.naam };
}
