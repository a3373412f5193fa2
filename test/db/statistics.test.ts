import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../src/db/sql.ts';
import { analyzeGrownTables } from '../../src/db/statistics.ts';
import { emptyDatabase, testEngines, type TestDatabase } from '../helpers/db.ts';

/** The statistics job for PGlite (src/db/statistics.ts, ADR 0018), run by hand on both engines. */
describe.each(testEngines)('analysing grown tables on %s', (engine) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await emptyDatabase(engine);
    await test.db.script(`create table stats_grows (id int primary key, note text);
      create table stats_tiny (id int primary key, note text);
      insert into stats_tiny values (1, 'een'), (2, 'twee')`);
  });
  afterAll(async () => test?.cleanup());

  const reltuples = async (table: string) =>
    (await test.db.rows<{ n: number }>(sql`select reltuples::float8 as n from pg_class where oid = ${table}::regclass`))[0]!.n;
  const grow = (from: number, to: number) =>
    test.db.execute(sql`insert into stats_grows select g, repeat('x', 100) from generate_series(${from}::int, ${to}::int) g`);

  it('leaves a table of a few rows unanalysed, so its key lookups keep planning as index scans', async () => {
    expect(await analyzeGrownTables(test.db)).not.toContain('stats_tiny');
    expect(await reltuples('stats_tiny')).toBe(-1);
  });

  it('analyses a never-analysed table once it is 10 pages long, and not again until it grows by a fifth', async () => {
    await grow(1, 5000);
    expect(await analyzeGrownTables(test.db)).toContain('stats_grows');
    expect(await reltuples('stats_grows')).toBe(5000);
    expect(await analyzeGrownTables(test.db)).not.toContain('stats_grows');
    await grow(5001, 5500);
    expect(await analyzeGrownTables(test.db)).not.toContain('stats_grows');
    await grow(5501, 7000);
    expect(await analyzeGrownTables(test.db)).toContain('stats_grows');
    expect(await reltuples('stats_grows')).toBe(7000);
  });
});
