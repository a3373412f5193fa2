import type { Database, Driver } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';

/**
 * The report index of an import's own partition is built after the import has committed, not inside it
 * (migration 0035, docs/decisions/0016-activity-report-index-after-import.md). Inside the import it was
 * half of the import's time (issue 23 goal 2), while the rows are correct and readable without it: until
 * it exists a read of a municipality scans that one partition instead of probing its index.
 *
 * One job per database handle, one index at a time. It looks for own partitions without a valid report
 * index, so the same job also repairs what a crash or a lost connection left: a partition whose build never
 * started, or an index that a failed CREATE INDEX CONCURRENTLY left invalid. The server runs it at start.
 */

/** The definition of migration 0026, on one partition: the activities summary reads it index-only. */
const REPORT_INDEX_COLUMNS = '(municipality_code, activity_date) include (provider_code, import_id, service, minutes, target_group, age_category, life_domain, district)';

/** The index's name: the partition's name (52 characters) plus `_report`, within PostgreSQL's 63. */
const indexName = (table: string) => `${table}_report`;

/** Only names this module made (inlined in DDL below). */
const IMPORT_TABLE = /^provider_activities_[0-9a-f]{32}$/;

/** Sort memory of a build on PGlite: its WASM heap grows and never shrinks (see sinks.ts). */
const PGLITE_SORT_MEMORY = '16MB';

interface Job {
  running: Promise<void>;
  /** Something asked again while a round ran: run one more round after it. */
  again: boolean;
}
const jobs = new Map<Driver, Job>();

/**
 * Builds every missing report index of this database in the background (call after an import commits,
 * and at start). Never throws: a failure is logged and the next round (next import, next start) retries.
 */
export function scheduleReportIndexes(db: Database): Promise<void> {
  const job = jobs.get(db.driver);
  if (job) {
    job.again = true;
    return job.running;
  }
  const next: Job = { running: Promise.resolve(), again: false };
  next.running = (async () => {
    // A turn of the event loop first: on PGlite the build runs on this thread and holds it, so the
    // import's answer (written when the caller's promise settles) goes out before it, not after.
    await new Promise((resolve) => setImmediate(resolve));
    try {
      do {
        next.again = false;
        await buildMissing(db);
      } while (next.again);
    } catch (err) {
      console.warn(`Rapportage-index van activiteiten niet gebouwd; volgende keer opnieuw: ${(err as Error).message}`);
    } finally {
      jobs.delete(db.driver);
    }
  })();
  jobs.set(db.driver, next);
  return next.running;
}

/** Resolves when no build runs for this database (tests, the CLI before it exits, the bench before it measures). */
export async function reportIndexesSettled(db: Database): Promise<void> {
  for (let job = jobs.get(db.driver); job; job = jobs.get(db.driver)) await job.running;
}

/** Own partitions whose report index is missing or invalid. */
async function missing(db: Database): Promise<{ table: string; invalid: boolean }[]> {
  const rows = await db.rows<{ table: string; invalid: boolean }>(sql`
    select c.relname as "table", (ix.indexrelid is not null) as invalid
             from pg_inherits i join pg_class c on c.oid = i.inhrelid
             left join pg_class ic on ic.relname = c.relname || '_report' and ic.relnamespace = c.relnamespace
             left join pg_index ix on ix.indexrelid = ic.oid
            -- to_regclass: a database that is not migrated yet (a server built before its migrations) has none.
            where i.inhparent = to_regclass('provider_activities_bulk') and (ix.indexrelid is null or not ix.indisvalid)
            order by c.relname`);
  return rows.filter((r) => IMPORT_TABLE.test(r.table));
}

async function buildMissing(db: Database): Promise<void> {
  for (const { table, invalid } of await missing(db)) {
    if (db.driver.engine === 'postgres') await buildOnServer(db.driver.pool, table, invalid);
    else await buildOnPglite(db, table, invalid);
  }
}

/**
 * CONCURRENTLY: reads of the partition go on while it is built, and imports can attach meanwhile. It
 * needs its own session outside a transaction. A session advisory lock per partition keeps two servers
 * from building (or dropping) the same index; the one that does not get it leaves it to the other.
 */
async function buildOnServer(pool: Extract<Driver, { engine: 'postgres' }>['pool'], table: string, invalid: boolean): Promise<void> {
  const client = await pool.connect();
  let broken = false;
  try {
    const key = [ADVISORY_CLASS, table];
    const { rows } = await client.query<{ ok: boolean }>('select pg_try_advisory_lock($1::int, hashtext($2)) as ok', key);
    if (!rows[0]?.ok) return;
    try {
      // An index build on millions of rows may take longer than the statement limit of a request.
      await client.query('set statement_timeout = 0');
      if (invalid) await client.query(`drop index concurrently if exists ${indexName(table)}`);
      await client.query(`create index concurrently if not exists ${indexName(table)} on ${table} ${REPORT_INDEX_COLUMNS}`);
      await client.query('reset statement_timeout');
    } finally {
      await client.query('select pg_advisory_unlock($1::int, hashtext($2))', key);
    }
  } catch (err) {
    broken = true;
    throw err;
  } finally {
    client.release(broken);
  }
}

/** Advisory lock class of these builds (the first key of the two-key form). */
const ADVISORY_CLASS = 23_0035;

/** PGlite has one connection and one process: no concurrency to guard; the build holds the queue like any statement. */
async function buildOnPglite(db: Database, table: string, invalid: boolean): Promise<void> {
  await db.script(`set local maintenance_work_mem = '${PGLITE_SORT_MEMORY}';
    ${invalid ? `drop index if exists ${indexName(table)};` : ''}
    create index if not exists ${indexName(table)} on ${table} ${REPORT_INDEX_COLUMNS}`);
}
