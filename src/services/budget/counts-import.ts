import { sql } from '../../db/sql.ts';
import type { Database } from '../../db/client.ts';
import { replaceUsage, saveCounts, type CountInput } from '../../db/budget/counts.ts';
import { parseTable, TableImportError, type CellProblem, type ParsedTable } from '../tabular/import.ts';
import { MAX_MUNICIPALITY_TABLE_ROWS } from '../tabular/limits.ts';
import { resolveMunicipalities } from '../register/municipality-resolver.ts';
import { InvalidInputError } from '../../domain/errors.ts';

/**
 * A whole count as people type it in a spreadsheet: `12345`, `12.345` (Dutch thousands), `12 345`;
 * an XLSX number arrives as `12345` (or `12345,0`). Empty → null (keep the stored figure).
 */
export function parseCount(text: string): number | null | 'invalid' {
  const t = text.trim();
  if (t === '') return null;
  const plain = /^\d{1,3}([. ]\d{3})+$/.test(t) ? t.replace(/[. ]/g, '') : t.replace(/,0+$/, '');
  if (!/^\d+$/.test(plain)) return 'invalid';
  const n = Number(plain);
  return Number.isSafeInteger(n) ? n : 'invalid';
}

interface Resolved {
  table: ParsedTable;
  problems: CellProblem[];
  /** Per data row: the municipality code, or undefined when the row has a problem with it. */
  codes: (string | undefined)[];
}

/** Header check and municipality column for every counts-like file: every problem at once. */
async function resolveRows(content: Buffer, fileName: string, lookup: (text: string) => string | undefined, required: string[], oneOf: string[]): Promise<Resolved> {
  const table = await parseTable(content, fileName, MAX_MUNICIPALITY_TABLE_ROWS);
  const problems: CellProblem[] = [];
  for (const column of required) {
    if (!table.header.includes(column)) problems.push({ row: 1, column, message: `Kolom "${column}" ontbreekt in rij 1 (de kolomnamen).` });
  }
  if (oneOf.length && !oneOf.some((c) => table.header.includes(c))) {
    problems.push({ row: 1, column: oneOf[0]!, message: `Geef minstens één van de kolommen ${oneOf.map((c) => `"${c}"`).join(' of ')} in rij 1.` });
  }
  if (problems.length) throw new TableImportError(problems, { header: table.header });
  const seen = new Map<string, number>();
  const codes = table.rows.map((row, i) => {
    const line = table.rowNumbers[i]!;
    const name = row.gemeente ?? '';
    const code = name ? lookup(name) : undefined;
    if (!name) problems.push({ row: line, column: 'gemeente', message: 'Vul de gemeente in.' });
    else if (!code) problems.push({ row: line, column: 'gemeente', message: `"${name}" is geen gemeente van deze gemeentelijke indeling.` });
    else if (seen.has(code)) problems.push({ row: line, column: 'gemeente', message: `"${name}" staat ook al op rij ${seen.get(code)}.` });
    if (code && !seen.has(code)) seen.set(code, line);
    return code;
  });
  return { table, problems, codes };
}

function countCell(row: Record<string, string>, column: string, line: number, problems: CellProblem[]): number | null {
  const value = parseCount(row[column] ?? '');
  if (value === 'invalid') {
    problems.push({ row: line, column, message: `"${row[column]}" is geen geheel aantal (bijvoorbeeld 12345 of 12.345).` });
    return null;
  }
  return value;
}

/**
 * Reads `gemeente;inwoners;clienten` (either count column may be left out; an empty cell keeps the stored
 * figure). Municipalities by name, official name, variant or CBS code, in the given division.
 */
export async function parseCountsFile(content: Buffer, fileName: string, lookup: (text: string) => string | undefined): Promise<CountInput[]> {
  const { table, problems, codes } = await resolveRows(content, fileName, lookup, ['gemeente'], ['inwoners', 'clienten']);
  const result: CountInput[] = [];
  table.rows.forEach((row, i) => {
    const line = table.rowNumbers[i]!;
    const inhabitants = countCell(row, 'inwoners', line, problems);
    const clients = countCell(row, 'clienten', line, problems);
    if (inhabitants === null && clients === null && !problems.some((p) => p.row === line)) {
      problems.push({ row: line, column: table.header.includes('inwoners') ? 'inwoners' : 'clienten', message: 'Vul het aantal inwoners of MEE-cliënten in.' });
    }
    if (codes[i]) result.push({ municipalityCode: codes[i]!, inhabitants, clients });
  });
  if (problems.length) throw new TableImportError(problems, { header: table.header });
  return result;
}

/** The division the counts of budget year `year` are in: 1 January of the year before (2014 → 2013). */
async function divisionOf(db: Database, year: number): Promise<number> {
  const division = year - 1;
  const [row] = await db.rows<{ n: number }>(sql`select count(*)::int as n from division_members where division_year = ${division}`);
  if (!row || Number(row.n) === 0) {
    throw new InvalidInputError([{ field: 'jaar', message: `De gemeentelijke indeling van 1 januari ${division} is niet bekend, dus de aantallen voor ${year} kunnen niet worden ingelezen.` }]);
  }
  return division;
}

function checkSource(source: string): string {
  const s = source.trim();
  if (!s) throw new InvalidInputError([{ field: 'bron', message: 'Geef de bron van de aantallen (bijvoorbeeld "CBS StatLine 03759NED, 1 januari 2014").' }]);
  return s.slice(0, 500);
}

/**
 * Imports inhabitants and MEE clients for budget year `year` (counted in the division of 1 January
 * `year − 1`), all-or-nothing: any problem in any row and nothing is saved.
 */
export async function importCounts(db: Database, year: number, content: Buffer, fileName: string, source: string): Promise<{ count: number; divisionYear: number }> {
  const src = checkSource(source);
  const divisionYear = await divisionOf(db, year);
  const rows = await parseCountsFile(content, fileName, await resolveMunicipalities(db, divisionYear));
  const count = await saveCounts(db, year, divisionYear, rows, src);
  return { count, divisionYear };
}

/** Reads `gemeente;clienten` (the clients actually supported), for the regional pool against use. */
export async function importUsage(db: Database, year: number, content: Buffer, fileName: string, source: string): Promise<number> {
  const src = checkSource(source);
  const lookup = await resolveMunicipalities(db);
  const { table, problems, codes } = await resolveRows(content, fileName, lookup, ['gemeente', 'clienten'], []);
  const rows: { municipalityCode: string; clients: number }[] = [];
  table.rows.forEach((row, i) => {
    const line = table.rowNumbers[i]!;
    const clients = countCell(row, 'clienten', line, problems);
    if (clients === null && !problems.some((p) => p.row === line && p.column === 'clienten')) problems.push({ row: line, column: 'clienten', message: 'Vul het aantal cliënten in.' });
    if (codes[i] && clients !== null) rows.push({ municipalityCode: codes[i]!, clients });
  });
  if (problems.length) throw new TableImportError(problems, { header: table.header });
  return replaceUsage(db, year, rows, src);
}
