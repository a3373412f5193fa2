import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readyDatabase, testEngines, type TestDatabase } from '../helpers/db.ts';
import { sql } from '../../src/db/sql.ts';
import { DEMO_MUNICIPALITY, loadDemoSocialMap } from '../../src/services/socialmap/demo.ts';
import { loadPublicHsds } from '../../src/services/socialmap/public-hsds.ts';
import { loadDemoMonitor } from '../../src/services/monitor/demo.ts';
import { roundSummary } from '../../src/services/monitor/summary.ts';

/** Every table the public HSDS map is built from (migration 0029 puts a version trigger on each). */
const SOCIAL_MAP_TABLES = ['socialmap_organisations', 'socialmap_relations', 'socialmap_services', 'socialmap_locations', 'socialmap_service_locations', 'socialmap_hsds_records'];

// Issue 23: the freshness checks of the HSDS API and the monitor summary read a version row kept by triggers.
describe.each(testEngines)('change counters (%s)', (engine) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await readyDatabase(engine);
    await loadDemoSocialMap(test.db);
    await loadDemoMonitor(test.db);
    // The demo keeps no loose HSDS records (taxonomies and the like): one, so every table has a row to write.
    await test.db.execute(sql`insert into socialmap_hsds_records (municipality_code, table_name, id, record)
      values (${DEMO_MUNICIPALITY}, 'taxonomy', 'test-taxonomy', '{"id": "test-taxonomy", "name": "Test"}')`);
  }, 60_000);
  afterAll(async () => test?.cleanup());

  const socialMapVersion = async () => String((await test.db.rows<{ v: string }>(sql`select version::text as v from socialmap_changes`))[0]!.v);
  const roundVersion = async (round: string) =>
    (await test.db.rows<{ v: string }>(sql`select version::text as v from monitor_round_versions where round_id = ${round}`))[0]?.v ?? 'none';

  it.each(SOCIAL_MAP_TABLES)('a write in %s raises the social map version', async (table) => {
    const [first] = await test.db.rows<{ column: string }>(
      sql`select column_name as column from information_schema.columns where table_schema = current_schema() and table_name = ${table} and is_generated = 'NEVER' order by ordinal_position limit 1`,
    );
    const id = sql.identifier(table);
    const column = sql.identifier(first!.column);
    const before = await socialMapVersion();
    const [changed] = await test.db.rows<{ n: number }>(
      sql`with u as (update ${id} set ${column} = ${column} where ctid = (select ctid from ${id} limit 1) returning 1) select count(*)::int as n from u`,
    );
    expect(changed!.n).toBe(1);
    const after = await socialMapVersion();
    expect(after).not.toBe(before);
    expect(BigInt(after)).toBeGreaterThan(BigInt(before));
  });

  it('raises the social map version for an insert and a delete, and not for reads', async () => {
    const [link] = await test.db.rows<{ id: string; serviceId: string; locationId: string }>(
      sql`select id::text as id, service_id::text as "serviceId", location_id::text as "locationId" from socialmap_service_locations limit 1`,
    );
    const v0 = await socialMapVersion();
    await test.db.execute(sql`delete from socialmap_service_locations where id = ${link!.id}::uuid`);
    const v1 = await socialMapVersion();
    expect(v1).not.toBe(v0);
    await test.db.execute(sql`insert into socialmap_service_locations (id, service_id, location_id) values (${link!.id}::uuid, ${link!.serviceId}::uuid, ${link!.locationId}::uuid)`);
    const v2 = await socialMapVersion();
    expect(v2).not.toBe(v1);

    const map = await loadPublicHsds(test.db, DEMO_MUNICIPALITY);
    await test.db.rows(sql`select count(*) from socialmap_services`);
    expect(await socialMapVersion()).toBe(v2);
    expect(await loadPublicHsds(test.db, DEMO_MUNICIPALITY)).toBe(map);
  });

  it('raises only the version of the round whose answers changed, and not for reads', async () => {
    const rounds = (await test.db.rows<{ id: string }>(sql`select distinct round_id as id from monitor_responses order by 1`)).map((r) => r.id);
    expect(rounds.length).toBeGreaterThanOrEqual(2);
    const [round, other] = rounds as [string, string];
    const otherBefore = await roundVersion(other);

    const summary = await roundSummary(test.db, round);
    const v0 = await roundVersion(round);
    expect(await roundSummary(test.db, round)).toBe(summary);
    expect(await roundVersion(round)).toBe(v0);

    const [row] = await test.db.rows<{ code: string; version: number }>(
      sql`select municipality_code as code, max(version)::int as version from monitor_responses where round_id = ${round} group by 1 order by 1 limit 1`,
    );
    // Insert: a new saved version (a copy of the newest).
    await test.db.execute(sql`insert into monitor_responses (round_id, municipality_code, version, status, answers, warnings, answered_by)
      select round_id, municipality_code, version + 1, status, answers, warnings, answered_by from monitor_responses
      where round_id = ${round} and municipality_code = ${row!.code} and version = ${row!.version}`);
    const v1 = await roundVersion(round);
    expect(v1).not.toBe(v0);
    expect(await roundSummary(test.db, round)).not.toBe(summary);

    // Update and delete of that version.
    await test.db.execute(sql`update monitor_responses set warnings = '[]' where round_id = ${round} and municipality_code = ${row!.code} and version = ${row!.version + 1}`);
    const v2 = await roundVersion(round);
    expect(v2).not.toBe(v1);
    await test.db.execute(sql`delete from monitor_responses where round_id = ${round} and municipality_code = ${row!.code} and version = ${row!.version + 1}`);
    expect(await roundVersion(round)).not.toBe(v2);

    expect(await roundVersion(other)).toBe(otherBefore);
  });
});
