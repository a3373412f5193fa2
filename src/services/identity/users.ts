import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import type { Grant, Principal } from '../../domain/access/index.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { invalidateUserSessions } from './session-cache.ts';

/** After this many failed sign-ins in a row the account is locked for LOCK_MINUTES. */
export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

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
  grants: { role: Grant['role']; kind: Grant['organisation']['kind']; code: string }[] | null;
}

const userSelect = sql`
  select u.id, u.username, u.display_name as "displayName", u.email, u.disabled,
         u.locked_until::text as "lockedUntil", u.version,
         (u.password_hash is not null) as "hasPassword", (u.oidc_subject is not null) as oidc,
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

export class UsernameTakenError extends Error {}

export async function createUser(db: Database, input: NewUser): Promise<UserRecord> {
  const id = crypto.randomUUID();
  const hash = input.password ? await hashPassword(input.password) : null;
  await db.orm.transaction(async (tx) => {
    const taken = await tx.execute(sql`select 1 from users where lower(username) = lower(${input.username})`);
    if ((taken as unknown as { rows: unknown[] }).rows.length > 0) throw new UsernameTakenError(`De gebruikersnaam "${input.username}" bestaat al.`);
    await tx.execute(sql`
      insert into users (id, username, display_name, email, password_hash, oidc_issuer, oidc_subject)
      values (${id}, ${input.username}, ${input.displayName}, ${input.email ?? null}, ${hash}, ${input.oidc?.issuer ?? null}, ${input.oidc?.subject ?? null})`);
    await insertGrants(tx, id, input.grants);
  });
  return (await findUser(db, id))!;
}

type Executor = { execute: Database['orm']['execute'] };

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
  const updated = await db.orm.transaction(async (tx) => {
    const result = await tx.execute(sql`
      update users set
        display_name = coalesce(${changes.displayName ?? null}, display_name),
        email = case when ${changes.email !== undefined} then ${changes.email ?? null} else email end,
        disabled = coalesce(${changes.disabled ?? null}::boolean, disabled),
        password_hash = coalesce(${hash}, password_hash),
        failed_logins = case when ${changes.unlock === true} then 0 else failed_logins end,
        locked_until = case when ${changes.unlock === true} then null else locked_until end,
        version = version + 1
      where id = ${id} and (${expectedVersion ?? null}::int is null or version = ${expectedVersion ?? null})
      returning id`);
    if ((result as unknown as { rows: unknown[] }).rows.length === 0) return false;
    if (changes.grants) {
      await tx.execute(sql`delete from role_assignments where user_id = ${id}`);
      await insertGrants(tx, id, changes.grants);
    }
    // A disabled account or a new password ends every session (sign-out everywhere).
    if (changes.disabled || changes.password) await tx.execute(sql`delete from sessions where user_id = ${id}`);
    return true;
  });
  // Roles, blocking, password and name are part of a signed-in session: forget the cached ones.
  if (updated) invalidateUserSessions(db, id);
  return updated ? findUser(db, id) : null;
}

export type LoginResult =
  | { ok: true; user: UserRecord }
  | { ok: false; reason: 'invalid' | 'locked' | 'disabled'; lockedUntil?: string; userId?: string };

/**
 * Checks a username and password. Failed attempts are counted per account; the fifth in a row
 * locks the account for 15 minutes. The answer does not reveal whether the username exists.
 */
export async function checkLogin(db: Database, username: string, password: string): Promise<LoginResult> {
  const [row] = await db.rows<{ id: string; passwordHash: string | null; disabled: boolean; lockedUntil: string | null; locked: boolean }>(sql`
    select id, password_hash as "passwordHash", disabled, locked_until::text as "lockedUntil",
           (locked_until is not null and locked_until > now()) as locked
      from users where lower(username) = lower(${username})`);
  const valid = await verifyPassword(password, row?.passwordHash ?? null);
  if (!row) return { ok: false, reason: 'invalid' };
  if (row.locked) return { ok: false, reason: 'locked', lockedUntil: row.lockedUntil ?? undefined, userId: row.id };
  if (!valid) {
    const [after] = await db.rows<{ lockedUntil: string | null }>(sql`
      update users set failed_logins = failed_logins + 1,
             locked_until = case when failed_logins + 1 >= ${MAX_FAILED_LOGINS} then now() + make_interval(mins => ${LOCK_MINUTES}) else locked_until end
       where id = ${row.id} returning locked_until::text as "lockedUntil"`);
    return after?.lockedUntil ? { ok: false, reason: 'locked', lockedUntil: after.lockedUntil, userId: row.id } : { ok: false, reason: 'invalid', userId: row.id };
  }
  if (row.disabled) return { ok: false, reason: 'disabled', userId: row.id };
  await db.rows(sql`update users set failed_logins = 0, locked_until = null where id = ${row.id}`);
  return { ok: true, user: (await findUser(db, row.id))! };
}

export function principalOf(user: UserRecord, via: Principal['via'], tokenScopes?: Principal['tokenScopes']): Principal {
  return { userId: user.id, username: user.username, displayName: user.displayName, grants: user.grants, via, ...(tokenScopes ? { tokenScopes } : {}) };
}
