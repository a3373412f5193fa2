import { cellTooLong, readCsv, tooManyColumns, tooManyRows } from './csv.ts';
import { TableImportError } from './import-error.ts';
import { MAX_CELL_CHARS, MAX_COLUMNS, MAX_TABLE_ROWS } from './limits.ts';
import { readXlsx, type SheetRecords } from './xlsx.ts';
import { isEmptyRow } from '../../domain/spreadsheet-cells.ts';

export { TableImportError, type CellProblem } from './import-error.ts';

export interface ParsedTable {
  /** Column names, lower-cased and trimmed. */
  header: string[];
  /**
   * The data rows as text, by column name. Typed XLSX cells arrive as canonical text
   * (domain/spreadsheet-cells.ts): numbers `12345,67`, dates `YYYY-MM-DD`. Empty rows are left out.
   */
  rows: Record<string, string>[];
  /** Per row, its number as the spreadsheet program shows it (1 = the header; empty rows counted). */
  rowNumbers: number[];
}

const XLSX_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]); // a zip file

/**
 * Reads a CSV (Dutch Excel dialect `;`, also `,`; UTF-8 with or without BOM, or Windows-1252) or an
 * XLSX file (first worksheet, cells by their type) into header + rows of text, with each row's number
 * as the spreadsheet shows it. The format follows the content, not the name. See docs/spreadsheets.md.
 */
export async function parseTable(content: Buffer, fileName = '', maxRows = MAX_TABLE_ROWS): Promise<ParsedTable> {
  if (content.subarray(0, 4).equals(XLSX_MAGIC) || fileName.toLowerCase().endsWith('.xlsx')) return parseXlsx(content, maxRows);
  return parseCsv(content, maxRows);
}

/** CSV: read with csv-parse in slices (tabular/csv.ts), so the event loop keeps turning. */
async function parseCsv(content: Buffer, maxRows: number): Promise<ParsedTable> {
  return toTable(await readCsv(content, maxRows));
}

/** XLSX: checked against the limits, then read by exceljs in a worker thread (tabular/xlsx.ts). */
async function parseXlsx(content: Buffer, maxRows: number): Promise<ParsedTable> {
  const sheet = await readXlsx(content);
  if (!sheet) throw new TableImportError([{ row: 1, column: '-', message: 'Het XLSX-bestand heeft geen werkblad.' }]);
  checkRecords(sheet, maxRows);
  return toTable(sheet);
}

/** The limits that exceljs cannot know in advance: rows of the first sheet, columns, cell length. */
function checkRecords({ records, rows }: SheetRecords, maxRows: number): void {
  if (records.length > maxRows + 1) throw tooManyRows(rows[maxRows + 1] ?? maxRows + 2, maxRows);
  for (const [i, cells] of records.entries()) {
    if (cells.length > MAX_COLUMNS) throw tooManyColumns(rows[i] ?? i + 1);
    const long = cells.findIndex((c) => c.length > MAX_CELL_CHARS);
    if (long >= 0) throw cellTooLong(rows[i] ?? i + 1, records[0]?.[long]?.trim() || String(long + 1));
  }
}

/** Header + rows; rows with only empty cells (`;;;` as a spreadsheet saves an empty row) are left out. */
function toTable({ records, rows: numbers }: SheetRecords): ParsedTable {
  const [head, ...body] = records;
  if (!head) throw new TableImportError([{ row: 1, column: '-', message: 'Het bestand is leeg.' }]);
  const header = Array.from(head, (h) => (h ?? '').trim().toLowerCase());
  if (header.every((h) => h === '')) {
    throw new TableImportError([{ row: 1, column: '-', message: 'De eerste rij is leeg. Zet de kolomnamen (zoals in de export) in de eerste rij.' }]);
  }
  const rows: Record<string, string>[] = [];
  const rowNumbers: number[] = [];
  body.forEach((cells, i) => {
    if (isEmptyRow(cells)) return;
    rows.push(Object.fromEntries(header.map((h, c) => [h, (cells[c] ?? '').trim()])));
    rowNumbers.push(numbers[i + 1] ?? i + 2);
  });
  return { header, rows, rowNumbers };
}
