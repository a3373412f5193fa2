import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseTable, TableImportError } from '../../src/services/tabular/import.ts';
import { neutraliseFormula, toCsv, toXlsx } from '../../src/services/tabular/export.ts';

describe('reading CSV and XLSX', () => {
  it('reads the Dutch dialect (; and BOM) and the comma dialect alike', async () => {
    const semicolon = await parseTable(Buffer.from('\uFEFFGemeente;Bedrag_EUR\nBeek (L.);"1.234"\n'));
    const comma = await parseTable(Buffer.from('gemeente,bedrag_eur\nBeek (L.),"1.234"\n'));
    expect(semicolon).toEqual(comma);
    expect(semicolon.rows).toEqual([{ gemeente: 'Beek (L.)', bedrag_eur: '1.234' }]);
  });

  it('reads Windows-1252 (Dutch Excel\'s CSV) when the bytes are not UTF-8', async () => {
    const latin1 = Buffer.from('gemeente;bedrag_eur\nSúdwest Fryslân;1\n', 'latin1');
    expect((await parseTable(latin1)).rows).toEqual([{ gemeente: 'Súdwest Fryslân', bedrag_eur: '1' }]);
  });

  it('refuses a file that mixes UTF-8 and other bytes, with a Dutch hint', async () => {
    const mixed = Buffer.concat([Buffer.from('gemeente;bedrag_eur\nSúdwest;1\n'), Buffer.from('Fryslân;2\n', 'latin1')]);
    await expect(parseTable(mixed)).rejects.toThrow(/geen tekstbestand in UTF-8 of Windows-1252/);
  });

  it('reports broken quoting as a problem with a row, not a crash', async () => {
    const err = await parseTable(Buffer.from('a;b\n"open;1\n')).catch((e) => e);
    expect(err).toBeInstanceOf(TableImportError);
    expect((err as TableImportError).problems[0]!.row).toBeGreaterThanOrEqual(1);
  });

  it('round-trips a table through XLSX', async () => {
    const xlsx = await toXlsx('test', ['gemeente', 'bedrag_eur'], [['Beek (L.)', 134878]]);
    const table = await parseTable(xlsx, 'x.xlsx');
    expect(table.rows).toEqual([{ gemeente: 'Beek (L.)', bedrag_eur: '134878' }]);
  });

  it('never throws anything but TableImportError on arbitrary bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
        try {
          await parseTable(Buffer.from(bytes));
        } catch (err) {
          expect(err).toBeInstanceOf(TableImportError);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('writing CSV and XLSX', () => {
  it('writes the Dutch Excel dialect: BOM, ; and CRLF', () => {
    expect(toCsv(['a', 'b'], [['x;y', 1]])).toBe('\uFEFFa;b\r\n"x;y";1\r\n');
  });

  it('neutralises formula injection but keeps negative numbers', () => {
    expect(neutraliseFormula('=CMD()')).toBe("'=CMD()");
    expect(neutraliseFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutraliseFormula('-12,5')).toBe('-12,5');
    expect(neutraliseFormula(-5)).toBe(-5);
  });
});
