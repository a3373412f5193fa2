import { useMemo } from 'react';
import {
  Alert,
  ButtonLink,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading1,
  Heading2,
  Paragraph,
} from '@utrecht/component-library-react';
import { useResource } from '../../api/useResource.ts';
import { API } from '../../api/client.ts';
import type { BudgetCheck } from '../../api/budgetTypes.ts';
import { BarChart, type Bar } from '../../components/charts/BarChart.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { SortableTable, type Column } from '../../components/SortableTable.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useI18n } from '../../i18n/context.tsx';
import { AllocationTable } from './AllocationTable.tsx';
import { PrimarySection } from './PrimarySection.tsx';
import { BudgetMap } from './BudgetMap.tsx';
import { BUDGET_YEAR, formatEuro } from './budgetFormat.ts';

type Organisation = BudgetCheck['meeOrganisaties'][number];

/** /budget: the national overview (landelijk overzicht) of the published 2014 budget. */
export default function OverviewPage() {
  const { t } = useI18n();
  useDocumentTitle(t('budget.overview.title', { year: BUDGET_YEAR }));
  const check = useResource<BudgetCheck>(`/budget/controle?jaar=${BUDGET_YEAR}`);
  const organisations = check.data?.meeOrganisaties;
  const totals = useMemo(
    () =>
      (organisations ?? []).reduce(
        (sum, o) => ({
          mee: sum.mee + o.tabel3.budgetMeeCent,
          ivh: sum.ivh + o.tabel3.budgetIvhCent,
          municipalities: sum.municipalities + o.aantalGemeenten,
        }),
        { mee: 0, ivh: 0, municipalities: 0 },
      ),
    [organisations],
  );
  const bars = useMemo<Bar[]>(
    () =>
      [...(organisations ?? [])]
        .sort((a, b) => b.tabel3.budgetMeeCent - a.tabel3.budgetMeeCent)
        .map((o) => ({ key: o.code, label: o.naam, value: o.tabel3.budgetMeeCent })),
    [organisations],
  );
  const yesNo = (ok: boolean) => (ok ? `✓ ${t('common.yes')}` : `✗ ${t('common.no')}`);
  const columns: Column<Organisation>[] = [
    { key: 'naam', label: t('budget.col.meeOrganisation'), rowHeader: true, sortValue: (o) => o.naam, cell: (o) => o.naam },
    { key: 'aantal', label: t('budget.col.municipalities'), numeric: true, sortValue: (o) => o.aantalGemeenten, cell: (o) => o.aantalGemeenten },
    { key: 'mee', label: t('budget.col.budgetMee'), numeric: true, sortValue: (o) => o.tabel3.budgetMeeCent, cell: (o) => formatEuro(o.tabel3.budgetMeeCent) },
    { key: 'ivh', label: t('budget.col.budgetIvh'), numeric: true, sortValue: (o) => o.tabel3.budgetIvhCent, cell: (o) => formatEuro(o.tabel3.budgetIvhCent) },
    { key: 'som', label: t('budget.col.sumMatches'), cell: (o) => yesNo(o.somKlopt) },
    { key: 'berekend', label: t('budget.col.computedMatches'), cell: (o) => yesNo(o.berekendGelijkAanGepubliceerd) },
  ];

  return (
    <>
      <Heading1>{t('budget.overview.title', { year: BUDGET_YEAR })}</Heading1>
      <Paragraph lead>{t('budget.overview.intro')}</Paragraph>
      {!check.data && <LoadState error={check.error} loading={check.loading} />}
      {check.data && organisations && (
        <>
          <Heading2>{t('budget.overview.national')}</Heading2>
          {check.data.allesKlopt ? (
            <Alert type="ok">
              <Paragraph>
                <strong data-testid="alles-klopt">{t('budget.overview.allOk')}</strong> {t('budget.overview.allOkText')}
              </Paragraph>
            </Alert>
          ) : (
            <Alert type="warning">
              <Paragraph data-testid="alles-klopt">{t('budget.overview.notOk')}</Paragraph>
            </Alert>
          )}
          <DataList>
            <DataListItem>
              <DataListKey>{t('budget.overview.totalMee')}</DataListKey>
              <DataListValue>
                <span data-testid="total-mee">{formatEuro(totals.mee)}</span>
              </DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>{t('budget.overview.totalIvh')}</DataListKey>
              <DataListValue>
                <span data-testid="total-ivh">{formatEuro(totals.ivh)}</span>
              </DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>{t('budget.overview.organisations')}</DataListKey>
              <DataListValue>{organisations.length}</DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>{t('budget.overview.municipalities')}</DataListKey>
              <DataListValue>{totals.municipalities}</DataListValue>
            </DataListItem>
          </DataList>
          {/* The report with both maps and the figures per municipality (GET /budget/rapport): a tagged PDF. */}
          <Paragraph className="naast-no-print">
            {t('budget.overview.reportPdfText')}{' '}
            <ButtonLink appearance="secondary-action-button" href={`${API}/budget/rapport?jaar=${BUDGET_YEAR}&formaat=pdf`} download data-testid="budget-report-pdf">
              {t('budget.overview.reportPdf')}
            </ButtonLink>
          </Paragraph>

          <Heading2>{t('budget.overview.perOrganisation')}</Heading2>
          <BarChart
            title={t('budget.overview.chartTitle', { year: BUDGET_YEAR })}
            description={t('budget.overview.chartDescription', {
              count: bars.length,
              highest: bars[0]?.label ?? '',
              lowest: bars[bars.length - 1]?.label ?? '',
            })}
            bars={bars}
            valueLabel={t('budget.col.budgetMee')}
            format={formatEuro}
          />
          <SortableTable
            caption={t('budget.overview.checkCaption')}
            columns={columns}
            rows={organisations}
            rowKey={(o) => o.code}
            initialSort={{ key: 'naam', direction: 'ascending' }}
            testId="organisation-table"
          />
          <BudgetMap />
        </>
      )}
      <AllocationTable />
      <PrimarySection />
    </>
  );
}
