import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../src/db/sql.ts';
import { emptyDatabase, testEngines, type TestDatabase } from '../helpers/db.ts';

/** The one SQL approach (ADR 0011): the same values and results on both engines. */
describe.each(testEngines)('sql and Database on %s', (engine) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await emptyDatabase(engine);
    await test.db.script('create table t (id int primary key, name text, day date, at timestamptz, doc jsonb, big int8)');
  });
  afterAll(() => test.cleanup());

  it('binds every value as a parameter and joins lists into one parameter per item', async () => {
    const evil = "x'); drop table t; --";
    await test.db.execute(sql`insert into t (id, name) values ${sql.join([sql`(1, ${evil})`, sql`(2, ${'b'})`, sql`(3, ${null})`], sql`, `)}`);
    const rows = await test.db.rows<{ id: number }>(sql`select id from t where id in (${sql.join([1, 2], ', ')}) order by id`);
    expect(rows).toEqual([{ id: 1 }, { id: 2 }]);
    expect(await test.db.rows(sql`select name from t where id = ${1}`)).toEqual([{ name: evil }]);
  });

  it('passes a PostgreSQL array and JSON as one parameter each', async () => {
    const rows = await test.db.rows<{ id: number }>(sql`select id from t where name = any(${sql.array(['b', evilName()])}::text[]) order by id`);
    expect(rows).toEqual([{ id: 1 }, { id: 2 }]);
    await test.db.execute(sql`update t set doc = ${sql.json({ a: [1, 'twee'] })}::jsonb where id = 2`);
    expect(await test.db.rows(sql`select doc from t where id = 2`)).toEqual([{ doc: { a: [1, 'twee'] } }]);
  });

  it('leaves nothing for undefined and an empty join, and quotes identifiers', async () => {
    const none = await test.db.rows<{ n: number }>(sql`select count(*)::int as n from ${sql.identifier('t')} where true ${undefined} ${sql.join([], ' and ')}`);
    expect(none[0]!.n).toBe(3);
    expect(sql.identifier('a"b').text).toBe('"a""b"');
    expect(() => sql`select ${[1, 2] as never}`).toThrow(TypeError);
    expect(() => sql`select ${{ a: 1 } as never}`).toThrow(TypeError);
  });

  it('returns dates and timestamps as text and int8 as a number', async () => {
    await test.db.execute(sql`update t set day = ${'2014-03-01'}, at = ${'2014-03-01T10:00:00Z'}, big = ${12345678901} where id = 1`);
    const [row] = await test.db.rows<{ day: unknown; at: unknown; big: unknown; n: unknown }>(
      sql`select day, at at time zone 'UTC' as at, big, (select count(*) from t) as n from t where id = 1`,
    );
    expect(row).toEqual({ day: '2014-03-01', at: '2014-03-01 10:00:00', big: 12345678901, n: 3 });
  });

  it('commits a transaction, rolls it back on a throw, and reports rows changed', async () => {
    const changed = await test.db.transaction(async (tx) => (await tx.execute(sql`update t set name = 'z' where id in (1, 2)`)).rowCount);
    expect(changed).toBe(2);
    await expect(
      test.db.transaction(async (tx) => {
        await tx.execute(sql`update t set name = 'rolled back'`);
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    expect(await test.db.rows(sql`select count(*)::int as n from t where name = 'rolled back'`)).toEqual([{ n: 0 }]);
  });

  it('throws the driver error with its SQLSTATE', async () => {
    const err = await test.db.execute(sql`insert into t (id) values (1)`).catch((e: unknown) => e);
    expect((err as { code?: string }).code).toBe('23505');
  });
});

function evilName() {
  return "x'); drop table t; --";
}
