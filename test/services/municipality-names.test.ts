import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readyDatabase, testEngines, type TestDatabase } from '../helpers/db.ts';
import { resolveMunicipalities } from '../../src/services/register/municipality-resolver.ts';
import { listMunicipalities } from '../../src/db/register/queries.ts';

/**
 * Issue 18 / issue 21 §3: every municipality carries its CBS code, including the three whose
 * Bijlage 5 spelling differs from the official name, and every import finds a municipality by its
 * official name, a common variant or its code in either form.
 */
for (const engine of testEngines) {
  describe(`municipality names and codes (${engine})`, () => {
    let t: TestDatabase;
    beforeAll(async () => {
      t = await readyDatabase(engine);
    });
    afterAll(async () => t?.cleanup());

    it('gives every municipality of 2013 and 2014 a CBS code', async () => {
      for (const year of [2013, 2014]) {
        const missing = (await listMunicipalities(t.db, { divisionYear: year })).filter((m) => !m.cbsCode).map((m) => m.name);
        expect(missing, `division ${year}`).toEqual([]);
      }
    });

    it.each([
      ["'s-Gravenhage", 'GM0518'],
      ['Den Haag', 'GM0518'],
      ['0518', 'GM0518'],
      ["'s-Hertogenbosch", 'GM0796'],
      ['Den Bosch', 'GM0796'],
      ['Menameradiel', 'GM1908'],
      ['Menaldumadiel', 'GM1908'],
      ['Capelle aan den IJssel', 'GM0502'],
      ['GM0363', 'GM0363'],
      ['0363', 'GM0363'],
    ])('finds %s in the 2014 division (CBS %s)', async (text, cbsCode) => {
      const find = await resolveMunicipalities(t.db, 2014);
      const code = find(text);
      const members = await listMunicipalities(t.db, { divisionYear: 2014 });
      expect(members.find((m) => m.code === code)?.cbsCode).toBe(cbsCode);
    });
  });
}
