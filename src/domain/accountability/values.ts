/**
 * The values of one report, checked against its template. Uploads come in a long format, one value a
 * row: `veld;categorie;waarde` (categorie only for breakdowns), so any template fits one sheet and a
 * provider can fill it from its own system. All-or-nothing: every wrong cell is named, nothing is kept.
 */
import { parseEuro } from '../budget/format.ts';
import { DIMENSION_CATEGORIES, templateFor, type FundingForm, type TemplateField } from './templates.ts';

/** A breakdown: value per category. */
export type Breakdown = Record<string, number>;
export type ReportValue = number | boolean | string | Breakdown;
/** Field key → value; amounts (`bedrag`) in cents. */
export type ReportValues = Record<string, ReportValue>;

export const UPLOAD_COLUMNS = ['veld', 'categorie', 'waarde'] as const;

/** One problem, with the row as a spreadsheet shows it (1 = the header) and the column name. */
export interface ValueProblem {
  row: number;
  column: string;
  message: string;
}

const MAX_TEXT = 4000;
const MAX_NUMBER = 1e9;

/** A cell as the field's kind expects it, or the Dutch reason it is not. */
export function parseCell(field: TemplateField, text: string): { ok: true; value: number | boolean | string } | { ok: false; message: string } {
  const t = text.trim();
  const shown = t.length > 30 ? `${t.slice(0, 30)}…` : t;
  const decimals = field.kind === 'decimaal' || (field.kind === 'verdeling' && field.decimals);
  switch (field.kind === 'verdeling' ? (decimals ? 'decimaal' : 'geheel') : field.kind) {
    case 'geheel':
      if (!/^\d+$/.test(t)) return { ok: false, message: `"${shown}" is geen geheel getal (bijvoorbeeld 12).` };
      return Number(t) > MAX_NUMBER ? { ok: false, message: `${t} is te groot.` } : { ok: true, value: Number(t) };
    case 'decimaal': {
      if (!/^\d+([.,]\d+)?$/.test(t)) return { ok: false, message: `"${shown}" is geen getal (bijvoorbeeld 12,5).` };
      const n = Number(t.replace(',', '.'));
      return n > MAX_NUMBER ? { ok: false, message: `${t} is te groot.` } : { ok: true, value: n };
    }
    case 'bedrag': {
      // The same reading as every amount in Naast: `1.234,56`, `€ 1234`, `1234,5`.
      let cents: number;
      try {
        cents = parseEuro(t);
      } catch {
        const why = /,\d{3,}$/.test(t) ? ' Er staan meer dan twee cijfers achter de komma; rond af op centen.' : '';
        return { ok: false, message: `"${shown}" is geen bedrag in euro (bijvoorbeeld 1.250,50).${why}` };
      }
      return cents < 0 ? { ok: false, message: 'Een bedrag kan niet negatief zijn.' } : { ok: true, value: cents };
    }
    case 'janee':
      if (/^(ja|nee)$/i.test(t)) return { ok: true, value: t.toLowerCase() === 'ja' };
      return { ok: false, message: `"${shown}" is geen ja of nee.` };
    default:
      return t.length > MAX_TEXT ? { ok: false, message: `De tekst is langer dan ${MAX_TEXT} tekens.` } : { ok: true, value: t };
  }
}

/** Is this category allowed for the breakdown? Free dimensions take any short name. */
export function categoryProblem(field: TemplateField, category: string): string | null {
  if (category === '') return `Vul een categorie in voor "${field.label}".`;
  const fixed = field.dimension ? DIMENSION_CATEGORIES[field.dimension] : undefined;
  if (fixed && !fixed.includes(category)) return `"${category}" is geen categorie van "${field.label}". Kies uit: ${fixed.join(', ')}.`;
  if (category.length > 100) return 'De categorie is langer dan 100 tekens.';
  return null;
}

export interface UploadRow {
  /** Row number as the spreadsheet shows it. */
  row: number;
  cells: Readonly<Record<string, string>>;
}

/** Reads the rows of an upload into values; every wrong cell is reported, with row and column. */
export function valuesFromRows(form: FundingForm, header: readonly string[], rows: readonly UploadRow[]): { values: ReportValues; problems: ValueProblem[] } {
  const problems: ValueProblem[] = [];
  for (const column of UPLOAD_COLUMNS) {
    if (!header.includes(column)) problems.push({ row: 1, column, message: `De kolom "${column}" ontbreekt. Verwacht: ${UPLOAD_COLUMNS.join(';')}.` });
  }
  if (problems.length) return { values: {}, problems };
  const fields = new Map(templateFor(form).map((f) => [f.key, f]));
  const values: ReportValues = {};
  const seen = new Set<string>();
  for (const { row, cells } of rows) {
    const key = (cells.veld ?? '').trim();
    const category = (cells.categorie ?? '').trim();
    const field = fields.get(key);
    if (!field) {
      problems.push({ row, column: 'veld', message: key ? `"${key}" is geen veld van dit formulier.` : 'Vul het veld in.' });
      continue;
    }
    const id = `${key}\u0000${category}`;
    if (seen.has(id)) {
      problems.push({ row, column: field.kind === 'verdeling' ? 'categorie' : 'veld', message: `"${key}${category ? ` / ${category}` : ''}" staat twee keer in het bestand.` });
      continue;
    }
    seen.add(id);
    if (field.kind === 'verdeling') {
      const bad = categoryProblem(field, category);
      if (bad) problems.push({ row, column: 'categorie', message: bad });
    } else if (category !== '') {
      problems.push({ row, column: 'categorie', message: `"${field.label}" heeft geen categorie; laat de cel leeg.` });
    }
    // An empty cell gives no value (the template comes with empty cells to fill in); what was there stays.
    if ((cells.waarde ?? '').trim() === '') continue;
    const parsed = parseCell(field, cells.waarde ?? '');
    if (!parsed.ok) {
      problems.push({ row, column: 'waarde', message: parsed.message });
      continue;
    }
    if (field.kind === 'verdeling') {
      const breakdown = (values[key] ?? {}) as Breakdown;
      breakdown[category] = parsed.value as number;
      values[key] = breakdown;
    } else values[key] = parsed.value;
  }
  return { values: problems.length ? {} : values, problems };
}

/** Values from the JSON form: the same checks, named by field (and category). */
export function checkValues(form: FundingForm, input: Readonly<Record<string, unknown>>): { values: ReportValues; problems: { field: string; message: string }[] } {
  const fields = new Map(templateFor(form).map((f) => [f.key, f]));
  const problems: { field: string; message: string }[] = [];
  const values: ReportValues = {};
  for (const [key, raw] of Object.entries(input)) {
    const field = fields.get(key);
    if (!field) {
      problems.push({ field: key, message: `"${key}" is geen veld van dit formulier.` });
      continue;
    }
    if (raw === null || raw === undefined || raw === '') continue;
    if (field.kind === 'verdeling') {
      if (typeof raw !== 'object' || Array.isArray(raw)) {
        problems.push({ field: key, message: `"${field.label}" is een verdeling: een aantal per categorie.` });
        continue;
      }
      const breakdown: Breakdown = {};
      for (const [category, v] of Object.entries(raw as Record<string, unknown>)) {
        const bad = categoryProblem(field, category);
        const parsed = parseCell(field, String(v));
        if (bad) problems.push({ field: `${key}.${category}`, message: bad });
        else if (!parsed.ok) problems.push({ field: `${key}.${category}`, message: parsed.message });
        else breakdown[category] = parsed.value as number;
      }
      values[key] = breakdown;
      continue;
    }
    // Amounts arrive in cents from the form (integers), unlike the euros of an upload.
    const text = field.kind === 'bedrag' && typeof raw === 'number' ? `${Math.trunc(raw / 100)},${String(Math.abs(raw) % 100).padStart(2, '0')}` : field.kind === 'janee' && typeof raw === 'boolean' ? (raw ? 'ja' : 'nee') : String(raw);
    const parsed = parseCell(field, text);
    if (!parsed.ok) problems.push({ field: key, message: parsed.message });
    else values[key] = parsed.value;
  }
  return { values, problems };
}

/** Required fields still empty: a report with these cannot be submitted. */
export function missingRequired(form: FundingForm, values: ReportValues): TemplateField[] {
  return templateFor(form).filter((f) => f.required && (values[f.key] === undefined || values[f.key] === ''));
}

/** The values as upload rows (the template to download, filled with what is known). */
export function valuesToRows(form: FundingForm, values: ReportValues): string[][] {
  const rows: string[][] = [];
  for (const field of templateFor(form)) {
    const value = values[field.key];
    if (field.kind === 'verdeling') {
      const fixed = field.dimension ? DIMENSION_CATEGORIES[field.dimension] : undefined;
      const breakdown = (value ?? {}) as Breakdown;
      const categories = [...new Set([...(fixed ?? []), ...Object.keys(breakdown)])];
      for (const c of categories) rows.push([field.key, c, breakdown[c] === undefined ? '' : formatNumber(breakdown[c]!)]);
      continue;
    }
    rows.push([field.key, '', value === undefined ? '' : formatScalar(field, value)]);
  }
  return rows;
}

const formatNumber = (n: number) => String(n).replace('.', ',');

function formatScalar(field: TemplateField, value: ReportValue): string {
  if (field.kind === 'bedrag') return `${Math.trunc((value as number) / 100)},${String((value as number) % 100).padStart(2, '0')}`;
  if (field.kind === 'janee') return value ? 'ja' : 'nee';
  if (typeof value === 'number') return formatNumber(value);
  return String(value);
}
