import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../src/db/sql.ts';
import ExcelJS from 'exceljs';
import { testEngines } from '../helpers/db.ts';
import { testApp, type TestApp } from '../helpers/app.ts';
import { grant, signIn, type SignedIn } from '../helpers/auth.ts';
import type { Database } from '../../src/db/client.ts';
import { municipalityGaps } from '../../src/services/policy/coverage.ts';
import { PLAN_SECTION_HEADING } from '../../src/domain/policy/index.ts';
import { AGE_CATEGORIES, LIFE_DOMAINS, TARGET_SUBGROUPS } from '../../src/domain/socialmap/taxonomy.ts';

const CELLS = TARGET_SUBGROUPS.length * AGE_CATEGORIES.length * LIFE_DOMAINS.length;
/** Cells that can exist: not young children (0–7) over 18, not "ouderen" under 25 (domain/policy/combinations.ts). */
const POSSIBLE = CELLS - (3 + 2) * LIFE_DOMAINS.length;

/** A minimal social map for Utrecht, straight into the 0009 tables: three providers, one of them regional. */
export async function policyFixture(db: Database): Promise<{ mee: string; ggz: string; loket: string }> {
  const org = async (name: string, kind: string, staffing: string, relation: string | null) => {
    const id = crypto.randomUUID();
    await db.rows(sql`insert into socialmap_organisations (id, name, kind, staffing, municipality_code) values (${id}, ${name}, ${kind}, ${staffing}, 'utrecht')`);
    if (relation) await db.rows(sql`insert into socialmap_relations (municipality_code, organisation_id, relation) values ('utrecht', ${id}, ${relation})`);
    return id;
  };
  const arr = (values: readonly string[]) => sql`${`{${values.join(',')}}`}::text[]`;
  const service = async (organisationId: string, name: string, groups: readonly string[], ages: readonly string[], domains: readonly string[], channels: string[], area: string[] = []) => {
    await db.rows(sql`
      insert into socialmap_services (id, organisation_id, name, target_groups, age_categories, life_domains, channels, municipality_codes)
      values (${crypto.randomUUID()}, ${organisationId}, ${name}, ${arr(groups)}, ${arr(ages)}, ${arr(domains)}, ${arr(channels)}, ${arr(area)})`);
  };
  const mee = await org('MEE Test', 'mee', 'professioneel', 'stichting-gefinancierd');
  const ggz = await org('Steunpunt GGZ Test', 'steunpunt-ggz', 'beide', 'stichting-gefinancierd');
  const loket = await org('Wmo-loket Test', 'wmo-loket', 'professioneel', 'gemeentelijk');
  await service(mee, 'Ondersteuning bij een beperking', ['verstandelijke-beperking', 'autisme'], AGE_CATEGORIES, LIFE_DOMAINS, ['telefoon', 'huisbezoek'], ['utrecht', 'zeist']);
  await service(ggz, 'Inloop', ['psychische-problemen', 'autisme'], ['18-25', '25-65'], LIFE_DOMAINS, ['inloop']);
  await service(loket, 'Loket', ['ouderen', 'autisme'], ['25-65', '65+'], ['zelfstandig_wonen_en_samenleven'], ['telefoon', 'website', 'inloop']);
  await service(loket, 'Zonder indeling', [], [], [], ['telefoon']);
  return { mee, ggz, loket };
}

describe.each(testEngines)('policy API (%s)', (engine) => {
  let t: TestApp;
  let officer: SignedIn;
  let foreignOfficer: SignedIn;
  let region: SignedIn;
  let ids: Awaited<ReturnType<typeof policyFixture>>;
  const url = (path: string) => `/api/v1/beleid/gemeenten/utrecht/${path}`;

  beforeAll(async () => {
    t = await testApp(engine);
    ids = await policyFixture(t.test.db);
    officer = await signIn(t.test.db, [grant('gemeente-beleid', 'gemeente', 'utrecht')]);
    foreignOfficer = await signIn(t.test.db, [grant('gemeente-beleid', 'gemeente', 'beek-l')]);
    region = await signIn(t.test.db, [grant('regio', 'jeugdregio', 'utrecht-stad')]);
  });
  afterAll(async () => t?.close());

  const body = () => ({
    varianten: ['sociale-wijkteams', 'een-loket'],
    aanpak: ['zelf-organiseren'],
    schaal: 'lokaal',
    afspraken: [
      { aanbiederId: ids.mee, uitvoering: 'subsidieovereenkomst', bekostiging: 'functie', bedragCent: 100_000_000 },
      { aanbiederId: ids.loket, uitvoering: 'eigen-beheer', bekostiging: 'functie' },
    ],
    waarborgen: [{ waarborg: 'beroepscode', toelichting: 'In de subsidievoorwaarden.' }, { waarborg: 'scheiding-beslissen-ondersteunen' }],
    kanalen: [{ kanaal: 'telefoon', details: 'ma–vr 9.00–17.00' }, { kanaal: 'digitaal' }],
    toelichting: 'Onze keuze.',
  });

  it('saves the framework with optimistic concurrency (If-None-Match, If-Match, 412, 428)', async () => {
    const empty = await t.app.inject({ method: 'GET', url: url('afwegingskader'), headers: officer.headers });
    expect(empty.statusCode).toBe(200);
    expect(empty.headers.etag).toBe('"0"');
    expect(empty.json()).toMatchObject({ versie: 0, varianten: [], afspraken: [] });

    const noVersion = await t.app.inject({ method: 'PUT', url: url('afwegingskader'), headers: officer.headers, payload: body() });
    expect(noVersion.statusCode).toBe(428);

    const created = await t.app.inject({ method: 'PUT', url: url('afwegingskader'), headers: { ...officer.headers, 'if-none-match': '*' }, payload: body() });
    expect(created.statusCode, created.body).toBe(200);
    expect(created.headers.etag).toBe('"1"');
    expect(created.json()).toMatchObject({ versie: 1, varianten: ['sociale-wijkteams', 'een-loket'], afspraken: [{ aanbiederId: ids.mee, bedragCent: 100_000_000 }, { aanbiederId: ids.loket, bedragCent: null }] });

    const again = await t.app.inject({ method: 'PUT', url: url('afwegingskader'), headers: { ...officer.headers, 'if-none-match': '*' }, payload: body() });
    expect(again.statusCode).toBe(412);
    const updated = await t.app.inject({ method: 'PUT', url: url('afwegingskader'), headers: { ...officer.headers, 'if-match': '"1"' }, payload: { ...body(), kanalen: [] } });
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({ versie: 2, kanalen: [] });
    const stale = await t.app.inject({ method: 'PUT', url: url('afwegingskader'), headers: { ...officer.headers, 'if-match': '"1"' }, payload: body() });
    expect(stale.statusCode).toBe(412);
    expect(stale.json()).toMatchObject({ huidigeVersie: 2 });
    const restored = await t.app.inject({ method: 'PUT', url: url('afwegingskader'), headers: { ...officer.headers, 'if-match': '"2"' }, payload: body() });
    expect(restored.json().versie).toBe(3);
  });

  it('refuses an inconsistent framework with every problem at once', async () => {
    const res = await t.app.inject({
      method: 'PUT',
      url: url('afwegingskader'),
      headers: { ...officer.headers, 'if-match': '"3"' },
      payload: { ...body(), aanpak: ['regisserende-organisatie'], afspraken: [{ aanbiederId: crypto.randomUUID(), uitvoering: 'subsidie', bekostiging: 'geen' }] },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().invalidParams.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['body.afspraken.0.aanbiederId', 'body.afspraken.0.bekostiging', 'body.regisserendeAanbiederId']),
    );
    expect(res.json().detail).toMatch(/sociale kaart/);
  });

  it('computes the coverage matrix with gaps and overlaps, as JSON, CSV and XLSX', async () => {
    const res = await t.app.inject({ method: 'GET', url: url('dekking?overlapVanaf=2'), headers: officer.headers });
    expect(res.statusCode).toBe(200);
    const coverage = res.json();
    expect(coverage.cellen).toHaveLength(CELLS);
    const autism = coverage.cellen.find((c: { doelgroep: string; leeftijd: string; levensdomein: string }) => c.doelgroep === 'autisme' && c.leeftijd === '25-65' && c.levensdomein === 'zelfstandig_wonen_en_samenleven');
    expect(autism.aanbieders).toHaveLength(3);
    expect(autism.status).toBe('overlap');
    expect(coverage.nietIngedeeld).toEqual([expect.objectContaining({ dienst: 'Zonder indeling', ontbreekt: ['doelgroep', 'leeftijd', 'levensdomein'] })]);
    const covered = 2 * 24 /* MEE */ + 2 * 6 /* GGZ psychische problemen */ + 2 + 0 /* loket ouderen 2 ages, autism already covered */;
    expect(coverage.mogelijk).toBe(POSSIBLE);
    expect(coverage.hiaten).toBe(POSSIBLE - covered);
    const child = (leeftijd: string) => coverage.cellen.find((c: { doelgroep: string; leeftijd: string; levensdomein: string }) => c.doelgroep === 'jonge-kinderen-ontwikkeling' && c.leeftijd === leeftijd && c.levensdomein === 'leren_en_werken');
    expect(child('25-65')).toMatchObject({ status: 'onmogelijk', aanbieders: [] });
    expect(child('0-18')).toMatchObject({ status: 'gat' });
    expect(await municipalityGaps(t.test.db, 'utrecht')).toHaveLength(POSSIBLE - covered);
    // "Ouderen" of 0–18 and 18–25 cannot exist, so the first gap is the first possible age.
    expect((await municipalityGaps(t.test.db, 'utrecht'))[0]).toEqual({ targetGroup: 'ouderen', ageCategory: '25-65', lifeDomain: 'opvoeding_en_ontwikkeling', providers: 0 });

    const csv = await t.app.inject({ method: 'GET', url: url('dekking?formaat=csv'), headers: officer.headers });
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.body).toMatch(/doelgroep;doelgroep_code;leeftijd;levensdomein;aantal_aanbieders;status;aanbieders/);
    expect(csv.body.trim().split('\r\n')).toHaveLength(CELLS + 1);
    const xlsx = await t.app.inject({ method: 'GET', url: url('dekking?formaat=xlsx'), headers: officer.headers });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]!.rowCount).toBe(CELLS + 1);
  });

  it('evaluates the Wmo 2015 checklist and says what is missing', async () => {
    const res = await t.app.inject({ method: 'GET', url: url('checklist'), headers: officer.headers });
    expect(res.statusCode).toBe(200);
    const points = new Map(res.json().punten.map((p: { code: string }) => [p.code, p]));
    expect(points.get('onafhankelijk')).toMatchObject({ status: 'deels', ontbreekt: [expect.stringMatching(/statuut/)] });
    expect(points.get('afspraken-aanbieders')).toMatchObject({ status: 'deels', ontbreekt: ['Geen afspraak vastgelegd met Steunpunt GGZ Test, die de gemeente wel financiert.'] });
    expect(points.get('bereikbaar-telefoon')).toMatchObject({ status: 'voldaan' });
    expect(points.get('beschikbaar-voor-iedereen')).toMatchObject({ status: 'deels' });
  });

  it('drafts the plan section as Markdown, Word-HTML and PDF', async () => {
    const md = await t.app.inject({ method: 'GET', url: url('beleidsplan'), headers: officer.headers });
    expect(md.statusCode).toBe(200);
    expect(md.headers['content-type']).toMatch(/text\/markdown/);
    expect(md.headers['content-disposition']).toMatch(/beleidsplan-clientondersteuning-utrecht\.md/);
    expect(md.body).toContain(`## ${PLAN_SECTION_HEADING}`);
    expect(md.body).toMatch(/\| MEE Test \| MEE \| Subsidie met overeenkomst \|/);
    const html = await t.app.inject({ method: 'GET', url: url('beleidsplan?formaat=html'), headers: officer.headers });
    expect(html.headers['content-type']).toMatch(/application\/msword/);
    expect(html.headers['content-disposition']).toMatch(/\.doc"/);
    expect(html.body).toContain(`<h2>${PLAN_SECTION_HEADING}</h2>`);
    expect(html.body).toContain('urn:schemas-microsoft-com:office:word');
    const pdf = await t.app.inject({ method: 'GET', url: url('beleidsplan?formaat=pdf'), headers: officer.headers });
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('lists the providers to make arrangements with', async () => {
    const res = await t.app.inject({ method: 'GET', url: url('aanbieders'), headers: officer.headers });
    expect(res.json()).toEqual([
      expect.objectContaining({ naam: 'MEE Test', gefinancierd: true, diensten: 1 }),
      expect.objectContaining({ naam: 'Steunpunt GGZ Test', gefinancierd: true }),
      expect.objectContaining({ naam: 'Wmo-loket Test', soort: 'wmo-loket', diensten: 2 }),
    ]);
  });

  it('shows the regional view to the region, and keeps other municipalities out', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/beleid/jeugdregios/utrecht-stad/overzicht', headers: region.headers });
    expect(res.statusCode, res.body).toBe(200);
    const utrecht = res.json().gemeenten.find((g: { gemeenteCode: string }) => g.gemeenteCode === 'utrecht');
    expect(utrecht).toMatchObject({ versie: 3, aanbieders: 3 });
    expect(utrecht.afwegingskader.varianten).toEqual(['sociale-wijkteams', 'een-loket']);
    const regionRead = await t.app.inject({ method: 'GET', url: url('dekking'), headers: region.headers });
    expect(regionRead.statusCode).toBe(200);
    const foreign = await t.app.inject({ method: 'GET', url: url('afwegingskader'), headers: foreignOfficer.headers });
    expect(foreign.statusCode).toBe(404);
    const notOfficer = await t.app.inject({ method: 'PUT', url: url('afwegingskader'), headers: { ...region.headers, 'if-match': '"3"' }, payload: body() });
    expect(notOfficer.statusCode).toBe(403);
    const unknown = await t.app.inject({ method: 'GET', url: '/api/v1/beleid/jeugdregios/bestaat-niet/overzicht', headers: (await signIn(t.test.db, [grant('landelijk', 'landelijk', 'nl')])).headers });
    expect(unknown.statusCode).toBe(404);
  });
});
