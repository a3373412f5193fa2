import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../src/db/sql.ts';
import { readyDatabase, testEngines, type TestDatabase } from '../helpers/db.ts';
import { providerSupporter, seedProviderCases } from '../../src/services/accountability/demo.ts';
import { computePrefill } from '../../src/services/accountability/prefill.ts';
import { importMeeCases } from '../../src/services/cases/mee-import.ts';

describe.each(testEngines)('pre-filled figures on %s', (engine) => {
  let test: TestDatabase;
  let ownCases: string[];
  let meeCase: string | undefined;
  beforeAll(async () => {
    test = await readyDatabase(engine);
    const own = await providerSupporter(test.db, 'mee-o', 'utrecht', 'mee-utrecht-gooi-vecht');
    const other = await providerSupporter(test.db, 'ander-o', 'utrecht', 'aanbieder-x');
    ownCases = await seedProviderCases(test.db, { municipalityCode: 'utrecht', supporterId: own, count: 6, year: 2015 });
    await seedProviderCases(test.db, { municipalityCode: 'utrecht', supporterId: other, count: 3, year: 2015 }); // another provider
    await seedProviderCases(test.db, { municipalityCode: 'utrecht', supporterId: own, count: 2, year: 2016 }); // after the period
    [meeCase] = await importMeeCases(
      test.db,
      [{ line: 2, municipalityCode: 'utrecht', clientName: 'Overgedragen', ageCategory: '65+', startedOn: '2014-10-01', meeOrganisation: 'mee-utrecht-gooi-vecht', supporterName: 'MEE Marja', supporterKind: 'professioneel', question: 'Hulp' }],
      null,
    );
    // Activity registration rows (table of the activities module): two for this provider, one elsewhere.
    const importId = crypto.randomUUID();
    // Reports count rows of a finished import only (the import's own row is written last).
    await test.db.rows(sql`insert into provider_activity_imports (id, provider_code, file_name, row_count, sha256) values
      (${importId}::uuid, 'mee-utrecht-gooi-vecht', 'activiteiten.csv', 3, ${importId})`);
    await test.db.rows(sql`insert into provider_activities (import_id, provider_code, municipality_code, activity_date, service, minutes) values
      (${importId}::uuid, 'mee-utrecht-gooi-vecht', 'utrecht', '2015-03-01', 'Informatie en advies', 90),
      (${importId}::uuid, 'mee-utrecht-gooi-vecht', 'utrecht', '2015-04-01', 'Informatie en advies', 45),
      (${importId}::uuid, 'aanbieder-x', 'utrecht', '2015-04-01', 'Informatie en advies', 600)`);
  }, 120_000);
  afterAll(async () => test?.cleanup());

  it('counts exactly the provider’s cases open in the period, MEE transitions included, and traces them', async () => {
    const prefill = await computePrefill(test.db, { municipalityCode: 'utrecht', providerCode: 'mee-utrecht-gooi-vecht', from: '2015-01-01', to: '2015-12-31' });
    const expected = [...ownCases, meeCase!].sort();
    expect([...(prefill.trace.clienten_bereikt as string[])].sort()).toEqual(expected);
    expect(prefill.values.clienten_bereikt).toBe(7);
    // seedProviderCases: i % 3 follow-up contacts plus the intake contact; MEE import: one signal contact in 2014.
    expect(prefill.values.contactmomenten).toBe(6 + (0 + 1 + 2 + 0 + 1 + 2));
    expect(prefill.values.verwijzingen).toBe(2); // i = 1 and i = 5
    expect((prefill.values.clienten_per_leeftijd as Record<string, number>)['65+']).toBe(2);
    expect(prefill.values.diensten).toEqual({ 'Informatie en advies': 2 });
    expect(prefill.values.uren).toEqual({ 'Informatie en advies': 2.25 });
    expect(prefill.activityImports).toHaveLength(1);
  });

  it('finds nothing for a provider without cases', async () => {
    const prefill = await computePrefill(test.db, { municipalityCode: 'utrecht', providerCode: 'niemand', from: '2015-01-01', to: '2015-12-31' });
    expect(prefill.values.clienten_bereikt).toBe(0);
    expect(prefill.values.diensten).toBeUndefined();
  });
});
