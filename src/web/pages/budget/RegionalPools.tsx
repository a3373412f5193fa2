import { useState, type ChangeEvent } from 'react';
import { Heading2, Heading3, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { useResource } from '../../api/useResource.ts';
import type { RegionalPool } from '../../api/budgetTypes.ts';
import { Field } from '../../components/Field.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { SortableTable, type Column } from '../../components/SortableTable.tsx';
import { useI18n } from '../../i18n/context.tsx';
import { BUDGET_YEAR, formatEuro, formatShare } from './budgetFormat.ts';

type Participant = RegionalPool['deelnemers'][number];

const largestDifference = (pool: RegionalPool) => Math.max(0, ...pool.deelnemers.map((d) => Math.abs(d.verschilCent)));

/** Woonplaatsbeginsel (each municipality pays for its own residents) against a regional pool per youth region. */
export function RegionalPools() {
  const { t, lang } = useI18n();
  const [use, setUse] = useState<'' | 'import' | 'dossiers'>('');
  const pools = useResource<RegionalPool[]>(`/budget/regionale-pools?jaar=${BUDGET_YEAR}${use ? `&gebruik=${use}` : ''}`);
  const [selected, setSelected] = useState('');
  const pool = pools.data?.find((p) => p.jeugdregio.code === selected) ?? pools.data?.[0];

  const poolColumns: Column<RegionalPool>[] = [
    { key: 'regio', label: t('budget.col.youthRegion'), rowHeader: true, sortValue: (p) => p.jeugdregio.naam, cell: (p) => p.jeugdregio.naam },
    { key: 'aantal', label: t('budget.col.municipalities'), numeric: true, sortValue: (p) => p.deelnemers.length, cell: (p) => p.deelnemers.length },
    { key: 'pool', label: t('budget.col.pool'), numeric: true, sortValue: (p) => p.poolCent, cell: (p) => formatEuro(p.poolCent) },
    { key: 'verschil', label: t('budget.col.largestDifference'), numeric: true, sortValue: largestDifference, cell: (p) => formatEuro(largestDifference(p)) },
  ];
  const participantColumns: Column<Participant>[] = [
    { key: 'gemeente', label: t('budget.col.municipality'), rowHeader: true, sortValue: (d) => d.gemeente.naam, cell: (d) => d.gemeente.naam },
    { key: 'bijdrage', label: t('budget.col.contribution'), numeric: true, sortValue: (d) => d.bijdrageCent, cell: (d) => formatEuro(d.bijdrageCent) },
    { key: 'gebruik', label: t('budget.col.use'), numeric: true, sortValue: (d) => d.gebruik, cell: (d) => d.gebruik.toLocaleString('nl-NL') },
    { key: 'aandeel', label: t('budget.col.share'), numeric: true, sortValue: (d) => Number(d.aandeel), cell: (d) => formatShare(d.aandeel, lang) },
    { key: 'kosten', label: t('budget.col.costOfUse'), numeric: true, sortValue: (d) => d.kostenGebruikCent, cell: (d) => formatEuro(d.kostenGebruikCent) },
    { key: 'verschil', label: t('budget.col.difference'), numeric: true, sortValue: (d) => d.verschilCent, cell: (d) => formatEuro(d.verschilCent) },
    { key: 'uitkomst', label: t('budget.col.outcome'), sortValue: (d) => d.uitkomst, cell: (d) => t(`budget.outcome.${d.uitkomst}`) },
  ];

  return (
    <section aria-labelledby="pools-kop">
      <Heading2 id="pools-kop">{t('budget.pools.title')}</Heading2>
      <Paragraph>{t('budget.pools.residence')}</Paragraph>
      <Paragraph>{t('budget.pools.pool')}</Paragraph>
      <Paragraph>{t('budget.pools.explainDifference')}</Paragraph>
      <Field id="pool-gebruik" label={t('budget.pools.useSource')}>
        <Select id="pool-gebruik" value={use} onChange={(e: ChangeEvent<HTMLSelectElement>) => setUse(e.target.value === 'import' || e.target.value === 'dossiers' ? e.target.value : '')}>
          <SelectOption value="">{t('budget.pools.useAuto')}</SelectOption>
          <SelectOption value="import">{t('budget.pools.useImport')}</SelectOption>
          <SelectOption value="dossiers">{t('budget.pools.useCasework')}</SelectOption>
        </Select>
      </Field>
      {pools.data?.[0] && <Paragraph>{t('budget.pools.useFrom', { source: pools.data[0].gebruikBron })}</Paragraph>}
      {!pools.data && <LoadState error={pools.error} loading={pools.loading} />}
      {pools.data && (
        <>
          <SortableTable
            caption={t('budget.pools.caption', { year: BUDGET_YEAR })}
            columns={poolColumns}
            rows={pools.data}
            rowKey={(p) => p.jeugdregio.code}
            initialSort={{ key: 'regio', direction: 'ascending' }}
            testId="pools-table"
          />
          <Heading3>{t('budget.pools.detailHeading')}</Heading3>
          <Field id="pool-regio" label={t('budget.filter.youthRegion')}>
            <Select id="pool-regio" value={pool?.jeugdregio.code ?? ''} onChange={(e: ChangeEvent<HTMLSelectElement>) => setSelected(e.target.value)}>
              {pools.data.map((p) => (
                <SelectOption key={p.jeugdregio.code} value={p.jeugdregio.code}>
                  {p.jeugdregio.naam}
                </SelectOption>
              ))}
            </Select>
          </Field>
          {pool?.geenGebruik && <Paragraph>{t('budget.pools.noUse')}</Paragraph>}
          {pool && (
            <SortableTable
              caption={t('budget.pools.detailCaption', { region: pool.jeugdregio.naam, pool: formatEuro(pool.poolCent) })}
              columns={participantColumns}
              rows={pool.deelnemers}
              rowKey={(d) => d.gemeente.code}
              initialSort={{ key: 'gemeente', direction: 'ascending' }}
              testId="pool-participants"
            />
          )}
        </>
      )}
    </section>
  );
}
