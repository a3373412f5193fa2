import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../src/db/sql.ts';
import { testEngines } from '../helpers/db.ts';
import { testApp, type TestApp } from '../helpers/app.ts';
import { grant, signIn, type SignedIn } from '../helpers/auth.ts';
import { listDivisionCounts, listDivisionEvents, listMunicipalityVersions } from '../../src/db/register/history.ts';
import { chainProblems, membersOn } from '../../src/domain/register/division-history.ts';

type Row = { cbsCode: string; naam: string; budgetMeeCent: number; budgetIvhCent: number; volledig: boolean; wijze: string; herkomst: { cbsCode: string }[] };

describe.each(testEngines)('register up to today on %s', (engine) => {
  let t: TestApp;
  let ministry: SignedIn;
  beforeAll(async () => {
    t = await testApp(engine);
    ministry = await signIn(t.test.db, [grant('landelijk', 'landelijk', 'nl')]);
  });
  afterAll(async () => t?.close());
  const get = (url: string, headers?: Record<string, string>) => t.app.inject({ method: 'GET', url, ...(headers ? { headers } : {}) });

  it('has, on 1 January of every year 2013–2026, exactly the count CBS published', async () => {
    const [versions, counts] = await Promise.all([listMunicipalityVersions(t.test.db), listDivisionCounts(t.test.db)]);
    expect(counts.map((c) => c.year)).toEqual([2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    for (const c of counts) expect([c.year, membersOn(versions, `${c.year}-01-01`).length]).toEqual([c.year, c.count]);
    expect(counts.map((c) => c.count)).toEqual([408, 403, 393, 390, 388, 380, 355, 355, 352, 345, 342, 342, 342, 342]);
    // The 2013 division is exactly the 408 CBS codes of Bijlage 5's municipalities.
    const bijlage5 = await t.test.db.rows<{ cbs: string }>(sql`select m.cbs_code as cbs from division_members d join municipalities m on m.code = d.municipality_code where d.division_year = 2013`);
    expect(new Set(membersOn(versions, '2013-01-01').map((v) => v.cbsCode))).toEqual(new Set(bijlage5.map((r) => r.cbs)));
  });

  it('gives every disappearing code successors on the day after its last day', async () => {
    const [versions, events] = await Promise.all([listMunicipalityVersions(t.test.db), listDivisionEvents(t.test.db)]);
    expect(chainProblems(versions, events, '2026-01-01')).toEqual([]);
    const ended = versions.filter((v) => v.validTo !== null && v.validTo >= '2013-01-01');
    expect(ended).toHaveLength(90);
    const littenseradiel = events.filter((e) => e.fromCode === 'GM0140');
    expect(littenseradiel.map((e) => [e.effectiveDate, e.kind, e.toCode, e.partial])).toEqual([
      ['2018-01-01', 'splitsing', 'GM0080', true],
      ['2018-01-01', 'splitsing', 'GM1900', true],
      ['2018-01-01', 'splitsing', 'GM1949', true],
    ]);
  });

  it('serves the division of a year with its changes, and a Dutch 404 outside 2013–2026', async () => {
    const res = await get('/api/v1/register/indelingen/2019');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect([body.aantalGemeenten, body.aantalVolgensCbs]).toEqual([355, 355]);
    expect(body.wijzigingen.filter((w: { naar: { cbsCode: string } }) => w.naar.cbsCode === 'GM1966').map((w: { van: { naam: string } }) => w.van.naam).sort()).toEqual([
      'Bedum',
      'De Marne',
      'Eemsmond',
      'Winsum',
    ]);
    expect(body.gemeenten.every((g: { jeugdregio: unknown }) => g.jeugdregio === null)).toBe(true);
    expect(body.jeugdregioToelichting).toMatch(/geen openbare bron/);
    const r2014 = await get('/api/v1/register/indelingen/2014');
    expect(r2014.statusCode, r2014.body.slice(0, 500)).toBe(200);
    const y2014 = r2014.json();
    expect(y2014.aantalGemeenten).toBe(403);
    expect(y2014.gemeenten.find((g: { cbsCode: string }) => g.cbsCode === 'GM1921').jeugdregio.code).toBe('friesland');
    const missing = await get('/api/v1/register/indelingen/2030');
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toMatch(/problem\+json/);
    expect(missing.json().detail).toMatch(/2013 tot en met 2026/);
  });

  it("follows a code's history to today (Boarnsterhim: split in 2014, its parts now in four municipalities)", async () => {
    const res = await get('/api/v1/register/gemeenten/0055/geschiedenis');
    expect(res.statusCode).toBe(200);
    const h = res.json();
    expect(h.gemeente).toMatchObject({ cbsCode: 'GM0055', naam: 'Boarnsterhim', geldigTot: '2013-12-31', naastCode: 'boarnsterhim' });
    expect(h.opvolgers.every((o: { soort: string; deel: boolean; datum: string }) => o.soort === 'splitsing' && o.deel && o.datum === '2014-01-01')).toBe(true);
    expect(h.nu.map((n: { cbsCode: string }) => n.cbsCode).sort()).toEqual(['GM0074', 'GM0080', 'GM1900', 'GM1940']);
    const marren = h.nu.find((n: { cbsCode: string }) => n.cbsCode === 'GM1940');
    expect(marren.via).toEqual(['GM0055', 'GM1921']);
    expect((await get('/api/v1/register/gemeenten/GM9999/geschiedenis')).statusCode).toBe(404);
  });

  it('carries the 2014 budget to 2026: mergers sum exactly in cents, splits are shown apart, nothing is lost', async () => {
    const res = await get('/api/v1/register/doorrekening/budget?naarJaar=2026');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const rows: Row[] = body.gemeenten;
    expect(rows).toHaveLength(342);
    const published = await t.test.db.rows<{ cbs: string; mee: number; ivh: number }>(sql`
      select m.cbs_code as cbs, p.client_support_cents::int as mee, p.ivh_cents::int as ivh
        from published_allocations p join municipalities m on m.code = p.municipality_code where p.year = 2014`);
    const mee = new Map(published.map((p) => [p.cbs, p.mee]));
    const ivh = new Map(published.map((p) => [p.cbs, p.ivh]));
    // Land van Cuijk (2022) = Boxmeer + Cuijk + Grave + Mill en Sint Hubert + Sint Anthonis, to the cent.
    const lvc = rows.find((r) => r.cbsCode === 'GM1982')!;
    const parts = ['GM0756', 'GM1684', 'GM0786', 'GM0815', 'GM1702'];
    expect(lvc.budgetMeeCent).toBe(parts.reduce((s, c) => s + mee.get(c)!, 0));
    expect(lvc.budgetIvhCent).toBe(parts.reduce((s, c) => s + ivh.get(c)!, 0));
    expect(lvc.wijze).toMatch(/^samengevoegd uit /);
    expect(lvc.volledig).toBe(true);
    // Unchanged since 2013.
    const utrecht = rows.find((r) => r.cbsCode === 'GM0344')!;
    expect([utrecht.wijze, utrecht.budgetMeeCent]).toEqual(['ongewijzigd', mee.get('GM0344')]);
    // Splits without a cited key: not distributed, shown apart with the reason.
    expect(body.nietTeVerdelen.map((u: { cbsCode: string }) => u.cbsCode).sort()).toEqual(['GM0053', 'GM0055', 'GM0140', 'GM0788', 'GM1671']);
    expect(body.nietTeVerdelen[0].reden).toMatch(/verdeelsleutel met bron/);
    const tilburg = rows.find((r) => r.cbsCode === 'GM0855')!;
    expect(tilburg.volledig).toBe(false);
    expect(tilburg.wijze).toMatch(/gesplitst: deel van Haaren niet te verdelen/);
    expect(tilburg.budgetMeeCent).toBe(mee.get('GM0855'));
    // Nothing lost: carried rows plus the undistributed amounts make the published total.
    const undistributed = body.nietTeVerdelen.reduce((s: number, u: { budgetMeeCent: number }) => s + u.budgetMeeCent, 0);
    expect(body.totalen.doorgerekendMeeCent + undistributed).toBe(body.totalen.budgetMeeCent);
    expect(body.totalen.budgetMeeCent).toBe(published.reduce((s, p) => s + p.mee, 0));
  });

  it('carries to 2013 unchanged and refuses nothing in between; a year before the figures is a 400', async () => {
    const same = (await get('/api/v1/register/doorrekening/budget?naarJaar=2013')).json();
    expect(same.gemeenten.every((r: Row) => r.wijze === 'ongewijzigd')).toBe(true);
    expect(same.nietTeVerdelen).toEqual([]);
    expect((await get('/api/v1/register/doorrekening/budget?naarJaar=2012')).statusCode).toBe(404);
  });

  it('carries a monitor round to 2026 for a signed-in ministry user, and refuses anonymous callers', async () => {
    expect((await get('/api/v1/register/doorrekening/monitor/2014-10?naarJaar=2026')).statusCode).toBe(401);
    const res = await get('/api/v1/register/doorrekening/monitor/2014-10?naarJaar=2026', ministry.headers);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.vanIndeling).toBe(2014);
    expect(body.gemeenten).toHaveLength(342);
    const hogeland = body.gemeenten.find((g: { cbsCode: string }) => g.cbsCode === 'GM1966');
    expect(hogeland.wijze).toMatch(/samengevoegd uit .*Bedum.*; gesplitst: deel van Winsum/);
    expect((await get('/api/v1/register/doorrekening/monitor/2014-10?naarJaar=2013', ministry.headers)).statusCode).toBe(400);
  });
});
