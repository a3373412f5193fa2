import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Grant, type Role } from '../../src/domain/access/index.ts';
import { testApp, type TestApp } from '../helpers/app.ts';
import { signIn } from '../helpers/auth.ts';
import { MATRIX_MODULES } from './authorization/index.ts';
import type { Expectation } from './authorization/types.ts';

/**
 * The authorisation matrix: every API route × every role × own/foreign organisation (and anonymous).
 * Expectations are written by hand, per module in `./authorization/`, independently of the rules in
 * the code; a route that is not in the matrix fails the test, so no route lands without a decision
 * about who may use it.
 */
const EXPECTED: Record<string, Expectation> = {};
for (const module of MATRIX_MODULES) {
  for (const [key, expectation] of Object.entries(module.expected)) {
    if (key in EXPECTED) throw new Error(`Route twice in the authorisation matrix: ${key}`);
    EXPECTED[key] = expectation;
  }
}

/** Routes served by plugins (API description and viewer), public by design and outside the matrix. */
const PLUGIN_ROUTES = [/^\/api\/v1\/docs/, /^\/api\/v1\/openapi\.json$/];

/** Own organisation: the resource used below (municipality Utrecht, in youth region Utrecht Stad). */
const OWN: Record<Role, Grant['organisation']> = {
  landelijk: { kind: 'landelijk', code: 'nl' },
  regio: { kind: 'jeugdregio', code: 'utrecht-stad' },
  'gemeente-beleid': { kind: 'gemeente', code: 'utrecht' },
  clientondersteuner: { kind: 'gemeente', code: 'utrecht' },
  beslisser: { kind: 'gemeente', code: 'utrecht' },
  aanbieder: { kind: 'mee-organisatie', code: 'mee-utrecht-gooi-vecht' },
  privacy: { kind: 'landelijk', code: 'nl' },
  beheer: { kind: 'landelijk', code: 'nl' },
  inwoner: { kind: 'gemeente', code: 'utrecht' },
};
const FOREIGN: Record<Role, Grant['organisation']> = {
  landelijk: { kind: 'landelijk', code: 'nl' },
  regio: { kind: 'jeugdregio', code: 'zuid-limburg' },
  'gemeente-beleid': { kind: 'gemeente', code: 'beek-l' },
  clientondersteuner: { kind: 'gemeente', code: 'beek-l' },
  beslisser: { kind: 'gemeente', code: 'beek-l' },
  aanbieder: { kind: 'mee-organisatie', code: 'mee-zuid-limburg' },
  privacy: { kind: 'gemeente', code: 'beek-l' },
  beheer: { kind: 'gemeente', code: 'beek-l' },
  inwoner: { kind: 'gemeente', code: 'beek-l' },
};

describe('authorisation matrix', () => {
  let t: TestApp;
  /** Values for the route parameters: the "own" resources each module creates. */
  const params: Record<string, string> = {};
  beforeAll(async () => {
    t = await testApp('pglite');
    for (const module of MATRIX_MODULES) Object.assign(params, await module.setup?.(t.test.db));
  });
  afterAll(async () => t?.close());

  const apiRoutes = () =>
    t.app.registeredRoutes.filter((r) => (r.url.startsWith('/api/v1') || r.url.startsWith('/hsds/')) && !PLUGIN_ROUTES.some((p) => p.test(r.url)));

  const fill = (url: string) =>
    url.replace(/:(\w+)/g, (_, name: string) => {
      const value = params[name];
      if (value === undefined) throw new Error(`No value for route parameter :${name}; add it to a module's setup()`);
      return value;
    });

  /** Denied = 401/403, or the uniform 404 of a resource outside the caller's scope. */
  async function denied(method: string, url: string, headers: Record<string, string>): Promise<boolean> {
    const res = await t.app.inject({ method: method as 'GET', url: fill(url), headers, payload: method === 'GET' || method === 'DELETE' ? undefined : {} });
    if (res.statusCode === 401 || res.statusCode === 403) return !/CSRF/.test(res.body);
    return res.statusCode === 404 && res.json().detail === 'Niet gevonden.';
  }

  it('has an expectation for every API route, and every route has an access rule', () => {
    const routes = apiRoutes();
    expect(routes.length).toBeGreaterThan(20);
    const missing = routes.filter((r) => !(`${r.method} ${r.url}` in EXPECTED)).map((r) => `${r.method} ${r.url}`);
    expect(missing, 'routes without a row in the authorisation matrix').toEqual([]);
    expect(routes.filter((r) => !r.access).map((r) => `${r.method} ${r.url}`), 'routes without config.access').toEqual([]);
  });

  it('allows and denies exactly as expected for anonymous callers and every role, own and foreign organisation', { timeout: 300_000 }, async () => {
    const mismatches: string[] = [];
    // One session per role and organisation, reused across routes: signing in per route made the
    // matrix slower than its timeout once every module had landed. Routes that end sessions
    // (sign-out) drop the cached one, so the next route signs in afresh.
    const sessions = new Map<string, Record<string, string>>();
    const sessionOf = async (role: Role, label: string, organisation: Grant['organisation']) => {
      const key = `${role} ${label}`;
      if (!sessions.has(key)) sessions.set(key, (await signIn(t.test.db, [{ role, organisation }])).headers);
      return sessions.get(key)!;
    };
    for (const route of apiRoutes()) {
      const key = `${route.method} ${route.url}`;
      const expectation = EXPECTED[key];
      if (!expectation) continue;
      if (expectation === 'public') {
        if (await denied(route.method, route.url, {})) mismatches.push(`${key}: anonymous denied, expected public`);
        continue;
      }
      if (!(await denied(route.method, route.url, {}))) mismatches.push(`${key}: anonymous allowed`);
      for (const role of ROLES) {
        for (const [label, organisation] of [['own', OWN[role]], ['foreign', FOREIGN[role]]] as const) {

          // A national grant covers every organisation: "foreign" is then the same as "own".
          const coversAll = organisation.kind === 'landelijk';
          const expectAllowed = expectation.roles.includes(role) && (!expectation.scoped || label === 'own' || coversAll);
          const wasDenied = await denied(route.method, route.url, await sessionOf(role, label, organisation));
          if (route.method === 'DELETE' && route.url.startsWith('/api/v1/sessies')) sessions.delete(`${role} ${label}`);
          if (wasDenied === expectAllowed) mismatches.push(`${key}: ${role} (${label}) ${wasDenied ? 'denied' : 'allowed'}, expected ${expectAllowed ? 'allowed' : 'denied'}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });
});
