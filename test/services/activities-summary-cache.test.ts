import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../src/db/sql.ts';
import { readyDatabase, testEngines, type TestDatabase } from '../helpers/db.ts';
import { importActivities } from '../../src/services/activities/import.ts';
import { summarizeActivities } from '../../src/services/activities/summary.ts';
import { activitySummary } from '../../src/services/activities/summary-cache.ts';

/*
 * Issue 23 goal 4, migration 0032: the activity summary is reused while the activity data is
 * unchanged. Every way the data changes must show in the next summary: an import (shared partition or
 * a partition of its own), rows written directly (the bench generator), an import row removed.
 */
const HEADER = 'datum;gemeenteCode;aanbiederCode;dienst;minuten;doelgroep;leeftijdscategorie;levensdomein;wijk';
const file = (rows: string[]) => Readable.from([Buffer.from(`${HEADER}\n${rows.join('\n')}\n`)]);
const rowsOf = (provider: string, n: number, minutes = 10) => Array.from({ length: n }, (_, i) => `2015-05-${String(1 + (i % 28)).padStart(2, '0')};utrecht;${provider};Huisbezoek;${minutes};;65+;;`);
const MAY = { municipalityCode: 'utrecht', from: '2015-05-01', to: '2015-05-31' };

describe.each(testEngines)('activity summary cache on %s', (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await readyDatabase(engine);
  });
  afterAll(async () => t?.cleanup());

  const version = async () => (await t.db.rows<{ v: string }>(sql`select version::text as v from activity_changes`))[0]!.v;

  it('reuses one frozen result while nothing changes, and shows every new import', async () => {
    await importActivities(t.db, { source: file(rowsOf('a', 3)), fileName: 'a.csv', userId: null });
    const first = await activitySummary(t.db, MAY);
    expect(first.totals).toEqual({ minutes: 30, rows: 3 });
    const [again, concurrent] = await Promise.all([activitySummary(t.db, MAY), activitySummary(t.db, MAY)]);
    expect(again).toBe(first);
    expect(concurrent).toBe(first);
    expect(Object.isFrozen(first) && Object.isFrozen(first.byService) && Object.isFrozen(first.byService[0]) && Object.isFrozen(first.totals)).toBe(true);
    expect(() => first.byService.push({ value: 'x', minutes: 1, rows: 1 })).toThrow(TypeError);

    // A small import (moved into the shared partition) and a large one (a partition of its own).
    await importActivities(t.db, { source: file(rowsOf('b', 2)), fileName: 'b.csv', userId: null });
    expect((await activitySummary(t.db, MAY)).totals).toEqual({ minutes: 50, rows: 5 });
    await importActivities(t.db, { source: file(rowsOf('c', 4)), fileName: 'c.csv', userId: null, ownPartitionRows: 2 });
    const after = await activitySummary(t.db, MAY);
    expect(after.totals).toEqual({ minutes: 90, rows: 9 });
    expect(after).toEqual(await summarizeActivities(t.db, MAY));
  });

  it('keeps a cache entry per provider filter (the filter as a set)', async () => {
    const a = await activitySummary(t.db, { ...MAY, providerCodes: ['a'] });
    const b = await activitySummary(t.db, { ...MAY, providerCodes: ['b'] });
    const all = await activitySummary(t.db, MAY);
    expect([a.totals.rows, b.totals.rows, all.totals.rows]).toEqual([3, 2, 9]);
    const ab = await activitySummary(t.db, { ...MAY, providerCodes: ['a', 'b'] });
    expect(ab.totals.rows).toBe(5);
    expect(await activitySummary(t.db, { ...MAY, providerCodes: ['b', 'a'] })).toBe(ab);
    expect(await activitySummary(t.db, { ...MAY, providerCodes: ['a'] })).toBe(a);
  });

  it('shows rows written without an import (bench generator), and an import row removed', async () => {
    const id = '00000000-0000-4000-8000-000000000032';
    const before = await version();
    await t.db.execute(sql`insert into provider_activity_imports (id, provider_code, file_name, row_count, sha256) values (${id}, 'd', 'd.csv', 1, 'sha-d')`);
    expect((await activitySummary(t.db, MAY)).totals.rows).toBe(9); // the import row alone counts nothing
    await t.db.execute(sql`insert into provider_activities (import_id, provider_code, municipality_code, activity_date, service, minutes) values (${id}, 'd', 'utrecht', '2015-05-20', 'Huisbezoek', 100)`);
    expect((await activitySummary(t.db, MAY)).totals).toEqual({ minutes: 190, rows: 10 });
    await t.db.execute(sql`update provider_activities_shared set minutes = 200 where import_id = ${id}`);
    expect((await activitySummary(t.db, MAY)).totals.minutes).toBe(290);
    await t.db.execute(sql`delete from provider_activity_imports where id = ${id}`);
    expect((await activitySummary(t.db, MAY)).totals).toEqual({ minutes: 90, rows: 9 });
    await t.db.execute(sql`delete from provider_activities_shared where import_id = ${id}`);
    expect(BigInt(await version())).toBeGreaterThan(BigInt(before) + 4n);
  });

  it('bumps the version on a truncate of either table', async () => {
    let v = await version();
    for (const table of ['provider_activities', 'provider_activities_shared', 'provider_activity_imports']) {
      await t.db.execute(sql`truncate ${sql.identifier(table)}`);
      const next = await version();
      expect(BigInt(next)).toBeGreaterThan(BigInt(v));
      v = next;
    }
    expect((await activitySummary(t.db, MAY)).totals).toEqual({ minutes: 0, rows: 0 });
  });
});
