import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../helpers/app.ts';
import { testEngines } from '../helpers/db.ts';
import { loadDemoSocialMap } from '../../src/services/socialmap/demo.ts';

// The resident's question through the public API: what the server-rendered front door shows, so an
// app or another site can offer the same (issue 19 §2).
describe.each(testEngines)('GET /api/v1/sociale-kaart/hulpvraag (%s)', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(engine);
    await loadDemoSocialMap(t.test.db);
  }, 60_000);
  afterAll(async () => t?.close());

  const ask = (query: string) => t.app.inject({ method: 'GET', url: `/api/v1/sociale-kaart/hulpvraag?${query}` });

  it('answers a question in a resident’s own words with why, the first step and the cost', async () => {
    const res = await ask(`vraag=${encodeURIComponent('ik kan de trap niet meer op')}&plaats=Utrecht&aantal=3`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.gemeenteCode).toBe('utrecht');
    expect(body.begrepen).toContain('woningaanpassing');
    expect(body.resultaten.length).toBeGreaterThan(0);
    expect(body.resultaten.length).toBeLessThanOrEqual(3);
    expect(body.totaal).toBeGreaterThanOrEqual(body.resultaten.length);
    expect(body.resultaten[0].naam).toMatch(/woningaanpassing/i);
    expect(body.resultaten[0].waaromGevonden.length).toBeGreaterThan(0);
    expect(body.resultaten[0].kosten).toEqual(expect.any(String));
    expect(body.verderHelpen).toBeNull();
  });

  it('never ends the road: nothing found gives the general desk and the question form', async () => {
    const res = await ask(`vraag=${encodeURIComponent('qwxz vlpt')}&plaats=Utrecht`);
    expect(res.statusCode).toBe(200);
    expect(res.json().resultaten).toEqual([]);
    expect(res.json().verderHelpen.vraagStellen).toBe('/portaal/vraag-stellen');
    expect(res.json().verderHelpen.loketten.length).toBeGreaterThan(0);
  });

  it('refuses a bad count with a Dutch problem', async () => {
    const res = await ask('vraag=hulp&aantal=500');
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });
});
