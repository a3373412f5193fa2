/** Labels and values of provenance inputs (herkomst) in the language of the interface. */
import type { ProvenanceInput } from '../../api/budgetTypes.ts';
import type { Lang, MessageKey } from '../../i18n/messages.ts';
import { formatEuro, formatShare } from './budgetFormat.ts';

/** Inputs that are amounts in cents; all others are shares or weights (fractions of 1). */
const MONEY_INPUTS = new Set(['ivh', 'ivhOrg', 'mee', 'meeOrg', 'orgTotal', 'baseline']);

const LABELS: Record<string, MessageKey> = {
  ivh: 'budget.input.ivh',
  ivhOrg: 'budget.input.ivhOrg',
  mee: 'budget.input.mee',
  meeOrg: 'budget.input.meeOrg',
  orgTotal: 'budget.input.orgTotal',
  baseline: 'budget.input.baseline',
  inhabitantShare: 'budget.input.inhabitantShare',
  clientShare: 'budget.input.clientShare',
  inhabitantsWeight: 'budget.input.inhabitantsWeight',
  clientsWeight: 'budget.input.clientsWeight',
  weightedShare: 'budget.input.weightedShare',
};

export function inputLabel(input: ProvenanceInput, t: (key: MessageKey) => string): string {
  const key = LABELS[input.name];
  return key ? t(key) : input.label;
}

export function inputValue(input: ProvenanceInput, lang: Lang): string {
  if (MONEY_INPUTS.has(input.name) && /^-?\d+$/.test(input.exact)) return formatEuro(Number(input.exact));
  return formatShare(input.decimal, lang);
}
