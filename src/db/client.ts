import fs from 'node:fs';
import { PGlite, type Transaction as PgliteTransaction } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import pg from 'pg';
import { sql, type SQL } from './sql.ts';

export type Engine = 'pglite' | 'postgres';

export interface QueryResult<T> {
  rows: T[];
  /** Rows an insert, update or delete changed (0 for other statements on PGlite). */
  rowCount: number;
}

/** Runs hand-written SQL (src/db/sql.ts); the caller names the row type, the migrations define it. */
export interface Queryable {
  readonly engine: Engine;
  rows<T = Record<string, unknown>>(query: SQL): Promise<T[]>;
  execute<T = Record<string, unknown>>(query: SQL): Promise<QueryResult<T>>;
}

/** The handle inside `db.transaction`: the same query methods, on the transaction's connection. */
export type Tx = Queryable;

/** The driver behind the handle, for the few places that need it (COPY, pg-boss, the benchmark). */
export type Driver = { engine: 'pglite'; pglite: PGlite } | { engine: 'postgres'; pool: pg.Pool; url: string };

/**
 * One handle on the database, whichever engine is behind it (ADR 0011).
 * `transaction` commits when `work` resolves and rolls back when it throws;
 * `script` runs a multi-statement SQL text (migrations) inside one transaction.
 */
export interface Database extends Queryable {
  readonly driver: Driver;
  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  script(sqlText: string): Promise<void>;
  close(): Promise<void>;
}

export interface OpenOptions {
  databaseUrl?: string | undefined;
  /** PGlite data folder; undefined means in-memory (tests). */
  dataDir?: string | undefined;
  /**
   * PGlite only: a data folder dumped with `dumpDataDir` to start from instead of an empty cluster.
   * Tests start from a migrated, loaded database this way: initdb alone takes seconds in WASM.
   */
  pgliteTemplate?: Blob | undefined;
  poolSize?: number;
  /** Server engine only (PGlite has one connection in this process and no lock waits). */
  timeouts?: Partial<DatabaseTimeouts>;
}

/**
 * How long the server engine may take before a request gives up (issue 18 §1), in milliseconds; 0 = no
 * limit. Connect: a new connection (also: waiting for a free one in the pool). Statement: one SQL
 * statement. Lock: waiting for a row or table lock. Idle in transaction: a transaction that sends nothing
 * (a stuck request) is ended by the server, so it cannot hold its locks for ever. A long import or backup
 * may raise its own limit with `set local statement_timeout`.
 */
export interface DatabaseTimeouts {
  connectMs: number;
  statementMs: number;
  lockMs: number;
  idleInTransactionMs: number;
}

export const DEFAULT_TIMEOUTS: DatabaseTimeouts = { connectMs: 5_000, statementMs: 30_000, lockMs: 10_000, idleInTransactionMs: 60_000 };

export async function openDatabase(options: OpenOptions): Promise<Database> {
  return options.databaseUrl
    ? openPostgres(options.databaseUrl, options.poolSize ?? 10, { ...DEFAULT_TIMEOUTS, ...options.timeouts })
    : openPglite(options.dataDir, options.pgliteTemplate);
}

/** pg connection settings for these timeouts (also used by the readiness probe's own connection). */
export function pgTimeoutSettings(t: DatabaseTimeouts): Pick<pg.ClientConfig, 'connectionTimeoutMillis' | 'statement_timeout' | 'lock_timeout' | 'idle_in_transaction_session_timeout' | 'keepAlive'> {
  return {
    connectionTimeoutMillis: t.connectMs,
    statement_timeout: t.statementMs,
    lock_timeout: t.lockMs,
    idle_in_transaction_session_timeout: t.idleInTransactionMs,
    // TCP keep-alive: a server that vanished (network cut) is noticed on an idle connection too.
    keepAlive: true,
  };
}

/**
 * Dates, timestamps, intervals and their arrays (and numeric[]) come back as the text PostgreSQL
 * sends, on both engines: the code compares ISO dates as strings and formats times itself, and a
 * JavaScript Date would shift a `date` by the machine's time zone. (This is what Drizzle did.)
 */
const TEXT_TYPES = [1082, 1114, 1184, 1186, 1182, 1115, 1185, 1187, 1231];
const asText = (value: string) => value;

/**
 * Statements of this process that may have changed data, finished (committed or failed), on any handle:
 * every statement that is not a plain SELECT, every transaction and every script. A cache may skip its
 * freshness query while this count stands still (services/freshness.ts): whatever this
 * process saved was then already saved before that cache's last check, so a caller always reads its
 * own writes. Counted per process, not per handle: a write on the primary counts for the read handle.
 */
let localWrites = 0;
export const localWriteCount = (): number => localWrites;
const PLAIN_SELECT = /^\s*select\b/i;

/** Counts `work` as a local write when it finishes, unless it is a plain SELECT (`text`). */
function counted<T>(work: Promise<T>, text?: string): Promise<T> {
  if (text !== undefined && PLAIN_SELECT.test(text)) return work;
  return work.finally(() => {
    localWrites++;
  });
}

async function openPglite(dataDir: string | undefined, template?: Blob): Promise<Database> {
  if (dataDir) fs.mkdirSync(dataDir, { recursive: true });
  // int8 as number on both engines: our int8 values are counts and euro cents, far below 2^53.
  const parsers = { 20: (v: string) => Number(v) };
  // The resident search (migration 0019) needs these two contrib extensions; PGlite loads them only when asked.
  const extensions = { pg_trgm, unaccent };
  const client = await PGlite.create({ ...(dataDir ? { dataDir } : {}), ...(template ? { loadDataDir: template } : {}), parsers, extensions });
  // A new 16 MB WAL file is zero-filled by default (wal_init_zero, PostgreSQL docs "Write Ahead Log"):
  // on PGlite that write runs inside the commit, on the thread that serves HTTP, and stalled every
  // request for 45-230 ms about every 2.5 s under the case-creation bench (docs/performance.md). The
  // filling only reserves disk space ahead for fsync's sake; PGlite runs with fsync off.
  await client.exec('set wal_init_zero = off');
  // Per query, not on the instance: pg-boss shares this PGlite and expects its own types.
  const options = { parsers: Object.fromEntries(TEXT_TYPES.map((oid) => [oid, asText])) };
  const on = (runner: PGlite | PgliteTransaction): Queryable => ({
    engine: 'pglite',
    async rows<T>(query: SQL) {
      return (await counted(runner.query<T>(query.text, query.values, options), query.text)).rows;
    },
    async execute<T>(query: SQL) {
      const result = await counted(runner.query<T>(query.text, query.values, options), query.text);
      return { rows: result.rows, rowCount: result.affectedRows ?? 0 };
    },
  });
  const top = on(client);
  /** After a failure outside a transaction of ours, no transaction block may stay open (healPglite). */
  const healing = <T>(work: () => Promise<T>): Promise<T> =>
    work().catch(async (err: unknown) => {
      await healPglite(client);
      throw err;
    });
  let closed = false;
  return {
    engine: 'pglite',
    rows: (query) => healing(() => top.rows(query)),
    execute: (query) => healing(() => top.execute(query)),
    driver: { engine: 'pglite', pglite: client },
    // PGlite queues every other query behind a running transaction: no pool, no interleaving.
    transaction: (work) => counted(healing(() => client.transaction((tx) => work(on(tx))))),
    async script(sqlText) {
      await counted(
        healing(() =>
          client.transaction(async (tx) => {
            await tx.exec(sqlText);
          }),
        ),
      );
    },
    async close() {
      if (closed) return;
      closed = true;
      await client.close();
    },
  };
}

/**
 * PGlite has one session for the whole process: a transaction block left open by a failure (a script
 * with its own BEGIN that failed half-way, as pg-boss sends; a ROLLBACK that did not run) would make
 * every later statement fail with "current transaction is aborted" until a restart (issue 18 §1). So
 * after any failure outside a transaction callback, an open block is rolled back. The ROLLBACK is queued
 * like any statement: it cannot run inside another caller's `transaction`, and when the block was closed
 * meanwhile it is a harmless no-op.
 */
export async function healPglite(client: PGlite): Promise<void> {
  try {
    if (client.closed || !client.isInTransaction()) return;
    await client.exec('rollback');
  } catch {
    /* nothing more to do: the next statement reports what is wrong */
  }
}

async function openPostgres(url: string, max: number, timeouts: DatabaseTimeouts): Promise<Database> {
  // int8 (count(*), sums) arrives as string from pg; parse it once here so both engines agree.
  pg.types.setTypeParser(20, (v) => Number(v));
  const types = {
    getTypeParser: (oid: number, format?: 'text' | 'binary') => (TEXT_TYPES.includes(oid) ? asText : pg.types.getTypeParser(oid, format)),
  };
  const pool = new pg.Pool({ connectionString: url, max, types: types as pg.CustomTypesConfig, ...pgTimeoutSettings(timeouts) });
  pool.on('error', () => {
    /* idle client errors are reported on the next query */
  });
  try {
    await pool.query('select 1');
  } catch (err) {
    // Not reachable now: end the pool, so a caller that waits and tries again leaves no sockets or timers behind.
    await pool.end().catch(() => undefined);
    throw err;
  }
  const on = (runner: pg.Pool | pg.PoolClient): Queryable => ({
    engine: 'postgres',
    async rows<T>(query: SQL) {
      return (await counted(runner.query<T & pg.QueryResultRow>(query.text, query.values), query.text)).rows;
    },
    async execute<T>(query: SQL) {
      const result = await counted(runner.query<T & pg.QueryResultRow>(query.text, query.values), query.text);
      return { rows: result.rows, rowCount: result.rowCount ?? 0 };
    },
  });
  /**
   * Runs `work` on one pooled connection between begin and commit. The connection always goes back;
   * one that failed (dropped, or a rollback that failed) is destroyed instead of reused. While checked
   * out, the pool's own error listener is off: ours keeps a dropped connection from crashing the process.
   */
  async function onConnection<T>(work: (conn: pg.PoolClient) => Promise<T>): Promise<T> {
    const conn = await pool.connect();
    let broken: Error | undefined;
    const onError = (err: Error) => {
      broken = err;
    };
    conn.on('error', onError);
    try {
      await conn.query('begin');
      const result = await work(conn);
      await conn.query('commit');
      return result;
    } catch (err) {
      await conn.query('rollback').catch((rollbackErr: Error) => {
        broken ??= rollbackErr;
      });
      throw err;
    } finally {
      conn.off('error', onError);
      conn.release(broken);
    }
  }
  let closed = false;
  return {
    ...on(pool),
    driver: { engine: 'postgres', pool, url },
    transaction: (work) => counted(onConnection((conn) => work(on(conn)))),
    async script(sqlText) {
      // Migrations may rewrite large tables: no statement limit for them (locks and idleness keep theirs).
      await counted(
        onConnection(async (conn) => {
          await conn.query('set local statement_timeout = 0');
          await conn.query(sqlText);
        }),
      );
    },
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}

let savepoints = 0;

/**
 * `tx` seen as a whole Database, so service code (which takes a Database and may open its own
 * transactions) can run inside a transaction the caller opened — e.g. a change together with its
 * audit row. Its queries run on `tx`; its own `transaction` becomes a savepoint, so an inner failure
 * that the service catches rolls back only the inner part, as it would on its own. Never use the
 * outer `db` inside: PGlite has one connection and would wait for this transaction forever.
 */
export function inTransaction(db: Database, tx: Tx): Database {
  // One connection runs one statement at a time: service code that starts several at once
  // (Promise.all) is queued here rather than in the driver (pg deprecates its own queue).
  let tail: Promise<unknown> = Promise.resolve();
  const queued = <R>(run: () => Promise<R>): Promise<R> => {
    const next = tail.then(run, run);
    tail = next.catch(() => undefined);
    return next;
  };
  const joined: Database = {
    engine: tx.engine,
    driver: db.driver,
    rows: (query) => queued(() => tx.rows(query)),
    execute: (query) => queued(() => tx.execute(query)),
    async transaction(work) {
      const name = `naast_sp_${++savepoints}`;
      await joined.execute(sql.raw(`savepoint ${name}`));
      try {
        const result = await work(joined);
        await joined.execute(sql.raw(`release savepoint ${name}`));
        return result;
      } catch (err) {
        await joined.execute(sql.raw(`rollback to savepoint ${name}`));
        throw err;
      }
    },
    script: () => Promise.reject(new Error('script() inside a transaction is not supported')),
    close: () => Promise.resolve(),
  };
  return joined;
}
