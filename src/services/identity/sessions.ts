import { sql } from '../../db/sql.ts';
import type { Database } from '../../db/client.ts';
import type { Principal } from '../../domain/access/index.ts';
import { randomSecret, sha256 } from './passwords.ts';
import { findUser, principalOf } from './users.ts';
import { invalidateUserSessions, sessionCacheOf } from './session-cache.ts';

/** A session lasts 12 hours at most, and ends after 2 hours without activity. */
export const SESSION_HOURS = 12;
export const IDLE_MINUTES = 120;

export interface NewSession {
  /** The cookie value: shown to the browser once, stored only as a hash. */
  secret: string;
  csrfToken: string;
  expiresAt: Date;
}

/** How the sign-in was authenticated: OIDC's acr/amr claims, or 'pwd' (+ 'otp') for Naast's own. */
export interface SessionAuthentication {
  acr?: string | null;
  amr?: string[] | null;
}

export async function createSession(db: Database, userId: string, authMethod: 'password' | 'oidc', auth: SessionAuthentication = {}): Promise<NewSession> {
  const secret = randomSecret();
  const csrfToken = randomSecret();
  const expiresAt = new Date(Date.now() + SESSION_HOURS * 3600_000);
  const amr = auth.amr?.length ? `{${auth.amr.map((m) => `"${m.replace(/["\\]/g, '')}"`).join(',')}}` : null;
  await db.rows(sql`
    insert into sessions (id_hash, user_id, csrf_token, auth_method, expires_at, acr, amr)
    values (${sha256(secret)}, ${userId}, ${csrfToken}, ${authMethod}, ${expiresAt.toISOString()}, ${auth.acr ?? null}, ${amr}::text[])`);
  return { secret, csrfToken, expiresAt };
}

export interface ActiveSession {
  principal: Principal;
  csrfToken: string;
  idHash: string;
}

/** The session behind a cookie value, if it is still valid; refreshes its idle timer. */
export async function resolveSession(db: Database, secret: string): Promise<ActiveSession | null> {
  const idHash = sha256(secret);
  const cache = sessionCacheOf<ActiveSession>(db);
  const cached = cache.get(idHash);
  if (cached) return cached;
  // Many requests of one browser at once share one lookup, unless something was invalidated
  // after it started (its answer may then be stale).
  const generation = cache.generation();
  const pending = lookups.get(idHash);
  if (pending && pending.db === db && pending.generation === generation) return pending.result;
  const result = lookupSession(db, idHash, generation).finally(() => {
    if (lookups.get(idHash)?.result === result) lookups.delete(idHash);
  });
  lookups.set(idHash, { db, generation, result });
  return result;
}

const lookups = new Map<string, { db: Database; generation: number; result: Promise<ActiveSession | null> }>();

async function lookupSession(db: Database, idHash: string, generation: number): Promise<ActiveSession | null> {
  const [row] = await db.rows<{ userId: string; csrfToken: string; stale: boolean; expiresAtMs: number }>(sql`
    select s.user_id as "userId", s.csrf_token as "csrfToken", (s.last_seen_at < now() - interval '1 minute') as stale,
           (extract(epoch from s.expires_at) * 1000)::float8 as "expiresAtMs"
      from sessions s join users u on u.id = s.user_id
     where s.id_hash = ${idHash} and s.expires_at > now() and not u.disabled
       and s.last_seen_at > now() - make_interval(mins => ${IDLE_MINUTES})`);
  if (!row) return null;
  // Touch at most once a minute: no write on every request (and none at all on a cache hit).
  if (row.stale) await db.rows(sql`update sessions set last_seen_at = now() where id_hash = ${idHash}`);
  const user = await findUser(db, row.userId);
  if (!user) return null;
  // Frozen: the cached object is shared by the requests of this session.
  const principal = principalOf(user, 'session');
  principal.grants.forEach((g) => Object.freeze(g.organisation) && Object.freeze(g));
  Object.freeze(principal.grants);
  const session: ActiveSession = Object.freeze({ principal: Object.freeze(principal), csrfToken: row.csrfToken, idHash });
  sessionCacheOf<ActiveSession>(db).store(idHash, row.userId, session, Number(row.expiresAtMs), generation);
  return session;
}

export async function endSession(db: Database, idHash: string): Promise<void> {
  await db.rows(sql`delete from sessions where id_hash = ${idHash}`);
  // After the delete: a lookup that read the session before it may no longer store it (generation).
  sessionCacheOf(db).forgetSession(idHash);
}

/** Sign-out everywhere: every session of the user ends. */
export async function endAllSessions(db: Database, userId: string): Promise<number> {
  const rows = await db.rows(sql`delete from sessions where user_id = ${userId} returning user_id`);
  invalidateUserSessions(db, userId);
  return rows.length;
}

/**
 * When an organisation starts to demand a second factor, sessions of its people that were opened
 * with a password alone end: a password stolen before would otherwise keep its session (security
 * review, issue 17). OIDC sessions are left alone: the provider decides the second step there.
 */
export async function endPasswordOnlySessions(db: Database, organisation: { kind: string; code: string }): Promise<number> {
  const rows = await db.rows<{ userId: string }>(sql`
    delete from sessions s
    where s.auth_method = 'password' and not ('otp' = any(coalesce(s.amr, '{}')))
      and s.user_id in (select user_id from role_assignments where organisation_kind = ${organisation.kind} and organisation_code = ${organisation.code})
    returning s.user_id as "userId"`);
  for (const userId of new Set(rows.map((r) => r.userId))) invalidateUserSessions(db, userId);
  return rows.length;
}
