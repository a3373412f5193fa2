import { sql } from '../../db/sql.ts';
import type { Database, Driver } from '../../db/client.ts';

/**
 * Sealing the audit log (ADR 0013). Rows are appended without a lock and without hashes; sealing
 * computes their chain hashes in seq order, in one database call (audit_log_seal, migration 0028).
 *
 * A row may only be sealed once no transaction that could still commit a lower number is running.
 * The database answers that with a horizon: "every number up to `upto` came from a transaction with
 * an id below `xmax`". A call seals up to the horizon of the previous call once it is reached, and
 * hands out the next horizon; so sealing is two calls apart, which the sealer below does by itself.
 */
export interface SealHorizon {
  upto: number;
  xmax: string;
}

export interface SealStep {
  sealed: number;
  next: SealHorizon | null;
  /** Rows exist beyond the last seal (committed, not yet sealed). */
  pending: boolean;
}

type Executor = Pick<Database, 'rows'>;

/**
 * One sealing call: seals up to `horizon` if it is reached, and returns the next horizon. With a
 * `limit` it seals at most that many rows; stopped by it, it returns the same horizon (still reached),
 * so the next call goes on where it stopped (migration 0034).
 */
export async function sealStep(db: Executor, horizon: SealHorizon | null, limit: number | null = null): Promise<SealStep> {
  const [row] = await db.rows<{ sealed: number; upto: number | null; xmax: string | null; pending: boolean }>(
    sql`select sealed, next_upto as upto, next_xmax::text as xmax, pending from audit_log_seal(${horizon?.upto ?? null}::bigint, ${horizon?.xmax ?? null}::xid8, ${limit}::integer)`,
  );
  const next = row!.upto === null || row!.xmax === null ? null : { upto: Number(row!.upto), xmax: row!.xmax };
  return { sealed: Number(row!.sealed), next, pending: row!.pending };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/**
 * Rows per sealing call of the in-process job. PGlite: one chunk of 100 took 5-7 ms on the bench
 * machine before migration 0036 (less since), so a creation waits at most that long behind it (a
 * whole backlog of 400-600 rows took 20-73 ms, docs/performance.md); 100 is more than one group of
 * creations (64 under the bench's 64 connections), so sealing keeps up. PostgreSQL seals on its own
 * connection, beside the writers; its limit only keeps a sealing transaction short after a backlog.
 */
export const SEAL_CHUNK = { pglite: 100, postgres: 1000 } as const;

/**
 * Seals everything committed so far (for `naast audit verify` and startup): calls until nothing
 * waits, pausing briefly while a transaction that holds a lower number is still running. Gives up
 * after `waitMs` (a transaction left open); what is then unsealed, verify reports as pending.
 */
export async function sealPending(db: Executor, waitMs = 5_000): Promise<number> {
  const deadline = Date.now() + waitMs;
  let horizon: SealHorizon | null = null;
  let total = 0;
  for (let round = 0; ; round++) {
    const step = await sealStep(db, horizon);
    total += step.sealed;
    if (!step.pending || Date.now() > deadline) return total;
    // The first call only takes a horizon; after that, a call that seals nothing waits for a running transaction.
    if (round > 0 && step.sealed === 0) await sleep(20);
    horizon = step.next;
  }
}

/**
 * The in-process sealing job: a write pokes it (recordAudit), it runs `debounceMs` later — after the
 * writer's commit in the normal case — and again while rows wait. A slow backstop catches rows whose
 * writer could not poke (a bare transaction handle). Never throws: a failed run is retried later,
 * and verify seals what is left.
 */
export class AuditSealer {
  private horizon: SealHorizon | null = null;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private readonly backstop: NodeJS.Timeout;
  private stopped = false;

  constructor(
    private readonly db: Database,
    private readonly debounceMs = 200,
    backstopMs = 10_000,
  ) {
    this.backstop = setInterval(() => this.poke(), backstopMs);
    this.backstop.unref();
  }

  /** Schedules a run (one at a time; pokes during the wait fold into it). */
  poke(): void {
    if (this.stopped || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.run();
    }, this.debounceMs);
    this.timer.unref();
  }

  /** One run now (also at startup); resolves when done. */
  run(): Promise<void> {
    this.running ??= this.once().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /**
   * Seals in chunks of at most SEAL_CHUNK rows. After a full chunk the next one waits a turn of the
   * event loop: on PGlite every statement shares one connection and this thread, so the creations
   * and reads that queued meanwhile go first instead of waiting for the whole backlog.
   */
  private async once(): Promise<void> {
    const limit = SEAL_CHUNK[this.db.engine];
    try {
      while (!this.stopped) {
        const step = await sealStep(this.db, this.horizon, limit);
        this.horizon = step.next;
        if (!step.pending) return;
        if (step.sealed < limit) return this.poke();
        await nextTurn();
      }
    } catch {
      // The database may be briefly away or closing: the next poke or the backstop tries again.
      this.horizon = null;
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.backstop);
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }
}

const sealers = new Map<Driver, AuditSealer>();

/**
 * Starts a sealing job for this database (each server does); it seals what waits right away. Two jobs
 * on one database are safe (the database lets one seal at a time); appends poke the newest.
 */
export function startAuditSealer(db: Database, debounceMs?: number): AuditSealer {
  const sealer = new AuditSealer(db, debounceMs);
  sealers.set(db.driver, sealer);
  sealer.poke();
  const stop = sealer.stop.bind(sealer);
  sealer.stop = async () => {
    if (sealers.get(db.driver) === sealer) sealers.delete(db.driver);
    await stop();
  };
  return sealer;
}

/** Called after an append: pokes the job of the database behind `db`, if one runs and `db` names it. */
export function pokeAuditSealer(db: unknown): void {
  const driver = (db as { driver?: Driver }).driver;
  if (driver) sealers.get(driver)?.poke();
}
