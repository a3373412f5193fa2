import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../src/db/sql.ts';
import { testEngines } from '../helpers/db.ts';
import { testApp, type TestApp } from '../helpers/app.ts';
import { grant, signIn, type SignedIn } from '../helpers/auth.ts';
import { loadDemoMonitor } from '../../src/services/monitor/demo.ts';
import { insertSubmittedResponses } from '../../src/services/monitor/responses.ts';

/** Issue 23 goal 3: the national summary answers 304 while the round's answers are unchanged, and a new ETag after any save. */
describe.each(testEngines)('monitor summary ETag on %s', (engine) => {
  let t: TestApp;
  let ministry: SignedIn;
  const url = '/api/v1/monitor/rondes/2014-10/samenvatting';
  beforeAll(async () => {
    t = await testApp(engine);
    await loadDemoMonitor(t.test.db);
    ministry = await signIn(t.test.db, [grant('landelijk', 'landelijk', 'nl')]);
  });
  afterAll(async () => t?.close());

  it('sends a strong private ETag, 304 for If-None-Match, and a fresh body and ETag after a saved answer', async () => {
    const first = await t.app.inject({ url, headers: ministry.headers });
    expect(first.statusCode).toBe(200);
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers['cache-control']).toBe('private, no-cache');
    const again = await t.app.inject({ url, headers: { ...ministry.headers, 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect(again.headers.etag).toBe(etag);

    // Any write to the round's answers: the cached summary is stale at once (its stamp changed).
    const before = first.json();
    const missing = before.achterblijvers.find((l: { redenen: string[] }) => l.redenen.includes('geen_antwoord'));
    const [sample] = await t.test.db.rows<{ answers: unknown }>(sql`select answers from monitor_responses where round_id = '2014-10' limit 1`);
    const answers = typeof sample!.answers === 'string' ? JSON.parse(sample!.answers) : sample!.answers;
    await insertSubmittedResponses(t.test.db, '2014-10', [{ municipalityCode: missing.gemeente.code, answers, warnings: [] }], 'import', null);
    const after = await t.app.inject({ url, headers: { ...ministry.headers, 'if-none-match': etag } });
    expect(after.statusCode).toBe(200);
    expect(after.headers.etag).not.toBe(etag);
    expect(after.json().geantwoord).toBe(before.geantwoord + 1);
  });

  it('does not answer 304 to a caller without access', async () => {
    const first = await t.app.inject({ url, headers: ministry.headers });
    const anonymous = await t.app.inject({ url, headers: { 'if-none-match': String(first.headers.etag) } });
    expect(anonymous.statusCode).toBe(401);
  });
});
