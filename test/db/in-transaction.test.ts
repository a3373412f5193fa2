import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../src/db/client.ts';
import { sql } from '../../src/db/sql.ts';
import { emptyDatabase, testEngines, type TestDatabase } from '../helpers/db.ts';

/** Service code run inside a caller's transaction (issue 18 §1): its own transactions become savepoints. */
describe.each(testEngines)('inTransaction on %s', (engine) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await emptyDatabase(engine);
    await test.db.execute(sql`create table t (v int primary key)`);
  });
  afterAll(async () => test?.cleanup());

  const values = async () => (await test.db.rows<{ v: number }>(sql`select v from t order by v`)).map((r) => r.v);

  it('rolls back only an inner transaction that failed and was caught, and everything when the outer fails', async () => {
    await test.db.transaction(async (tx) => {
      const db = inTransaction(test.db, tx);
      await db.execute(sql`insert into t values (1)`);
      await db.transaction(async (inner) => inner.execute(sql`insert into t values (2)`));
      await expect(db.transaction(async (inner) => inner.execute(sql`insert into t values (1)`))).rejects.toThrow();
      // Still usable after the failed savepoint (on PostgreSQL an aborted transaction would refuse this).
      await Promise.all([db.execute(sql`insert into t values (3)`), db.rows(sql`select 1`)]);
    });
    expect(await values()).toEqual([1, 2, 3]);
    await expect(
      test.db.transaction(async (tx) => {
        await inTransaction(test.db, tx).execute(sql`insert into t values (4)`);
        throw new Error('outer fails');
      }),
    ).rejects.toThrow('outer fails');
    expect(await values()).toEqual([1, 2, 3]);
  });
});
