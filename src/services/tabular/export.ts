import { stringify } from 'csv-stringify/sync';
import { exceljs } from '../lazy-modules.ts';

export type Cell = string | number | null;

/**
 * A text cell starting with = + - @ (or a tab/CR) is read as a formula by spreadsheets
 * (CSV/formula injection); prefix it with an apostrophe. Numbers stay numbers.
 */
export function neutraliseFormula(value: Cell): Cell {
  if (typeof value !== 'string') return value;
  return /^[=+\-@\t\r]/.test(value) && !/^-?\d+([.,]\d+)?$/.test(value) ? `'${value}` : value;
}

/** A column of euros: its header ends in `_eur` or `_euro` (the naming rule of every Naast table). */
export const isEuroColumn = (name: string): boolean => /_euro?$/i.test(name);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A number as Dutch spreadsheets read it: decimal comma, no thousands separator; euros with cents. */
function dutchNumber(value: number, euro: boolean): string {
  return (euro ? value.toFixed(2) : String(value)).replace('.', ',');
}

/**
 * CSV in the Dutch Excel dialect: `;` separator, UTF-8 with BOM, CRLF line ends, decimal comma
 * (euro columns with two decimals). CSV carries no types: a spreadsheet program guesses them, and
 * turns text such as 0612345678 or 65+ into a number (docs/spreadsheets.md: use the XLSX download).
 */
export function toCsv(header: string[], rows: Cell[][], options: { bom?: boolean } = {}): string {
  const euro = header.map(isEuroColumn);
  const cells = rows.map((r) => r.map((c, i) => (typeof c === 'number' ? dutchNumber(c, euro[i]!) : neutraliseFormula(c))));
  const body = stringify([header, ...cells], { delimiter: ';', record_delimiter: 'windows' });
  return (options.bom === false ? '' : '\uFEFF') + body;
}

/**
 * An XLSX workbook with one sheet and typed cells: numbers as numbers (euro columns with the format
 * #,##0.00, so totals can be summed), `YYYY-MM-DD` text as a date cell (shown as dd-mm-jjjj), and all
 * other text as text — a phone number, postcode or "65+" stays exactly as it is.
 */
export async function toXlsx(sheetName: string, header: string[], rows: Cell[][]): Promise<Buffer> {
  const workbook = new (exceljs().Workbook)();
  workbook.creator = 'Naast';
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
  sheet.addRow(header).font = { bold: true };
  header.forEach((h, i) => {
    if (isEuroColumn(h)) sheet.getColumn(i + 1).numFmt = '#,##0.00';
  });
  for (const row of rows) {
    const added = sheet.addRow(row.map((c) => (typeof c === 'string' && ISO_DATE.test(c) && !Number.isNaN(Date.parse(c)) ? new Date(`${c}T00:00:00Z`) : neutraliseFormula(c))));
    added.eachCell((cell) => {
      if (cell.value instanceof Date) cell.numFmt = 'dd-mm-yyyy';
    });
  }
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  header.forEach((h, i) => (sheet.getColumn(i + 1).width = Math.max(12, h.length + 2)));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
