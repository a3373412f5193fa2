import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readyDatabase, testEngines, type TestDatabase } from '../helpers/db.ts';
import { importPlannedSpending, listPlannedSpending, municipalityLookup, parseSpendingFile } from '../../src/services/budget/spending.ts';
import { loadDemoAccountability, DEMO_MEE } from '../../src/services/accountability/demo.ts';
import { listReports, loadReport, uploadValues } from '../../src/services/accountability/reports.ts';
import { valuesToRows, UPLOAD_COLUMNS } from '../../src/domain/accountability/values.ts';
import { toCsv, toXlsx } from '../../src/services/tabular/export.ts';
import { TableImportError } from '../../src/services/tabular/import.ts';
import { parsePackageFile } from '../../src/services/accountability/mee-package.ts';

/**
 * Issue 18 §2: files made by a real spreadsheet program (LibreOffice Calc, see
 * test/fixtures/spreadsheets/make-fixtures.sh) are read by their cells' types and stored to the cent.
 */
const fixture = (name: string) => fs.readFileSync(new URL(`../fixtures/spreadsheets/${name}`, import.meta.url));

describe('the MEE information package from LibreOffice', () => {
  it('reads whole numbers and the costs to the cent from number cells', async () => {
    const pkg = await parsePackageFile(fixture('mee-package.xlsx'), 'mee-package.xlsx');
    expect(pkg.collectiveTasks).toEqual(['Voorlichting in de bibliotheek']);
    expect(pkg.shortQuestions).toBe(412);
    expect(pkg.ivh).toMatchObject({ costCents: 1234567, networks: 3 });
  });
});

for (const engine of testEngines) {
  describe(`spreadsheet files from LibreOffice (${engine})`, () => {
    let t: TestDatabase;
    beforeAll(async () => {
      t = await readyDatabase(engine);
      await loadDemoAccountability(t.db);
    }, 120_000);
    afterAll(async () => t?.cleanup());

    const stored = async (year: number) => {
      const find = await municipalityLookup(t.db);
      const byCode = new Map((await listPlannedSpending(t.db, year)).map((r) => [r.municipalityCode, r]));
      return (name: string) => byCode.get(find(name)!);
    };

    it.each([
      ['budget-spending.xlsx', 2031],
      ['budget-spending-windows-1252.csv', 2032],
    ])('stores the budget spending of %s to the cent', async (name, year) => {
      const rows = await parseSpendingFile(fixture(name), name, await municipalityLookup(t.db));
      await importPlannedSpending(t.db, year, rows);
      const get = await stored(year);
      expect(get('Amsterdam')).toMatchObject({ amountCents: 1234567, note: 'cijfer met centen' }); // number cell 12345.67
      expect(get('Utrecht')).toMatchObject({ amountCents: 25000000, note: null }); // whole number, empty note
      expect(get('Súdwest-Fryslân')).toMatchObject({ amountCents: 123456 }); // Dutch text 1.234,56 (and Windows-1252 name)
      expect(get('Rotterdam')).toMatchObject({ amountCents: 2469134 }); // formula result
    });

    it('refuses a formula result with three decimals (never 1000× too much), naming row and column as Calc shows them', async () => {
      const err = await parseSpendingFile(fixture('budget-spending-three-decimals.xlsx'), 'x.xlsx', await municipalityLookup(t.db)).catch((e) => e);
      expect(err).toBeInstanceOf(TableImportError);
      // Row 4: the empty row 3 is counted, as the spreadsheet shows it; column B (bedrag_eur).
      expect(err.problems).toEqual([{ row: 4, column: 'bedrag_eur', columnLetter: 'B', message: expect.stringMatching(/12,345.*meer dan twee cijfers achter de komma/) }]);
    });

    const demoPeriod = async () => (await listReports(t.db, { municipalityCodes: ['utrecht'], providerCodes: [DEMO_MEE] }))[0]!;

    it.each(['accountability-product.xlsx', 'accountability-product-windows-1252.csv'])('stores an accountability upload of %s to the cent', async (name) => {
      const period = await demoPeriod();
      const report = await uploadValues(t.db, period.id, undefined, fixture(name), name, null);
      expect(report.values).toMatchObject({
        clienten_bereikt: 120,
        uitgaven: 85000050, // € 850.000,50 as a number cell
        ervaring_toelichting: 'Tevreden, "goed bereikbaar"',
      });
      expect((report.values.uren as Record<string, number>)['Informatie en advies']).toBe(12.25);
    });

    it.each(['csv', 'xlsx'] as const)('takes the accountability template back unchanged (%s), empty cells and all', async (format) => {
      const period = await demoPeriod();
      const before = await loadReport(t.db, period.id);
      const rows = valuesToRows(period.fundingForm, before.values);
      expect(rows.some((r) => r[2] === '')).toBe(true); // the template has empty cells to fill in
      const file = format === 'csv' ? Buffer.from(toCsv([...UPLOAD_COLUMNS], rows)) : await toXlsx('sjabloon', [...UPLOAD_COLUMNS], rows);
      const after = await uploadValues(t.db, period.id, undefined, file, `sjabloon.${format}`, null);
      expect(after.values).toEqual(before.values);
    });
  });
}
