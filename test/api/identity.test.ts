import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../src/db/sql.ts';
import { testEngines } from '../helpers/db.ts';
import { testApp, type TestApp } from '../helpers/app.ts';
import { grant, signIn, type SignedIn } from '../helpers/auth.ts';
import { createUser } from '../../src/services/identity/users.ts';

const cookieOf = (setCookie: string | string[] | undefined) => String(Array.isArray(setCookie) ? setCookie[0] : setCookie).split(';')[0]!;

describe.each(testEngines)('sign-in, sessions, CSRF and tokens on %s', (engine) => {
  let t: TestApp;
  let admin: SignedIn;
  beforeAll(async () => {
    t = await testApp(engine);
    admin = await signIn(t.test.db, [grant('beheer', 'landelijk', 'nl')]);
    await createUser(t.test.db, { username: 'anna', displayName: 'Anna', password: 'correct-horse-battery', grants: [grant('gemeente-beleid', 'gemeente', 'utrecht')] });
    await createUser(t.test.db, { username: 'bert', displayName: 'Bert', password: 'correct-horse-battery', grants: [grant('gemeente-beleid', 'gemeente', 'utrecht')] });
  });
  afterAll(async () => t?.close());
  const login = (gebruikersnaam: string, wachtwoord: string) => t.app.inject({ method: 'POST', url: '/api/v1/sessies', payload: { gebruikersnaam, wachtwoord } });

  it('signs in with a password: HttpOnly, SameSite=Lax, Secure session cookie and a CSRF token', async () => {
    const res = await login('anna', 'correct-horse-battery');
    expect(res.statusCode).toBe(201);
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/naast_sessie=/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).toMatch(/Secure/);
    expect(res.json().csrfToken).toBeTruthy();
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/sessies/huidige', headers: { cookie: cookieOf(res.headers['set-cookie']) } });
    expect(me.json().gebruiker.gebruikersnaam).toBe('anna');
  });

  it('gives the same answer for a wrong password and an unknown user', async () => {
    const wrong = await login('anna', 'wrong-password-123');
    const unknown = await login('nobody', 'wrong-password-123');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().detail).toBe(unknown.json().detail);
  });

  it('throttles after 5 failures with the same answer for known and unknown names, until the wait is over or an admin unlocks', async () => {
    const tries = async (name: string) => {
      const answers = [];
      for (let i = 0; i < 6; i++) answers.push(await login(name, `wrong-${i}-password`));
      return answers;
    };
    const known = await tries('bert');
    const unknown = await tries('niemand-bekend');
    expect(known.map((r) => r.statusCode)).toEqual([401, 401, 401, 401, 401, 429]);
    expect(unknown.map((r) => r.statusCode)).toEqual(known.map((r) => r.statusCode));
    expect(known[5]!.json().detail).toBe(unknown[5]!.json().detail);
    expect(known[5]!.json().detail).toMatch(/Te veel mislukte pogingen/);
    expect(Number(known[5]!.headers['retry-after'])).toBeGreaterThan(0);
    // While throttled even the right password waits: no guessing during the wait.
    expect((await login('bert', 'correct-horse-battery')).statusCode).toBe(429);
    const [bert] = await t.test.db.rows<{ id: string }>(sql`select id from users where username = 'bert'`);
    const unlock = await t.app.inject({ method: 'PATCH', url: `/api/v1/gebruikers/${bert!.id}`, headers: admin.headers, payload: { ontgrendelen: true } });
    expect(unlock.statusCode).toBe(200);
    expect((await login('bert', 'correct-horse-battery')).statusCode).toBe(201);
  });

  it('refuses a state-changing request with the session cookie but without the CSRF token', async () => {
    const url = '/api/v1/budget/bestedingen/2015/utrecht';
    const withoutToken = await t.app.inject({ method: 'PUT', url, headers: { cookie: admin.headers.cookie! }, payload: { bedragCent: 1 } });
    expect(withoutToken.statusCode).toBe(403);
    expect(withoutToken.json().detail).toMatch(/CSRF/);
    const wrongOrigin = await t.app.inject({ method: 'PUT', url, headers: { ...admin.headers, origin: 'https://evil.example' }, payload: { bedragCent: 1 } });
    expect(wrongOrigin.statusCode).toBe(403);
    const ok = await t.app.inject({ method: 'PUT', url, headers: admin.headers, payload: { bedragCent: 1 } });
    expect(ok.statusCode).toBe(200);
  });

  it('signs out, and signs out everywhere', async () => {
    const a = cookieOf((await login('anna', 'correct-horse-battery')).headers['set-cookie']);
    const bLogin = await login('anna', 'correct-horse-battery');
    const b = cookieOf(bLogin.headers['set-cookie']);
    const out = await t.app.inject({ method: 'DELETE', url: '/api/v1/sessies', headers: { cookie: b, 'x-csrf-token': bLogin.json().csrfToken } });
    expect(out.statusCode).toBe(200);
    expect(out.json().beeindigd).toBeGreaterThanOrEqual(2);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/sessies/huidige', headers: { cookie: a } })).statusCode).toBe(401);
  });

  it('creates, uses and revokes a scoped API token; the secret is shown once and stored hashed', async () => {
    const created = await t.app.inject({ method: 'POST', url: '/api/v1/api-tokens', headers: admin.headers, payload: { naam: 'koppeling', scopes: ['budget:besteding-schrijven'], geldigDagen: 30 } });
    expect(created.statusCode).toBe(201);
    const token = created.json().token as string;
    const [stored] = await t.test.db.rows<{ secret_hash: string }>(sql`select secret_hash from api_tokens where id = ${created.json().id}`);
    expect(token).not.toContain(stored!.secret_hash);
    const bearer = { authorization: `Bearer ${token}` };
    expect((await t.app.inject({ method: 'PUT', url: '/api/v1/budget/bestedingen/2015/utrecht', headers: bearer, payload: { bedragCent: 5 } })).statusCode).toBe(200);
    // The token's scope does not include user administration, although its owner may do that.
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/gebruikers', headers: bearer })).statusCode).toBe(403);
    await t.app.inject({ method: 'DELETE', url: `/api/v1/api-tokens/${created.json().id}`, headers: admin.headers });
    expect((await t.app.inject({ method: 'PUT', url: '/api/v1/budget/bestedingen/2015/utrecht', headers: bearer, payload: { bedragCent: 6 } })).statusCode).toBe(401);
  });

  it('cannot give a token more rights than its owner holds', async () => {
    const anna = await signIn(t.test.db, [grant('gemeente-beleid', 'gemeente', 'utrecht')]);
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/api-tokens', headers: anna.headers, payload: { naam: 'x', scopes: ['gebruikers:beheren'] } });
    expect(res.statusCode).toBe(400);
  });

  it('sends the security headers, and no-store on API answers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(res.headers['strict-transport-security']).toMatch(/max-age/);
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('records every sign-in attempt in the audit log, with a pseudonym, never the username', async () => {
    const rows = await t.test.db.rows<{ data_subject: string; outcome: string }>(sql`select data_subject, outcome from audit_log where activity = 'inloggen'`);
    expect(rows.some((r) => r.outcome === 'geweigerd')).toBe(true);
    expect(rows.some((r) => r.outcome === 'toegestaan')).toBe(true);
    for (const r of rows.filter((r) => r.data_subject)) expect(r.data_subject).toMatch(/^ps_[0-9a-f]{20}$/);
  });
});
