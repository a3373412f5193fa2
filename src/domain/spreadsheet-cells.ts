/**
 * How Naast reads the cells of a spreadsheet file (docs/spreadsheets.md). Pure: no I/O.
 *
 * A file's cells reach the imports as text. A typed cell of an XLSX file is turned into a canonical
 * text first, so every import reads it right without knowing the cell's type:
 * - a number cell → its value with a decimal comma and no thousands separator (12345.67 → "12345,67",
 *   12.345 → "12,345"): the Dutch readings below can only take it one way, never as thousands;
 * - a date cell → `YYYY-MM-DD`;
 * - a yes/no (boolean) cell → "ja" or "nee";
 * - a formula → its result, as above.
 */

/** A number cell as canonical text; the binary noise of a formula (0.1 + 0.2) is rounded off first. */
export function numberCellText(value: number): string {
  if (!Number.isFinite(value)) return '';
  const clean = Number(value.toPrecision(15));
  return String(Object.is(clean, -0) ? 0 : clean).replace('.', ',');
}

/** A date cell as `YYYY-MM-DD` (spreadsheet dates carry no time zone; the reader gives them as UTC). */
export function dateCellText(value: Date): string {
  return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
}

/** Excel counts days from 30 December 1899 (its serial 60 is the non-existent 29 February 1900). */
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** Serial 61 = 1 March 1900; 73415 = 31 December 2100 (the end of Naast's date range). */
const FIRST_SERIAL = 61;
const LAST_SERIAL = 73415;

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DUTCH = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/;
const SERIAL = /^\d{2,5}$/;

/**
 * The one date reading of every import, to `YYYY-MM-DD`; null when the text is no real calendar date
 * in 1900–2100 (or in `range`). Accepted:
 * - ISO `2025-03-01` (also `2025-3-1`), as a date cell becomes and as Naast exports;
 * - Dutch day first: `1-3-2025`, `01-03-2025`, also with `/` or `.` (one kind per date);
 * - an Excel serial date, a whole number from 61 to 73415 (a date column saved without date format).
 * Not accepted: two-digit years, month-first dates, dates with names of months.
 */
export function parseSpreadsheetDate(text: string, range: { from?: string; to?: string } = {}): string | null {
  const t = text.trim();
  let y: number, m: number, d: number;
  const iso = ISO.exec(t);
  const dutch = iso ? null : DUTCH.exec(t);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dutch) [d, m, y] = [Number(dutch[1]), Number(dutch[3]), Number(dutch[4])];
  else if (SERIAL.test(t)) {
    const serial = Number(t);
    if (serial < FIRST_SERIAL || serial > LAST_SERIAL) return null;
    return inRange(new Date(SERIAL_EPOCH + serial * DAY_MS).toISOString().slice(0, 10), range);
  } else return null;
  if (m < 1 || m > 12 || d < 1 || d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return null;
  return inRange(`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`, range);
}

function inRange(iso: string, range: { from?: string; to?: string }): string | null {
  return iso >= (range.from ?? '1900-01-01') && iso <= (range.to ?? '2100-12-31') ? iso : null;
}

/** Is every cell of this row empty? Such rows are skipped (but still counted in the row numbers). */
export const isEmptyRow = (cells: readonly (string | undefined)[]): boolean => cells.every((c) => (c ?? '').trim() === '');
