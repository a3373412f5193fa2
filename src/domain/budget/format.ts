/**
 * Dutch display and input of euro amounts.
 *
 * Display choices (documented because they are choices):
 * - whole euros by default, like the published Bijlage 5 figures: `€ 1.234.567`; an amount with cents is
 *   rounded to the nearest euro, halves away from zero (€ 0,50 → € 1). `{ showCents: true }` gives
 *   `€ 1.234.567,89`.
 * - thousands separator `.`, decimal comma, and a normal space after `€` (not a non-breaking space, so
 *   text copies cleanly into spreadsheets and tests compare plain strings; CSS can prevent wrapping).
 * - negative amounts as `€ -1.234`: the sign stays next to the digits, so columns of € signs line up.
 */
import { ParseEuroError } from './errors.ts';
import { assertCents } from './money.ts';

function group(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

export function formatEuro(cents: number, opts: { showCents?: boolean } = {}): string {
  assertCents(cents, 'bedrag');
  const negative = cents < 0;
  const abs = Math.abs(cents);
  let body: string;
  if (opts.showCents) {
    body = `${group(String(Math.floor(abs / 100)))},${String(abs % 100).padStart(2, '0')}`;
  } else {
    body = group(String(Math.floor((abs + 50) / 100))); // half away from zero, on the absolute value
  }
  return `€ ${negative && /[1-9]/.test(body) ? '-' : ''}${body}`;
}

const AMOUNT = /^(\d+|\d{1,3}(?:\.\d{3})+)(?:,(\d{1,2}|-))?$/;
/** `1234.56`, `0.5`: one dot with one or two digits after it cannot be a thousands separator. */
const DECIMAL_POINT = /^(\d+)\.(\d{1,2})$/;

/**
 * Parse a Dutch euro amount into cents. Accepts `€ 1.234.567`, `1234567`, `1.234.567,00`, `€ 1.234,-`,
 * `1234,5`, `-€ 12`, `€ -12`, with normal or non-breaking spaces. The `.` is always a thousands separator
 * (so `1.234` is one thousand two hundred thirty-four euros); the comma is the decimal separator, with
 * at most two digits. One exception, because it cannot be misread: a single dot followed by one or two
 * digits and nothing else (`1234.56`, `12.5`) is a decimal point, as English software writes it.
 * A number cell of a spreadsheet arrives as `12345,67` (domain/spreadsheet-cells.ts) and reads the same.
 */
export function parseEuro(text: string): number {
  const fail = (why: string): never => {
    throw new ParseEuroError(text, `"${text}" is geen geldig bedrag: ${why} Schrijf bijvoorbeeld € 1.234.567 of 1.234.567,00.`);
  };
  let t = text.replace(/[\u00a0\u202f\s]+/g, ' ').trim();
  if (t === '') throw new ParseEuroError(text, 'Er is geen bedrag ingevuld.');
  let negative = false;
  const takeMinus = (): void => {
    if (t.startsWith('-')) {
      if (negative) fail('er staan twee mintekens.');
      negative = true;
      t = t.slice(1).trim();
    }
  };
  takeMinus();
  const currency = /^(€|EUR)\s*/i.exec(t);
  if (currency) t = t.slice(currency[0].length);
  takeMinus();
  const point = DECIMAL_POINT.exec(t);
  if (point) t = `${point[1]},${point[2]}`;
  const m = AMOUNT.exec(t);
  if (!m) {
    if (/,\d{3,}$/.test(t)) fail('er staan meer dan twee cijfers achter de komma.');
    fail('gebruik een punt voor duizendtallen en een komma voor centen.');
  }
  const euros = m![1]!.replace(/\./g, '');
  const fraction = m![2] === undefined || m![2] === '-' ? '00' : m![2].padEnd(2, '0');
  const cents = Number(euros) * 100 + Number(fraction);
  if (!Number.isSafeInteger(cents)) fail('het bedrag is te groot.');
  return negative && cents !== 0 ? -cents : cents;
}
