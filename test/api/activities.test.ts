import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../helpers/db.ts';
import { testApp, type TestApp } from '../helpers/app.ts';
import { grant, signIn, type SignedIn } from '../helpers/auth.ts';

const HEADER = 'datum;gemeenteCode;aanbiederCode;dienst;minuten;doelgroep;leeftijdscategorie;levensdomein;wijk';
const csv = (rows: string[], bom = true) => `${bom ? '\uFEFF' : ''}${HEADER}\r\n${rows.join('\r\n')}\r\n`;
const MEE = 'mee-utrecht-gooi-vecht';

describe.each(testEngines)('activities API on %s', (engine) => {
  let t: TestApp;
  let provider: SignedIn;
  let admin: SignedIn;
  let municipalAdmin: SignedIn;
  let policy: SignedIn;
  let otherPolicy: SignedIn;
  beforeAll(async () => {
    t = await testApp(engine);
    provider = await signIn(t.test.db, [grant('aanbieder', 'mee-organisatie', MEE)]);
    admin = await signIn(t.test.db, [grant('beheer', 'landelijk', 'nl')]);
    municipalAdmin = await signIn(t.test.db, [grant('beheer', 'gemeente', 'utrecht')]);
    policy = await signIn(t.test.db, [grant('gemeente-beleid', 'gemeente', 'utrecht')]);
    otherPolicy = await signIn(t.test.db, [grant('gemeente-beleid', 'gemeente', 'beek-l')]);
  });
  afterAll(async () => t?.close());

  const upload = (who: SignedIn, body: string, name = 'activiteiten.csv') =>
    t.app.inject({ method: 'POST', url: `/api/v1/activiteiten/import?bestandsnaam=${name}`, headers: { ...who.headers, 'content-type': 'text/csv' }, payload: body });
  const summary = (who: SignedIn, query: string) => t.app.inject({ method: 'GET', url: `/api/v1/activiteiten/samenvatting?${query}`, headers: who.headers });

  it('imports a provider’s own file (201), and the same file again changes nothing (200)', async () => {
    const body = csv([`2015-01-05;utrecht;${MEE};Cliëntondersteuning;60;Jeugd;0-18;Wonen;Overvecht`, `2015-01-06;utrecht;${MEE};Cliëntondersteuning;30;;65+;;`]);
    const first = await upload(provider, body, 'jan.csv');
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ aanbiederCode: MEE, bestandsnaam: 'jan.csv', aantalRegels: 2, minuten: 90, alGeimporteerd: false });
    const again = await upload(provider, body, 'jan-kopie.csv');
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ importId: first.json().importId, alGeimporteerd: true, aantalRegels: 2 });

    const s = await summary(policy, 'gemeenteCode=utrecht&van=2015-01-01&tot=2015-01-31');
    expect(s.statusCode, s.body).toBe(200);
    expect(s.json()).toMatchObject({ alleenAanbieders: null, totaal: { minuten: 90, regels: 2 }, perDienst: [{ waarde: 'Cliëntondersteuning', minuten: 90, regels: 2 }] });
  });

  it('accepts a file without BOM', async () => {
    const res = await upload(admin, csv(['2015-02-02;beek-l;vrije-aanbieder;Huisbezoek;25;;;;'], false));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().aantalRegels).toBe(1);
  });

  it('keeps an aanbieder to its own provider code, a municipal administrator to its municipality: nothing written', async () => {
    const before = (await summary(admin, 'gemeenteCode=utrecht&van=2015-01-01&tot=2015-12-31')).json().totaal;
    const foreign = await upload(provider, csv(['2015-03-02;utrecht;mee-zuid-limburg;Dienst;10;;;;']));
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().invalidParams).toEqual([expect.objectContaining({ rij: 2, kolom: 'aanbiederCode', reason: expect.stringContaining('eigen organisatie') })]);
    const elsewhere = await upload(municipalAdmin, csv(['2015-03-02;utrecht;p;Dienst;10;;;;', '2015-03-02;beek-l;p;Dienst;10;;;;']));
    expect(elsewhere.statusCode).toBe(400);
    expect(elsewhere.json()).toMatchObject({ aantalProblemen: 1, invalidParams: [{ rij: 3, kolom: 'gemeenteCode' }] });
    expect((await summary(admin, 'gemeenteCode=utrecht&van=2015-01-01&tot=2015-12-31')).json().totaal).toEqual(before);
  });

  it('answers every wrong row with row and column in Dutch, and writes nothing', async () => {
    const res = await upload(admin, csv(['2015-01-05;utrecht;p;Dienst;10;;;;', 'gisteren;utrecht;p;;10;;;;', '2015-01-05;utrecht;p;Dienst;10;;oud;;']));
    expect(res.statusCode).toBe(400);
    const problem = res.json();
    expect(problem.detail).toMatch(/^Het bestand is niet ingelezen: 3 problemen; er is niets opgeslagen\. rij 3, kolom A \(datum\)/);
    expect(problem.invalidParams.map((p: { rij: number; kolom: string }) => `${p.rij}:${p.kolom}`)).toEqual(['3:datum', '3:dienst', '4:leeftijdscategorie']);
  });

  it('refuses a body that is not CSV, and callers without the permission', async () => {
    const json = await t.app.inject({ method: 'POST', url: '/api/v1/activiteiten/import', headers: admin.headers, payload: { a: 1 } });
    expect(json.statusCode).toBe(415);
    expect((await upload(policy, csv(['2015-01-05;utrecht;p;Dienst;10;;;;']))).statusCode).toBe(403);
  });

  it('scopes the summary: own municipality, a provider only its own rows, others 404', async () => {
    const q = 'gemeenteCode=utrecht&van=2015-01-01&tot=2015-12-31';
    expect((await summary(otherPolicy, q)).statusCode).toBe(404);
    const own = await summary(provider, q);
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({ alleenAanbieders: [MEE], totaal: { minuten: 90, regels: 2 } });
    const bad = await summary(policy, 'gemeenteCode=utrecht&van=2015-12-31&tot=2015-01-01');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().invalidParams[0].name).toBe('query.van');
  });

  it('reuses the summary (ETag, 304) until a new import, which the next summary shows', async () => {
    const q = 'gemeenteCode=utrecht&van=2015-06-01&tot=2015-06-30';
    const first = await summary(policy, q);
    expect(first.json().totaal).toEqual({ minuten: 0, regels: 0 });
    const etag = String(first.headers.etag);
    expect(first.headers['cache-control']).toBe('private, no-cache');
    const same = await t.app.inject({ method: 'GET', url: `/api/v1/activiteiten/samenvatting?${q}`, headers: { ...policy.headers, 'if-none-match': etag } });
    expect(same.statusCode).toBe(304);
    expect((await upload(provider, csv([`2015-06-10;utrecht;${MEE};Huisbezoek;45;;;;`]), 'juni.csv')).statusCode).toBe(201);
    const after = await t.app.inject({ method: 'GET', url: `/api/v1/activiteiten/samenvatting?${q}`, headers: { ...policy.headers, 'if-none-match': etag } });
    expect(after.statusCode).toBe(200);
    expect(after.headers.etag).not.toBe(etag);
    expect(after.json()).toMatchObject({ totaal: { minuten: 45, regels: 1 }, perDienst: [{ waarde: 'Huisbezoek', minuten: 45, regels: 1 }] });
  });

  it('does not let one provider’s summary answer another’s (a cache entry per provider filter)', async () => {
    const other = await signIn(t.test.db, [grant('aanbieder', 'aanbieder', 'zorg-juni')]);
    expect((await upload(admin, csv(['2015-06-11;utrecht;zorg-juni;Huisbezoek;20;;;;']), 'zorg-juni.csv')).statusCode).toBe(201);
    const q = 'gemeenteCode=utrecht&van=2015-06-01&tot=2015-06-30';
    const mine = await summary(provider, q);
    const theirs = await summary(other, q);
    expect(mine.json()).toMatchObject({ alleenAanbieders: [MEE], totaal: { minuten: 45, regels: 1 } });
    expect(theirs.json()).toMatchObject({ alleenAanbieders: ['zorg-juni'], totaal: { minuten: 20, regels: 1 } });
    expect(mine.headers.etag).not.toBe(theirs.headers.etag);
    expect((await summary(policy, q)).json().totaal).toEqual({ minuten: 65, regels: 2 });
  });
});
