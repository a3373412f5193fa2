import { cellTooLong, readCsv, tooManyColumns, tooManyRows } from './csv.ts';
import { TableImportError } from './import-error.ts';
import { MAX_CELL_CHARS, MAX_COLUMNS, MAX_TABLE_ROWS } from './limits.ts';
import { readXlsx } from './xlsx.ts';

export { TableImportError, type CellProblem } from './import-error.ts';

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
  const records = await readXlsx(content);
  if (!records) throw new TableImportError([{ row: 1, column: '-', message: 'Het XLSX-bestand heeft geen werkblad.' }]);
  checkRecords(records, maxRows);
  return toTable(records);
}

/** The limits that exceljs cannot know in advance: rows of the first sheet, columns, cell length. */
function checkRecords(records: string[][], maxRows: number): void {
  if (records.length > maxRows + 1) throw tooManyRows(maxRows + 2, maxRows);
  for (const [i, cells] of records.entries()) {
    if (cells.length > MAX_COLUMNS) throw tooManyColumns(i + 1);
    const long = cells.findIndex((c) => c.length > MAX_CELL_CHARS);
    if (long >= 0) throw cellTooLong(i + 1, records[0]?.[long]?.trim() || String(long + 1));
  }
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
