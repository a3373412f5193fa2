import { TableImportError } from '../tabular/import.ts';

/**
 * Streams CSV records (Dutch Excel dialect: `;`, also `,`; UTF-8 with or without BOM; quotes with
 * "" escapes and line breaks inside quotes) from a byte stream, one record at a time, so memory stays
 * flat in the file size. Lines without a quote, nearly all of them, take a fast split.
 * `row` counts records from 1 (the header), as a spreadsheet shows them.
 */
export async function* csvRecords(source: AsyncIterable<Buffer | string>): AsyncGenerator<{ row: number; fields: string[] }> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let rest = '';
  let delimiter: string | null = null;
  let row = 0;
  let pending: string | null = null; // a quoted field spans lines: the record so far
  let first = true;

  const decode = (chunk: Buffer | string, stream: boolean): string => {
    if (typeof chunk === 'string') return chunk;
    try {
      return decoder.decode(chunk, { stream });
    } catch {
      throw new TableImportError([{ row: row + 1, column: '-', message: 'Het bestand is geen UTF-8. Sla het in Excel op als "CSV UTF-8 (door lijstscheidingsteken gescheiden)".' }]);
    }
  };

  function* lines(text: string, final: boolean): Generator<{ row: number; fields: string[] }> {
    let start = 0;
    for (;;) {
      const end = text.indexOf('\n', start);
      if (end < 0) break;
      yield* line(text.slice(start, end));
      start = end + 1;
    }
    rest = text.slice(start);
    if (final && rest !== '') {
      yield* line(rest);
      rest = '';
    }
    if (final && pending !== null) throw new TableImportError([{ row: row + 1, column: '-', message: 'Een aanhalingsteken (") wordt niet gesloten.' }]);
  }

  function* line(raw: string): Generator<{ row: number; fields: string[] }> {
    let text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (first) {
      first = false;
      if (text.startsWith('\uFEFF')) text = text.slice(1);
    }
    if (pending !== null) {
      text = `${pending}\n${text}`;
      pending = null;
    }
    if (delimiter === null) delimiter = text.split(';').length >= text.split(',').length ? ';' : ',';
    if (text.indexOf('"') < 0) {
      if (text.trim() === '') return; // empty lines are skipped, as Excel leaves them at the end
      row++;
      yield { row, fields: text.split(delimiter) };
      return;
    }
    const fields = splitQuoted(text, delimiter);
    if (fields === null) {
      pending = text;
      return;
    }
    row++;
    yield { row, fields };
  }

  for await (const chunk of source) yield* lines(rest + decode(chunk, true), false);
  yield* lines(rest + decode(Buffer.alloc(0), false), true);
}

/** Splits one record with quotes; null when a quoted field is still open at the end (it spans lines). */
function splitQuoted(text: string, delimiter: string): string[] | null {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) {
      fields.push(field);
      field = '';
    } else field += c;
  }
  if (quoted) return null;
  fields.push(field);
  return fields;
}
