import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../src/db/sql.ts';
import { readyDatabase, testEngines, type TestDatabase } from '../helpers/db.ts';

/**
 * The statistics a new installation starts with (src/db/reference/load.ts). An empty table that was
 * analysed is planned as "0 rows", and the foreign-key checks of the first case creations then cache a
 * sequential scan of `cases` for the connection's life: case creation slowed down as cases were added.
 */
describe.each(testEngines)('statistics after the reference load on %s', (engine) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await readyDatabase(engine);
  });
  afterAll(async () => test?.cleanup());

  const reltuples = async (table: string) => {
    const [row] = await test.db.rows<{ n: number }>(sql`select reltuples::float8 as n from pg_class where oid = ${table}::regclass`);
    return row!.n;
  };

  it('analyses the tables the reference data filled', async () => {
    expect(await reltuples('municipalities')).toBeGreaterThan(400);
  });

  it('leaves the empty tables unanalysed (reltuples -1), so they are not planned as empty', async () => {
    for (const table of ['cases', 'case_notes', 'case_people', 'audit_log']) expect(await reltuples(table)).toBe(-1);
  });

  it('plans the generic key lookup a foreign-key check makes on the empty cases table as an index scan', async () => {
    const plan = await test.db.transaction(async (tx) => {
      await tx.execute(sql`set local plan_cache_mode = force_generic_plan`);
      await tx.execute(sql`prepare case_key_lookup (uuid) as select 1 from only cases x where id = $1 for key share of x`);
      try {
        const rows = await tx.rows<{ 'QUERY PLAN': string }>(sql`explain execute case_key_lookup ('00000000-0000-4000-8000-000000000000')`);
        return rows.map((r) => r['QUERY PLAN']).join('\n');
      } finally {
        await tx.execute(sql`deallocate case_key_lookup`);
      }
    });
    expect(plan).toMatch(/Index (Only )?Scan/);
    expect(plan).not.toMatch(/Seq Scan/);
  });
});
