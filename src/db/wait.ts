import { classifyDatabaseError } from './faults.ts';

export interface WaitOptions {
  /** One line per failed attempt (what happened, when the next try is). */
  log: (line: string) => void;
  /** First pause, doubled after each failure up to `maxDelayMs`. */
  firstDelayMs?: number;
  maxDelayMs?: number;
  /** Give up after this long (0 = never). */
  giveUpAfterMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * Tries `open` until it succeeds while the database is away for a moment (unreachable, starting up,
 * restarting: classifyDatabaseError), with exponential backoff (issue 18 §1): a server that starts before
 * its database waits for it instead of exiting. Any other error (a wrong password, a failing migration)
 * is thrown at once: waiting would not fix it.
 */
export async function waitForDatabase<T>(open: () => Promise<T>, options: WaitOptions): Promise<T> {
  const first = options.firstDelayMs ?? 1_000;
  const max = options.maxDelayMs ?? 30_000;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const started = Date.now();
  for (let attempt = 1, delay = first; ; attempt++, delay = Math.min(delay * 2, max)) {
    try {
      return await open();
    } catch (err) {
      const fault = classifyDatabaseError(err);
      if (!fault) throw err;
      if (options.giveUpAfterMs && Date.now() - started + delay > options.giveUpAfterMs) throw err;
      options.log(`Database niet bereikbaar (poging ${attempt}, ${fault}: ${err instanceof Error ? err.message : String(err)}); nieuwe poging over ${Math.round(delay / 1000)} s.`);
      await sleep(delay);
    }
  }
}
