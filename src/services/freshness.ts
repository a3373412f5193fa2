import { localWriteCount } from '../db/client.ts';

// Freshness checks of cached answers that several services share (the monitor round summary, the
// activity summary): each reads one version row, and these keep that read cheap under load.

/**
 * Coalescing for the summary's freshness check (versiecontrole): requests that arrive while a
 * check is running wait for the next one, which starts after they arrived, so each still sees every
 * answer saved before it came in, but 64 concurrent requests cost one or two queries instead of 64
 * (see docs/performance.md). A batch starts on `setImmediate`, after the event loop has read every
 * request that is ready: PGlite runs a query synchronously on this thread, so without that pause
 * each request would start (and wait for) its own query.
 */
export function coalesced<T>(run: () => Promise<T>): () => Promise<T> {
  let running = false;
  let waiting: { resolve: (value: T) => void; reject: (err: unknown) => void }[] = [];
  const pump = async () => {
    running = true;
    while (waiting.length > 0) {
      const batch = waiting;
      waiting = [];
      try {
        const value = await run();
        for (const w of batch) w.resolve(value);
      } catch (err) {
        for (const w of batch) w.reject(err);
      }
    }
    running = false;
  };
  return () =>
    new Promise<T>((resolve, reject) => {
      waiting.push({ resolve, reject });
      if (!running) {
        running = true;
        setImmediate(() => void pump());
      }
    });
}

/**
 * The last answer of the freshness check `check` while it is surely still right, else a new check
 * (coalesced as above). Right means: no statement that may write finished in this process since that
 * check began (db/client.ts localWriteCount: a caller who saved answers reads them at once), and it
 * began less than `maxAgeMs` ago, for writes by other processes (another server, the CLI) that this
 * process cannot see. A read replica may lag far more (NAAST_DB_READ_MAX_LAG_MS, 30 s by default).
 * Under load this is one query per `maxAgeMs` instead of one per batch of requests: on PostgreSQL
 * each batch waited a round trip to the server, and the server's CPU is shared (docs/performance.md).
 */
export function reusedWhileUnchanged<T>(check: () => Promise<T>, maxAgeMs: number): () => Promise<T> {
  let last: { value: T; writes: number; at: number } | null = null;
  const run = coalesced(async () => {
    const writes = localWriteCount();
    const at = performance.now();
    const value = await check();
    last = { value, writes, at };
    return value;
  });
  return () => {
    const known = last;
    if (known && known.writes === localWriteCount() && performance.now() - known.at < maxAgeMs) return Promise.resolve(known.value);
    return run();
  };
}
