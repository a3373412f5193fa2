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

/** CSV in the Dutch Excel dialect: `;` separator, UTF-8 with BOM, CRLF line ends. */
export function toCsv(header: string[], rows: Cell[][], options: { bom?: boolean } = {}): string {
  const body = stringify([header, ...rows.map((r) => r.map(neutraliseFormula))], { delimiter: ';', record_delimiter: 'windows' });
  return (options.bom === false ? '' : '\uFEFF') + body;
}

/** An XLSX workbook with one sheet; numbers stay numeric so totals can be summed in Excel. */
export async function toXlsx(sheetName: string, header: string[], rows: Cell[][]): Promise<Buffer> {
  const workbook = new (exceljs().Workbook)();
  workbook.creator = 'Naast';
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
  sheet.addRow(header).font = { bold: true };
  for (const row of rows) sheet.addRow(row.map(neutraliseFormula));
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  header.forEach((h, i) => (sheet.getColumn(i + 1).width = Math.max(12, h.length + 2)));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
