/**
 * Reads that may be a little stale (dashboards, reports, the public social map) on a PostgreSQL
 * read replica (issue 23 §5, docs/scaling.md). DATABASE_READ_URL names a streaming-replication
 * standby; the handle returned here sends plain queries there and everything that writes or needs a
 * transaction to the primary. When the standby cannot be reached, or its replay is further behind
 * than `maxLagMs`, reads go to the primary until a later check finds the standby healthy again: a
 * stale-tolerant read is never refused because of the replica. The replica is a convenience, the
 * primary is the truth.
 */
import { sql, type SQL } from './sql.ts';
import { openDatabase, type Database, type DatabaseTimeouts, type QueryResult } from './client.ts';

export interface ReplicaOptions {
  /** Replay further behind than this (milliseconds) sends reads to the primary. */
  maxLagMs: number;
  /** How often the standby's health and lag are checked again (milliseconds). */
  checkEveryMs?: number;
  timeouts?: Partial<DatabaseTimeouts>;
  poolSize?: number;
  /** Told once per change of route (replica → primary and back); internal log, not shown to users. */
  log?: (message: string) => void;
}

/** Where the last stale-tolerant read went; for the health page and the replica test. */
export type ReadTarget = 'replica' | 'primary';

export interface StaleReader extends Database {
  readonly target: () => ReadTarget;
  /** Checks the standby now (instead of waiting for the next periodic check). */
  check(): Promise<ReadTarget>;
}

/**
 * The standby's replay lag in milliseconds: 0 when it has replayed all it received (an idle primary
 * sends nothing, so "time since the last replayed transaction" alone would grow without any lag),
 * otherwise the age of the last replayed transaction. Null on a server that is not a standby.
 */
const LAG_QUERY = sql`select case when not pg_is_in_recovery() then null
  when pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() then 0
  else coalesce(extract(epoch from now() - pg_last_xact_replay_timestamp()) * 1000, 0) end::float8 as lag_ms`;

/** Failures that mean "this server is not there" rather than "this query is wrong". */
function isConnectionFailure(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  if (typeof e?.code === 'string' && /^(08|57P0[1-3]|53300|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|ENOTFOUND)/.test(e.code)) return true;
  return /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(e?.message ?? '');
}

/**
 * Opens the replica pool next to `primary`. A replica that is down at start is not fatal: reads start
 * on the primary and move over once a check succeeds.
 */
export async function openStaleReader(primary: Database, readUrl: string, options: ReplicaOptions): Promise<StaleReader> {
  const checkEveryMs = options.checkEveryMs ?? 5_000;
  const log = options.log ?? (() => undefined);
  let replica: Database | null = null;
  let target: ReadTarget = 'primary';
  let lastCheck = 0;
  let checking: Promise<ReadTarget> | null = null;
  let closed = false;

  const route = (next: ReadTarget, why: string) => {
    if (next !== target) log(next === 'replica' ? `stale-tolerant reads go to the read replica (${why})` : `stale-tolerant reads fall back to the primary (${why})`);
    target = next;
    return target;
  };

  async function connect(): Promise<Database> {
    // application_name lets an operator (and the replica test) see these connections in pg_stat_activity.
    const url = new URL(readUrl);
    if (!url.searchParams.has('application_name')) url.searchParams.set('application_name', 'naast-read');
    return openDatabase({ databaseUrl: url.toString(), poolSize: options.poolSize ?? 10, timeouts: { ...options.timeouts, connectMs: Math.min(options.timeouts?.connectMs ?? 2_000, 2_000) } });
  }

  async function runCheck(): Promise<ReadTarget> {
    lastCheck = Date.now();
    try {
      replica ??= await connect();
      const [row] = await replica.rows<{ lag_ms: number | null }>(LAG_QUERY);
      const lag = row?.lag_ms;
      if (lag === null || lag === undefined) return route('replica', 'the read server is not in recovery: a second primary is served as is');
      if (lag > options.maxLagMs) return route('primary', `replica replay lag ${Math.round(lag)} ms > ${options.maxLagMs} ms`);
      return route('replica', `replay lag ${Math.round(lag)} ms`);
    } catch (err) {
      return route('primary', `replica unreachable: ${(err as Error).message}`);
    }
  }

  function check(): Promise<ReadTarget> {
    checking ??= runCheck().finally(() => {
      checking = null;
    });
    return checking;
  }

  /** Runs a read on the replica when it is the current target, else (or when it fails to connect) on the primary. */
  async function read<R>(run: (db: Database) => Promise<R>): Promise<R> {
    if (!closed && Date.now() - lastCheck >= checkEveryMs) {
      // On the replica, its lag is checked before it serves again. On the primary (always correct) the check
      // runs beside the read: a replica host that does not answer must not add its connect timeout to requests.
      if (target === 'replica') await check();
      else void check();
    }
    if (target === 'replica' && replica) {
      try {
        return await run(replica);
      } catch (err) {
        if (!isConnectionFailure(err)) throw err;
        route('primary', `replica query failed: ${(err as Error).message}`);
        lastCheck = Date.now();
      }
    }
    return run(primary);
  }

  await check();
  return {
    engine: primary.engine,
    // The primary's driver: code that needs the driver itself (COPY, jobs) must write.
    driver: primary.driver,
    rows: <T>(query: SQL) => read((db) => db.rows<T>(query)),
    execute: <T>(query: SQL): Promise<QueryResult<T>> => read((db) => db.execute<T>(query)),
    // A transaction may write: always the primary.
    transaction: (work) => primary.transaction(work),
    script: (text) => primary.script(text),
    target: () => target,
    check,
    async close() {
      closed = true;
      await replica?.close();
    },
  };
}
