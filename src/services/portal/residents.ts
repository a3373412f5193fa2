import crypto from 'node:crypto';
import { sql } from '../../db/sql.ts';
import * as client from 'openid-client';
import { inTransaction, type Database } from '../../db/client.ts';
import type { Grant } from '../../domain/access/index.ts';
import type { OidcConfig } from '../identity/oidc-config.ts';
import { exchangeCode, OIDC_LOGIN_MINUTES, safeReturnPath } from '../identity/oidc.ts';
import { createUser, findUser, updateUser, UsernameTakenError, type UserRecord } from '../identity/users.ts';

/**
 * Residents sign in through the same OpenID Connect provider configuration as staff (in production a
 * DigiD broker), but through their own start route and callback (docs/decisions/0009):
 * - the resident's account is keyed on the provider's subject in resident_identities, never on the
 *   staff columns, so a staff sign-in can never create, find or change it (and vice versa);
 * - the only role it ever gets is `inwoner` for the municipality the resident chose; role claims in
 *   the token (naast_rollen and the like) are ignored here.
 */

export const RESIDENT_CALLBACK_PATH = '/api/v1/portaal/terugkeer';

/** The portal's callback, on the same origin as the staff callback (both registered at the provider). */
export const residentRedirectUri = (config: OidcConfig): URL => new URL(RESIDENT_CALLBACK_PATH, config.redirectUri);

export type ResidentSignInFailure = 'verlopen' | 'geweigerd' | 'mislukt' | 'geblokkeerd' | 'niet-bereikbaar';

export type ResidentSignInOutcome =
  | { ok: true; user: UserRecord; returnTo: string; created: boolean }
  | { ok: false; code: ResidentSignInFailure; userId?: string; cause?: unknown };

const discoveries = new WeakMap<OidcConfig, Promise<client.Configuration>>();

function discover(config: OidcConfig): Promise<client.Configuration> {
  let found = discoveries.get(config);
  if (!found) {
    found = client.discovery(config.issuer, config.clientId, undefined, client.ClientSecretBasic(config.clientSecret), {
      execute: config.issuer.protocol === 'http:' ? [client.allowInsecureRequests] : [],
      timeout: 10,
    });
    // A failed discovery is not kept: the next sign-in tries again.
    found.catch(() => discoveries.delete(config));
    discoveries.set(config, found);
  }
  return found;
}

export async function startResidentSignIn(db: Database, config: OidcConfig, input: { municipalityCode: string; returnTo: string }): Promise<{ url: URL; state: string }> {
  const oidc = await discover(config);
  const state = client.randomState();
  const nonce = client.randomNonce();
  const verifier = client.randomPKCECodeVerifier();
  await db.rows(sql`delete from resident_logins where created_at < now() - make_interval(mins => ${OIDC_LOGIN_MINUTES})`);
  await db.rows(sql`insert into resident_logins (state, code_verifier, nonce, municipality_code, return_to)
    values (${state}, ${verifier}, ${nonce}, ${input.municipalityCode}, ${safeReturnPath(input.returnTo)})`);
  const url = client.buildAuthorizationUrl(oidc, {
    redirect_uri: residentRedirectUri(config).href,
    // Only who the resident is: a broker gives no roles, and we would not use them.
    scope: 'openid profile',
    state,
    nonce,
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
  });
  return { url, state };
}

const equalSecrets = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
};

const text = (value: unknown, max = 200): string | undefined => (typeof value === 'string' && value.trim() ? value.trim().slice(0, max) : undefined);

/**
 * Writes what follows from a provisioned sign-in (audit row, session) on the transaction that created or
 * changed the account, so the change and its audit row commit together or not at all.
 */
export type ResidentOutcomeRecorder = (db: Database, outcome: ResidentSignInOutcome) => Promise<void>;

/** Completes the sign-in: the checks of OIDC Core (state bound to the browser, PKCE, nonce, ID token). */
export async function finishResidentSignIn(
  db: Database,
  config: OidcConfig,
  query: string,
  boundState: string | undefined,
  record?: ResidentOutcomeRecorder,
): Promise<ResidentSignInOutcome> {
  const currentUrl = residentRedirectUri(config);
  currentUrl.search = query;
  const state = currentUrl.searchParams.get('state');
  if (!state || !boundState || !equalSecrets(state, boundState)) return { ok: false, code: 'verlopen' };
  const [login] = await db.rows<{ codeVerifier: string; nonce: string; returnTo: string; municipalityCode: string; fresh: boolean }>(sql`
    delete from resident_logins where state = ${state}
    returning code_verifier as "codeVerifier", nonce, return_to as "returnTo", municipality_code as "municipalityCode",
              (created_at > now() - make_interval(mins => ${OIDC_LOGIN_MINUTES})) as fresh`);
  if (!login?.fresh) return { ok: false, code: 'verlopen' };
  const error = currentUrl.searchParams.get('error');
  if (error) return { ok: false, code: error === 'access_denied' || error === 'login_required' ? 'geweigerd' : 'mislukt', cause: error };
  let oidc: client.Configuration;
  try {
    oidc = await discover(config);
  } catch (cause) {
    return { ok: false, code: 'niet-bereikbaar', cause };
  }
  let claims: Record<string, unknown>;
  try {
    claims = await exchangeCode(oidc, currentUrl, state, login);
  } catch (cause) {
    return { ok: false, code: 'mislukt', cause };
  }
  const identity = { issuer: String(claims.iss), subject: String(claims.sub), name: text(claims.name) };
  // The provider exchange above is network; the account, its identity link and the audit row are one transaction.
  return db.transaction(async (tx) => {
    const joined = inTransaction(db, tx);
    const outcome = await provisionResident(joined, identity, login.municipalityCode, login.returnTo);
    await record?.(joined, outcome);
    return outcome;
  });
}

/**
 * Finds or creates the resident account of this identity and makes its one role `inwoner` of the
 * municipality chosen at this sign-in (someone who moved chooses the new one).
 */
export async function provisionResident(
  db: Database,
  identity: { issuer: string; subject: string; name: string | undefined },
  municipalityCode: string,
  returnTo: string,
): Promise<ResidentSignInOutcome> {
  const grants: Grant[] = [{ role: 'inwoner', organisation: { kind: 'gemeente', code: municipalityCode } }];
  const [known] = await db.rows<{ userId: string }>(sql`select user_id::text as "userId" from resident_identities where oidc_issuer = ${identity.issuer} and oidc_subject = ${identity.subject}`);
  if (known) {
    const user = await findUser(db, known.userId);
    if (!user || user.disabled) return { ok: false, code: 'geblokkeerd', userId: known.userId };
    const updated = await updateUser(db, user.id, undefined, { grants, ...(identity.name ? { displayName: identity.name } : {}) });
    return { ok: true, user: updated ?? user, returnTo, created: false };
  }
  // The user name is derived from the identity, never from a claim: it can never collide with staff.
  const username = `inwoner-${crypto.createHash('sha256').update(`${identity.issuer}|${identity.subject}`).digest('hex').slice(0, 16)}`;
  let user: UserRecord;
  try {
    // A savepoint when called inside a transaction: a failed attempt leaves the outer one usable.
    user = await db.transaction(async (tx) => {
      const joined = inTransaction(db, tx);
      const created = await createUser(joined, { username, displayName: identity.name ?? 'Inwoner', email: null, grants });
      await joined.rows(sql`insert into resident_identities (user_id, oidc_issuer, oidc_subject) values (${created.id}::uuid, ${identity.issuer}, ${identity.subject})`);
      return created;
    });
  } catch (err) {
    // Two first sign-ins of the same resident at once: the other one created the account (its
    // insert made ours wait and then fail). Anything else is a real failure.
    const [other] = await db.rows(sql`select 1 from resident_identities where oidc_issuer = ${identity.issuer} and oidc_subject = ${identity.subject}`);
    if (other) return provisionResident(db, identity, municipalityCode, returnTo);
    if (err instanceof UsernameTakenError) return { ok: false, code: 'mislukt', cause: err };
    throw err;
  }
  return { ok: true, user, returnTo, created: true };
}
