import { setImmediate as nextTurn } from 'node:timers/promises';
import { finished } from 'node:stream/promises';
import { parse, type CsvError, type Parser } from 'csv-parse';
import { TableImportError } from './import-error.ts';
import { isEmptyRow } from '../../domain/spreadsheet-cells.ts';
import { CSV_SLICE_BYTES, CSV_SLICE_RECORDS, MAX_CELL_CHARS, MAX_COLUMNS, nl } from './limits.ts';

/** csv-parse's error codes in Dutch (its own messages are English); found by test/reliability/fuzz-csv.test.ts. */
const CSV_PROBLEMS: Record<string, string> = {
  INVALID_OPENING_QUOTE: 'een aanhalingsteken staat midden in een veld (zet het hele veld tussen aanhalingstekens en verdubbel het teken)',
  CSV_INVALID_CLOSING_QUOTE: 'na een afsluitend aanhalingsteken volgt nog tekst in hetzelfde veld',
  CSV_QUOTE_NOT_CLOSED: 'een aanhalingsteken wordt niet afgesloten',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'na een afsluitend aanhalingsteken volgt nog tekst in hetzelfde veld',
  CSV_MAX_RECORD_SIZE: `een rij is te lang (hoogstens ${nl(MAX_COLUMNS)} kolommen van ${nl(MAX_CELL_CHARS)} tekens)`,
  CSV_RECORD_INCONSISTENT_FIELDS_LENGTH: 'het aantal kolommen verschilt per rij',
  CSV_RECORD_INCONSISTENT_COLUMNS: 'het aantal kolommen verschilt per rij',
};

const NOT_TEXT = 'Het bestand is geen tekstbestand in UTF-8 of Windows-1252. Sla het in Excel op als "CSV UTF-8 (door lijstscheidingsteken gescheiden)".';

export interface CsvRecord {
  /** Counts records from 1, as a spreadsheet shows its rows: empty rows are skipped but counted. */
  row: number;
  fields: string[];
}

/**
 * Streams CSV records (Dutch Excel dialect `;`, also `,` — whichever the first line has more of;
 * UTF-8 with or without BOM, or Windows-1252 — the default of Dutch Excel's "CSV (gescheiden door
 * lijstscheidingsteken)" — when the bytes are not UTF-8; quotes with "" escapes and line breaks inside quotes) from a byte
 * stream, parsed by csv-parse (linear in the input, unlike the hand-written parser it replaces).
 *
 * The input is fed in slices of CSV_SLICE_BYTES with a turn of the event loop after each, so
 * other requests (the health check) are answered while a large file is read. Every record is held
 * to the limits in limits.ts (columns, cell length); the first problem ends the read with a
 * TableImportError naming row, column and limit.
 */
export async function* csvRecords(source: AsyncIterable<Buffer | string> | Iterable<Buffer | string>): AsyncGenerator<CsvRecord> {
  for await (const batch of csvBatches(source)) yield* batch;
}

/**
 * csvRecords in batches of at most CSV_SLICE_RECORDS records, with a turn of the event loop after
 * each: for a caller that handles a million rows (the activity import), one promise per batch instead
 * of several per record (issue 23 goal 2). Records before a problem are handed on, then it is thrown.
 */
export async function* csvBatches(source: AsyncIterable<Buffer | string> | Iterable<Buffer | string>): AsyncGenerator<CsvRecord[]> {
  const text = textDecoder();
  let parser: Parser | null = null;
  let head = ''; // text before the delimiter is known (up to the first line end)
  let header: string[] | null = null;
  let row = 0;
  let failure: unknown = null;
  const queue: string[][] = [];
  let delimiter: string | null = null;
  const lines = plainLines(queue);

  const decode = (bytes: Buffer, stream: boolean): string => {
    const decoded = text(bytes, stream);
    if (decoded === null) throw new TableImportError([{ row: row + 1, column: '-', message: NOT_TEXT }]);
    return decoded;
  };

  const start = (delimiter: string): Parser => {
    // Empty lines come through (as ['']) so that the row numbers count them, as a spreadsheet does.
    // Taking over from plainLines mid-file: the line end it saw first stays the record delimiter.
    const recordDelimiter = lines.eol() ? { record_delimiter: lines.eol()! } : {};
    const p = parse({ delimiter, bom: true, relax_column_count: true, skip_empty_lines: false, trim: true, max_record_size: MAX_COLUMNS * MAX_CELL_CHARS, ...recordDelimiter });
    p.on('data', (record: string[]) => queue.push(record));
    p.on('error', (err) => (failure ??= err));
    return p;
  };

  /** Feeds text to the parser, lets the event loop turn, then checks what came out. */
  async function feed(text: string, final = false): Promise<void> {
    if (delimiter === null) {
      head += text;
      if (!final && !head.includes('\n') && head.length < CSV_SLICE_BYTES) return;
      const firstLine = head.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
      delimiter = count(firstLine, ';') >= count(firstLine, ',') ? ';' : ',';
      text = head;
      head = '';
    }
    if (parser === null) {
      text = lines.take(text, delimiter, final);
      if (text === '') {
        await nextTurn();
        return;
      }
      parser = start(delimiter);
    }
    if (failure === null && text !== '') {
      const p = parser;
      await new Promise<void>((resolve) => p.write(text, () => resolve()));
    }
    await nextTurn();
  }

  /**
   * A record still open after a slice (no line end yet) is held to the limits now, before a line
   * of a million separators or one endless quoted field has been collected in memory. The pinned
   * csv-parse keeps the open record in `state`; test/services/upload-limits.test.ts checks this still works.
   */
  function guardOpenRecord(): void {
    if (parser === null) return;
    const state = (parser as unknown as { state?: { record?: unknown[]; field?: { length: number } } }).state;
    if ((state?.record?.length ?? 0) > MAX_COLUMNS) throw tooManyColumns(row + 1);
    if ((state?.field?.length ?? 0) > MAX_CELL_CHARS + 2) throw cellTooLong(row + 1, columnName(header, state?.record?.length ?? 0));
  }

  /** The parsed records in batches, with a turn of the event loop after every CSV_SLICE_RECORDS (short lines: many per slice). */
  async function* handOn(): AsyncGenerator<CsvRecord[]> {
    const taken = queue.splice(0);
    let batch: CsvRecord[] = [];
    let problem: TableImportError | null = null;
    for (let i = 0; i < taken.length; i++) {
      const fields = taken[i]!;
      row++;
      // An empty line, spaces only, or `;;;` (an empty row as a spreadsheet saves it): counted, not handed on.
      if (!startsVisible(fields) && isEmptyRow(fields)) continue;
      problem = checkProblem(fields, row, header);
      if (problem !== null) break;
      header ??= fields;
      batch.push({ row, fields });
      if (batch.length === CSV_SLICE_RECORDS) {
        yield batch;
        batch = [];
        await nextTurn();
      }
    }
    if (batch.length > 0) yield batch;
    if (problem !== null) throw problem;
    if (failure !== null) throw parseProblem(failure, row, header, lines.count());
  }

  try {
    for await (const chunk of source) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      for (let at = 0; at < bytes.length; at += CSV_SLICE_BYTES) {
        await feed(decode(bytes.subarray(at, at + CSV_SLICE_BYTES), true));
        yield* handOn();
        guardOpenRecord();
      }
    }
    await feed(decode(Buffer.alloc(0), false), true);
    const p = parser as Parser | null;
    if (p === null) {
      yield* handOn(); // everything was plain lines
      return;
    }
    if (failure === null) {
      p.end();
      await finished(p).catch((err) => (failure ??= err));
    }
    yield* handOn();
  } finally {
    (parser as Parser | null)?.destroy();
  }
}

/** Every record of a CSV file held in memory, stopping with a problem after `maxRows` data rows. */
export async function readCsv(content: Buffer, maxRows: number): Promise<{ records: string[][]; rows: number[] }> {
  const records: string[][] = [];
  const rows: number[] = [];
  for await (const record of csvRecords([content])) {
    if (records.length > maxRows) throw tooManyRows(record.row, maxRows);
    records.push(record.fields);
    rows.push(record.row);
  }
  return { records, rows };
}

/**
 * Bytes → text, slice by slice: UTF-8 while the bytes are UTF-8; at the first byte that is not, and
 * when everything before was plain ASCII (where both encodings agree), Windows-1252 from the start
 * of that slice on. Bytes of a character split over two slices are carried over. Null when a file
 * that already had UTF-8 characters turns out not to be UTF-8 (a mix: refused).
 */
function textDecoder(): (bytes: Buffer, stream: boolean) => string | null {
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  let windows: TextDecoder | null = null;
  let asciiSoFar = true;
  let carried = Buffer.alloc(0); // non-ASCII bytes at the end of the last slice, held by the UTF-8 decoder
  return (bytes, stream) => {
    if (windows) return windows.decode(bytes, { stream });
    try {
      const decoded = utf8.decode(bytes, { stream });
      if (asciiSoFar && !isAscii(decoded.replace(/^\uFEFF/, ''))) asciiSoFar = false;
      carried = Buffer.from(bytes.subarray(trailingNonAscii(bytes)));
      return decoded;
    } catch {
      const rest = Buffer.concat([carried, bytes]);
      if (!asciiSoFar || hasUtf8Character(rest)) return null;
      windows = new TextDecoder('windows-1252');
      return windows.decode(rest, { stream });
    }
  };
}

/** Does the slice hold a well-formed multi-byte UTF-8 character (then a bad byte elsewhere makes a mix)? */
const hasUtf8Character = (bytes: Buffer): boolean =>
  /[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}/.test(bytes.toString('latin1'));

const isAscii = (text: string): boolean => /^[\x00-\x7f]*$/.test(text);

/** Where the run of non-ASCII bytes at the end of a slice starts (at most 3: an unfinished UTF-8 character). */
function trailingNonAscii(bytes: Buffer): number {
  let at = bytes.length;
  while (at > 0 && bytes.length - at < 3 && bytes[at - 1]! >= 0x80) at--;
  return at;
}

/** A record over the limits, or with a character the database cannot store: the problem, else null. */
function checkProblem(fields: string[], row: number, header: string[] | null): TableImportError | null {
  if (fields.length > MAX_COLUMNS) return tooManyColumns(row);
  for (let i = 0; i < fields.length; i++) {
    const cell = fields[i]!;
    if (cell.length > MAX_CELL_CHARS) return cellTooLong(row, columnName(header, i));
    // PostgreSQL cannot store a NUL character; name the line instead of failing on the insert.
    if (cell.indexOf('\u0000') !== -1) return new TableImportError([{ row, column: columnName(header, i), message: 'De rij bevat een NUL-teken; sla het bestand opnieuw op als CSV UTF-8.' }]);
  }
  return null;
}

/** Does the first cell start with a visible ASCII character (then the row is not empty, without isEmptyRow's closure)? */
function startsVisible(fields: string[]): boolean {
  const c = fields.length > 0 ? fields[0]!.charCodeAt(0) : 0;
  return c > 32 && c < 127;
}

/** `linesBefore`: lines read by plainLines before csv-parse took over (its own count starts after them). */
function parseProblem(err: unknown, row: number, header: string[] | null, linesBefore: number): TableImportError {
  if (err instanceof TableImportError) return err;
  const e = err as Partial<CsvError> & { lines?: number; column?: number | string };
  const column = typeof e.column === 'number' ? columnName(header, e.column) : '-';
  return new TableImportError([{ row: e.lines === undefined ? row + 1 : e.lines + linesBefore, column, message: `De CSV kan niet worden gelezen: ${CSV_PROBLEMS[e.code ?? ''] ?? 'de opbouw van de rij klopt niet'}.` }]);
}

export const tooManyRows = (row: number, maxRows: number) =>
  new TableImportError([{ row, column: '-', message: `Het bestand heeft meer dan ${nl(maxRows)} rijen (de grens per import). Splits het in delen.` }]);

export const tooManyColumns = (row: number) =>
  new TableImportError([{ row, column: '-', message: `De rij heeft meer dan ${nl(MAX_COLUMNS)} kolommen (de grens per bestand).` }]);

export const cellTooLong = (row: number, column: string) =>
  new TableImportError([{ row, column, message: `Het veld is langer dan ${nl(MAX_CELL_CHARS)} tekens (de grens per cel, zoals in Excel).` }]);

const columnName = (header: string[] | null, index: number): string => header?.[index]?.trim() || String(index + 1);

function count(text: string, char: string): number {
  let n = 0;
  for (let i = text.indexOf(char); i >= 0; i = text.indexOf(char, i + 1)) n++;
  return n;
}

/** Longest text held back while waiting for its line end before csv-parse takes over (which then applies the row limits). */
const MAX_CARRY = 4 * CSV_SLICE_BYTES;
const isTrimChar = (c: number) => c === 32 || c === 9 || c === 12;

/** Gives up the fast path for this text: the lines it queued from it are taken back. */
function abandon(all: string, queue: string[][], before: number): string {
  queue.length = before;
  return all;
}

/**
 * The fast path for the common file, a system export without quotes and with one kind of line end:
 * whole lines are split on the delimiter here, several times faster than csv-parse's character loop
 * (docs/performance.md, issue 23), with csv-parse's own result: its `trim` (space, tab, form feed),
 * an empty line as [''], a leading BOM dropped. The first text with a quote, a carriage return other
 * than in the line end seen first, or a line longer than MAX_CARRY goes to csv-parse together with
 * everything after it (`take` returns it), so quoting and every odd case keep csv-parse's reading;
 * test/services/csv-plain-lines.test.ts compares both on generated files.
 */
function plainLines(queue: string[][]) {
  let eol: '\n' | '\r\n' | null = null;
  let carry = '';
  let count = 0;
  let started = false;
  return {
    /** The line end csv-parse must keep when it takes over mid-file (it would detect it on the first line). */
    eol: () => (count > 0 ? eol : null),
    /** Lines read here so far. */
    count: () => count,
    /** Reads the whole lines of `text`; returns '' or, when csv-parse must take over, all text not read. */
    take(text: string, delimiter: string, final: boolean): string {
      let all = carry + text;
      carry = '';
      if (!started) {
        started = true;
        if (all.charCodeAt(0) === 0xfeff) all = all.slice(1);
      }
      const end = final ? all.length : all.lastIndexOf('\n') + 1;
      if (all.length - end > MAX_CARRY || all.lastIndexOf('"', end) !== -1) return all;
      if (eol === null) {
        const nl = all.indexOf('\n');
        if (nl >= 0) eol = nl > 0 && all.charCodeAt(nl - 1) === 13 ? '\r\n' : '\n';
      }
      // Fields are cut straight out of `all` by index (no array of lines, no string per line, no regexp
      // per field): fewer allocations for a file of a million rows (issue 23 goal 2). The next carriage
      // return and delimiter are each searched once, so the work stays linear in the slice.
      const before = queue.length;
      const crlf = eol === '\r\n';
      let cr = all.indexOf('\r');
      let sep = all.indexOf(delimiter);
      let start = 0;
      while (start < end) {
        const nl = all.indexOf('\n', start);
        // Only the last line of the file can lack a line end (`end` is past the last one otherwise).
        const terminated = nl !== -1;
        let stop = terminated ? nl : end;
        if (crlf) {
          if (stop > start && all.charCodeAt(stop - 1) === 13) stop--;
          else if (terminated) return abandon(all, queue, before);
        }
        while (cr !== -1 && cr < start) cr = all.indexOf('\r', start);
        if (cr !== -1 && cr < stop) return abandon(all, queue, before);
        const fields: string[] = [];
        let from = start;
        for (;;) {
          if (sep !== -1 && sep < from) sep = all.indexOf(delimiter, from);
          const to = sep !== -1 && sep < stop ? sep : stop;
          let a = from;
          let b = to;
          while (a < b && isTrimChar(all.charCodeAt(a))) a++;
          while (b > a && isTrimChar(all.charCodeAt(b - 1))) b--;
          fields.push(all.slice(a, b));
          if (to === stop) break;
          from = to + 1;
        }
        queue.push(fields);
        start = terminated ? nl + 1 : end;
      }
      count += queue.length - before;
      carry = all.slice(end);
      return '';
    },
  };
}
