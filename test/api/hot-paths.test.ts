import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../src/db/sql.ts';
import { testEngines } from '../helpers/db.ts';
import { testApp, type TestApp } from '../helpers/app.ts';
import { grant, signIn, type SignedIn } from '../helpers/auth.ts';
import { loadDemoMonitor } from '../../src/services/monitor/demo.ts';
import { insertSubmittedResponses } from '../../src/services/monitor/responses.ts';

/** The cached hot paths of docs/performance.md: same answers as computed, fresh after a change. */
describe.each(testEngines)('cached hot paths on %s', (engine) => {
  let t: TestApp;
  let ministry: SignedIn;
  beforeAll(async () => {
    t = await testApp(engine);
    await loadDemoMonitor(t.test.db);
    ministry = await signIn(t.test.db, [grant('landelijk', 'landelijk', 'nl')]);
  });
  afterAll(async () => t?.close());

  it('budget allocation: the same bytes every time, a strong ETag, and 304 for If-None-Match', async () => {
    const url = '/api/v1/budget/verdelingen?jaar=2014&paginaGrootte=500';
    const first = await t.app.inject({ url });
    const second = await t.app.inject({ url });
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-type']).toMatch(/^application\/json/);
    expect(first.json()).toHaveLength(408);
    expect(second.body).toBe(first.body);
    expect(second.headers['x-total-count']).toBe('408');
    expect(second.headers.link).toBe(first.headers.link);
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(second.headers.etag).toBe(etag);
    expect((await t.app.inject({ url, headers: { 'if-none-match': etag } })).statusCode).toBe(304);
    expect((await t.app.inject({ url, headers: { 'if-none-match': `"x", W/${etag}` } })).statusCode).toBe(304);
    expect((await t.app.inject({ url, headers: { 'if-none-match': '"other"' } })).statusCode).toBe(200);
  });

  it('budget allocation: gzip for clients that accept it, the same JSON once unpacked', async () => {
    const url = '/api/v1/budget/verdelingen?jaar=2014&paginaGrootte=500';
    const plain = await t.app.inject({ url });
    const zipped = await t.app.inject({ url, headers: { 'accept-encoding': 'br, gzip;q=0.8' } });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toMatch(/accept-encoding/i);
    expect(zlib.gunzipSync(zipped.rawPayload).toString('utf8')).toBe(plain.body);
    expect(zipped.rawPayload.length).toBeLessThan(plain.rawPayload.length / 4);
    const refused = await t.app.inject({ url, headers: { 'accept-encoding': 'gzip;q=0' } });
    expect(refused.headers['content-encoding']).toBeUndefined();
  });

  it('budget allocation: filters and pages are their own entries; rolled forward is computed per request', async () => {
    const page = await t.app.inject({ url: '/api/v1/budget/verdelingen?jaar=2014&paginaGrootte=10&pagina=2' });
    expect(page.json()).toHaveLength(10);
    expect(page.headers.link).toContain('pagina=3');
    const utrecht = await t.app.inject({ url: '/api/v1/budget/verdelingen?jaar=2014&zoek=utrecht' });
    expect(utrecht.json().every((r: { gemeente: { naam: string } }) => r.gemeente.naam.toLowerCase().includes('utrecht'))).toBe(true);
    const rolled = await t.app.inject({ url: '/api/v1/budget/verdelingen?jaar=2014&indeling=2014&paginaGrootte=500' });
    // Without stored split shares the roll-forward is refused (409); either way it is not cached.
    expect([200, 409]).toContain(rolled.statusCode);
    expect(rolled.headers.etag).toBeUndefined();
  });

  it('budget check: cached with an ETag and 304', async () => {
    const first = await t.app.inject({ url: '/api/v1/budget/controle?jaar=2014' });
    expect(first.statusCode).toBe(200);
    expect(first.json().allesKlopt).toBe(true);
    const again = await t.app.inject({ url: '/api/v1/budget/controle?jaar=2014', headers: { 'if-none-match': String(first.headers.etag) } });
    expect(again.statusCode).toBe(304);
    expect((await t.app.inject({ url: '/api/v1/budget/controle?jaar=2013' })).statusCode).toBe(404);
  });

  it('monitor summary: concurrent requests agree, and a saved answer shows at once', async () => {
    const url = '/api/v1/monitor/rondes/2014-10/samenvatting';
    const many = await Promise.all(Array.from({ length: 20 }, () => t.app.inject({ url, headers: ministry.headers })));
    expect(new Set(many.map((r) => r.statusCode))).toEqual(new Set([200]));
    expect(new Set(many.map((r) => r.body)).size).toBe(1);
    const before = many[0]!.json();
    const missing = before.achterblijvers.find((l: { redenen: string[] }) => l.redenen.includes('geen_antwoord'));
    expect(missing).toBeTruthy();
    const [sample] = await t.test.db.rows<{ answers: unknown }>(sql`select answers from monitor_responses where round_id = '2014-10' limit 1`);
    const answers = typeof sample!.answers === 'string' ? JSON.parse(sample!.answers) : sample!.answers;
    await insertSubmittedResponses(t.test.db, '2014-10', [{ municipalityCode: missing.gemeente.code, answers, warnings: [] }], 'import', null);
    const after = (await t.app.inject({ url, headers: ministry.headers })).json();
    expect(after.geantwoord).toBe(before.geantwoord + 1);
    expect((await t.app.inject({ url: '/api/v1/monitor/rondes/2099-01/samenvatting', headers: ministry.headers })).statusCode).toBe(404);
  });
});
