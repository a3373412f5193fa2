import { describe, expect, it } from 'vitest';
import { parseTable, TableImportError } from '../../src/services/tabular/import.ts';
import { csvRecords } from '../../src/services/tabular/csv.ts';
import { MAX_CELL_CHARS, MAX_COLUMNS, MAX_TABLE_ROWS, nl } from '../../src/services/tabular/limits.ts';
import { hostileXlsxFiles, plainXlsx } from '../reliability/support/hostile-files.ts';

/** The limits of src/services/tabular/limits.ts, each named in its Dutch message (timing: test/reliability/upload-limits.test.ts). */
async function problem(content: Buffer): Promise<string> {
  const err = await parseTable(content).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(TableImportError);
  return (err as TableImportError).problems.map((p) => `${p.row}/${p.column}: ${p.message}`).join(' | ');
}

describe('CSV limits', () => {
  it('stops a line of separators at the column limit while it is still being read (no line end)', async () => {
    expect(await problem(Buffer.from(`a;b\n${';'.repeat(5_000_000)}`))).toMatch(`2/-: De rij heeft meer dan ${MAX_COLUMNS} kolommen`);
  });

  it('stops an endless quoted field at the cell limit, naming the column', async () => {
    expect(await problem(Buffer.from(`a;b\n1;"${'x;y\n'.repeat(200_000)}`))).toMatch(`2/b: Het veld is langer dan ${nl(MAX_CELL_CHARS)} tekens`);
    expect(await problem(Buffer.from(`a;b\n1;${'y'.repeat(MAX_CELL_CHARS + 1)}\n`))).toMatch(`2/b: Het veld is langer dan`);
  });

  it('refuses more rows than the limit and accepts exactly the limit', async () => {
    expect(await problem(Buffer.from(`a;b\n${'1;2\n'.repeat(MAX_TABLE_ROWS + 1)}`))).toMatch(`meer dan ${nl(MAX_TABLE_ROWS)} rijen`);
    expect((await parseTable(Buffer.from(`a;b\n${'1;2\n'.repeat(MAX_TABLE_ROWS)}`))).rows).toHaveLength(MAX_TABLE_ROWS);
  });

  it('streams records across slices: quotes, BOM, CRLF and multi-byte characters split anywhere', async () => {
    const text = `\uFEFFnaam,plaats\r\n"Jansen, P.","Súdwest\r\nFryslân"\r\n${'x,€\r\n'.repeat(30_000)}`;
    const bytes = Buffer.from(text);
    const chunks = Array.from({ length: Math.ceil(bytes.length / 7_001) }, (_, i) => bytes.subarray(i * 7_001, (i + 1) * 7_001));
    const out = [];
    for await (const r of csvRecords(chunks)) out.push(r);
    expect(out[0]).toEqual({ row: 1, fields: ['naam', 'plaats'] });
    expect(out[1]).toEqual({ row: 2, fields: ['Jansen, P.', 'Súdwest\r\nFryslân'] });
    expect(out).toHaveLength(30_002);
    expect(out.at(-1)).toEqual({ row: 30_002, fields: ['x', '€'] });
  });
});

describe('XLSX limits (checked in the zip before exceljs reads it)', () => {
  const files = Object.fromEntries(hostileXlsxFiles(['gemeente', 'bedrag_eur']).map((f) => [f.name, f.body]));
  const cases: [string, RegExp][] = [
    ['xlsx: zip bomb (a 90 MB sheet at ratio 1000)', /ingepakt .* de grens is 200 keer/],
    ['xlsx: entries together larger than the limit', /uitgepakt groter dan 100 MB/],
    ['xlsx: sizes that lie in the zip directory', /geen geldig XLSX-bestand/],
    ['xlsx: 1500 entries', /1\.505 onderdelen; de grens is 1\.000/],
    ['xlsx: dimension A1:XFD1048576', new RegExp(`1\\.048\\.576 rijen lang .* de grens is ${nl(MAX_TABLE_ROWS)} rijen`)],
    ['xlsx: one cell in column XFD and row 1048576', new RegExp(`meer dan ${nl(MAX_TABLE_ROWS)} rijen`)],
    ['xlsx: merged cells A1:XFD1048576', /meer dan 2\.000\.000 cellen/],
    ['xlsx: data validation on a whole sheet', /meer dan 2\.000\.000 cellen/],
    ['xlsx: 3 million shared strings', /meer dan 2\.000\.000 verschillende teksten/],
    ['xlsx: a shared string of 12 MB', /langer dan 32\.767 tekens/],
    ['xlsx: a long sheet under a second path', new RegExp(`meer dan ${nl(MAX_TABLE_ROWS)} rijen`)],
    ['xlsx: not a zip after the magic bytes', /geen geldig XLSX-bestand/],
  ];
  it.each(cases)('%s', { timeout: 60_000 }, async (name, message) => {
    expect(files[name], name).toBeDefined();
    expect(await problem(files[name]!)).toMatch(message);
  });

  it('reads a plain workbook in the worker, and refuses a cell over the limit with its column', { timeout: 30_000 }, async () => {
    expect((await parseTable(plainXlsx(['Gemeente', 'Bedrag_EUR'], [['Beek (L.)', '12']]))).rows).toEqual([{ gemeente: 'Beek (L.)', bedrag_eur: '12' }]);
    expect(await problem(plainXlsx(['gemeente', 'toelichting'], [['Utrecht', 'z'.repeat(MAX_CELL_CHARS + 1)]]))).toMatch(`2/toelichting: Het veld is langer dan`);
  });
});
