import crypto from 'node:crypto';
import { sql } from '../../db/sql.ts';
import type { Database, Tx } from '../../db/client.ts';
import type { Grant, Principal } from '../../domain/access/index.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { invalidateUserSessions } from './session-cache.ts';
import { accountBlockedUntilSql, clearAccountThrottle, recordFailure, recordSuccess, throttledFor, throttleKeys } from './login-throttle.ts';
import { hasTotp, totpRequiredFor, verifyTotp } from './totp.ts';
import { ConflictError } from '../../domain/errors.ts';

export interface UserRecord {
  id: string;
  username: string;
  displayName: string;
  email: string | null;
  disabled: boolean;
  lockedUntil: string | null;
  version: number;
  grants: Grant[];
  hasPassword: boolean;
  oidc: boolean;
  /** A confirmed TOTP second factor (authenticator app). */
  secondFactor: boolean;
}

interface UserRow {
  id: string;
  username: string;
  displayName: string;
  email: string | null;
  disabled: boolean;
  lockedUntil: string | null;
  version: number;
  hasPassword: boolean;
  oidc: boolean;
  secondFactor: boolean;
  grants: { role: Grant['role']; kind: Grant['organisation']['kind']; code: string }[] | null;
}

const userSelect = sql`
  select u.id, u.username, u.display_name as "displayName", u.email, u.disabled,
         ${accountBlockedUntilSql(sql`u.username`)} as "lockedUntil", u.version,
         (u.password_hash is not null) as "hasPassword", (u.oidc_subject is not null) as oidc,
         (u.totp_confirmed_at is not null) as "secondFactor",
         (select json_agg(json_build_object('role', g.role, 'kind', g.organisation_kind, 'code', g.organisation_code)
                          order by g.role, g.organisation_kind, g.organisation_code)
            from role_assignments g where g.user_id = u.id) as grants
    from users u`;

function toUser(row: UserRow): UserRecord {
  const grants = (typeof row.grants === 'string' ? JSON.parse(row.grants) : row.grants) ?? [];
  return {
    ...row,
    grants: grants.map((g: { role: Grant['role']; kind: Grant['organisation']['kind']; code: string }) => ({ role: g.role, organisation: { kind: g.kind, code: g.code } })),
  };
}

export async function listUsers(db: Database): Promise<UserRecord[]> {
  return (await db.rows<UserRow>(sql`${userSelect} order by u.username`)).map(toUser);
}

export async function findUser(db: Database, id: string): Promise<UserRecord | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const [row] = await db.rows<UserRow>(sql`${userSelect} where u.id = ${id}`);
  return row ? toUser(row) : null;
}

export interface NewUser {
  username: string;
  displayName: string;
  email?: string | null;
  password?: string | null;
  grants: Grant[];
  oidc?: { issuer: string; subject: string };
}

export class UsernameTakenError extends ConflictError {
  constructor(message: string) {
    super(message, { reason: 'exists' });
  }
}

export async function createUser(db: Database, input: NewUser): Promise<UserRecord> {
  const id = crypto.randomUUID();
  const hash = input.password ? await hashPassword(input.password) : null;
  await db.transaction(async (tx) => {
    const taken = await tx.execute(sql`select 1 from users where lower(username) = lower(${input.username})`);
    if ((taken as unknown as { rows: unknown[] }).rows.length > 0) throw new UsernameTakenError(`De gebruikersnaam "${input.username}" bestaat al.`);
    await tx.execute(sql`
      insert into users (id, username, display_name, email, password_hash, oidc_issuer, oidc_subject)
      values (${id}, ${input.username}, ${input.displayName}, ${input.email ?? null}, ${hash}, ${input.oidc?.issuer ?? null}, ${input.oidc?.subject ?? null})`);
    await insertGrants(tx, id, input.grants);
  });
  return (await findUser(db, id))!;
}

type Executor = Pick<Tx, 'execute'>;

async function insertGrants(tx: Executor, userId: string, grants: Grant[]): Promise<void> {
  if (grants.length === 0) return;
  const values = sql.join(
    grants.map((g) => sql`(${userId}, ${g.role}, ${g.organisation.kind}, ${g.organisation.code})`),
    sql`, `,
  );
  await tx.execute(sql`insert into role_assignments (user_id, role, organisation_kind, organisation_code) values ${values} on conflict do nothing`);
}

export interface UserChanges {
  displayName?: string;
  email?: string | null;
  disabled?: boolean;
  password?: string;
  grants?: Grant[];
  unlock?: boolean;
}

/** Updates a user when `expectedVersion` still matches (optimistic concurrency); null on conflict. */
export async function updateUser(db: Database, id: string, expectedVersion: number | undefined, changes: UserChanges): Promise<UserRecord | null> {
  const hash = changes.password ? await hashPassword(changes.password) : null;
  let username = '';
  const updated = await db.transaction(async (tx) => {
    const rows = await tx.rows<{ username: string }>(sql`
      update users set
        display_name = coalesce(${changes.displayName ?? null}, display_name),
        email = case when ${changes.email !== undefined} then ${changes.email ?? null} else email end,
        disabled = coalesce(${changes.disabled ?? null}::boolean, disabled),
        password_hash = coalesce(${hash}, password_hash),
        version = version + 1
      where id = ${id} and (${expectedVersion ?? null}::int is null or version = ${expectedVersion ?? null})
      returning username`);
    if (rows.length === 0) return false;
    username = rows[0]!.username;
    if (changes.grants) {
      await tx.execute(sql`delete from role_assignments where user_id = ${id}`);
      await insertGrants(tx, id, changes.grants);
    }
    // A disabled account or a new password (an administrator's reset) ends every session and
    // revokes every API token: whoever knew the old password may have made them.
    if (changes.disabled || changes.password) await tx.execute(sql`delete from sessions where user_id = ${id}`);
    if (changes.password) await tx.execute(sql`update api_tokens set revoked_at = now() where user_id = ${id} and revoked_at is null`);
    return true;
  });
  // "Ontgrendelen": every wait of the sign-in throttle for this user name ends.
  if (updated && changes.unlock === true) await clearAccountThrottle(db, username);
  // Roles, blocking, password and name are part of a signed-in session: forget the cached ones.
  if (updated) invalidateUserSessions(db, id);
  return updated ? findUser(db, id) : null;
}

export type LoginResult =
  | { ok: true; user: UserRecord; amr: string[] }
  | {
      ok: false;
      /**
       * invalid: wrong name, password or code (one answer for all); throttled: too many failures, wait
       * `retryAfter` seconds; second-factor: the password was right, now the code from the app;
       * enrol-second-factor: the organisation demands a second factor the user has not set up yet.
       */
      reason: 'invalid' | 'throttled' | 'disabled' | 'second-factor' | 'enrol-second-factor';
      retryAfter?: number;
      userId?: string;
    };

export interface LoginAttempt {
  /** The caller's address, for the throttle. */
  address: string;
  /** The code from the authenticator app, when the user has a second factor. */
  code?: string;
}

/**
 * Checks a user name and password (and the second factor). Failures are throttled per address and
 * per user name (login-throttle.ts) — the same way for names that do not exist, and with the same
 * work (a full scrypt), so neither the answer nor its timing tells whether a name exists.
 */
export async function checkLogin(db: Database, username: string, password: string, attempt: LoginAttempt): Promise<LoginResult> {
  const keys = throttleKeys(username, attempt.address);
  const wait = await throttledFor(db, keys);
  if (wait > 0) return { ok: false, reason: 'throttled', retryAfter: wait };
  const [row] = await db.rows<{ id: string; passwordHash: string | null; disabled: boolean }>(sql`
    select id, password_hash as "passwordHash", disabled from users where lower(username) = lower(${username})`);
  const valid = await verifyPassword(password, row?.passwordHash ?? null);
  if (!row || !valid) {
    await recordFailure(db, keys);
    return { ok: false, reason: 'invalid', ...(row ? { userId: row.id } : {}) };
  }
  if (row.disabled) return { ok: false, reason: 'disabled', userId: row.id };
  const user = (await findUser(db, row.id))!;
  const enrolled = await hasTotp(db, row.id);
  const required = !enrolled && (await totpRequiredFor(db, user.grants));
  if (enrolled || required || attempt.code) {
    if (!attempt.code) return { ok: false, reason: enrolled ? 'second-factor' : 'enrol-second-factor', userId: row.id };
    // Not enrolled yet: the code confirms the enrolment started with the password (POST /tweede-factor).
    if (!(await verifyTotp(db, row.id, attempt.code, { pending: !enrolled }))) {
      await recordFailure(db, keys);
      return { ok: false, reason: 'invalid', userId: row.id };
    }
    await recordSuccess(db, keys);
    return { ok: true, user, amr: ['pwd', 'otp'] };
  }
  await recordSuccess(db, keys);
  return { ok: true, user, amr: ['pwd'] };
}

/**
 * Only the password part of a sign-in, throttled the same way: for steps that need the password but
 * make no session (enrolling a second factor before the first sign-in, changing the own password).
 */
export async function checkPassword(db: Database, username: string, password: string, address: string): Promise<{ ok: true; user: UserRecord } | { ok: false; reason: 'invalid' | 'throttled'; retryAfter?: number }> {
  const keys = throttleKeys(username, address);
  const wait = await throttledFor(db, keys);
  if (wait > 0) return { ok: false, reason: 'throttled', retryAfter: wait };
  const [row] = await db.rows<{ id: string; passwordHash: string | null; disabled: boolean }>(sql`
    select id, password_hash as "passwordHash", disabled from users where lower(username) = lower(${username})`);
  const valid = await verifyPassword(password, row?.passwordHash ?? null);
  if (!row || !valid || row.disabled) {
    if (!valid) await recordFailure(db, keys);
    return { ok: false, reason: 'invalid' };
  }
  return { ok: true, user: (await findUser(db, row.id))! };
}

/**
 * The user's own password change: the old password must be right. Every other session ends and
 * every API token is revoked (they may have been made by whoever knew the old password); the
 * session the change was made in stays.
 */
export async function changeOwnPassword(db: Database, userId: string, keepSessionHash: string | null, newPassword: string): Promise<void> {
  const hash = await hashPassword(newPassword);
  await db.transaction(async (tx) => {
    await tx.execute(sql`update users set password_hash = ${hash}, version = version + 1 where id = ${userId}`);
    await tx.execute(sql`delete from sessions where user_id = ${userId} and id_hash is distinct from ${keepSessionHash}`);
    await tx.execute(sql`update api_tokens set revoked_at = now() where user_id = ${userId} and revoked_at is null`);
  });
  invalidateUserSessions(db, userId);
}

export function principalOf(user: UserRecord, via: Principal['via'], tokenScopes?: Principal['tokenScopes']): Principal {
  return { userId: user.id, username: user.username, displayName: user.displayName, grants: user.grants, via, ...(tokenScopes ? { tokenScopes } : {}) };
}
