import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../src/db/sql.ts';
import { testEngines } from '../helpers/db.ts';
import { testApp, type TestApp } from '../helpers/app.ts';
import { grant, signIn, type SignedIn } from '../helpers/auth.ts';
import { createUser } from '../../src/services/identity/users.ts';
import { createToken } from '../../src/services/identity/tokens.ts';
import { currentCode } from '../../src/services/identity/totp.ts';
import { ACCOUNT_RULE } from '../../src/services/identity/login-throttle.ts';

/** Issue 17 §5: throttling instead of lock-out, the password blocklist, TOTP, and revocation on a new password. */
const PASSWORD = 'correct-horse-battery';
const cookieOf = (setCookie: string | string[] | undefined) => String(Array.isArray(setCookie) ? setCookie[0] : setCookie).split(';')[0]!;

describe.each(testEngines)('sign-in security on %s', (engine) => {
  let t: TestApp;
  let admin: SignedIn;
  beforeAll(async () => {
    t = await testApp(engine);
    admin = await signIn(t.test.db, [grant('beheer', 'landelijk', 'nl')]);
    for (const username of ['dirk', 'eva', 'fleur', 'gijs', 'hanna', 'ivo']) {
      await createUser(t.test.db, { username, displayName: username, password: PASSWORD, grants: [grant('gemeente-beleid', 'gemeente', username === 'gijs' ? 'zeist' : 'utrecht')] });
    }
  });
  afterAll(async () => t?.close());

  const login = (gebruikersnaam: string, wachtwoord: string, extra: { code?: string; from?: string } = {}) =>
    t.app.inject({ method: 'POST', url: '/api/v1/sessies', remoteAddress: extra.from ?? '192.0.2.1', payload: { gebruikersnaam, wachtwoord, ...(extra.code ? { code: extra.code } : {}) } });
  const userId = async (name: string) => (await t.test.db.rows<{ id: string }>(sql`select id from users where username = ${name}`))[0]!.id;
  const secretOf = async (name: string) => (await t.test.db.rows<{ s: string }>(sql`select totp_secret as s from users where username = ${name}`))[0]!.s;

  it('an attacker can delay a user only briefly, never lock them out; the own address of the attacker waits longer and longer', async () => {
    // Guessing from one address: after 5 failures that address waits, and each further failure doubles the wait.
    for (let i = 0; i < 6; i++) await login('dirk', `fout-wachtwoord-${i}`, { from: '203.0.113.66' });
    const attacker = await login('dirk', PASSWORD, { from: '203.0.113.66' });
    expect(attacker.statusCode).toBe(429);
    expect(attacker.json().detail).toMatch(/^Te veel mislukte pogingen\. Wacht \d+ seconden/);
    await t.test.db.rows(sql`update login_throttle set blocked_until = now() - interval '1 second' where key like 'pair:203.0.113.66 %'`);
    await login('dirk', 'fout-wachtwoord-6', { from: '203.0.113.66' });
    const longer = await login('dirk', PASSWORD, { from: '203.0.113.66' });
    expect(Number(longer.headers['retry-after'])).toBeGreaterThan(Number(attacker.headers['retry-after']));

    // Guessing from many addresses: the account as a whole waits, but never more than a minute.
    for (let i = 0; i < 14; i++) await login('dirk', `fout-wachtwoord-${i}`, { from: `203.0.113.${100 + i}` });
    const dirk = await login('dirk', PASSWORD, { from: '198.51.100.7' });
    expect(dirk.statusCode).toBe(429);
    expect(Number(dirk.headers['retry-after'])).toBeLessThanOrEqual(ACCOUNT_RULE.maxSeconds);
    // Once that short wait is over (moved into the past here), Dirk is in; the first attacker still waits.
    await t.test.db.rows(sql`update login_throttle set blocked_until = now() - interval '1 second' where key = 'account:dirk'`);
    expect((await login('dirk', PASSWORD, { from: '198.51.100.7' })).statusCode).toBe(201);
    expect((await login('dirk', PASSWORD, { from: '203.0.113.66' })).statusCode).toBe(429);
  });

  it('throttles unknown user names exactly like known ones', async () => {
    const run = async (name: string, from: string) => {
      const out: [number, string][] = [];
      for (let i = 0; i < 7; i++) {
        const res = await login(name, `fout-wachtwoord-${i}`, { from });
        out.push([res.statusCode, res.json().detail]);
      }
      return out;
    };
    expect(await run('niet-bestaand', '192.0.2.20')).toEqual(await run('eva', '192.0.2.21'));
  });

  it('refuses common and breached passwords with a Dutch message, also with digits or symbols added', async () => {
    for (const wachtwoord of ['qwerty123456', 'Welkom2024!!!!', 'P@ssw0rd12345', 'wachtwoordwachtwoord']) {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/gebruikers', headers: admin.headers, payload: { gebruikersnaam: `zwak${wachtwoord.length}`, naam: 'Zwak', wachtwoord, rollen: [] } });
      expect(res.statusCode, wachtwoord).toBe(400);
      expect(res.json().invalidParams[0]).toMatchObject({ name: 'body.wachtwoord', code: 'weak_password' });
      expect(res.json().detail).toMatch(/te makkelijk te raden/);
    }
    const ok = await t.app.inject({ method: 'POST', url: '/api/v1/gebruikers', headers: admin.headers, payload: { gebruikersnaam: 'sterk', naam: 'Sterk', wachtwoord: 'fietsen langs de vecht', rollen: [] } });
    expect(ok.statusCode).toBe(201);
  });

  it('TOTP: enrol with the password, confirm with the first code, then the code is needed; a code works once; an admin reset is the recovery', async () => {
    const start = await t.app.inject({ method: 'POST', url: '/api/v1/tweede-factor', payload: { gebruikersnaam: 'fleur', wachtwoord: PASSWORD } });
    expect(start.statusCode).toBe(201);
    const { geheim, uri } = start.json();
    expect(uri).toMatch(/^otpauth:\/\/totp\/Naast:fleur\?/);
    expect(new URL(uri).searchParams.get('secret')).toBe(geheim);
    expect(new URL(uri).searchParams.get('issuer')).toBe('Naast');
    // Not active until confirmed: signing in without a code still works.
    expect((await login('fleur', PASSWORD)).statusCode).toBe(201);
    expect((await login('fleur', PASSWORD, { code: '000000' })).statusCode).toBe(401);
    const code = currentCode(geheim);
    const first = await login('fleur', PASSWORD, { code });
    expect(first.statusCode).toBe(201);
    const [session] = await t.test.db.rows<{ amr: string[] | string }>(sql`select amr from sessions where user_id = ${await userId('fleur')} order by created_at desc limit 1`);
    expect(String(session!.amr)).toMatch(/pwd.*otp/);

    const without = await login('fleur', PASSWORD);
    expect(without.statusCode).toBe(401);
    expect(without.json()).toMatchObject({ code: 'second_factor_required', detail: 'Vul ook de code uit uw authenticator-app in.' });
    // The same code again (replay) is refused; so is re-enrolment without the administrator.
    expect((await login('fleur', PASSWORD, { code })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/tweede-factor', payload: { gebruikersnaam: 'fleur', wachtwoord: PASSWORD } })).statusCode).toBe(409);
    // A wrong password never reveals whether a second factor exists: only the generic code every 401 has.
    expect((await login('fleur', 'fout-wachtwoord-1')).json().code).toBe('niet-ingelogd');

    const account = () => t.app.inject({ method: 'GET', url: `/api/v1/gebruikers/${fleurId}`, headers: admin.headers });
    const fleurId = await userId('fleur');
    expect((await account()).json().tweedeFactor).toBe(true);
    const reset = await t.app.inject({ method: 'DELETE', url: `/api/v1/gebruikers/${fleurId}/tweede-factor`, headers: admin.headers });
    expect(reset.statusCode).toBe(204);
    expect((await account()).json().tweedeFactor).toBe(false);
    expect((await login('fleur', PASSWORD)).statusCode).toBe(201);
  });

  it('an organisation can demand TOTP: its staff must enrol before signing in, other organisations are untouched', async () => {
    const url = '/api/v1/organisaties/gemeente/utrecht/beveiliging';
    expect((await t.app.inject({ method: 'GET', url, headers: admin.headers })).json()).toEqual({ tweedeFactorVerplicht: false });
    // A session opened with the password alone before the demand (security review): it ends with the demand.
    const earlier = await login('hanna', PASSWORD);
    expect(earlier.statusCode).toBe(201);
    const earlierCookie = { cookie: String(earlier.headers['set-cookie']).split(';')[0]! };
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/sessies/huidige', headers: earlierCookie })).statusCode).toBe(200);
    const put = await t.app.inject({ method: 'PUT', url, headers: admin.headers, payload: { tweedeFactorVerplicht: true } });
    expect(put.statusCode).toBe(200);
    expect(put.json()).toEqual({ tweedeFactorVerplicht: true });
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/sessies/huidige', headers: earlierCookie })).statusCode).toBe(401);
    // A municipality's administrator elsewhere does not see it.
    const zeist = await signIn(t.test.db, [grant('beheer', 'gemeente', 'zeist')]);
    expect((await t.app.inject({ method: 'GET', url, headers: zeist.headers })).statusCode).toBe(404);

    const refused = await login('hanna', PASSWORD);
    expect(refused.statusCode).toBe(401);
    expect(refused.json().code).toBe('second_factor_enrolment_required');
    expect((await login('gijs', PASSWORD)).statusCode).toBe(201); // Zeist demands nothing
    const start = await t.app.inject({ method: 'POST', url: '/api/v1/tweede-factor', payload: { gebruikersnaam: 'hanna', wachtwoord: PASSWORD } });
    expect(start.statusCode).toBe(201);
    expect((await login('hanna', PASSWORD, { code: currentCode(await secretOf('hanna')) })).statusCode).toBe(201);
    await t.app.inject({ method: 'PUT', url, headers: admin.headers, payload: { tweedeFactorVerplicht: false } });
  });

  it('an own password change ends the other sessions and revokes API tokens; an admin reset ends every session', async () => {
    const a = await login('ivo', PASSWORD, { from: '192.0.2.50' });
    const b = await login('ivo', PASSWORD, { from: '192.0.2.51' });
    const [cookieA, cookieB] = [cookieOf(a.headers['set-cookie']), cookieOf(b.headers['set-cookie'])];
    const { token } = await createToken(t.test.db, await userId('ivo'), 'koppeling', ['sessie'], new Date(Date.now() + 86_400_000));
    const me = (headers: Record<string, string>) => t.app.inject({ method: 'GET', url: '/api/v1/sessies/huidige', headers });
    expect((await me({ authorization: `Bearer ${token}` })).statusCode).toBe(200);

    const change = (payload: object) => t.app.inject({ method: 'PUT', url: '/api/v1/mijn-account/wachtwoord', headers: { cookie: cookieA, 'x-csrf-token': a.json().csrfToken }, payload });
    const wrong = await change({ huidigWachtwoord: 'fout-wachtwoord-9', nieuwWachtwoord: 'een nieuwe lange zin' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().invalidParams[0].name).toBe('body.huidigWachtwoord');
    expect((await change({ huidigWachtwoord: PASSWORD, nieuwWachtwoord: 'welkom123456' })).json().invalidParams[0].code).toBe('weak_password');
    expect((await change({ huidigWachtwoord: PASSWORD, nieuwWachtwoord: 'een nieuwe lange zin' })).statusCode).toBe(204);

    expect((await me({ cookie: cookieA })).statusCode).toBe(200);
    expect((await me({ cookie: cookieB })).statusCode).toBe(401);
    expect((await me({ authorization: `Bearer ${token}` })).statusCode).toBe(401);

    const second = await createToken(t.test.db, await userId('ivo'), 'koppeling-2', ['sessie'], new Date(Date.now() + 86_400_000));
    const reset = await t.app.inject({ method: 'PATCH', url: `/api/v1/gebruikers/${await userId('ivo')}`, headers: admin.headers, payload: { wachtwoord: 'door de beheerder gezet' } });
    expect(reset.statusCode).toBe(200);
    expect((await me({ cookie: cookieA })).statusCode).toBe(401);
    expect((await me({ authorization: `Bearer ${second.token}` })).statusCode).toBe(401);
  });
});
