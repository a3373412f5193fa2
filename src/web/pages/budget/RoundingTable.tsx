import type { ReactNode } from 'react';
import type { AllocationExplanation, Provenance } from '../../api/budgetTypes.ts';
import { SortableTable } from '../../components/SortableTable.tsx';
import { useI18n } from '../../i18n/context.tsx';
import { formatDecimal, formatEuro, formatShare } from './budgetFormat.ts';

interface Row {
  key: string;
  label: string;
  mee: ReactNode;
  ivh: ReactNode;
}

/**
 * From the exact amount to the published figure, for budget MEE and budget IVH side by side: exact
 * amount, rounded down, remainder, the largest-remainder step (grootste-overschotmethode), result and check.
 */
export function RoundingTable({ explanation }: { explanation: AllocationExplanation }) {
  const { t, lang } = useI18n();
  const { budgetMee, budgetIvh } = explanation.berekend;
  const published = explanation.gepubliceerd;
  const share = (p: Provenance) => {
    const input = p.inputs.find((i) => i.name === 'weightedShare') ?? p.inputs.find((i) => i.name === 'inhabitantShare');
    return input ? formatShare(input.decimal, lang) : '–';
  };
  const extra = (p: Provenance) => {
    const r = p.rounding;
    if (r.leftoverUnits === 0) return t('budget.rounding.noLeftover');
    const params = { place: r.rank + 1, leftover: formatEuro(r.leftoverUnits * r.unitCents) };
    return r.receivedExtraUnit ? t('budget.rounding.extraYes', params) : t('budget.rounding.extraNo', params);
  };
  const check = (ok: boolean) => (ok ? `✓ ${t('common.yes')}` : `✗ ${t('common.no')}`);
  const both = (key: string, label: string, cell: (p: Provenance, publishedCents: number) => ReactNode): Row => ({
    key,
    label,
    mee: cell(budgetMee, published.budgetMeeCent),
    ivh: cell(budgetIvh, published.budgetIvhCent),
  });
  const rows: Row[] = [
    both('share', t('budget.rounding.share'), (p) => share(p)),
    both('exact', t('budget.rounding.exact'), (p) => `€ ${formatDecimal(p.exact.euros, lang)}`),
    both('floor', t('budget.rounding.floor'), (p) => formatEuro(p.rounding.floorCents)),
    both('remainder', t('budget.rounding.remainder'), (p) => `€ ${formatDecimal(p.rounding.remainder, lang)}`),
    both('extra', t('budget.rounding.extra'), (p) => extra(p)),
    both('result', t('budget.rounding.result'), (p) => <strong>{formatEuro(p.resultCents)}</strong>),
    both('published', t('budget.rounding.published'), (_, cents) => formatEuro(cents)),
    both('equal', t('budget.rounding.equal'), (p, cents) => check(p.resultCents === cents)),
  ];
  return (
    <SortableTable
      caption={t('budget.rounding.caption', { name: explanation.gemeente.naam })}
      columns={[
        { key: 'label', label: t('budget.rounding.step'), rowHeader: true, cell: (r: Row) => r.label },
        { key: 'mee', label: t('budget.col.budgetMee'), cell: (r: Row) => r.mee },
        { key: 'ivh', label: t('budget.col.budgetIvh'), cell: (r: Row) => r.ivh },
      ]}
      rows={rows}
      rowKey={(r) => r.key}
      testId="rounding-table"
    />
  );
}
