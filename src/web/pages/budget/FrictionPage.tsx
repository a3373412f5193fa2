import { useCallback, useMemo } from 'react';
import { DataList, DataListItem, DataListKey, DataListValue, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useResource } from '../../api/useResource.ts';
import type { FrictionCosts, Spending } from '../../api/budgetTypes.ts';
import { DownloadLinks } from '../../components/DownloadLinks.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useI18n } from '../../i18n/context.tsx';
import { BUDGET_YEAR, formatEuro, SPENDING_YEAR } from './budgetFormat.ts';
import { FrictionGroupTable, FrictionMunicipalityTable } from './FrictionTables.tsx';
import { SpendingSection } from './SpendingSection.tsx';

/** /budget/frictiekosten — the 2014 budget against what municipalities plan to spend at MEE in 2015. */
export default function FrictionPage() {
  const { t } = useI18n();
  useDocumentTitle(t('budget.friction.title', { year: SPENDING_YEAR }));
  const query = useMemo(() => new URLSearchParams({ jaar: String(BUDGET_YEAR), bestedingsjaar: String(SPENDING_YEAR) }), []);
  const friction = useResource<FrictionCosts>(`/budget/frictiekosten?${query.toString()}`);
  const spendings = useResource<Spending[]>(`/budget/bestedingen?bestedingsjaar=${SPENDING_YEAR}`);
  const { reload: reloadFriction } = friction;
  const { reload: reloadSpendings } = spendings;
  const onChanged = useCallback(() => {
    reloadFriction();
    reloadSpendings();
  }, [reloadFriction, reloadSpendings]);

  const data = friction.data;
  const municipalities = useMemo(
    () => [...(data?.gemeenten ?? [])].sort((a, b) => a.gemeente.naam.localeCompare(b.gemeente.naam, 'nl')),
    [data],
  );
  const entered = municipalities.filter((m) => m.bestedingCent !== null);
  const national = data?.landelijk;

  return (
    <>
      <Heading1>{t('budget.friction.title', { year: SPENDING_YEAR })}</Heading1>
      <Paragraph lead>{t('budget.friction.intro', { year: BUDGET_YEAR, spendingYear: SPENDING_YEAR })}</Paragraph>
      {(!data || !spendings.data) && <LoadState error={friction.error ?? spendings.error} loading />}
      {data && national && (
        <>
          <Heading2>{t('budget.friction.national')}</Heading2>
          <DataList>
            <DataListItem>
              <DataListKey>{t('budget.friction.budgetAll', { year: BUDGET_YEAR })}</DataListKey>
              <DataListValue>{formatEuro(national.budgetCent)}</DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>{t('budget.col.withSpending')}</DataListKey>
              <DataListValue>
                <span data-testid="national-count">
                  {t('budget.friction.countOf', { count: national.metBesteding, total: national.aantalGemeenten })}
                </span>
              </DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>{t('budget.col.budgetWithSpending')}</DataListKey>
              <DataListValue>{formatEuro(national.budgetMetBestedingCent)}</DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>{t('budget.col.spending')}</DataListKey>
              <DataListValue>{formatEuro(national.bestedingCent)}</DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>{t('budget.col.shortfall')}</DataListKey>
              <DataListValue>
                <span data-testid="national-shortfall">{formatEuro(national.tekortCent)}</span>
              </DataListValue>
            </DataListItem>
          </DataList>
          <Paragraph>{t('budget.friction.shortfallExplained')}</Paragraph>
          <DownloadLinks path="/budget/frictiekosten" params={query} what={t('budget.friction.title', { year: SPENDING_YEAR })} />
        </>
      )}
      {data && spendings.data && (
        <SpendingSection municipalities={municipalities} spendings={spendings.data} onChanged={onChanged} />
      )}
      {data && (
        <>
          <Heading2>{t('budget.friction.enteredHeading')}</Heading2>
          {entered.length === 0 ? (
            <Paragraph>{t('budget.friction.noneEntered')}</Paragraph>
          ) : (
            <FrictionMunicipalityTable caption={t('budget.friction.enteredCaption', { count: entered.length })} rows={entered} />
          )}
          <Heading2>{t('budget.friction.perOrganisation')}</Heading2>
          <FrictionGroupTable
            caption={t('budget.friction.perOrganisationCaption', { year: SPENDING_YEAR })}
            nameLabel={t('budget.col.meeOrganisation')}
            groups={data.perMeeOrganisatie}
            testId="friction-organisations"
          />
          <Heading2>{t('budget.friction.perRegion')}</Heading2>
          <FrictionGroupTable
            caption={t('budget.friction.perRegionCaption', { year: SPENDING_YEAR })}
            nameLabel={t('budget.col.youthRegion')}
            groups={data.perJeugdregio}
            testId="friction-regions"
          />
        </>
      )}
    </>
  );
}
