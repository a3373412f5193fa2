import { sql } from '../../src/db/sql.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/api/server.ts';
import { pseudonymise } from '../../src/services/audit/pseudonym.ts';
import { findOidcUser } from '../../src/services/identity/oidc-users.ts';
import { updateUser } from '../../src/services/identity/users.ts';
import type { TestDatabase } from '../helpers/db.ts';
import { startOidcTestServer, type OidcTestServer } from '../helpers/oidc-server.ts';
import type { TestProvider } from '../helpers/oidc-provider.ts';
import { CookieBrowser, signInThroughProvider } from '../helpers/browser.ts';
import { failSignInAudits } from '../helpers/audit-faults.ts';

// The whole flow over real HTTP: Naast and a real OpenID provider on loopback ports.
const CALLBACK = '/api/v1/oidc/terugkeer';

describe('OIDC sign-in', () => {
  let provider: TestProvider;
  let test: TestDatabase;
  let naast: string;

  let server: OidcTestServer | undefined;
  beforeAll(async () => {
    server = await startOidcTestServer();
    ({ naast, provider, test } = server);
  });
  afterAll(async () => server?.close());

  const signIn = (browser: CookieBrowser, login: string, path = '/api/v1/oidc/inloggen', extra: { stopAtCallback?: boolean; cancel?: boolean } = {}) =>
    signInThroughProvider(browser, `${naast}${path}`, CALLBACK, { login, ...extra });

  async function whoAmI(browser: CookieBrowser) {
    const res = await browser.request(`${naast}/api/v1/sessies/huidige`);
    return { status: res.status, body: (await res.json()) as { gebruiker: Record<string, any> } };
  }

  const auditRows = () =>
    test.db.rows<{ dataSubject: string; outcome: string }>(
      sql`select data_subject as "dataSubject", outcome from audit_log where activity = 'inloggen' order by seq`,
    );

  it('tells the UI that OIDC is on and what the button says', async () => {
    const res = await fetch(`${naast}/api/v1/oidc/configuratie`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ingeschakeld: true, naam: 'Inloggen met de testprovider' });
  });

  it('sends the browser to the provider with PKCE (S256), state and nonce', async () => {
    const res = await new CookieBrowser().request(`${naast}/api/v1/oidc/inloggen`);
    expect(res.status).toBe(302);
    const location = new URL(res.headers.get('location')!);
    expect(location.origin).toBe(provider.issuer);
    for (const p of ['state', 'nonce', 'code_challenge']) expect(location.searchParams.get(p)).toBeTruthy();
    expect(location.searchParams.get('code_challenge_method')).toBe('S256');
    expect(location.searchParams.get('redirect_uri')).toBe(`${naast}${CALLBACK}`);
  });

  it('signs a new user in with the mapped role and returns to the requested page', async () => {
    const browser = new CookieBrowser();
    const { response } = await signIn(browser, 'bea-beleid', `/api/v1/oidc/inloggen?terugNaar=${encodeURIComponent('/budget?jaar=2014')}`);
    expect(response!.status).toBe(302);
    expect(response!.headers.get('location')).toBe('/budget?jaar=2014');
    expect(browser.cookies(naast).has('naast_sessie')).toBe(true);

    const me = await whoAmI(browser);
    expect(me.status).toBe(200);
    expect(me.body.gebruiker).toMatchObject({
      gebruikersnaam: 'bea.beleid',
      naam: 'Bea Beleid',
      email: 'bea@utrecht.example',
      oidc: true,
      heeftWachtwoord: false,
      rollen: [{ rol: 'gemeente-beleid', organisatie: { soort: 'gemeente', code: 'utrecht' } }],
    });
    // The state is used once and gone.
    expect(await test.db.rows(sql`select 1 from oidc_logins where return_to = '/budget?jaar=2014'`)).toHaveLength(0);
    // Audited with a pseudonym, never the user's id or name.
    const last = (await auditRows()).at(-1)!;
    expect(last).toEqual({ dataSubject: await pseudonymise(test.db, 'gebruiker', me.body.gebruiker.id, null), outcome: 'toegestaan' });
  });

  it('replaces the roles with what the provider says at the next sign-in', async () => {
    const before = await findOidcUser(test.db, provider.issuer, 'bea-beleid');
    provider.accounts.get('bea-beleid')!.naast_rollen = ['beheer@gemeente:utrecht', 'privacy', 'rol-die-niet-bestaat'];
    provider.accounts.get('bea-beleid')!.organisatie = 'gemeente:utrecht';
    const browser = new CookieBrowser();
    const { response } = await signIn(browser, 'bea-beleid');
    expect(response!.headers.get('location')).toBe('/');
    const me = await whoAmI(browser);
    expect(me.body.gebruiker.id).toBe(before!.id);
    expect(me.body.gebruiker.rollen).toEqual([
      { rol: 'beheer', organisatie: { soort: 'gemeente', code: 'utrecht' } },
      { rol: 'privacy', organisatie: { soort: 'gemeente', code: 'utrecht' } },
    ]);
  });

  it('refuses a callback whose state was tampered with', async () => {
    const browser = new CookieBrowser();
    const { callback } = await signIn(browser, 'bea-beleid', undefined, { stopAtCallback: true });
    callback.searchParams.set('state', `${callback.searchParams.get('state')}x`);
    const res = await browser.request(callback);
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/inloggen?fout=verlopen');
    expect(browser.cookies(naast).has('naast_sessie')).toBe(false);
  });

  it('refuses a callback in a browser that did not start the sign-in (login CSRF)', async () => {
    const { callback } = await signIn(new CookieBrowser(), 'bea-beleid', undefined, { stopAtCallback: true });
    const victim = new CookieBrowser();
    const res = await victim.request(callback);
    expect(res.headers.get('location')).toBe('/inloggen?fout=verlopen');
    expect(victim.cookies(naast).has('naast_sessie')).toBe(false);
  });

  it('refuses a user whose claims map to no role, without creating an account', async () => {
    const browser = new CookieBrowser();
    const { response } = await signIn(browser, 'zonder-rol');
    expect(response!.headers.get('location')).toBe('/inloggen?fout=geen-rol');
    expect(browser.cookies(naast).has('naast_sessie')).toBe(false);
    expect(await findOidcUser(test.db, provider.issuer, 'zonder-rol')).toBeNull();
    expect((await auditRows()).at(-1)).toEqual({ dataSubject: expect.stringMatching(/^ps_[0-9a-f]{20}$/), outcome: 'geweigerd' });
  });

  it('creates no account when its audit row cannot be written (one transaction), and does on the next try', async () => {
    await failSignInAudits(test.db, true);
    try {
      const { response } = await signIn(new CookieBrowser(), 'eerste-keer');
      expect(response!.status).toBeGreaterThanOrEqual(500);
      expect(await findOidcUser(test.db, provider.issuer, 'eerste-keer')).toBeNull();
    } finally {
      await failSignInAudits(test.db, false);
    }
    const browser = new CookieBrowser();
    const { response } = await signIn(browser, 'eerste-keer');
    expect(response!.headers.get('location')).toBe('/');
    const user = await findOidcUser(test.db, provider.issuer, 'eerste-keer');
    expect((await auditRows()).at(-1)).toEqual({ dataSubject: await pseudonymise(test.db, 'gebruiker', user!.id, null), outcome: 'toegestaan' });
  });

  it('refuses a disabled account', async () => {
    const user = await findOidcUser(test.db, provider.issuer, 'bea-beleid');
    await updateUser(test.db, user!.id, undefined, { disabled: true });
    const { response } = await signIn(new CookieBrowser(), 'bea-beleid');
    expect(response!.headers.get('location')).toBe('/inloggen?fout=geblokkeerd');
    await updateUser(test.db, user!.id, undefined, { disabled: false });
  });

  it('reports a sign-in cancelled at the provider without echoing its text', async () => {
    const { callback, response } = await signIn(new CookieBrowser(), 'bea-beleid', undefined, { cancel: true });
    expect(callback.searchParams.get('error')).toBe('access_denied');
    expect(response!.headers.get('location')).toBe('/inloggen?fout=geweigerd');
  });

  it('only returns to same-site paths', async () => {
    const browser = new CookieBrowser();
    const { response } = await signIn(browser, 'bea-beleid', `/api/v1/oidc/inloggen?terugNaar=${encodeURIComponent('//evil.example/x')}`);
    expect(response!.headers.get('location')).toBe('/');
  });

  it('answers with a Dutch 404 problem when OIDC is not configured', async () => {
    const plain = await buildServer({ db: test.db, webDir: '/nonexistent' });
    try {
      const res = await plain.inject({ method: 'GET', url: '/api/v1/oidc/inloggen' });
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.json().detail).toMatch(/niet ingeschakeld/);
      const config = await plain.inject({ method: 'GET', url: '/api/v1/oidc/configuratie' });
      expect(config.json()).toEqual({ ingeschakeld: false, naam: 'Inloggen met uw organisatie-account' });
    } finally {
      await plain.close();
    }
  });
});
