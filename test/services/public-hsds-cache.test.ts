import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readyDatabase, testEngines, type TestDatabase } from '../helpers/db.ts';
import { sql } from '../../src/db/sql.ts';
import { DEMO_MUNICIPALITY, loadDemoSocialMap } from '../../src/services/socialmap/demo.ts';
import { loadPublicHsds } from '../../src/services/socialmap/public-hsds.ts';

// The HSDS API reuses a built public map while the social map is unchanged: any write must show at once.
describe.each(testEngines)('the public HSDS map follows every change (%s)', (engine) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await readyDatabase(engine);
    await loadDemoSocialMap(test.db);
  }, 60_000);
  afterAll(async () => test?.cleanup());

  const names = async () => (await loadPublicHsds(test.db, DEMO_MUNICIPALITY)).services.map((s) => String(s.name));

  it('reuses the map while nothing changed, and rebuilds it after an update and a delete', async () => {
    const first = await loadPublicHsds(test.db, DEMO_MUNICIPALITY);
    expect(await loadPublicHsds(test.db, DEMO_MUNICIPALITY)).toBe(first);
    const [one] = await test.db.rows<{ id: string; name: string }>(sql`select id::text as id, name from socialmap_services where status = 'active' order by name limit 1`);
    expect(await names()).toContain(one!.name);

    await test.db.execute(sql`update socialmap_services set name = ${`${one!.name} (nieuw)`} where id = ${one!.id}::uuid`);
    expect(await names()).toContain(`${one!.name} (nieuw)`);

    await test.db.execute(sql`update socialmap_services set status = 'inactive' where id = ${one!.id}::uuid`);
    expect(await names()).not.toContain(`${one!.name} (nieuw)`);
  });
});
