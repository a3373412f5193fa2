import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERMISSIONS, ROLE_DEFINITIONS, ROLES, type Grant, type Permission } from '../../src/domain/access/index.ts';
import { testEngines } from '../helpers/db.ts';
import { testApp, type TestApp } from '../helpers/app.ts';
import { signIn } from '../helpers/auth.ts';
import { FOREIGN_OF_KIND, OWN, fillUrl, operations, routeParams } from './support/routes.ts';
import { pathSpellings } from './support/spellings.ts';

/**
 * Issue 17 §1: access is decided on the matched route, never on the URL as spelled. Generated, not
 * hand-picked: every operation of the published OpenAPI document (what an outside attacker has) and
 * every registered route × every spelling of its path that a router might match (encoded letters,
 * upper case, `//`, `/./`, `/x/../`, a trailing slash, `;param`, encoded slashes, double encoding) ×
 * every kind of caller that must be refused on the canonical path (anonymous, a signed-in user without
 * the route's permission, the right roles in a foreign organisation, a session without its CSRF token).
 * Requests go over real HTTP to a listening server, with the path bytes exactly as written.
 *
 * The property: a spelling never answers 2xx where the canonical path does not, and every answer says
 * `Cache-Control: no-store` unless it set its own policy.
 */
const FOREIGN: Grant[] = ROLES.map((role) => ({ role, organisation: FOREIGN_OF_KIND[OWN[role].kind] }));

interface Answer {
  status: number;
  cacheControl: string | undefined;
  body: string;
}

for (const engine of testEngines) {
  describe(`every route × every spelling × every refused caller (${engine})`, () => {
    let t: TestApp;
    let port = 0;
    let params: Record<string, string> = {};
    const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
    const callers: Record<string, Record<string, string>> = {};
    /** A user holding every role that lacks the permission, each at its own organisation. */
    const withoutPermission: Partial<Record<Permission, Record<string, string>>> = {};

    beforeAll(async () => {
      t = await testApp(engine);
      params = await routeParams(t.test.db);
      await t.app.listen({ port: 0, host: '127.0.0.1' });
      port = (t.app.server.address() as AddressInfo).port;
      callers.anonymous = {};
      callers.foreign = (await signIn(t.test.db, FOREIGN)).headers;
      const all = (await signIn(t.test.db, ROLES.map((role) => ({ role, organisation: OWN[role] })))).headers;
      callers.noCsrf = { cookie: all.cookie! };
      for (const permission of PERMISSIONS) {
        const grants = ROLES.filter((r) => !ROLE_DEFINITIONS[r].permissions.includes(permission)).map((role) => ({ role, organisation: OWN[role] }));
        withoutPermission[permission] = (await signIn(t.test.db, grants)).headers;
      }
    });
    afterAll(async () => {
      agent.destroy();
      await t?.close();
    });

    /** One raw HTTP request; the path is sent byte for byte as given. */
    function send(method: string, path: string, headers: Record<string, string>): Promise<Answer> {
      const body = ['POST', 'PUT', 'PATCH'].includes(method) ? '{}' : undefined;
      return new Promise((resolve, reject) => {
        const req = http.request(
          { host: '127.0.0.1', port, method, path, agent, headers: { ...headers, ...(body ? { 'content-type': 'application/json' } : {}) } },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, cacheControl: res.headers['cache-control'], body: Buffer.concat(chunks).toString('utf8') }));
          },
        );
        req.on('error', reject);
        req.end(body);
      });
    }

    /** Runs jobs with a small pool: enough to keep the server busy, not enough to flood it. */
    async function pool<T>(jobs: (() => Promise<T>)[], size = 8): Promise<T[]> {
      const out: T[] = new Array(jobs.length);
      let next = 0;
      await Promise.all(
        Array.from({ length: size }, async () => {
          while (next < jobs.length) {
            const i = next++;
            out[i] = await jobs[i]!();
          }
        }),
      );
      return out;
    }

    it('no spelling of any protected path answers 2xx to a caller the canonical path refuses', async () => {
      const { ops } = await operations(t.app);
      const registered = new Map(t.app.registeredRoutes.map((r) => [`${r.method} ${r.url}`, r]));
      // The published document and the registered routes: a route missing from either is still tried.
      const keys = new Set([...ops.keys(), ...registered.keys()]);
      const targets = [...keys]
        .map((key) => ({ key, route: registered.get(key) }))
        .filter((x) => x.route && x.route.access && !('public' in x.route.access)) as { key: string; route: { method: string; url: string; access: { permission: Permission } } }[];
      expect(targets.length).toBeGreaterThan(100);
      // Every operation of the document is a registered route (else the document lies about the API).
      expect([...ops.keys()].filter((k) => !registered.has(k))).toEqual([]);

      const leaks: string[] = [];
      const noStoreMissing: string[] = [];
      let tried = 0;
      const jobs: (() => Promise<void>)[] = [];
      for (const { key, route } of targets) {
        const canonical = fillUrl(route.url, params);
        const who: [string, Record<string, string>][] = [
          ['anonymous', callers.anonymous!],
          [`without ${route.access.permission}`, withoutPermission[route.access.permission]!],
        ];
        // Signing out ends the caller's own session: the callers below would be anonymous from then on.
        const endsSession = route.method === 'DELETE' && /\/sessies/.test(route.url);
        if (!endsSession) who.push(['foreign organisation', callers.foreign!]);
        if (!endsSession && ['POST', 'PUT', 'PATCH', 'DELETE'].includes(route.method)) who.push(['session without CSRF token', callers.noCsrf!]);
        for (const [name, headers] of who) {
          jobs.push(async () => {
            const reference = await send(route.method, canonical, headers);
            const spellings = pathSpellings(canonical);
            const answers = await Promise.all(spellings.map((p) => send(route.method, p, headers)));
            tried += spellings.length;
            answers.forEach((answer, i) => {
              const where = `${key} as ${name}: ${route.method} ${spellings[i]} → ${answer.status}`;
              if (answer.status < 300 && (reference.status >= 300 || name === 'anonymous')) leaks.push(`${where} (canonical ${reference.status})`);
              if (!answer.cacheControl) noStoreMissing.push(where);
            });
            if (name === 'anonymous' && reference.status < 300) leaks.push(`${key} answers ${reference.status} to an anonymous caller`);
            // The HEAD route Fastify adds beside every GET must carry the same rule.
            if (route.method === 'GET' && name === 'anonymous') {
              for (const p of [canonical, ...spellings]) {
                const head = await send('HEAD', p, headers);
                if (head.status < 300) leaks.push(`${key} as anonymous: HEAD ${p} → ${head.status}`);
              }
            }
          });
        }
      }
      await pool(jobs);
      // The signed-in callers stayed signed in throughout (else they would have been tried as anonymous).
      expect((await send('GET', '/api/v1/sessies/huidige', callers.foreign!)).status).toBe(200);
      expect(tried).toBeGreaterThan(3000);
      expect(leaks).toEqual([]);
      expect(noStoreMissing).toEqual([]);
    });

    it('an unmatched request is a 404 problem that holds no data, in any spelling', async () => {
      for (const path of ['/%61pi/v1/bestaat-niet', '/API/V1/dossiers', '//api/v1/dossiers', '/api/v1/bestaat-niet/', '/api/v1/bestaat-niet;x=1', '/api%2Fv1%2Fdossiers']) {
        const answer = await send('GET', path, {});
        expect(answer.status, path).toBe(404);
        expect(answer.body, path).not.toMatch(/"(items|gegevens|naam|clientNaam)"/);
        expect(answer.cacheControl, path).toBe('no-store');
      }
    });

    it('a matched route without an access rule is refused, whatever its path', async () => {
      const missing = t.app.registeredRoutes.filter((r) => !r.access).map((r) => `${r.method} ${r.url}`);
      expect(missing).toEqual([]);
    });
  });
}
