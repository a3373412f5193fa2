import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../src/db/sql.ts';
import ExcelJS from 'exceljs';
import { testEngines } from '../helpers/db.ts';
import { testApp, type TestApp } from '../helpers/app.ts';
import { grant, signIn, type SignedIn } from '../helpers/auth.ts';

describe.each(testEngines)('budget and register API on %s', (engine) => {
  let t: TestApp;
  let admin: SignedIn;
  beforeAll(async () => {
    t = await testApp(engine);
    admin = await signIn(t.test.db, [grant('beheer', 'landelijk', 'nl')]);
  });
  afterAll(async () => t?.close());
  const get = (url: string) => t.app.inject({ method: 'GET', url });
  const spendingRows = async () => (await t.test.db.rows<{ n: number }>(sql`select count(*)::int as n from planned_spending`))[0]!.n;

  it('lists the 403 municipalities of 2014 and the 408 of 2013, paged with a Link header', async () => {
    const res = await get('/api/v1/gemeenten?indeling=2014&paginaGrootte=10');
    expect(res.statusCode).toBe(200);
    expect(res.headers['x-total-count']).toBe('403');
    expect(res.headers.link).toMatch(/rel="next"/);
    expect(res.json()).toHaveLength(10);
    const all = await get('/api/v1/gemeenten?indeling=2013&paginaGrootte=500');
    expect(all.json()).toHaveLength(408);
    const utrecht = all.json().find((m: { naam: string }) => m.naam === 'Utrecht');
    expect(utrecht.jeugdregio.naam).toBe('Utrecht Stad');
  });

  it('answers an unknown division with a Dutch 400 problem', async () => {
    const res = await get("/api/v1/gemeenten?indeling=2020");
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(res.json().detail).toMatch(/geen gemeentelijke indeling/);
  });

  it('reports all invalid query parameters at once', async () => {
    const res = await get('/api/v1/budget/verdelingen?bron=fout&paginaGrootte=0');
    expect(res.statusCode).toBe(400);
    const names = res.json().invalidParams.map((p: { name: string }) => p.name);
    expect(names).toEqual(expect.arrayContaining(['query.bron', 'query.paginaGrootte']));
  });

  it('explains the figure of Beek (L.) step by step', async () => {
    const res = await get('/api/v1/budget/verdelingen/beek-l?jaar=2014');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.gepubliceerd).toMatchObject({ budgetMeeCent: 134_878_00, budgetIvhCent: 1_830_00 });
    expect(body.berekend.budgetMee.resultCents).toBe(134_878_00);
    expect(body.berekendGelijkAanGepubliceerd).toBe(true);
    expect(body.gemeente.jeugdregio.naam).toBe('Zuid-Limburg');
  });

  it('returns 409 with the missing split shares for the 2014 division', async () => {
    const res = await get('/api/v1/budget/verdelingen?indeling=2014');
    expect(res.statusCode).toBe(409);
    expect(res.json().ontbrekendeAandelen).toHaveLength(4);
  });

  it('downloads CSV in the Dutch Excel dialect and XLSX with numbers', async () => {
    const csv = await get('/api/v1/budget/verdelingen?formaat=csv');
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = csv.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('gemeente;cbs_code;jeugdregio;mee_organisatie;budget_mee_eur;budget_ivh_eur');
    expect(lines).toHaveLength(409);
    const xlsx = await get('/api/v1/budget/verdelingen?formaat=xlsx&zoek=beek');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(2).getCell(1).value).toBe('Beek (L.)');
    expect(sheet.getRow(2).getCell(5).value).toBe(134878);
  });

  it('budget check says everything matches', async () => {
    const res = await get('/api/v1/budget/controle?jaar=2014');
    expect(res.json().allesKlopt).toBe(true);
  });

  it('imports planned spending all-or-nothing: one bad row changes nothing and names its row and column', async () => {
    const before = await spendingRows();
    const bad = '\uFEFFgemeente;bedrag_eur\nBeek (L.);120.000\nBestaat Niet;5\nUtrecht;veel\n';
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/budget/bestedingen/2015/import',
      headers: { 'content-type': 'text/csv', ...admin.headers },
      payload: bad,
    });
    expect(res.statusCode).toBe(400);
    const params = res.json().invalidParams;
    expect(params).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ rij: 3, kolom: 'gemeente' }),
        expect.objectContaining({ rij: 4, kolom: 'bedrag_eur' }),
      ]),
    );
    expect(res.json().detail).toMatch(/rij 3, kolom A \(gemeente\)/);
    expect(await spendingRows()).toBe(before);

    const good = 'gemeente,bedrag_eur,toelichting\nBeek (L.),"120.000",raming\nUtrecht,3000000,\n';
    const ok = await t.app.inject({ method: 'POST', url: '/api/v1/budget/bestedingen/2015/import', headers: { 'content-type': 'text/csv', ...admin.headers }, payload: good });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().aantal).toBe(2);
    const friction = (await get('/api/v1/budget/frictiekosten?jaar=2014&bestedingsjaar=2015')).json();
    const beek = friction.gemeenten.find((g: { gemeente: { naam: string } }) => g.gemeente.naam === 'Beek (L.)');
    expect(beek.tekortCent).toBe(14_878_00);
  });

  it('detects concurrent edits of a planned amount with If-Match (412, no lost update)', async () => {
    const url = '/api/v1/budget/bestedingen/2015/aalsmeer';
    const created = await t.app.inject({ method: 'PUT', url, headers: { 'if-none-match': '*', ...admin.headers }, payload: { bedragCent: 100_00 } });
    expect(created.statusCode).toBe(200);
    const etag = created.headers.etag as string;
    const first = await t.app.inject({ method: 'PUT', url, headers: { 'if-match': etag, ...admin.headers }, payload: { bedragCent: 200_00 } });
    expect(first.statusCode).toBe(200);
    const stale = await t.app.inject({ method: 'PUT', url, headers: { 'if-match': etag, ...admin.headers }, payload: { bedragCent: 300_00 } });
    expect(stale.statusCode).toBe(412);
    expect(stale.json().detail).toMatch(/intussen gewijzigd/);
    const list = (await get('/api/v1/budget/bestedingen?bestedingsjaar=2015')).json();
    expect(list.find((s: { gemeenteCode: string }) => s.gemeenteCode === 'aalsmeer').bedragCent).toBe(200_00);
  });

  it('rejects a negative amount with all errors in invalidParams', async () => {
    const res = await t.app.inject({ method: 'PUT', url: '/api/v1/budget/bestedingen/2015/aalsmeer', headers: admin.headers, payload: { bedragCent: -5, toelichting: 7 } });
    expect(res.statusCode).toBe(400);
    expect(res.json().invalidParams.map((p: { name: string }) => p.name).sort()).toEqual(['body.bedragCent', 'body.toelichting']);
  });
});
