import { parse } from 'csv-parse/sync';
import { exceljs } from '../lazy-modules.ts';

/** One problem in an imported file; rows count from 1 (the header row), as a spreadsheet shows them. */
export interface CellProblem {
  row: number;
  column: string;
  message: string;
}

/** An import that cannot be accepted; lists every problem at once. Nothing has been written. */
export class TableImportError extends Error {
  constructor(readonly problems: CellProblem[]) {
    super(
      `Het bestand is niet ingelezen: ${problems.length} ${problems.length === 1 ? 'probleem' : 'problemen'}. ` +
        problems
          .slice(0, 20)
          .map((p) => `Rij ${p.row}, kolom ${p.column}: ${p.message}`)
          .join(' ') +
        (problems.length > 20 ? ` … en nog ${problems.length - 20}.` : ''),
    );
  }
}

export interface ParsedTable {
  /** Column names, lower-cased and trimmed. */
  header: string[];
  rows: Record<string, string>[];
}

const XLSX_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]); // a zip file

/**
 * Reads a CSV (Dutch Excel dialect `;`, also `,`; UTF-8 with or without BOM) or an XLSX file
 * (first worksheet) into header + rows of text. The format follows the content, not the name.
 */
export async function parseTable(content: Buffer, fileName = ''): Promise<ParsedTable> {
  if (content.subarray(0, 4).equals(XLSX_MAGIC) || fileName.toLowerCase().endsWith('.xlsx')) return parseXlsx(content);
  return parseCsv(content);
}

/** csv-parse's error codes in Dutch (its own messages are English); found by test/reliability/fuzz-csv.test.ts. */
const CSV_PROBLEMS: Record<string, string> = {
  INVALID_OPENING_QUOTE: 'een aanhalingsteken staat midden in een veld (zet het hele veld tussen aanhalingstekens en verdubbel het teken)',
  CSV_INVALID_CLOSING_QUOTE: 'na een afsluitend aanhalingsteken volgt nog tekst in hetzelfde veld',
  CSV_QUOTE_NOT_CLOSED: 'een aanhalingsteken wordt niet afgesloten',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'na een afsluitend aanhalingsteken volgt nog tekst in hetzelfde veld',
  CSV_MAX_RECORD_SIZE: 'een regel is te lang',
  CSV_RECORD_INCONSISTENT_FIELDS_LENGTH: 'het aantal kolommen verschilt per regel',
  CSV_RECORD_INCONSISTENT_COLUMNS: 'het aantal kolommen verschilt per regel',
};

function parseCsv(content: Buffer): ParsedTable {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    throw new TableImportError([{ row: 1, column: '-', message: 'Het bestand is geen UTF-8. Sla het in Excel op als "CSV UTF-8 (door lijstscheidingsteken gescheiden)".' }]);
  }
  text = text.replace(/^\uFEFF/, '');
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = firstLine.split(';').length >= firstLine.split(',').length ? ';' : ',';
  let records: string[][];
  try {
    records = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: true, trim: true });
  } catch (err) {
    const e = err as { lines?: number; code?: string };
    throw new TableImportError([{ row: e.lines ?? 1, column: '-', message: `De CSV kan niet worden gelezen: ${CSV_PROBLEMS[e.code ?? ''] ?? 'de opbouw van de regel klopt niet'}.` }]);
  }
  // PostgreSQL cannot store a NUL character; name the line instead of failing on the insert.
  const nul = records.findIndex((r) => r.some((cell) => cell.includes('\u0000')));
  if (nul >= 0) throw new TableImportError([{ row: nul + 1, column: '-', message: 'De regel bevat een NUL-teken; sla het bestand opnieuw op als CSV UTF-8.' }]);
  return toTable(records);
}

async function parseXlsx(content: Buffer): Promise<ParsedTable> {
  const workbook = new (exceljs().Workbook)();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    throw new TableImportError([{ row: 1, column: '-', message: 'Het bestand is geen geldig XLSX-bestand.' }]);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new TableImportError([{ row: 1, column: '-', message: 'Het XLSX-bestand heeft geen werkblad.' }]);
  const records: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    // Array.from, not map: `row.values` is sparse (a row starting in column C has holes before it),
    // and map keeps the holes, which crashed the header lookup with a 500.
    records.push(Array.from((row.values as unknown[]).slice(1), cellText));
  });
  return toTable(records);
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    const v = value as { result?: unknown; text?: string; richText?: { text: string }[] };
    if (v.richText) return v.richText.map((r) => r.text).join('').trim();
    if (v.text !== undefined) return String(v.text).trim();
    if (v.result !== undefined) return String(v.result).trim();
    if (value instanceof Date) return value.toISOString().slice(0, 10);
  }
  return String(value).trim();
}

function toTable(records: string[][]): ParsedTable {
  const [head, ...body] = records;
  if (!head) throw new TableImportError([{ row: 1, column: '-', message: 'Het bestand is leeg.' }]);
  const header = Array.from(head, (h) => (h ?? '').trim().toLowerCase());
  if (header.every((h) => h === '')) {
    throw new TableImportError([{ row: 1, column: '-', message: 'De eerste rij is leeg. Zet de kolomnamen (zoals in de export) in de eerste rij.' }]);
  }
  const rows = body.map((cells) => Object.fromEntries(header.map((h, i) => [h, (cells[i] ?? '').trim()])));
  return { header, rows };
}
