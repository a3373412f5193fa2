import type { Database } from '../../db/client.ts';

/**
 * A small in-process cache of resolved sessions (sessie-cache), so a signed-in request does not
 * query the database for its session and user every time (a hot path: see docs/performance.md).
 *
 * Exact within this process: signing out, signing out everywhere and every change to a user
 * (roles, blocking, password) invalidate here before the change is reported. A change made by
 * another process on the same PostgreSQL database (a second server, the CLI) is seen after at most
 * SESSION_CACHE_TTL_MS. An entry never outlives its session's absolute expiry.
 *
 * A lookup that started before an invalidation may not store its (possibly stale) answer: every
 * invalidation bumps a generation, and `store` refuses an answer read under an older generation.
 */
export const SESSION_CACHE_TTL_MS = 5_000;
/** Bounded: the oldest entries go first (a Map iterates in insertion order). */
export const SESSION_CACHE_MAX_ENTRIES = 10_000;

interface Entry<T> {
  userId: string;
  value: T;
  until: number;
}

export class SessionCache<T> {
  private entries = new Map<string, Entry<T>>();
  private generationCounter = 0;

  constructor(
    private readonly ttlMs = SESSION_CACHE_TTL_MS,
    private readonly maxEntries = SESSION_CACHE_MAX_ENTRIES,
    private readonly now: () => number = Date.now,
  ) {}

  /** Take this before reading the database; pass it to `store`. */
  generation(): number {
    return this.generationCounter;
  }

  get(idHash: string): T | undefined {
    const entry = this.entries.get(idHash);
    if (!entry) return undefined;
    if (entry.until <= this.now()) {
      this.entries.delete(idHash);
      return undefined;
    }
    return entry.value;
  }

  /** Remembers a resolved session, unless something was invalidated since `generation`. */
  store(idHash: string, userId: string, value: T, expiresAt: number, generation: number): void {
    if (generation !== this.generationCounter) return;
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(idHash, { userId, value, until: Math.min(this.now() + this.ttlMs, expiresAt) });
  }

  /** One session ended (sign-out). */
  forgetSession(idHash: string): void {
    this.generationCounter++;
    this.entries.delete(idHash);
  }

  /** Every session of a user: sign-out everywhere, role change, blocked account, new password. */
  forgetUser(userId: string): void {
    this.generationCounter++;
    for (const [key, entry] of this.entries) if (entry.userId === userId) this.entries.delete(key);
  }

  clear(): void {
    this.generationCounter++;
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}

/**
 * One cache per database (tests open many databases in one process), keyed by its driver: a change
 * made inside a transaction (inTransaction, src/db/client.ts) sees the database under another handle
 * but must forget sessions in the same cache.
 */
const caches = new WeakMap<object, SessionCache<unknown>>();

export function sessionCacheOf<T>(db: Database): SessionCache<T> {
  const key: object = db.driver ?? db;
  let cache = caches.get(key);
  if (!cache) caches.set(key, (cache = new SessionCache<unknown>()));
  return cache as SessionCache<T>;
}

/** Every cached session of this user is forgotten (call after changing the user, roles or sessions). */
export function invalidateUserSessions(db: Database, userId: string): void {
  caches.get(db.driver ?? db)?.forgetUser(userId);
}
