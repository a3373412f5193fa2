import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../helpers/app.ts';
import { grant, signIn, type SignedIn } from '../helpers/auth.ts';
import { testEngines } from '../helpers/db.ts';

/**
 * Security review (issue 17): a municipality's editors publish only in municipalities whose social map
 * they keep. Before, Zeist's policy officer could give a service the working area "utrecht" (or a
 * location in Utrecht) and it appeared on Utrecht's public help page, while Utrecht could not remove it.
 */
describe.each(testEngines)('social map entries stay inside the editor’s municipalities (%s)', (engine) => {
  let t: TestApp;
  let zeist: SignedIn;
  let national: SignedIn;
  let providerId = '';
  beforeAll(async () => {
    t = await testApp(engine);
    zeist = await signIn(t.test.db, [grant('gemeente-beleid', 'gemeente', 'zeist')]);
    national = await signIn(t.test.db, [grant('beheer', 'landelijk', 'nl')]);
    const created = await post('/api/v1/sociale-kaart/gemeenten/zeist/aanbieders', zeist, { naam: 'Aanbieder Zeist', soort: 'amw' });
    expect(created.statusCode).toBe(201);
    providerId = created.json().id;
  }, 120_000);
  afterAll(async () => t?.close());

  const post = (url: string, who: SignedIn, payload: unknown, contentType?: string) =>
    t.app.inject({ method: 'POST', url, headers: { ...who.headers, ...(contentType ? { 'content-type': contentType } : {}) }, payload: payload as string });
  const count = async (table: string) => Number((await t.test.db.rows<{ n: number }>({ text: `select count(*)::int as n from ${table}`, values: [] } as never))[0]!.n);

  it.each([
    ['a service with another municipality in its working area', () => `/api/v1/sociale-kaart/aanbieders/${providerId}/diensten`, { naam: 'Nep-schuldhulp', gemeenten: ['zeist', 'utrecht'] }, 'body.gemeenten[1]'],
    ['a location in another municipality', () => `/api/v1/sociale-kaart/aanbieders/${providerId}/locaties`, { naam: 'Nep-loket', plaats: 'Utrecht', gemeenteCode: 'utrecht' }, 'body.gemeenteCode'],
    ['a provider with a relation to another municipality', () => '/api/v1/sociale-kaart/gemeenten/zeist/aanbieders', { naam: 'X', soort: 'amw', relaties: [{ gemeenteCode: 'utrecht', relatie: 'stichting-gefinancierd' }] }, 'body.relaties[0]'],
  ])('refuses %s, naming the field, and stores nothing', async (_what, url, payload, field) => {
    const before = await Promise.all(['socialmap_services', 'socialmap_locations', 'socialmap_organisations'].map(count));
    const res = await post(url(), zeist, payload);
    expect(res.statusCode).toBe(400);
    expect(res.json().invalidParams.map((p: { name: string }) => p.name)).toContain(field);
    expect(res.json().detail).toMatch(/utrecht/);
    expect(await Promise.all(['socialmap_services', 'socialmap_locations', 'socialmap_organisations'].map(count))).toEqual(before);
  });

  it('refuses the same in a CSV import of services', async () => {
    const csv = `\uFEFFaanbieder_id;naam;gemeenten\n${providerId};Nep-schuldhulp;utrecht\n`;
    const res = await post('/api/v1/sociale-kaart/diensten/import?gemeenteCode=zeist', zeist, csv, 'text/csv');
    expect(res.statusCode).toBe(400);
    expect(res.body).toMatch(/utrecht/);
  });

  it('accepts its own municipality, and a national administrator may name any', async () => {
    const own = await post(`/api/v1/sociale-kaart/aanbieders/${providerId}/diensten`, zeist, { naam: 'Schuldhulp Zeist', gemeenten: ['zeist'] });
    expect(own.statusCode).toBe(201);
    const regional = await post(`/api/v1/sociale-kaart/aanbieders/${providerId}/diensten`, national, { naam: 'Regionale dienst', gemeenten: ['zeist', 'utrecht'] });
    expect(regional.statusCode).toBe(201);
    // Zeist may keep what the national administrator set (an export reads back), but add nothing foreign.
    const put = (gemeenten: string[]) =>
      t.app.inject({
        method: 'PUT',
        url: `/api/v1/sociale-kaart/diensten/${regional.json().id}`,
        headers: { ...zeist.headers, 'if-match': String(regional.headers.etag) },
        payload: { naam: 'Regionale dienst', gemeenten },
      });
    expect((await put(['zeist', 'utrecht', 'amsterdam'])).statusCode).toBe(400);
    expect((await put(['zeist', 'utrecht'])).statusCode).toBe(200);
  });
});
