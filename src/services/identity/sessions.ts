import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import type { Principal } from '../../domain/access/index.ts';
import { randomSecret, sha256 } from './passwords.ts';
import { findUser, principalOf } from './users.ts';

/** A session lasts 12 hours at most, and ends after 2 hours without activity. */
export const SESSION_HOURS = 12;
export const IDLE_MINUTES = 120;

export interface NewSession {
  /** The cookie value: shown to the browser once, stored only as a hash. */
  secret: string;
  csrfToken: string;
  expiresAt: Date;
}

export async function createSession(db: Database, userId: string, authMethod: 'password' | 'oidc'): Promise<NewSession> {
  const secret = randomSecret();
  const csrfToken = randomSecret();
  const expiresAt = new Date(Date.now() + SESSION_HOURS * 3600_000);
  await db.rows(sql`
    insert into sessions (id_hash, user_id, csrf_token, auth_method, expires_at)
    values (${sha256(secret)}, ${userId}, ${csrfToken}, ${authMethod}, ${expiresAt.toISOString()})`);
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
  const [row] = await db.rows<{ userId: string; csrfToken: string; stale: boolean }>(sql`
    select s.user_id as "userId", s.csrf_token as "csrfToken", (s.last_seen_at < now() - interval '1 minute') as stale
      from sessions s join users u on u.id = s.user_id
     where s.id_hash = ${idHash} and s.expires_at > now() and not u.disabled
       and s.last_seen_at > now() - make_interval(mins => ${IDLE_MINUTES})`);
  if (!row) return null;
  // Touch at most once a minute: no write on every request.
  if (row.stale) await db.rows(sql`update sessions set last_seen_at = now() where id_hash = ${idHash}`);
  const user = await findUser(db, row.userId);
  return user ? { principal: principalOf(user, 'session'), csrfToken: row.csrfToken, idHash } : null;
}

export async function endSession(db: Database, idHash: string): Promise<void> {
  await db.rows(sql`delete from sessions where id_hash = ${idHash}`);
}

/** Sign-out everywhere: every session of the user ends. */
export async function endAllSessions(db: Database, userId: string): Promise<number> {
  const rows = await db.rows(sql`delete from sessions where user_id = ${userId} returning user_id`);
  return rows.length;
}
