import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listMunicipalities } from '../../src/db/register/queries.ts';
import { testEngines } from '../helpers/db.ts';
import { testApp, type TestApp } from '../helpers/app.ts';
import { grant, signIn, type SignedIn } from '../helpers/auth.ts';

describe.each(testEngines)('budget from primary inputs, API on %s', (engine) => {
  let t: TestApp;
  let admin: SignedIn;
  beforeAll(async () => {
    t = await testApp(engine);
    admin = await signIn(t.test.db, [grant('beheer', 'landelijk', 'nl')]);
  });
  afterAll(async () => t?.close());
  const get = (url: string) => t.app.inject({ method: 'GET', url });
  const post = (url: string, payload: string) => t.app.inject({ method: 'POST', url, headers: { 'content-type': 'text/csv', ...admin.headers }, payload });

  it('verdelingen?bron=primair carries inwoners and clienten; the explanation endpoint gives a reason for every difference', async () => {
    const list = await get('/api/v1/budget/verdelingen?jaar=2014&bron=primair&paginaGrootte=500');
    expect(list.statusCode).toBe(200);
    const aa = list.json().find((r: { gemeente: { naam: string } }) => r.gemeente.naam === 'Aa en Hunze');
    expect(aa).toMatchObject({ inwoners: 25_541, clienten: 100, budgetIvhCent: 3064_00 });
    const csv = await get('/api/v1/budget/verdelingen?jaar=2014&bron=primair&formaat=csv');
    expect(csv.body.split('\n')[0]).toContain('inwoners');

    const res = await get('/api/v1/budget/primaire-verdeling?jaar=2014');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.samenvatting).toMatchObject({ gemeenten: 408, vergeleken: 408, gelijk: 398, afronding: 10, inwonersOntbreken: 0, invoer: 0 });
    const row = body.gemeenten.find((r: { gemeente: { naam: string } }) => r.gemeente.naam === 'Aa en Hunze');
    expect(row).toMatchObject({ inwoners: 25_541, clienten: 100, clientenAfgeleid: true, inwonersBasis: 'aantallen' });
    expect(row.budgetMee.inputs.map((i: { label: string }) => i.label)).toContain('MEE-cliënten MEE-organisatie');
    for (const r of body.gemeenten) {
      if (r.gepubliceerd.budgetMee.verschilCent !== 0) expect(r.gepubliceerd.budgetMee.uitleg).not.toBe('');
    }
  });

  it('imports next year\'s counts all-or-nothing with row and column in the problem, then computes the new allocation', async () => {
    const bad = await post('/api/v1/budget/aantallen/2015/import?bron=test', 'gemeente;inwoners;clienten\nAtlantis;1;1\nAssen;1,5;2\n');
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toMatch(/problem\+json/);
    expect(bad.json().invalidParams).toEqual(expect.arrayContaining([expect.objectContaining({ rij: 2, kolom: 'gemeente' }), expect.objectContaining({ rij: 3, kolom: 'inwoners' })]));
    expect((await get('/api/v1/budget/primaire-verdeling?jaar=2015')).statusCode).toBe(404);

    const members = await listMunicipalities(t.test.db, { divisionYear: 2014 });
    const file = ['gemeente;inwoners;clienten', ...members.map((m, i) => `${m.name};${5000 + i};${10 + (i % 7)}`)].join('\n');
    const ok = await post('/api/v1/budget/aantallen/2015/import?bron=illustratief', file);
    expect(ok.statusCode).toBe(200);
    expect(ok.json().aantal).toBe(403);
    const next = (await get('/api/v1/budget/primaire-verdeling?jaar=2015')).json();
    expect(next).toMatchObject({ jaar: 2015, indeling: 2014, tabel3Jaar: 2014 });
    expect(next.gemeenten).toHaveLength(403);
    expect(next.gemeenten[0].inwonersBasis).toBe('aantallen');
    expect(next.gemeenten[0].budgetMee.inputs[0]).toMatchObject({ label: 'inwoners gemeente' });
    // The register shows the inhabitants of the division the counts were counted in.
    const assen = (await get('/api/v1/gemeenten?indeling=2014&zoek=Assen')).json()[0];
    expect(assen.inwoners).toBe(5000 + members.findIndex((m) => m.name === 'Assen'));
    // 2013 division: the CBS count of 1 January 2013 shipped for budget year 2014 (SOURCES.md §5.2).
    expect((await get('/api/v1/gemeenten?indeling=2013&zoek=Assen')).json()[0].inwoners).toBe(67_204);
  });

  it('regional pools compare contributions with actual use: without use nothing, with use winners and losers', async () => {
    const before = (await get('/api/v1/budget/regionale-pools?jaar=2014')).json();
    expect(before.every((p: { geenGebruik: boolean }) => p.geenGebruik)).toBe(true);
    const ok = await post('/api/v1/budget/gebruik/2014/import?bron=illustratief', 'gemeente;clienten\nAssen;400\nEmmen;20\nMeppel;20\n');
    expect(ok.statusCode).toBe(200);
    const pools = (await get('/api/v1/budget/regionale-pools?jaar=2014')).json();
    const drenthe = pools.find((p: { jeugdregio: { code: string } }) => p.jeugdregio.code === 'drenthe');
    expect(drenthe.gebruikTotaal).toBe(440);
    const outcome = (name: string) => drenthe.deelnemers.find((d: { gemeente: { naam: string } }) => d.gemeente.naam === name);
    expect(outcome('Assen').uitkomst).toBe('wint');
    expect(outcome('Emmen').uitkomst).toBe('verliest');
    expect(drenthe.deelnemers.reduce((s: number, d: { verschilCent: number }) => s + d.verschilCent, 0)).toBe(0);
  });
});
