/**
 * Activiteitenregistratie: one row per delivered activity of a provider (aanbieder), as the
 * providers' own systems export it. Pure validation of one CSV row; no I/O.
 */
import { parseSpreadsheetDate } from '../spreadsheet-cells.ts';

/** The CSV columns, in this order, as the Dutch file header names them. */
export const ACTIVITY_COLUMNS = ['datum', 'gemeenteCode', 'aanbiederCode', 'dienst', 'minuten', 'doelgroep', 'leeftijdscategorie', 'levensdomein', 'wijk'] as const;
export type ActivityColumn = (typeof ACTIVITY_COLUMNS)[number];

export const AGE_CATEGORIES = ['0-18', '18-25', '25-65', '65+'] as const;
export type AgeCategory = (typeof AGE_CATEGORIES)[number];

/** A valid row, ready to be written. */
export interface Activity {
  date: string;
  municipalityCode: string;
  providerCode: string;
  service: string;
  minutes: number;
  targetGroup: string | null;
  ageCategory: AgeCategory | null;
  lifeDomain: string | null;
  district: string | null;
}

export interface ActivityProblem {
  column: ActivityColumn | '-';
  message: string;
}

export const MAX_MINUTES = 24 * 60;
const MAX_TEXT = 200;
const PROVIDER_CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/**
 * Checks one row (fields in ACTIVITY_COLUMNS order) and returns the activity or every problem.
 * Dates as 2015-03-01 or 1-3-2015 (how Dutch Excel writes them); `isMunicipality` answers from the
 * register, which the caller holds in memory.
 */
export function validateActivity(fields: readonly string[], isMunicipality: (code: string) => boolean): { activity: Activity } | { problems: ActivityProblem[] } {
  const problems: ActivityProblem[] = [];
  const activity = readActivity(fields, isMunicipality, problems);
  return activity ? { activity } : { problems };
}

/**
 * validateActivity for a caller that reads a million rows (issue 23 goal 2): the problems are added to
 * the caller's list (reused from row to row), and the activity is returned only when this row added
 * none. No closures, regexps or arrays per call on the common path.
 */
export function readActivity(fields: readonly string[], isMunicipality: (code: string) => boolean, problems: ActivityProblem[]): Activity | null {
  const before = problems.length;
  // PostgreSQL cannot store a NUL character in text: name it here rather than fail the whole COPY.
  for (let i = 0; i < fields.length && i < ACTIVITY_COLUMNS.length; i++) {
    if (fields[i]!.indexOf('\u0000') !== -1) problems.push({ column: ACTIVITY_COLUMNS[i]!, message: 'Bevat een NUL-teken; haal dat teken weg.' });
  }

  const date = parseDate(cell(fields, 0));
  if (!date) problems.push({ column: 'datum', message: 'Geen geldige datum vanaf 2000 (gebruik JJJJ-MM-DD of D-M-JJJJ).' });

  const municipalityCode = cell(fields, 1).toLowerCase();
  if (!municipalityCode) problems.push({ column: 'gemeenteCode', message: 'Verplicht: de code van de gemeente.' });
  else if (!isMunicipality(municipalityCode)) problems.push({ column: 'gemeenteCode', message: `Onbekende gemeente "${municipalityCode}".` });

  const providerCode = cell(fields, 2);
  if (!isProviderCode(providerCode)) problems.push({ column: 'aanbiederCode', message: 'Verplicht: letters, cijfers, punt, streepje of liggend streepje (hoogstens 64 tekens).' });

  const service = cell(fields, 3);
  if (!service) problems.push({ column: 'dienst', message: 'Verplicht: de geleverde dienst.' });
  else if (service.length > MAX_TEXT) problems.push({ column: 'dienst', message: `Te lang (meer dan ${MAX_TEXT} tekens).` });

  const minutes = wholeMinutes(cell(fields, 4));
  if (!(minutes > 0 && minutes <= MAX_MINUTES)) problems.push({ column: 'minuten', message: `Een heel aantal minuten van 1 tot en met ${MAX_MINUTES}.` });

  const targetGroup = optional(fields, 5, problems);
  const ageText = optional(fields, 6, problems);
  const ageCategory = ageText === null ? null : (AGE_CATEGORIES as readonly string[]).includes(ageText) ? (ageText as AgeCategory) : undefined;
  if (ageCategory === undefined) problems.push({ column: 'leeftijdscategorie', message: `Kies uit ${AGE_CATEGORIES.join(', ')} of laat leeg.` });
  const lifeDomain = optional(fields, 7, problems);
  const district = optional(fields, 8, problems);

  if (problems.length > before) return null;
  return { date: date!, municipalityCode, providerCode, service, minutes, targetGroup, ageCategory: ageCategory ?? null, lifeDomain, district };
}

const cell = (fields: readonly string[], i: number): string => (fields[i] ?? '').trim();

/** An optional text column: null when empty, a problem when too long. */
function optional(fields: readonly string[], i: number, problems: ActivityProblem[]): string | null {
  const value = cell(fields, i);
  if (value.length > MAX_TEXT) problems.push({ column: ACTIVITY_COLUMNS[i]!, message: `Te lang (meer dan ${MAX_TEXT} tekens).` });
  return value === '' ? null : value;
}

/** 1 to 4 digits (as /^\d{1,4}$/) as a number, else NaN; read by hand, as this runs a million times per file. */
function wholeMinutes(text: string): number {
  if (text.length < 1 || text.length > 4) return NaN;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return NaN;
    n = n * 10 + digit;
  }
  return n;
}

/** PROVIDER_CODE.test, remembering the last code that passed: a file names one provider on every row. */
function isProviderCode(code: string): boolean {
  if (code === lastProviderCode) return true;
  if (!PROVIDER_CODE.test(code)) return false;
  lastProviderCode = code;
  return true;
}
let lastProviderCode: string | null = null;

/**
 * The one spreadsheet date reading (domain/spreadsheet-cells.ts: ISO, d-m-yyyy, Excel serial) → ISO;
 * activities from 2000 on (Naast's data starts in the Wmo era). Null when not a real calendar date.
 */
export function parseDate(text: string): string | null {
  // A file of a million rows has a few hundred distinct dates: read each once (bounded memo).
  const known = dates.get(text);
  if (known !== undefined) return known;
  const date = parseSpreadsheetDate(text, { from: '2000-01-01' });
  if (dates.size >= MAX_MEMO_DATES) dates.clear();
  dates.set(text, date);
  return date;
}

const dates = new Map<string, string | null>();
const MAX_MEMO_DATES = 10_000;

/** The header must name the columns in this order (case-insensitive); returns a problem or null. */
export function checkHeader(header: readonly string[]): string | null {
  const names = header.map((h) => h.trim().toLowerCase());
  const expected = ACTIVITY_COLUMNS.map((c) => c.toLowerCase());
  const same = names.length === expected.length && names.every((n, i) => n === expected[i]);
  return same ? null : `Rij 1 moet de kolommen noemen: ${ACTIVITY_COLUMNS.join(';')}.`;
}
