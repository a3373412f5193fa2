// Reads the first worksheet of an XLSX file with exceljs, in a worker thread (src/services/tabular/xlsx.ts):
// exceljs parses the whole workbook in one go, which for a large sheet takes seconds of CPU that must
// not stop the server from answering other requests. Plain JavaScript so that the worker starts without
// a TypeScript loader (under node, tsx and vitest alike). Answers { records, rows } (rows: each record's
// row number as the spreadsheet shows it; empty rows are left out but counted) or { invalid: true }.
import { parentPort, workerData } from 'node:worker_threads';
import ExcelJS from 'exceljs';

/**
 * A cell's value as the text the imports read, by the cell's type (the rule is in
 * src/domain/spreadsheet-cells.ts, duplicated here because the worker is plain JavaScript):
 * numbers with a decimal comma and no thousands separator, dates as yyyy-mm-dd, yes/no as ja/nee,
 * formulas by their result, text as text.
 */
function cellText(value) {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    const clean = Number(value.toPrecision(15));
    return String(Object.is(clean, -0) ? 0 : clean).replace('.', ',');
  }
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  if (typeof value === 'object') {
    if (value.richText) return value.richText.map((r) => r.text).join('').trim();
    if (value.text !== undefined) return cellText(value.text);
    if (value.result !== undefined) return cellText(value.result);
    if (value.formula !== undefined || value.sharedFormula !== undefined) return '';
    if (value.error !== undefined) return String(value.error);
  }
  return String(value).trim();
}

const workbook = new ExcelJS.Workbook();
try {
  await workbook.xlsx.load(workerData.content);
} catch {
  parentPort.postMessage({ invalid: true });
  process.exit(0);
}
const sheet = workbook.worksheets[0];
if (!sheet) {
  parentPort.postMessage({ records: null });
} else {
  const records = [];
  const rows = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    records.push(Array.from(row.values.slice(1), cellText));
    rows.push(row.number);
  });
  parentPort.postMessage({ records, rows });
}
