import crypto from 'node:crypto';
import { sql } from '../../db/sql.ts';
import type { Database } from '../../db/client.ts';
import type { Grant } from '../../domain/access/index.ts';
import { createUser, findUser, updateUser, UsernameTakenError, type UserRecord } from './users.ts';

/** Who the provider says signed in: the pair (issuer, subject) is the only stable identity. */
export interface OidcIdentity {
  issuer: string;
  subject: string;
  claims: Record<string, unknown>;
}

export type ProvisionResult =
  | { ok: true; user: UserRecord }
  | { ok: false; reason: 'geen-rol' | 'geblokkeerd'; userId?: string };

const text = (value: unknown, max = 200): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim().slice(0, max) : undefined;

export async function findOidcUser(db: Database, issuer: string, subject: string): Promise<UserRecord | null> {
  const [row] = await db.rows<{ id: string }>(sql`select id from users where oidc_issuer = ${issuer} and oidc_subject = ${subject}`);
  return row ? findUser(db, row.id) : null;
}

const sameGrants = (a: Grant[], b: Grant[]) => {
  const key = (gs: Grant[]) => gs.map((g) => `${g.role}@${g.organisation.kind}:${g.organisation.code}`).sort().join(' ');
  return key(a) === key(b);
};

/**
 * Finds the account of this identity or creates it, and makes its roles exactly the mapped
 * ones: the provider is the source of truth, so a role it no longer gives is gone at the next
 * sign-in. No account is created for someone without a role (data minimisation); an existing
 * account that lost all roles keeps none and is refused.
 */
export async function provisionOidcUser(db: Database, identity: OidcIdentity, grants: Grant[]): Promise<ProvisionResult> {
  const { claims } = identity;
  const displayName = text(claims.name);
  const email = text(claims.email, 320) ?? null;
  let user = await findOidcUser(db, identity.issuer, identity.subject);
  if (user?.disabled) return { ok: false, reason: 'geblokkeerd', userId: user.id };
  if (!user) {
    if (grants.length === 0) return { ok: false, reason: 'geen-rol' };
    user = await createOidcUser(db, identity, { displayName, email, grants });
    return { ok: true, user };
  }
  const changed = !sameGrants(user.grants, grants) || (displayName !== undefined && displayName !== user.displayName) || email !== user.email;
  if (changed) user = (await updateUser(db, user.id, undefined, { grants, email, ...(displayName ? { displayName } : {}) })) ?? user;
  return grants.length === 0 ? { ok: false, reason: 'geen-rol', userId: user.id } : { ok: true, user };
}

/**
 * Username from preferred_username, email or sub. It never links to an existing local account
 * with the same name (that would let a provider take over accounts): a taken name gets a suffix
 * derived from the identity.
 */
async function createOidcUser(
  db: Database,
  identity: OidcIdentity,
  profile: { displayName: string | undefined; email: string | null; grants: Grant[] },
): Promise<UserRecord> {
  const base = text(identity.claims.preferred_username) ?? profile.email ?? identity.subject.slice(0, 200);
  const suffix = crypto.createHash('sha256').update(`${identity.issuer}|${identity.subject}`).digest('hex');
  for (const username of [base, `${base}-${suffix.slice(0, 6)}`, `${base}-${suffix.slice(0, 16)}`]) {
    try {
      return await createUser(db, {
        username,
        displayName: profile.displayName ?? username,
        email: profile.email,
        grants: profile.grants,
        oidc: { issuer: identity.issuer, subject: identity.subject },
      });
    } catch (err) {
      if (!(err instanceof UsernameTakenError)) {
        // Two first sign-ins of the same person at once: the other one created the account.
        const existing = await findOidcUser(db, identity.issuer, identity.subject);
        if (existing) return existing;
        throw err;
      }
    }
  }
  throw new UsernameTakenError(`Geen vrije gebruikersnaam voor "${base}".`);
}
