import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client.ts';
import { sql } from '../../src/db/sql.ts';
import { pgliteBossDb } from '../../src/services/jobs/pglite-adapter.ts';

/**
 * Issue 18 §1: PGlite is one session for the whole process, so a failure must never leave it broken
 * until a restart. Failing statements inside transactions, errors thrown half-way through a transaction
 * callback, concurrent transactions and a script with its own BEGIN that fails half-way (as pg-boss
 * sends them); afterwards the next request works and no failed write is half-present.
 */
describe('PGlite recovers from failed transactions without a restart', () => {
  it('after many failing, throwing and concurrent transactions the next ones work', async () => {
    const db = await openDatabase({});
    try {
      await db.rows(sql`create table t (id int primary key, v text not null)`);
      const outcomes = await Promise.allSettled(
        Array.from({ length: 120 }, (_, i) =>
          db.transaction(async (tx) => {
            await tx.rows(sql`insert into t values (${i}, 'x')`);
            if (i % 4 === 0) throw new Error('fout halverwege');
            if (i % 4 === 1) await tx.rows(sql`select 1 / 0`);
            if (i % 4 === 2) {
              // A statement left running when the callback throws.
              void tx.rows(sql`select pg_sleep(0.001)`).catch(() => undefined);
              throw new Error('fout met lopende opdracht');
            }
            await Promise.all([tx.rows(sql`select 1`), tx.rows(sql`select 2`)]);
          }),
        ),
      );
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(30);
      // Only the transactions that committed left rows.
      expect(await db.rows(sql`select count(*)::int as n from t`)).toEqual([{ n: 30 }]);
      expect(await db.transaction((tx) => tx.rows(sql`select 1 as ok`))).toEqual([{ ok: 1 }]);
    } finally {
      await db.close();
    }
  });

  it('a script with its own BEGIN that fails half-way does not leave the session in an aborted transaction', async () => {
    const db = await openDatabase({});
    try {
      await db.rows(sql`create table t (id int primary key)`);
      const boss = pgliteBossDb(db);
      await expect(boss.executeSql('BEGIN; insert into t values (1); select 1 / 0; COMMIT;', [])).rejects.toThrow(/division by zero/);
      // Without the repair every statement from here on failed with "current transaction is aborted".
      expect(await db.rows(sql`select count(*)::int as n from t`)).toEqual([{ n: 0 }]);
      await db.transaction((tx) => tx.rows(sql`insert into t values (2)`));
      expect(await db.rows(sql`select id from t`)).toEqual([{ id: 2 }]);
      // A failing statement outside a transaction leaves nothing behind either.
      await expect(db.rows(sql`select 1 / 0`)).rejects.toThrow();
      expect(await db.rows(sql`select 1 as ok`)).toEqual([{ ok: 1 }]);
    } finally {
      await db.close();
    }
  });
});
