import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../src/db/sql.ts';
import { testEngines } from '../helpers/db.ts';
import { testApp, type TestApp } from '../helpers/app.ts';
import { grant, signIn, type SignedIn } from '../helpers/auth.ts';
import { loadDemoMonitor } from '../../src/services/monitor/demo.ts';
import { loadDemoSocialMap } from '../../src/services/socialmap/demo.ts';

/**
 * Issue 17 §4: every import writes only inside the uploader's scope. A file with one row of another
 * municipality, from a municipality-scoped user, is refused as a whole (row and column named, in
 * Dutch) and nothing is written.
 */
describe.each(testEngines)('imports stay inside the uploader’s scope (%s)', (engine) => {
  let t: TestApp;
  let national: SignedIn;
  let utrecht: SignedIn;
  let utrechtPolicy: SignedIn;
  let zeistPolicy: SignedIn;
  beforeAll(async () => {
    t = await testApp(engine);
    await loadDemoMonitor(t.test.db);
    await loadDemoSocialMap(t.test.db);
    national = await signIn(t.test.db, [grant('beheer', 'landelijk', 'nl')]);
    utrecht = await signIn(t.test.db, [grant('beheer', 'gemeente', 'utrecht')]);
    utrechtPolicy = await signIn(t.test.db, [grant('gemeente-beleid', 'gemeente', 'utrecht')]);
    zeistPolicy = await signIn(t.test.db, [grant('gemeente-beleid', 'gemeente', 'zeist')]);
  }, 120_000);
  afterAll(async () => t?.close());

  const post = (who: SignedIn, url: string, payload: string | object, type = 'text/csv') =>
    t.app.inject({ method: 'POST', url: `/api/v1${url}`, headers: { ...who.headers, 'content-type': type }, payload });
  const count = async (query: ReturnType<typeof sql>) => Number((await t.test.db.rows<{ n: number }>(query))[0]!.n);
  const refusedRow = (res: { statusCode: number; json(): any }, row: number, column: string) => {
    expect(res.statusCode).toBe(400);
    expect(res.json().invalidParams).toEqual([expect.objectContaining({ rij: row, kolom: column, kolomLetter: 'A', name: `rij ${row}, kolom A (${column})` })]);
    expect(res.json().detail).toMatch(new RegExp(`rij ${row}, kolom A \\(${column}\\): u mag geen gegevens inlezen voor gemeente`));
  };

  it('transition monitor answers: a foreign row is refused, nothing written; own rows are accepted', async () => {
    const responses = () => count(sql`select count(*)::int as n from monitor_responses where round_id = '2014-04'`);
    const before = await responses();
    const header = 'gemeente;fase;a;b;c;d;e;f;budget_mee_2015_eur;toelichting\n';
    const row = (name: string) => `${name};college;ja;ja;ja;ja;ja;ja;3.000.000;\n`;
    refusedRow(await post(utrecht, '/monitor/rondes/2014-04/antwoorden/import', header + row('Utrecht') + row('Zeist')), 3, 'gemeente');
    expect(await responses()).toBe(before);
    const ok = await post(utrecht, '/monitor/rondes/2014-04/antwoorden/import', header + row('Utrecht'));
    expect(ok.statusCode, ok.body).toBe(200);
    expect(await responses()).toBe(before + 1);
  });

  it('MEE monitor: a foreign row is refused; a municipality’s import replaces only its own entries', async () => {
    const entries = () => count(sql`select count(*)::int as n from mee_monitor_entries where round_id = '2014-10'`);
    expect((await post(national, '/monitor/rondes/2014-10/mee-monitor/import', 'gemeente;fase\nUtrecht;college\nZeist;ambtelijk\n')).statusCode).toBe(200);
    refusedRow(await post(utrecht, '/monitor/rondes/2014-10/mee-monitor/import', 'gemeente;fase\nUtrecht;definitief\nZeist;college\n'), 3, 'gemeente');
    expect(await entries()).toBe(2);
    expect((await post(utrecht, '/monitor/rondes/2014-10/mee-monitor/import', 'gemeente;fase\nUtrecht;definitief\n')).statusCode).toBe(200);
    const rows = await t.test.db.rows<{ code: string; stage: string }>(sql`select municipality_code as code, stage from mee_monitor_entries where round_id = '2014-10' order by 1`);
    expect(rows).toEqual([{ code: 'utrecht', stage: 'definitief' }, { code: 'zeist', stage: 'ambtelijk' }]);
  });

  it('activities: a foreign row is refused, nothing written', async () => {
    const header = 'datum;gemeenteCode;aanbiederCode;dienst;minuten;doelgroep;leeftijdscategorie;levensdomein;wijk';
    const res = await post(utrecht, '/activiteiten/import', `${header}\n2015-03-02;utrecht;p;Dienst;10;;;;\n2015-03-02;zeist;p;Dienst;10;;;;\n`);
    expect(res.statusCode).toBe(400);
    expect(res.json().invalidParams).toEqual([expect.objectContaining({ rij: 3, kolom: 'gemeenteCode' })]);
    expect(await count(sql`select count(*)::int as n from provider_activity_imports`)).toBe(0);
  });

  it('activities: an MEE organisation imports only for the municipalities it serves (Bijlage 5)', async () => {
    const mee = await signIn(t.test.db, [grant('aanbieder', 'mee-organisatie', 'mee-utrecht-gooi-vecht')]);
    const header = 'datum;gemeenteCode;aanbiederCode;dienst;minuten;doelgroep;leeftijdscategorie;levensdomein;wijk';
    const foreign = await post(mee, '/activiteiten/import', `${header}\n2015-03-01;utrecht;mee-utrecht-gooi-vecht;x;30;;;;\n2015-03-01;amsterdam;mee-utrecht-gooi-vecht;x;30;;;;\n`);
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().invalidParams).toEqual([expect.objectContaining({ rij: 3, kolom: 'gemeenteCode' })]);
    expect(await count(sql`select count(*)::int as n from provider_activity_imports`)).toBe(0);
    const own = await post(mee, '/activiteiten/import', `${header}\n2015-03-01;utrecht;mee-utrecht-gooi-vecht;x;30;;;;\n`);
    expect(own.statusCode).toBe(201);
  });

  it('MEE case handover: a foreign row is refused, no case written', async () => {
    const header = 'gemeente;client_naam;geboortejaar;startdatum;mee_organisatie;mee_ondersteuner;vraag;soort_ondersteuner';
    const res = await post(utrecht, '/dossiers/mee-overdracht/import', `${header}\nUtrecht;Piet Jansen;1950;2014-09-01;MEE Utrecht Gooi & Vecht;Karin de Boer;Vraag;\nZeist;Ans Bakker;1990;2014-09-01;MEE Utrecht Gooi & Vecht;Karin de Boer;Vraag;\n`);
    expect(res.statusCode).toBe(400);
    expect(res.json().invalidParams).toEqual([expect.objectContaining({ rij: 3, kolom: 'gemeente' })]);
    expect(await count(sql`select count(*)::int as n from cases`)).toBe(0);
  });

  it('social map services: a row with another municipality’s service is refused, nothing written', async () => {
    const export_ = await t.app.inject({ method: 'GET', url: '/api/v1/sociale-kaart/diensten/export?gemeenteCode=utrecht&formaat=csv' });
    const [header, foreignRow] = export_.body.replace(/^\uFEFF/, '').split(/\r?\n/);
    const services = () => count(sql`select count(*)::int as n from socialmap_services`);
    const before = await services();
    const res = await post(zeistPolicy, '/sociale-kaart/diensten/import', `${header}\n${foreignRow}\n`);
    expect(res.statusCode).toBe(400);
    expect(res.json().invalidParams).toEqual(expect.arrayContaining([expect.objectContaining({ rij: 2, kolom: 'dienst_id' })]));
    expect(await services()).toBe(before);
    // Naming another municipality as the target is the uniform 404.
    expect((await post(zeistPolicy, '/sociale-kaart/diensten/import?gemeenteCode=utrecht', `${header}\n${foreignRow}\n`)).statusCode).toBe(404);
    expect(await services()).toBe(before);
  });

  it('social map HSDS: a document with another municipality’s ids is refused, nothing written', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/v1/sociale-kaart/hsds?gemeenteCode=utrecht', headers: utrechtPolicy.headers })).json();
    const services = () => count(sql`select count(*)::int as n from socialmap_services`);
    const before = await services();
    const res = await post(zeistPolicy, '/sociale-kaart/hsds/import', doc, 'application/json');
    expect(res.statusCode).toBe(400);
    expect(res.json().invalidParams.some((p: { reason: string }) => /andere gemeente/.test(p.reason))).toBe(true);
    expect(await services()).toBe(before);
  });

  it('accountability upload: another provider’s period is not found, nothing written', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/verantwoording/perioden',
      headers: utrechtPolicy.headers,
      payload: { gemeenteCode: 'utrecht', aanbiederCode: 'mee-utrecht-gooi-vecht', bekostigingsvorm: 'product', vanafDatum: '2015-01-01', totEnMetDatum: '2015-06-30' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const other = await signIn(t.test.db, [grant('aanbieder', 'mee-organisatie', 'mee-zuid-limburg')]);
    const versions = () => count(sql`select coalesce(sum(version), 0)::int as n from accountability_reports`);
    const before = await versions();
    const res = await post(other, `/verantwoording/perioden/${created.json().id}/upload`, 'veld;categorie;waarde\nuitgaven;;10,00\n');
    expect(res.statusCode).toBe(404);
    expect(await versions()).toBe(before);
  });
});
