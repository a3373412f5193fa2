import pg from 'pg';
import type { Database } from './client.ts';
import { sql } from './sql.ts';
import { classifyDatabaseError, type DatabaseFault } from './faults.ts';

export interface ProbeResult {
  ok: boolean;
  /** How long the check took. */
  ms: number;
  /** What went wrong, when not ok (Dutch, for the person who reads the readiness answer). */
  fault?: DatabaseFault | 'other';
}

/**
 * Is the database answering now? For the readiness check (issue 18 §1). On the server engine it opens its
 * OWN short-lived connection, never one of the request pool: a pool that is full or stuck must not make
 * the check hang, and a check must not take a connection from a request. PGlite has one connection in this
 * process; the check queues behind running work and gives up after `timeoutMs`.
 */
export async function probeDatabase(db: Database, timeoutMs: number): Promise<ProbeResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    await withTimeout(db.driver.engine === 'postgres' ? probeServer(db.driver.url, timeoutMs) : db.rows(sql`select 1`).then(() => undefined), timeoutMs);
    return { ok: true, ms: elapsed() };
  } catch (err) {
    return { ok: false, ms: elapsed(), fault: classifyDatabaseError(err) ?? 'other' };
  }
}

async function probeServer(url: string, timeoutMs: number): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs, statement_timeout: timeoutMs, query_timeout: timeoutMs, application_name: 'naast-gereedheid' });
  // A connection that drops during the check is an answer ("down"), never a crash.
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('select 1');
  } finally {
    void client.end().catch(() => undefined);
  }
}

class ProbeTimeout extends Error {
  readonly code = 'ETIMEDOUT';
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ProbeTimeout(`geen antwoord binnen ${ms} ms`)), ms);
  });
  work.catch(() => undefined); // a late failure after the timeout is no unhandled rejection
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
