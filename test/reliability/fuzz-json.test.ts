import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { testEngines } from '../helpers/db.ts';
import { testApp, type TestApp } from '../helpers/app.ts';
import { signIn, type SignedIn } from '../helpers/auth.ts';
import { loadDemoMonitor } from '../../src/services/monitor/demo.ts';
import { ALL_ROLES, apiRoutes, fillUrl, isImport, operations, propertyNames, routeParams, sampleOf, type JsonSchema, type Operation } from './support/routes.ts';
import { MAY_CHANGE_ON_REFUSAL, rowCounts } from './support/rows.ts';
import { answerFaults, partialWriteFaults } from './support/problems.ts';

/** Heavy: runs in scripts/reliability.sh (NAAST_RELIABILITY=1), not in every `npm test`. */
const suite = process.env.NAAST_RELIABILITY === '1' ? describe : describe.skip;

/**
 * JSON fuzzing of every write route (POST/PUT/PATCH/DELETE under /api/v1, except file imports, which
 * fuzz-csv covers): fixed hostile payloads (broken JSON, deep nesting, prototype-pollution keys,
 * oversized bodies) and fast-check mutations of a plausible payload built from the route's own schema
 * (wrong types, missing fields, extra keys, NUL bytes and lone surrogates, huge strings). The caller
 * holds every role, so the payload reaches validation. Each answer: no 5xx, problem+json with a Dutch
 * detail on refusal, and a refused request changes no table (row counts of every table compared).
 * Routes that other modules add are picked up from app.registeredRoutes automatically.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 12);
/** Wall-clock budget for the random part per engine; every route still gets its fixed hostile set when it runs out. */
const BUDGET_MS = Number(process.env.FUZZ_SECONDS ?? 90) * 1000;

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
const nestedObject = (depth: number): unknown => {
  let value: unknown = 'diep';
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
};

/** Raw bodies sent to every write route, whatever its schema. */
function hostileBodies(sample: unknown): { label: string; body: string; contentType?: string }[] {
  const json = JSON.stringify(sample ?? {});
  const inner = json.startsWith('{') && json !== '{}' ? json.slice(1) : '}';
  return [
    { label: 'no JSON', body: 'dit is geen json' },
    { label: 'truncated', body: json.slice(0, Math.max(1, json.length - 1)) },
    { label: 'empty', body: '' },
    { label: 'array instead of object', body: `[${json}]` },
    { label: 'null', body: 'null' },
    { label: '__proto__ key', body: `{"__proto__":{"vervuild":"ja","rollen":["beheer"]},${inner}` },
    { label: 'constructor.prototype key', body: `{"constructor":{"prototype":{"vervuild":"ja"}},${inner}` },
    { label: 'deeply nested arrays (100 000)', body: nested(100_000) },
    { label: 'deeply nested objects (2 000)', body: JSON.stringify(nestedObject(2_000)) },
    { label: 'body over the limit (1.5 MB)', body: JSON.stringify({ tekst: 'x'.repeat(1_500_000) }) },
    { label: 'wrong content type', body: json, contentType: 'text/plain' },
    { label: 'xml', body: '<?xml version="1.0"?><a>1</a>', contentType: 'application/xml' },
  ];
}

/** Values that replace one field of the plausible payload. */
const hostileValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(
    '\u0000',
    'a\u0000b',
    '\ud800',
    '=CMD()',
    "'; drop table cases; --",
    '<script>alert(1)</script>',
    '9'.repeat(400),
    -1,
    1e308,
    -0,
    2 ** 53 + 1,
    '2015-02-30',
    '0000-00-00',
    '../../etc/passwd',
    { __proto__: null, constructor: { prototype: { vervuild: 'ja' } } },
    'x'.repeat(100_000),
    [],
    {},
  ),
);

const mutation = (fields: string[]) =>
  fc.record({
    field: fields.length ? fc.constantFrom(...fields) : fc.constant('extra'),
    kind: fc.constantFrom('replace', 'delete', 'add-proto', 'wrong-type', 'random'),
    value: hostileValue,
    ifMatch: fc.constantFrom(undefined, '"1"', '"999"', 'W/"1"', '*', 'geen-etag'),
  });

function mutate(sample: unknown, m: { field: string; kind: string; value: unknown }): string {
  if (m.kind === 'random') return JSON.stringify(m.value);
  const base: Record<string, unknown> = sample && typeof sample === 'object' && !Array.isArray(sample) ? { ...(sample as object) } : {};
  if (m.kind === 'delete') delete base[m.field];
  else if (m.kind === 'wrong-type') base[m.field] = typeof base[m.field] === 'string' ? 12345 : 'tekst';
  else base[m.field] = m.value;
  const json = JSON.stringify(base);
  // JSON.stringify drops a real __proto__ key; splice it in as text, as an attacker would send it.
  return m.kind === 'add-proto' ? `{"__proto__":${JSON.stringify(m.value) ?? 'null'}${json === '{}' ? '' : `,${json.slice(1, -1)}`}}` : json;
}

suite.each(testEngines)('JSON fuzzing of every write route on %s', (engine) => {
  let t: TestApp;
  let user: SignedIn;
  let params: Record<string, string>;
  let ops: Map<string, Operation>;
  let components: Record<string, JsonSchema>;
  const figures = { routes: 0, cases: 0, faults: [] as string[], statuses: {} as Record<number, number> };
  beforeAll(async () => {
    t = await testApp(engine);
    await loadDemoMonitor(t.test.db);
    params = await routeParams(t.test.db);
    ({ ops, components } = await operations(t.app));
    user = await signIn(t.test.db, ALL_ROLES);
  });
  afterAll(async () => {
    console.log(`[fuzz-json ${engine}] ${figures.routes} routes, ${figures.cases} cases, ${figures.faults.length} faults; statuses ${JSON.stringify(figures.statuses)}`);
    await t?.close();
  });

  async function send(method: string, url: string, body: string, contentType = 'application/json', ifMatch?: string): Promise<void> {
    const before = await rowCounts(t.test.db, { exclude: MAY_CHANGE_ON_REFUSAL });
    // A request that never answers is a fault too (on PGlite it would hold the only connection): stop there and name it.
    const res = await Promise.race([
      t.app.inject({
        method: method as 'POST',
        url,
        headers: { ...user.headers, 'content-type': contentType, ...(ifMatch ? { 'if-match': ifMatch } : {}) },
        payload: body,
      }),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within 30 s (hang): ${method} ${url} ${body.slice(0, 200)}`)), 30_000).unref()),
    ]);
    const after = await rowCounts(t.test.db, { exclude: MAY_CHANGE_ON_REFUSAL });
    figures.cases++;
    figures.statuses[res.statusCode] = (figures.statuses[res.statusCode] ?? 0) + 1;
    for (const fault of [...answerFaults(res), ...partialWriteFaults(res, before, after)]) figures.faults.push(`${method} ${url} [${body.slice(0, 60)}…]: ${fault}`);
  }

  it('answers every hostile payload at every write route without a 5xx, in Dutch problem+json, without partial writes', { timeout: 600_000 }, async () => {
    const deadline = Date.now() + BUDGET_MS;
    const routes = apiRoutes(t.app).filter((r) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(r.method) && !isImport(r) && !/^\/api\/v1\/sessies/.test(r.url));
    expect(routes.length).toBeGreaterThan(20);
    for (const route of routes) {
      figures.routes++;
      const op = ops.get(`${route.method} ${route.url}`);
      const sample = sampleOf(op?.body, components);
      const url = fillUrl(route.url, params);
      for (const h of hostileBodies(sample)) await send(route.method, url, h.body, h.contentType);
      const fields = propertyNames(op?.body, components);
      // Every text field of the plausible payload once with a NUL byte, a lone surrogate and a formula:
      // the rest stays valid, so these reach the service and the database.
      for (const [field, value] of Object.entries(sample && typeof sample === 'object' ? sample : {})) {
        if (typeof value !== 'string') continue;
        for (const poison of ['Fuzz\u0000tekst', 'Fuzz \ud800 tekst', '=HYPERLINK("http://x.example")']) await send(route.method, url, JSON.stringify({ ...(sample as object), [field]: poison }));
      }
      await fc.assert(
        fc.asyncProperty(mutation(fields), async (m) => {
          await send(route.method, url, mutate(sample, m), 'application/json', m.ifMatch);
        }),
        { numRuns: Date.now() < deadline ? RUNS : 2, seed: Number(process.env.FUZZ_SEED ?? 20141001) },
      );
    }
    expect(figures.faults).toEqual([]);
  });

  it('fuzzes the sign-in route too (wrong types, pollution keys), within the rate limit', async () => {
    const bodies = ['{"gebruikersnaam":123,"wachtwoord":[]}', '{"__proto__":{"isAdmin":true},"gebruikersnaam":"a","wachtwoord":"b"}', nested(50_000), '{"gebruikersnaam":"a\\u0000","wachtwoord":"\\ud800"}'];
    for (const body of bodies) {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/sessies', headers: { 'content-type': 'application/json' }, payload: body });
      figures.cases++;
      expect(answerFaults(res), body.slice(0, 40)).toEqual([]);
    }
  });

  it('leaves Object.prototype untouched (no prototype pollution in the server process)', () => {
    const probe: Record<string, unknown> = {};
    expect(probe.vervuild).toBeUndefined();
    expect(probe.rollen).toBeUndefined();
    expect(probe.isAdmin).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
  });
});
