import type PgBoss from 'pg-boss';
import { healPglite, type Database } from '../../db/client.ts';

/**
 * pg-boss over the embedded engine: pg-boss accepts any `{ executeSql(text, values) }` as its `db`.
 * PGlite runs one statement with parameters (`query`), or a script of several without (`exec`); pg-boss
 * sends its schema and migrations as one parameterless script (BEGIN … COMMIT), everything else as
 * single statements with parameters. PGlite queues every call behind a running transaction of the
 * application, so a job query never lands inside someone else's transaction.
 */
export function pgliteBossDb(db: Database): PgBoss.Db {
  if (db.driver.engine !== 'pglite') throw new Error('pgliteBossDb: this database is not PGlite');
  const client = db.driver.pglite;
  return {
    async executeSql(text: string, values?: unknown[]) {
      try {
        if (values && values.length > 0) return await client.query(text, values);
        const results = await client.exec(text);
        return results.at(-1) ?? { rows: [] };
      } catch (err) {
        // A script with its own BEGIN that failed half-way leaves the block open: close it, or every
        // later statement of the application would fail (issue 18 §1).
        await healPglite(client);
        throw err;
      }
    },
  };
}
