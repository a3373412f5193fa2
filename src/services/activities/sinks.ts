import { once } from 'node:events';
import type pg from 'pg';
import type { PGlite } from '@electric-sql/pglite';
import copyStreams from 'pg-copy-streams';
import type { Database } from '../../db/client.ts';
import type { Activity } from '../../domain/activities/index.ts';

/** Where validated rows go during one import, inside one transaction (alles of niets). */
export interface ActivitySink {
  /** Returns a promise only when it writes (every few thousand rows): no await per row. */
  add(activity: Activity): Promise<void> | void;
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
 * Runs `work` with a sink, all or nothing: COPY FROM STDIN straight into the table in one transaction
 * on the server engine; on PGlite chunked COPY from a blob, kept once the import row is written
 * (withBlobSink). Anything `work` throws undoes it all, and so does a file
 * imported before (its sha256 is known only at the end). A staging temp table plus one set-based
 * insert was measured first: it writes every row twice and was slower (docs/performance.md).
 */
export async function withSink<T>(db: Database, importId: string, work: (sink: ActivitySink) => Promise<T>): Promise<T> {
  return db.driver.engine === 'postgres' ? withCopySink(db.driver.pool, importId, work) : withBlobSink(db.driver.pglite, importId, work);
}

const COLUMNS = 'provider_code, municipality_code, activity_date, service, minutes, target_group, age_category, life_domain, district';
const FLUSH_CHARS = 256 * 1024;

/** PostgreSQL COPY text format: tab-separated, \N for null, backslash escapes. */
function copyField(value: string | number | null): string {
  if (value === null) return '\\N';
  const text = String(value);
  return /[\\\t\n\r]/.test(text) ? text.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r') : text;
}

function copyLine(a: Activity): string {
  return `${copyField(a.providerCode)}\t${a.municipalityCode}\t${a.date}\t${copyField(a.service)}\t${a.minutes}\t${copyField(a.targetGroup)}\t${copyField(a.ageCategory)}\t${copyField(a.lifeDomain)}\t${copyField(a.district)}\n`;
}

const RECORD_IMPORT = `insert into provider_activity_imports (id, provider_code, file_name, row_count, sha256, imported_by)
  values ($1, $2, $3, $4, $5, $6) on conflict (sha256) do nothing returning id`;

async function withCopySink<T>(pool: pg.Pool, importId: string, work: (sink: ActivitySink) => Promise<T>): Promise<T> {
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
    copy = client.query(copyStreams.from(`copy provider_activities (import_id, ${COLUMNS}) from stdin`));
    copy.on('error', (err: Error) => (copyError = err));
    let buffer = '';
    const prefix = `${importId}\t`;
    const flush = async () => {
      if (copyError) throw copyError;
      const ok = copy!.write(buffer);
      buffer = '';
      if (!ok) await once(copy!, 'drain');
    };
    const endCopy = async () => {
      const c = copy!;
      copy = null;
      const done = once(c, 'finish');
      c.end(buffer);
      buffer = '';
      await done;
      if (copyError) throw copyError;
    };
    const sink: ActivitySink = {
      add(a) {
        buffer += prefix + copyLine(a);
        if (buffer.length >= FLUSH_CHARS) return flush();
      },
      async complete(meta) {
        await endCopy();
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
 * for 22 s (issue 18 §1). So each chunk is its own short COPY, and other queries queued meanwhile run
 * between chunks. All or nothing still holds for readers: rows count only once their import row exists
 * (the readers join on it), and that row is written last, in one statement. A failed or duplicate
 * import removes its own rows, again in chunks. (A crash mid-import leaves rows no import row points
 * at: never counted.)
 */
async function withBlobSink<T>(pglite: PGlite, importId: string, work: (sink: ActivitySink) => Promise<T>): Promise<T> {
  let lines: string[] = [];
  let written = false;
  const flush = async () => {
    if (lines.length === 0) return;
    const blob = new Blob(lines);
    lines = [];
    written = true;
    await pglite.query(`copy provider_activities (import_id, ${COLUMNS}) from '/dev/blob'`, [], { blob });
    // Let requests that arrived meanwhile queue their queries before the next chunk.
    await new Promise((resolve) => setImmediate(resolve));
  };
  const sink: ActivitySink = {
    add(a) {
      lines.push(`${importId}\t${copyLine(a)}`);
      if (lines.length >= PGLITE_CHUNK_ROWS) return flush();
    },
    async complete(meta) {
      await flush();
      const recorded = await pglite.query(RECORD_IMPORT, [importId, meta.providerCode, meta.fileName, meta.rowCount, meta.sha256, meta.userId]);
      return recorded.rows.length > 0;
    },
  };
  try {
    return await work(sink);
  } catch (err) {
    if (written) await removeRows(pglite, importId);
    if (err instanceof Rollback) return (err as Rollback & { value: T }).value;
    throw err;
  }
}

/** Deletes the rows of an import that was not kept, a chunk per statement (PGlite: others go in between). */
async function removeRows(pglite: PGlite, importId: string): Promise<void> {
  for (;;) {
    const done = await pglite.query(
      `delete from provider_activities where id in (select id from provider_activities where import_id = $1 limit ${PGLITE_CHUNK_ROWS * 5})`,
      [importId],
    );
    if ((done.affectedRows ?? 0) === 0) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Ends the transaction without keeping anything, and makes `withSink` return `value`. */
export function rollbackWith<T>(value: T): never {
  throw Object.assign(new Rollback('rollback'), { value });
}
