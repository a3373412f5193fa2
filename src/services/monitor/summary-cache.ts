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
