/** Display helpers for the budget pages. Money itself goes through formatEuro of the budget domain. */
import type { Lang } from '../../i18n/messages.ts';

export { formatEuro, parseEuro } from '../../../domain/budget/format.ts';

/** The year of the published budget (Bijlage 5), its municipal division, and the spending year. */
export const BUDGET_YEAR = 2014;
export const DIVISION_YEAR = 2013;
export const SPENDING_YEAR = 2015;

function group(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/**
 * A decimal string of the API ("1830.00", always a `.`) for reading: `1.830,00` in Dutch, `1,830.00` in
 * English. Works on the text, so no digits are lost to floating point.
 */
export function formatDecimal(value: string, lang: Lang): string {
  const negative = value.startsWith('-');
  const [whole = '0', fraction] = value.replace(/^-/, '').split('.');
  const [thousands, decimal] = lang === 'nl' ? ['.', ','] : [',', '.'];
  return `${negative ? '-' : ''}${group(whole, thousands)}${fraction ? decimal + fraction : ''}`;
}

/**
 * A share as a percentage: "0.02565001" → "2,565001%" (the decimal point moves two places; trailing
 * zeros go, so a weight "0.20000000" reads "20%").
 */
export function formatShare(value: string, lang: Lang): string {
  const negative = value.startsWith('-');
  const [whole = '0', fraction = ''] = value.replace(/^-/, '').split('.');
  const padded = fraction.padEnd(2, '0');
  const percentWhole = `${whole}${padded.slice(0, 2)}`.replace(/^0+(?=\d)/, '');
  const rest = padded.slice(2).replace(/0+$/, '');
  return `${formatDecimal(`${negative ? '-' : ''}${percentWhole}${rest ? `.${rest}` : ''}`, lang)}%`;
}

/** Case- and accent-insensitive text for client-side search ("clienten" finds "cliënten"). */
export function searchable(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase('nl');
}
