import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { csvRecords } from '../../src/services/tabular/csv.ts';
import { isEmptyRow } from '../../src/domain/spreadsheet-cells.ts';

/**
 * csvRecords splits plain lines itself (no quotes, one kind of line end) and hands anything else to
 * csv-parse (issue 23). Whatever the file and however the upload is cut into pieces, the records must be
 * exactly what csv-parse alone reads from the whole file, with the same row numbers.
 */
function reference(text: string): { row: number; fields: string[] }[] | 'error' {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = firstLine.split(';').length >= firstLine.split(',').length ? ';' : ',';
  try {
    const records = parse(body, { delimiter, relax_column_count: true, skip_empty_lines: false, trim: true }) as string[][];
    return records.map((fields, i) => ({ row: i + 1, fields })).filter((r) => !isEmptyRow(r.fields));
  } catch {
    return 'error';
  }
}

async function read(text: string, piece: number): Promise<{ row: number; fields: string[] }[] | 'error'> {
  const bytes = Buffer.from(text, 'utf8');
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += piece) chunks.push(bytes.subarray(i, i + piece));
  const out: { row: number; fields: string[] }[] = [];
  try {
    for await (const r of csvRecords(Readable.from(chunks))) out.push(r);
    return out;
  } catch {
    return 'error';
  }
}

const cell = fc.array(fc.constantFrom('a', 'b', 'é', ' ', '\t', '\f', '1', '-'), { maxLength: 6 }).map((c) => c.join(''));
const plainLine = fc.array(cell, { minLength: 1, maxLength: 5 }).map((cells) => cells.join(';'));
/** Mostly plain lines; sometimes a quote, a stray CR or LF, a comma line or a BOM, at any place. */
const file = fc
  .tuple(
    fc.boolean(),
    fc.array(fc.oneof({ weight: 8, arbitrary: plainLine }, { weight: 1, arbitrary: fc.constantFrom('"x;y"', 'a;"b""c";d', 'p,q,r', 'a\rb', 'x\ny', '', ';;', '"open') }), { minLength: 1, maxLength: 40 }),
    fc.constantFrom('\n', '\r\n'),
    fc.boolean(),
  )
  .map(([bom, lines, eol, last]) => `${bom ? '\uFEFF' : ''}${lines.join(eol)}${last ? eol : ''}`);

describe('CSV plain-line fast path', () => {
  it('reads every generated file as csv-parse does, in any upload pieces', async () => {
    await fc.assert(
      fc.asyncProperty(file, fc.integer({ min: 1, max: 40 }), async (text, piece) => {
        expect(await read(text, piece)).toEqual(reference(text));
      }),
      { numRuns: 400 },
    );
  });

  it('hands a quote after many plain lines to csv-parse with the right row numbers', async () => {
    const plain = Array.from({ length: 5000 }, (_, i) => `r${i};x;y`).join('\r\n');
    const text = `${plain}\r\n"q;1";"a\r\nb"\r\nlast;;\r\n`;
    const got = await read(text, 1000);
    expect(got).toEqual(reference(text));
    expect(got !== 'error' && got.at(-2)).toEqual({ row: 5001, fields: ['q;1', 'a\r\nb'] });
    const broken = await read(`${plain}\r\nok;"bad"x\r\n`, 999).catch(() => 'error');
    expect(broken).toBe('error');
  });
});
