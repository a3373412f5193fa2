import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseTable, TableImportError } from '../../src/services/tabular/import.ts';
import { csvRecords } from '../../src/services/tabular/csv.ts';
import { neutraliseFormula, toCsv, toXlsx } from '../../src/services/tabular/export.ts';
import ExcelJS from 'exceljs';

describe('reading CSV and XLSX', () => {
  it('reads the Dutch dialect (; and BOM) and the comma dialect alike', async () => {
    const semicolon = await parseTable(Buffer.from('\uFEFFGemeente;Bedrag_EUR\nBeek (L.);"1.234"\n'));
    const comma = await parseTable(Buffer.from('gemeente,bedrag_eur\nBeek (L.),"1.234"\n'));
    expect(semicolon).toEqual(comma);
    expect(semicolon.rows).toEqual([{ gemeente: 'Beek (L.)', bedrag_eur: '1.234' }]);
  });

  it('counts empty rows in the row numbers, as the spreadsheet shows them, and leaves them out', async () => {
    const table = await parseTable(Buffer.from('a;b\n1;2\n\n;\n3;4\n'));
    expect(table.rows).toEqual([{ a: '1', b: '2' }, { a: '3', b: '4' }]);
    expect(table.rowNumbers).toEqual([2, 5]);
  });

  it('reads Windows-1252 (Dutch Excel\'s CSV) when the bytes are not UTF-8', async () => {
    const latin1 = Buffer.from('gemeente;bedrag_eur\nSúdwest Fryslân;1\n', 'latin1');
    expect((await parseTable(latin1)).rows).toEqual([{ gemeente: 'Súdwest Fryslân', bedrag_eur: '1' }]);
  });

  it('switches to Windows-1252 also when the first such byte ends a chunk of a stream', async () => {
    const fields = [];
    for await (const r of csvRecords([Buffer.from('dienst;min\nCaf'), Buffer.from([0xe9]), Buffer.from(';10\nCr\xe8che;5\n', 'latin1')])) fields.push(r.fields);
    expect(fields).toEqual([['dienst', 'min'], ['Café', '10'], ['Crèche', '5']]);
  });

  it('refuses a stream that had UTF-8 characters before a byte that is not UTF-8', async () => {
    const read = async () => {
      for await (const r of csvRecords([Buffer.from('dienst;min\nCafé;10\n'), Buffer.from('Cr\xe8che;5\n', 'latin1')])) void r;
    };
    await expect(read()).rejects.toThrow(/geen tekstbestand in UTF-8 of Windows-1252/);
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

  it('writes numbers with a decimal comma, euro columns with cents', () => {
    expect(toCsv(['aantal', 'bedrag_eur'], [[12.5, 1234.5], [3, -0.01]], { bom: false })).toBe('aantal;bedrag_eur\r\n12,5;1234,50\r\n3;-0,01\r\n');
  });

  it('writes XLSX with typed cells: numbers (euros as #,##0.00), dates as dates, look-alike text as text', async () => {
    const xlsx = await toXlsx('t', ['telefoon', 'leeftijd', 'datum', 'bedrag_eur'], [['0612345678', '65+', '2015-03-01', 1234.5]]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
    const row = workbook.worksheets[0]!.getRow(2);
    expect(row.getCell(1).value).toBe('0612345678');
    expect(row.getCell(2).value).toBe('65+');
    expect(row.getCell(3).value).toEqual(new Date('2015-03-01T00:00:00Z'));
    expect(row.getCell(3).numFmt).toBe('dd-mm-yyyy');
    expect(row.getCell(4).value).toBe(1234.5);
    expect(row.getCell(4).numFmt).toBe('#,##0.00');
    // And back in: the typed cells read as the imports expect them.
    expect((await parseTable(xlsx, 'x.xlsx')).rows).toEqual([{ telefoon: '0612345678', leeftijd: '65+', datum: '2015-03-01', bedrag_eur: '1234,5' }]);
  });

  it('neutralises formula injection but keeps negative numbers', () => {
    expect(neutraliseFormula('=CMD()')).toBe("'=CMD()");
    expect(neutraliseFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutraliseFormula('-12,5')).toBe('-12,5');
    expect(neutraliseFormula(-5)).toBe(-5);
  });
});
