import yauzl from 'yauzl';
import type { Readable } from 'node:stream';
import { TableImportError } from './import-error.ts';
import {
  MAX_COLUMNS,
  MAX_TABLE_ROWS,
  MAX_XLSX_CELLS,
  MAX_XLSX_COMPRESSION_RATIO,
  MAX_XLSX_ENTRIES,
  MAX_XLSX_SHARED_STRINGS,
  MAX_XLSX_UNCOMPRESSED_BYTES,
  XLSX_RATIO_CHECK_FROM_BYTES,
  nl,
} from './limits.ts';

const INVALID = 'Het bestand is geen geldig XLSX-bestand.';
const refuse = (message: string, row = 1): TableImportError => new TableImportError([{ row, column: '-', message }]);

/**
 * Checks an XLSX file (a zip) before exceljs reads it, against the limits in limits.ts: number of
 * entries, total uncompressed size, compression ratio per entry, and per worksheet the rows, columns
 * and cells (counted in the XML and in `<dimension ref>`) and the area of merged cells and data
 * validations (exceljs expands those cell by cell). Every entry is inflated once, as a stream in
 * zlib's thread pool, so the event loop stays free, memory stays small, and sizes that lie in the
 * zip's directory are caught (yauzl compares the real size to the declared one).
 * Throws a TableImportError that names the limit; returns when exceljs may read the file.
 */
export async function checkXlsx(content: Buffer): Promise<void> {
  const zip = await open(content);
  try {
    if (zip.entryCount > MAX_XLSX_ENTRIES) {
      throw refuse(`Het XLSX-bestand bevat ${nl(zip.entryCount)} onderdelen; de grens is ${nl(MAX_XLSX_ENTRIES)}.`);
    }
    let declared = 0;
    const totals = { cells: 0, expanded: 0, strings: 0 };
    for await (const entry of entries(zip)) {
      if (entry.fileName.endsWith('/')) continue;
      declared += entry.uncompressedSize;
      if (declared > MAX_XLSX_UNCOMPRESSED_BYTES) throw tooBig();
      const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
      if (entry.uncompressedSize > XLSX_RATIO_CHECK_FROM_BYTES && ratio > MAX_XLSX_COMPRESSION_RATIO) {
        throw refuse(`Het XLSX-bestand is verdacht sterk ingepakt (onderdeel ${entry.fileName.slice(0, 80)} ${Math.round(ratio)} keer; de grens is ${MAX_XLSX_COMPRESSION_RATIO} keer).`);
      }
      if (entry.isEncrypted() || !entry.canDecodeFileData()) throw refuse(INVALID);
      // Unanchored, like exceljs's own matching (it reads any name that contains xl/worksheets/sheetN.xml).
      const scan = /xl\/worksheets\/.*\.xml/i.test(entry.fileName)
        ? sheetScanner(totals)
        : /xl\/sharedStrings\.xml/i.test(entry.fileName)
          ? stringScanner(totals)
          : null;
      await inflate(zip, entry, scan);
    }
  } finally {
    zip.close();
  }
}

const tooBig = () => refuse(`Het XLSX-bestand is uitgepakt groter dan ${nl(MAX_XLSX_UNCOMPRESSED_BYTES / 1024 / 1024)} MB (de grens). Splits het in delen of sla het op als CSV.`);
const tooManyRows = (row: number) => refuse(`Het werkblad heeft meer dan ${nl(MAX_TABLE_ROWS)} rijen (de grens per import). Splits het in delen.`, row);
const tooManyColumns = () => refuse(`Het werkblad heeft meer dan ${nl(MAX_COLUMNS)} kolommen (de grens per bestand).`);
const tooManyCells = () => refuse(`Het XLSX-bestand heeft meer dan ${nl(MAX_XLSX_CELLS)} cellen (de grens, samengevoegde cellen en gegevensvalidatie meegeteld).`);

function open(content: Buffer): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(content, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false, decodeStrings: true }, (err, zip) => {
      if (err || !zip) reject(refuse(INVALID));
      else resolve(zip);
    });
  });
}

async function* entries(zip: yauzl.ZipFile): AsyncGenerator<yauzl.Entry> {
  for (;;) {
    const entry = await new Promise<yauzl.Entry | null>((resolve, reject) => {
      const cleanup = () => zip.removeAllListeners('entry').removeAllListeners('end').removeAllListeners('error');
      zip.once('entry', (e: yauzl.Entry) => (cleanup(), resolve(e)));
      zip.once('end', () => (cleanup(), resolve(null)));
      zip.once('error', () => (cleanup(), reject(refuse(INVALID))));
      zip.readEntry();
    });
    if (entry === null) return;
    yield entry;
  }
}

type Scan = (text: string) => void;

/** Inflates one entry as a stream; the scanner (if any) sees the XML as latin1 text (tags are ASCII). */
async function inflate(zip: yauzl.ZipFile, entry: yauzl.Entry, scan: Scan | null): Promise<void> {
  const stream = await new Promise<Readable>((resolve, reject) => {
    zip.openReadStream(entry, (err, s) => (err || !s ? reject(refuse(INVALID)) : resolve(s)));
  });
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) scan?.(chunk.toString('latin1'));
  } catch (err) {
    stream.destroy();
    throw err instanceof TableImportError ? err : refuse(INVALID);
  }
}

/**
 * Runs global regexes over a text stream: each match is seen once, also when it spans two chunks
 * (a tail of the previous chunk is kept; a match that ends inside that tail was seen already).
 */
function matcher(patterns: RegExp[], onMatch: (pattern: number, m: RegExpExecArray) => void): Scan {
  const TAIL = 8 * 1024;
  let tail = '';
  return (chunk) => {
    const text = tail + chunk;
    patterns.forEach((re, i) => {
      re.lastIndex = 0;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        if (m.index + m[0].length > tail.length) onMatch(i, m);
      }
    });
    tail = text.slice(-TAIL);
  };
}

const ROW = /<row[\s>/]/g;
const CELL = /<c[\s>/]/g;
const REF = /\sr="([A-Z]{0,4})(\d{1,10})"/g;
const DIMENSION = /<dimension\s+ref="([A-Z]{1,4}\d{1,10})(?::([A-Z]{1,4}\d{1,10}))?"/g;
const EXPANDED = /<(?:mergeCell|dataValidation)\s[^>]{0,300}?\b(?:sqref|ref)="([^"]{1,4000})"/g;

/** Counts a worksheet's rows and cells, its highest row and column, its dimension and its expanded ranges. */
function sheetScanner(totals: { cells: number; expanded: number }): Scan {
  let rows = 0;
  return matcher([ROW, CELL, REF, DIMENSION, EXPANDED], (pattern, m) => {
    if (pattern === 0 && ++rows > MAX_TABLE_ROWS + 1) throw tooManyRows(rows);
    if (pattern === 1 && ++totals.cells > MAX_XLSX_CELLS) throw tooManyCells();
    if (pattern === 2) {
      const row = Number(m[2]);
      if (row > MAX_TABLE_ROWS + 1) throw tooManyRows(row);
      if (m[1] && columnNumber(m[1]) > MAX_COLUMNS) throw tooManyColumns();
    }
    if (pattern === 3) {
      const end = cellRef(m[2] ?? m[1]!);
      if (end.row > MAX_TABLE_ROWS + 1) throw refuse(`Het werkblad is volgens het bestand ${nl(end.row)} rijen lang (dimension ${m[0].slice(16)}); de grens is ${nl(MAX_TABLE_ROWS)} rijen.`);
      if (end.column > MAX_COLUMNS) throw refuse(`Het werkblad is volgens het bestand ${nl(end.column)} kolommen breed; de grens is ${nl(MAX_COLUMNS)} kolommen.`);
    }
    if (pattern === 4) {
      for (const range of m[1]!.trim().split(/\s+/)) {
        totals.expanded += area(range);
        if (totals.expanded > MAX_XLSX_CELLS) throw tooManyCells();
      }
    }
  });
}

function stringScanner(totals: { strings: number }): Scan {
  return matcher([/<si[\s>/]/g], () => {
    if (++totals.strings > MAX_XLSX_SHARED_STRINGS) throw refuse(`Het XLSX-bestand heeft meer dan ${nl(MAX_XLSX_SHARED_STRINGS)} verschillende teksten (de grens).`);
  });
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const c of letters) n = n * 26 + (c.charCodeAt(0) - 64);
  return n;
}

/** A cell reference; a missing column or row (A:A, 3:3) means the first or, at the end of a range, the last. */
function cellRef(ref: string, end = true): { row: number; column: number } {
  const m = /^\$?([A-Z]{0,4})\$?(\d{0,10})$/.exec(ref);
  return { column: m?.[1] ? columnNumber(m[1]) : end ? 16_384 : 1, row: m?.[2] ? Number(m[2]) : end ? 1_048_576 : 1 };
}

/** Cells in a range like B2:D10 (a whole column or row, A:A or 3:3, counts as the sheet's full extent). */
function area(range: string): number {
  const [from, to = from] = range.split(':');
  const a = cellRef(from!, false);
  const b = cellRef(to!);
  return (Math.abs(b.row - a.row) + 1) * (Math.abs(b.column - a.column) + 1);
}
