import { sql } from '../../db/sql.ts';
import { Secret, TOTP } from 'otpauth';
import type { Database } from '../../db/client.ts';
import type { Grant } from '../../domain/access/index.ts';

/**
 * TOTP second factor (RFC 6238: 6 digits, 30 s, SHA-1 — what every authenticator app reads) for staff
 * who sign in with a password. Enrolment: a secret and an otpauth:// URI for the app, confirmed with a
 * first code. A code is accepted one step either side (clock drift) and only once (replay).
 * Recovery: an administrator removes the second factor; the user then enrols again.
 */
const ISSUER = 'Naast';
const PERIOD = 30;

export interface TotpState {
  secret: string | null;
  confirmed: boolean;
  lastStep: number | null;
}

async function stateOf(db: Database, userId: string): Promise<TotpState | null> {
  const [row] = await db.rows<{ secret: string | null; confirmed: boolean; lastStep: string | number | null }>(sql`
    select totp_secret as secret, (totp_confirmed_at is not null) as confirmed, totp_last_step as "lastStep" from users where id = ${userId}`);
  return row ? { secret: row.secret, confirmed: row.confirmed, lastStep: row.lastStep === null ? null : Number(row.lastStep) } : null;
}

const totpOf = (secret: string, label = 'Naast') => new TOTP({ issuer: ISSUER, label, secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: PERIOD });

/** The current code for a secret (tests, and nothing else: the server never shows a code). */
export function currentCode(secret: string, timestamp = Date.now()): string {
  return totpOf(secret).generate({ timestamp });
}

/** Has this user a confirmed second factor? */
export async function hasTotp(db: Database, userId: string): Promise<boolean> {
  return (await stateOf(db, userId))?.confirmed ?? false;
}

/**
 * Starts (or restarts) enrolment: a new secret, not active until confirmed. Refused while a confirmed
 * factor exists — replacing it goes through the administrator's reset, so a stolen session cannot.
 */
export async function startTotpEnrolment(db: Database, userId: string, username: string): Promise<{ secret: string; uri: string } | null> {
  const state = await stateOf(db, userId);
  if (!state || state.confirmed) return null;
  const secret = new Secret({ size: 20 }).base32;
  await db.rows(sql`update users set totp_secret = ${secret}, totp_confirmed_at = null, totp_last_step = null where id = ${userId} and totp_confirmed_at is null`);
  return { secret, uri: totpOf(secret, username).toString() };
}

/**
 * Checks a code against the user's secret (confirmed, or pending when `pending`); on success records
 * the step so the same code cannot be used again, and confirms a pending enrolment.
 */
export async function verifyTotp(db: Database, userId: string, code: string, options: { pending?: boolean; now?: number } = {}): Promise<boolean> {
  const state = await stateOf(db, userId);
  if (!state?.secret || state.confirmed === Boolean(options.pending)) return false;
  const token = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(token)) return false;
  const now = options.now ?? Date.now();
  const delta = totpOf(state.secret).validate({ token, timestamp: now, window: 1 });
  if (delta === null) return false;
  const step = Math.floor(now / 1000 / PERIOD) + delta;
  // Conditional update: two requests with the same code cannot both win.
  const updated = await db.rows(sql`
    update users set totp_last_step = ${step}, totp_confirmed_at = coalesce(totp_confirmed_at, now())
     where id = ${userId} and totp_secret = ${state.secret} and (totp_last_step is null or totp_last_step < ${step})
     returning id`);
  return updated.length > 0;
}

/** The administrator's recovery: the second factor is removed; the user enrols again. */
export async function resetTotp(db: Database, userId: string): Promise<boolean> {
  const rows = await db.rows(sql`update users set totp_secret = null, totp_confirmed_at = null, totp_last_step = null, version = version + 1 where id = ${userId} returning id`);
  return rows.length > 0;
}

// ------------------------------------------------------------------- organisation setting

export interface OrganisationSecurity {
  requireTotp: boolean;
}

export async function organisationSecurity(db: Database, kind: string, code: string): Promise<OrganisationSecurity> {
  const [row] = await db.rows<{ requireTotp: boolean }>(sql`
    select require_totp as "requireTotp" from organisation_security where organisation_kind = ${kind} and organisation_code = ${code}`);
  return { requireTotp: row?.requireTotp ?? false };
}

export async function setOrganisationSecurity(db: Database, kind: string, code: string, settings: OrganisationSecurity): Promise<OrganisationSecurity> {
  await db.rows(sql`
    insert into organisation_security (organisation_kind, organisation_code, require_totp) values (${kind}, ${code}, ${settings.requireTotp})
    on conflict (organisation_kind, organisation_code) do update set require_totp = excluded.require_totp, updated_at = now()`);
  return organisationSecurity(db, kind, code);
}

/** Does any organisation the user works for demand a second factor? */
export async function totpRequiredFor(db: Database, grants: readonly Grant[]): Promise<boolean> {
  if (grants.length === 0) return false;
  const pairs = sql.join(
    grants.map((g) => sql`(${g.organisation.kind}, ${g.organisation.code})`),
    sql`, `,
  );
  const rows = await db.rows(sql`select 1 from organisation_security where require_totp and (organisation_kind, organisation_code) in (${pairs}) limit 1`);
  return rows.length > 0;
}
