import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../helpers/db.ts';
import { testApp, type TestApp } from '../helpers/app.ts';
import { grant, signIn, type SignedIn } from '../helpers/auth.ts';
import { intake } from '../helpers/cases.ts';
import { createUser } from '../../src/services/identity/users.ts';
import { ALL_ROLES, apiRoutes, fillUrl, routeParams } from './support/routes.ts';
import { ROLES, type Grant, type Role } from '../../src/domain/access/index.ts';

/** A foreign organisation per role: nothing of municipality Utrecht may reach these users. */
const FOREIGN: Record<Role, Grant['organisation']> = {
  landelijk: { kind: 'gemeente', code: 'beek-l' },
  regio: { kind: 'jeugdregio', code: 'zuid-limburg' },
  'gemeente-beleid': { kind: 'gemeente', code: 'beek-l' },
  clientondersteuner: { kind: 'gemeente', code: 'beek-l' },
  beslisser: { kind: 'gemeente', code: 'beek-l' },
  aanbieder: { kind: 'mee-organisatie', code: 'mee-zuid-limburg' },
  privacy: { kind: 'gemeente', code: 'beek-l' },
  beheer: { kind: 'gemeente', code: 'beek-l' },
  inwoner: { kind: 'gemeente', code: 'beek-l' },
};

/**
 * Security checks that test/api/identity.test.ts does not already make: the full header set on API,
 * error and personal-data answers; session fixation (a new session id at every sign-in, a planted
 * id never becomes valid); CSRF on every state-changing route, however many modules add. Lock-out and
 * the basic CSRF case are in identity.test.ts; upload size and type limits in fuzz-csv.test.ts.
 */
const cookieOf = (setCookie: string | string[] | undefined) => String(Array.isArray(setCookie) ? setCookie[0] : setCookie).split(';')[0]!;

describe.each(testEngines)('security baseline on %s', (engine) => {
  let t: TestApp;
  let sanne: SignedIn;
  let caseId: string;
  let matrixParams: Record<string, string>;
  beforeAll(async () => {
    t = await testApp(engine);
    sanne = await signIn(t.test.db, [grant('clientondersteuner', 'gemeente', 'utrecht')]);
    caseId = (await t.app.inject({ method: 'POST', url: '/api/v1/dossiers', headers: sanne.headers, payload: intake('Cliënt Kop') })).json().id;
    matrixParams = await routeParams(t.test.db);
    await createUser(t.test.db, { username: 'carla', displayName: 'Carla', password: 'correct-horse-battery', grants: [grant('gemeente-beleid', 'gemeente', 'utrecht')] });
  });
  afterAll(async () => t?.close());

  it('sends CSP (frame-ancestors none, no inline script), nosniff, Referrer-Policy and no-store on personal data, errors included', async () => {
    const answers = [
      await t.app.inject({ method: 'GET', url: `/api/v1/dossiers/${caseId}`, headers: sanne.headers }),
      await t.app.inject({ method: 'GET', url: `/api/v1/dossiers/${caseId}` }),
      await t.app.inject({ method: 'GET', url: '/api/v1/bestaat-niet' }),
      await t.app.inject({ method: 'POST', url: '/api/v1/dossiers', headers: { ...sanne.headers, 'content-type': 'application/json' }, payload: '{kapot' }),
    ];
    expect(answers.map((a) => a.statusCode)).toEqual([200, 401, 404, 400]);
    for (const res of answers) {
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toMatch(/default-src 'self'/);
      expect(csp).toMatch(/frame-ancestors 'none'/);
      expect(csp).toMatch(/object-src 'none'/);
      expect(csp).toMatch(/script-src 'self'(;|$)/);
      expect(csp).not.toMatch(/script-src[^;]*unsafe-(inline|eval)/);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['referrer-policy']).toMatch(/no-referrer|same-origin|strict-origin/);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers['x-powered-by']).toBeUndefined();
    }
  });

  it('gives a new session id at every sign-in; a planted or earlier session id never becomes the signed-in one', async () => {
    const login = (cookie?: string) =>
      t.app.inject({ method: 'POST', url: '/api/v1/sessies', headers: cookie ? { cookie } : {}, payload: { gebruikersnaam: 'carla', wachtwoord: 'correct-horse-battery' } });
    const planted = 'naast_sessie=aanvaller-gekozen-waarde';
    const first = await login(planted);
    expect(first.statusCode).toBe(201);
    const firstCookie = cookieOf(first.headers['set-cookie']);
    expect(firstCookie).not.toBe(planted);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/sessies/huidige', headers: { cookie: planted } })).statusCode).toBe(401);
    // Signing in again while holding a valid session still gives a fresh id.
    const second = await login(firstCookie);
    const secondCookie = cookieOf(second.headers['set-cookie']);
    expect(secondCookie).not.toBe(firstCookie);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/sessies/huidige', headers: { cookie: secondCookie } })).statusCode).toBe(200);
  });

  it('refuses every state-changing route called with the session cookie but without the CSRF token', async () => {
    const user = await signIn(t.test.db, ALL_ROLES);
    const params = matrixParams;
    const writes = apiRoutes(t.app).filter((r) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(r.method) && !(r.method === 'POST' && r.url === '/api/v1/sessies'));
    expect(writes.length).toBeGreaterThan(20);
    const allowed: string[] = [];
    for (const route of writes) {
      const res = await t.app.inject({ method: route.method as 'POST', url: fillUrl(route.url, params), headers: { cookie: user.headers.cookie! }, payload: route.method === 'DELETE' ? undefined : {} });
      // Public routes (e.g. a resident's sign-up) have no session to protect; they must still not write with a foreign cookie.
      if (res.statusCode !== 403 || !/CSRF/.test(res.body)) {
        const access = t.app.registeredRoutes.find((r) => r.method === route.method && r.url === route.url)?.access;
        if (!(access && 'public' in access && access.public)) allowed.push(`${route.method} ${route.url}: ${res.statusCode}`);
      }
    }
    expect(allowed).toEqual([]);
  });

  it('lets no personal data of a Utrecht client reach anyone of another municipality, on any GET route or the search', async () => {
    const name = 'Lekcontrole Vanderveen-Uniek';
    const bsn = '123456782';
    const created = await t.app.inject({ method: 'POST', url: '/api/v1/dossiers', headers: sanne.headers, payload: intake(name, { bsn }) });
    expect(created.statusCode, created.body).toBe(201);
    const params = { ...matrixParams, dossierId: created.json().id as string };
    const reads = apiRoutes(t.app).filter((r) => r.method === 'GET');
    const leaks: string[] = [];
    let checked = 0;
    for (const role of ROLES) {
      const user = await signIn(t.test.db, [{ role, organisation: FOREIGN[role] }]);
      const answers = await Promise.all([
        ...reads.map((r) => t.app.inject({ method: 'GET', url: fillUrl(r.url, params), headers: user.headers }).then((res) => [r.url, res.body] as const)),
        t.app.inject({ method: 'POST', url: '/api/v1/dossiers/zoeken', headers: user.headers, payload: { naam: 'Vanderveen' } }).then((res) => ['zoeken', res.body] as const),
      ]);
      for (const [url, body] of answers) {
        checked++;
        if (body.includes('Vanderveen') || body.includes(bsn) || /\*+782"/.test(body)) leaks.push(`${role}@${FOREIGN[role].code} ${url}`);
      }
    }
    console.log(`[security ${engine}] cross-municipality reads checked: ${checked}, leaks: ${leaks.length}`);
    expect(leaks).toEqual([]);
  });
});
