import crypto from 'node:crypto';
import { sql } from '../../db/sql.ts';
import * as client from 'openid-client';
import { inTransaction, type Database } from '../../db/client.ts';
import type { OidcConfig } from './oidc-config.ts';
import { mapClaims, type IgnoredRole } from './oidc-mapping.ts';
import { provisionOidcUser } from './oidc-users.ts';
import type { UserRecord } from './users.ts';
import type { SessionAuthentication } from './sessions.ts';
import { safeReturnPath } from '../../domain/access/return-path.ts';

/** A sign-in that was started but not finished is forgotten after this long. */
export const OIDC_LOGIN_MINUTES = 10;

/** Short codes for the sign-in page (`/inloggen?fout=<code>`); the provider's own text is never shown. */
export type OidcFailure = 'verlopen' | 'geweigerd' | 'mislukt' | 'geen-rol' | 'geblokkeerd' | 'niet-bereikbaar';

export type OidcOutcome =
  | { ok: true; user: UserRecord; returnTo: string; ignored: IgnoredRole[]; authentication: SessionAuthentication }
  | {
      ok: false;
      code: OidcFailure;
      /** Known when the provider did identify the person: for the audit log (pseudonymised). */
      subject?: { kind: 'gebruiker' | 'oidc'; id: string };
      ignored?: IgnoredRole[];
      /** For the server log only. */
      cause?: unknown;
    };

export interface OidcService {
  readonly config: OidcConfig;
  /** Creates state, nonce and PKCE verifier; returns the provider's authorization URL. */
  start(db: Database, returnTo: string): Promise<{ url: URL; state: string }>;
  /**
   * Completes a sign-in from the callback's query string. `boundState` is the state the browser
   * that started the sign-in holds (cookie): it stops a login-CSRF with someone else's callback.
   */
  finish(db: Database, query: string, boundState: string | undefined, record?: OutcomeRecorder): Promise<OidcOutcome>;
}

/**
 * Writes what follows from a provisioned sign-in (its audit row, the session) on the transaction that
 * changed the account: the account change and its audit row commit together or not at all.
 */
export type OutcomeRecorder = (db: Database, outcome: OidcOutcome) => Promise<void>;

export { safeReturnPath };

/**
 * How the provider authenticated the person (OIDC Core §2: `acr`, the assurance level, and `amr`, the
 * methods such as "pwd", "otp", "mfa"), kept on the session so an audit can tell how strong a sign-in
 * was. Only short plain strings: the values go into the database, never into a page.
 */
export function authenticationOf(claims: Record<string, unknown>): SessionAuthentication {
  const plain = (v: unknown) => (typeof v === 'string' && /^[\x21-\x7e]{1,200}$/.test(v) ? v : null);
  const amr = Array.isArray(claims.amr) ? claims.amr.map(plain).filter((v): v is string => v !== null).slice(0, 20) : [];
  return { acr: plain(claims.acr), amr: amr.length ? amr : null };
}

function equalSecrets(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

/**
 * The code exchange of a finished sign-in, shared by staff (here) and residents (portal): checks
 * state, iss, PKCE and the ID token (signature, issuer, audience, expiry, nonce), then adds UserInfo.
 */
export async function exchangeCode(
  oidc: client.Configuration,
  currentUrl: URL,
  state: string,
  login: { codeVerifier: string; nonce: string },
): Promise<Record<string, unknown>> {
  const tokens = await client.authorizationCodeGrant(oidc, currentUrl, {
    pkceCodeVerifier: login.codeVerifier,
    expectedState: state,
    expectedNonce: login.nonce,
    idTokenExpected: true,
  });
  const idToken = tokens.claims()!;
  // Providers that conform to OIDC Core put profile claims in UserInfo when an access token
  // is issued; the signed ID token wins where both say something.
  if (oidc.serverMetadata().userinfo_endpoint && tokens.access_token) {
    return { ...(await client.fetchUserInfo(oidc, tokens.access_token, idToken.sub)), ...idToken };
  }
  return { ...idToken };
}

export function createOidcService(config: OidcConfig): OidcService {
  // Discovery on first use, then cached: the server starts even when the provider is down.
  // A failed discovery is not cached, so the next sign-in tries again.
  let discovered: Promise<client.Configuration> | null = null;
  const discover = () => {
    discovered ??= client
      .discovery(config.issuer, config.clientId, undefined, client.ClientSecretBasic(config.clientSecret), {
        // Config validation allows http only for loopback issuers (development and tests).
        execute: config.issuer.protocol === 'http:' ? [client.allowInsecureRequests] : [],
        timeout: 10,
      })
      .catch((err: unknown) => {
        discovered = null;
        throw err;
      });
    return discovered;
  };

  return {
    config,

    async start(db, returnTo) {
      const oidc = await discover();
      const state = client.randomState();
      const nonce = client.randomNonce();
      const verifier = client.randomPKCECodeVerifier();
      await db.rows(sql`delete from oidc_logins where created_at < now() - make_interval(mins => ${OIDC_LOGIN_MINUTES})`);
      await db.rows(sql`
        insert into oidc_logins (state, code_verifier, nonce, return_to)
        values (${state}, ${verifier}, ${nonce}, ${safeReturnPath(returnTo)})`);
      const url = client.buildAuthorizationUrl(oidc, {
        redirect_uri: config.redirectUri.href,
        scope: config.scopes,
        state,
        nonce,
        code_challenge: await client.calculatePKCECodeChallenge(verifier),
        code_challenge_method: 'S256',
      });
      return { url, state };
    },

    async finish(db, query, boundState, record) {
      const currentUrl = new URL(config.redirectUri.href);
      currentUrl.search = query;
      const state = currentUrl.searchParams.get('state');
      if (!state || !boundState || !equalSecrets(state, boundState)) return { ok: false, code: 'verlopen' };
      // One use only: the row goes whatever happens next.
      const [login] = await db.rows<{ codeVerifier: string; nonce: string; returnTo: string; fresh: boolean }>(sql`
        delete from oidc_logins where state = ${state}
        returning code_verifier as "codeVerifier", nonce, return_to as "returnTo",
                  (created_at > now() - make_interval(mins => ${OIDC_LOGIN_MINUTES})) as fresh`);
      if (!login?.fresh) return { ok: false, code: 'verlopen' };
      const error = currentUrl.searchParams.get('error');
      if (error) return { ok: false, code: error === 'access_denied' || error === 'login_required' ? 'geweigerd' : 'mislukt', cause: error };

      let oidc: client.Configuration;
      try {
        oidc = await discover();
      } catch (cause) {
        return { ok: false, code: 'niet-bereikbaar', cause };
      }
      let claims: Record<string, unknown>;
      try {
        claims = await exchangeCode(oidc, currentUrl, state, login);
      } catch (cause) {
        return { ok: false, code: 'mislukt', cause };
      }
      const issuer = String(claims.iss);

      const subject = String(claims.sub);
      const { grants, ignored } = mapClaims(claims, config.mapping);
      // The provider exchange above is network; from here on it is one database transaction.
      return db.transaction(async (tx) => {
        const joined = inTransaction(db, tx);
        const result = await provisionOidcUser(joined, { issuer, subject, claims }, grants);
        const outcome: OidcOutcome = result.ok
          ? { ok: true, user: result.user, returnTo: login.returnTo, ignored, authentication: authenticationOf(claims) }
          : { ok: false, code: result.reason, ignored, subject: result.userId ? { kind: 'gebruiker', id: result.userId } : { kind: 'oidc', id: `${issuer} ${subject}` } };
        await record?.(joined, outcome);
        return outcome;
      });
    },
  };
}
