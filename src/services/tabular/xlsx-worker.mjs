// Reads the first worksheet of an XLSX file with exceljs, in a worker thread (src/services/tabular/xlsx.ts):
// exceljs parses the whole workbook in one go, which for a large sheet takes seconds of CPU that must
// not stop the server from answering other requests. Plain JavaScript so that the worker starts without
// a TypeScript loader (under node, tsx and vitest alike). Answers { records } or { invalid: true }.
import { parentPort, workerData } from 'node:worker_threads';
import ExcelJS from 'exceljs';

/** A cell's value as text, as the import services expect it (dates as yyyy-mm-dd, formulas by their result). */
function cellText(value) {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if (value.richText) return value.richText.map((r) => r.text).join('').trim();
    if (value.text !== undefined) return String(value.text).trim();
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
  sheet.eachRow({ includeEmpty: false }, (row) => {
    records.push(Array.from(row.values.slice(1), cellText));
  });
  parentPort.postMessage({ records });
}
