import { once } from 'node:events';
import type pg from 'pg';
import type { PGlite } from '@electric-sql/pglite';
import copyStreams from 'pg-copy-streams';
import type { Database } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';
import { scheduleReportIndexes } from './report-index.ts';
import type { Activity } from '../../domain/activities/index.ts';
import { LineBuffer } from './lines.ts';

/** Where validated rows go during one import, inside one transaction (alles of niets). */
export interface ActivitySink {
  /** Returns a promise only when it writes (every few thousand rows): no await per row. */
  add(activity: Activity): Promise<void> | void;
  /**
   * PGlite only: one ready chunk of COPY lines (LineBuffer.addCopyLine), made by the import worker
   * thread (import-worker.ts) instead of `add` per row.
   */
  addCopyLines?(bytes: Uint8Array<ArrayBuffer>): Promise<void>;
  /**
   * Records the import and keeps its rows; false (and nothing kept) when a file with this sha256
   * was imported before.
   */
  complete(meta: ImportMeta): Promise<boolean>;
}

export interface ImportMeta {
  providerCode: string;
  fileName: string;
  rowCount: number;
  sha256: string;
  userId: string | null;
}

/** Thrown inside the transaction to undo it; `withSink` swallows it and returns normally. */
class Rollback extends Error {}

/**
 * Runs `work` with a sink, all or nothing. The rows go into a fresh table of the import's own, without
 * indexes (migration 0030, docs/decisions/0014-activity-import-partition-per-import.md): COPY FROM STDIN
 * in one transaction on the server engine, chunked COPY from a blob on PGlite (withBlobSink). At the end,
 * in one transaction with the import row, a large import's table becomes a partition of
 * provider_activities (its report index follows after the commit, report-index.ts), and a small
 * import's rows are moved into the shared partition. Anything `work` throws undoes it all, and so does a file imported before (its
 * sha256 is known only at the end).
 */
export async function withSink<T>(db: Database, importId: string, work: (sink: ActivitySink) => Promise<T>, ownPartitionRows = OWN_PARTITION_ROWS): Promise<T> {
  if (!/^[0-9a-f-]{36}$/.test(importId)) throw new Error(`not an import id: ${importId}`); // inlined in DDL below
  const result = await (db.driver.engine === 'postgres' ? withCopySink(db.driver.pool, importId, work, ownPartitionRows) : withBlobSink(db.driver.pglite, importId, work, ownPartitionRows));
  // A partition of its own was attached (and committed): its report index follows in the background.
  if (await isOwnPartition(db, importId)) void scheduleReportIndexes(db);
  return result;
}

/** Whether the import's table is now a partition (a large import that committed). */
async function isOwnPartition(db: Database, importId: string): Promise<boolean> {
  const [row] = await db.rows<{ attached: boolean }>(sql`select to_regclass(${importTable(importId)}) is not null as attached`);
  return row?.attached === true;
}

/**
 * From this many rows an import becomes a partition of its own. Below it the rows are moved into the
 * shared partition (written twice, which costs little for a small file). The bound keeps the number of
 * partitions low, which every read of a municipality visits: at most one per 100,000 rows, so ~100 at
 * the national volume of issue 23 (10 million rows).
 */
export const OWN_PARTITION_ROWS = 100_000;

/** The import's own table (a valid identifier: 20 + 32 characters). */
const importTable = (importId: string) => `provider_activities_${importId.replace(/-/g, '')}`;

/**
 * The import's table: provider_activities' columns, defaults and CHECK constraints (ATTACH needs the
 * same), no indexes. import_id and own_partition are defaults, so a COPY line carries only the data;
 * the CHECK on both lets ATTACH skip its validation scan (it proves the partition bound).
 */
function createImportTable(table: string, importId: string): string {
  return `create table ${table} (like provider_activities including defaults including constraints);
    alter table ${table} alter column import_id set default '${importId}', alter column own_partition set default true,
      add constraint ${table}_bound check (own_partition = true and import_id = '${importId}')`;
}

/**
 * Makes the import's rows part of provider_activities: a large import's table is attached as its
 * partition, without an index (its report index is built after the commit, report-index.ts, migration
 * 0035); a small import's rows are moved into the shared partition and its table dropped.
 */
function keepRows(table: string, importId: string, rowCount: number, ownPartitionRows: number): string {
  if (rowCount >= ownPartitionRows) return `alter table provider_activities_bulk attach partition ${table} for values in ('${importId}')`;
  return `insert into provider_activities (import_id, ${COLUMNS}) select import_id, ${COLUMNS} from ${table};
    drop table ${table}`;
}

const COLUMNS = 'provider_code, municipality_code, activity_date, service, minutes, target_group, age_category, life_domain, district';
const FLUSH_BYTES = 256 * 1024;

const RECORD_IMPORT = `insert into provider_activity_imports (id, provider_code, file_name, row_count, sha256, imported_by)
  values ($1, $2, $3, $4, $5, $6) on conflict (sha256) do nothing returning id`;

async function withCopySink<T>(pool: pg.Pool, importId: string, work: (sink: ActivitySink) => Promise<T>, ownPartitionRows: number): Promise<T> {
  const client = await pool.connect();
  let copy: ReturnType<typeof copyStreams.from> | null = null;
  let copyError: Error | null = null;
  let broken = false;
  // While checked out, a dropped connection emits 'error' on the client: without a listener that
  // would crash the process (issue 18 §1). The failing query or COPY reports it to the request.
  const onClientError = (err: Error) => {
    copyError ??= err;
  };
  client.on('error', onClientError);
  let ended = false;
  const onEnd = () => (ended = true);
  client.on('end', onEnd);
  try {
    await client.query('begin');
    // A big file may take longer than the statement limit; locks and idleness keep theirs.
    await client.query('set local statement_timeout = 0');
    const table = importTable(importId);
    await client.query(createImportTable(table, importId));
    // FREEZE: the table is new in this transaction, so its rows can be written frozen and its pages
    // marked all-visible: index-only scans of the report index need no vacuum of the new partition first.
    copy = client.query(copyStreams.from(`copy ${table} (${COLUMNS}) from stdin with (freeze)`));
    copy.on('error', (err: Error) => (copyError = err));
    // COPY lines as UTF-8 bytes (what the stream would make of strings anyway), handed over per 256 kB.
    const lines = new LineBuffer(FLUSH_BYTES + 4096);
    const flush = async () => {
      if (copyError) throw copyError;
      const ok = copy!.write(lines.take());
      if (!ok) await once(copy!, 'drain');
    };
    const endCopy = async () => {
      const c = copy!;
      copy = null;
      const done = once(c, 'finish');
      if (lines.length > 0) c.end(lines.take());
      else c.end();
      await done;
      if (copyError) throw copyError;
    };
    const sink: ActivitySink = {
      add(a) {
        lines.addCopyLine(a);
        if (lines.length >= FLUSH_BYTES) return flush();
      },
      async complete(meta) {
        await endCopy();
        await client.query(keepRows(table, importId, meta.rowCount, ownPartitionRows));
        const recorded = await client.query(RECORD_IMPORT, [importId, meta.providerCode, meta.fileName, meta.rowCount, meta.sha256, meta.userId]);
        return recorded.rowCount === 1;
      },
    };
    try {
      const result = await work(sink);
      await client.query('commit');
      return result;
    } catch (err) {
      if (copy && !copyError) await endCopy().catch(() => undefined);
      // A rollback on a dropped connection fails: the connection is then destroyed, the first error stands.
      let rollbackError: unknown = null;
      await client.query('rollback').catch((e: unknown) => {
        broken = true;
        rollbackError = e;
      });
      if (err instanceof Rollback) return (err as Rollback & { value: T }).value;
      // pg-copy-streams writes to the connection directly: when the connection was lost under it, it
      // throws a TypeError of its own. Report the lost connection instead (503 with Retry-After, not 500).
      if (err instanceof TypeError && (copyError || ended || rollbackError)) throw copyError ?? rollbackError ?? new Error('Connection terminated unexpectedly during COPY', { cause: err });
      throw err;
    }
  } catch (err) {
    broken = true;
    throw err;
  } finally {
    client.off('error', onClientError);
    client.off('end', onEnd);
    client.release(broken || copyError !== null);
  }
}

/** Rows per chunk on PGlite: one short COPY each, so other requests get the connection in between. */
const PGLITE_CHUNK_ROWS = 10_000;

/**
 * PGlite has one connection: a single transaction around a million-row import held every other request
 * for 22 s (issue 18 §1). So each chunk is its own short COPY into the import's own table, and other
 * queries queued meanwhile run between chunks. No reader sees that table: its rows join
 * provider_activities only at the end, in one transaction with the import row. A failed or duplicate
 * import drops its table (one statement). A crash mid-import leaves an unattached table no reader
 * sees; the next import on this database drops it (dropLeftovers).
 */
async function withBlobSink<T>(pglite: PGlite, importId: string, work: (sink: ActivitySink) => Promise<T>, ownPartitionRows: number): Promise<T> {
  const table = importTable(importId);
  const lines = new LineBuffer();
  let rows = 0;
  let created = false;
  const flush = async () => {
    if (rows === 0) return;
    // One buffer: a Blob of 10,000 strings took ~60 ms to make and read back, one of a single buffer a few.
    // The Blob copies the bytes, so the line buffer is reused.
    const blob = new Blob([lines.view()]);
    lines.clear();
    rows = 0;
    await copyBlob(blob);
  };
  const copyBlob = async (blob: Blob) => {
    if (!created) {
      await dropLeftovers(pglite);
      importing(pglite).add(table);
      created = true;
      await pglite.exec(createImportTable(table, importId));
    }
    await pglite.query(`copy ${table} (${COLUMNS}) from '/dev/blob'`, [], { blob });
    // Let requests that arrived meanwhile queue their queries before the next chunk.
    await new Promise((resolve) => setImmediate(resolve));
  };
  const sink: ActivitySink = {
    add(a) {
      lines.addCopyLine(a);
      if (++rows >= PGLITE_CHUNK_ROWS) return flush();
    },
    async addCopyLines(bytes) {
      await flush();
      await copyBlob(new Blob([bytes]));
    },
    async complete(meta) {
      await flush();
      try {
        await pglite.transaction(async (tx) => {
          await tx.exec(keepRows(table, importId, meta.rowCount, ownPartitionRows));
          const recorded = await tx.query(RECORD_IMPORT, [importId, meta.providerCode, meta.fileName, meta.rowCount, meta.sha256, meta.userId]);
          if (recorded.rows.length === 0) throw new Duplicate();
        });
        return true;
      } catch (err) {
        if (err instanceof Duplicate) return false;
        throw err;
      }
    },
  };
  try {
    return await work(sink);
  } catch (err) {
    if (created) await pglite.exec(`drop table if exists ${table}`);
    if (err instanceof Rollback) return (err as Rollback & { value: T }).value;
    throw err;
  } finally {
    importing(pglite).delete(table);
  }
}

class Duplicate extends Error {}

/** The import tables being written on each PGlite (one process holds a PGlite, so this is all of them). */
const tablesInUse = new WeakMap<PGlite, Set<string>>();
const importing = (pglite: PGlite): Set<string> => {
  let tables = tablesInUse.get(pglite);
  if (!tables) tablesInUse.set(pglite, (tables = new Set()));
  return tables;
};

/** Drops import tables that are neither a partition nor being written: what a crash mid-import left. */
async function dropLeftovers(pglite: PGlite): Promise<void> {
  const { rows } = await pglite.query<{ name: string }>(
    `select relname as name from pg_class where relname ~ '^provider_activities_[0-9a-f]{32}$' and relkind = 'r' and not relispartition`,
  );
  for (const { name } of rows) if (!importing(pglite).has(name)) await pglite.exec(`drop table if exists ${name}`);
}

/** Ends the transaction without keeping anything, and makes `withSink` return `value`. */
export function rollbackWith<T>(value: T): never {
  throw Object.assign(new Rollback('rollback'), { value });
}
