import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../src/db/sql.ts';
import { testEngines } from '../helpers/db.ts';
import { testApp, type TestApp } from '../helpers/app.ts';
import { grant, signIn, type SignedIn } from '../helpers/auth.ts';
import { DEMO_MEE, loadDemoAccountability } from '../../src/services/accountability/demo.ts';

/** The facts of the demo cases, counted here straight from the tables, not through the service. */
async function independentCounts(t: TestApp) {
  const cases = await t.test.db.rows<{ id: string; aggregate: any; client: any }>(sql`select id::text as id, aggregate, client from cases where municipality_code = 'utrecht'`);
  const parse = (v: any) => (typeof v === 'string' ? JSON.parse(v) : v);
  const [notes] = await t.test.db.rows<{ n: number }>(sql`select count(*)::int as n from case_notes where kind = 'contactmoment' and occurred_on between '2015-01-01' and '2015-12-31'`);
  const [referrals] = await t.test.db.rows<{ n: number }>(sql`select count(*)::int as n from case_referrals where referred_on between '2015-01-01' and '2015-12-31'`);
  const byAge: Record<string, number> = {};
  const byGroup: Record<string, number> = {};
  const byDomain: Record<string, number> = {};
  for (const c of cases) {
    const aggregate = parse(c.aggregate);
    const client = parse(c.client);
    const age = aggregate.ageCategory ?? 'onbekend';
    byAge[age] = (byAge[age] ?? 0) + 1;
    for (const g of client.targetGroups.length ? client.targetGroups : ['onbekend']) byGroup[g] = (byGroup[g] ?? 0) + 1;
    for (const d of new Set<string>(aggregate.questions.flatMap((q: any) => q.lifeDomains))) byDomain[d] = (byDomain[d] ?? 0) + 1;
  }
  return { clients: cases.length, contacts: Number(notes!.n), referrals: Number(referrals!.n), byAge, byGroup, byDomain, ids: cases.map((c) => c.id).sort() };
}

const csv = (rows: string[][]) => Buffer.from(`\uFEFF${['veld;categorie;waarde', ...rows.map((r) => r.join(';'))].join('\r\n')}\r\n`, 'utf8');

describe.each(testEngines)('accountability on %s', (engine) => {
  let t: TestApp;
  let provider: SignedIn;
  let otherProvider: SignedIn;
  let municipality: SignedIn;
  let otherMunicipality: SignedIn;
  let national: SignedIn;
  let region: SignedIn;
  let periodId: string;

  beforeAll(async () => {
    t = await testApp(engine);
    expect(await loadDemoAccountability(t.test.db)).toBe(24);
    expect(await loadDemoAccountability(t.test.db)).toBe(0); // once only
    provider = await signIn(t.test.db, [grant('aanbieder', 'mee-organisatie', DEMO_MEE)]);
    otherProvider = await signIn(t.test.db, [grant('aanbieder', 'mee-organisatie', 'mee-zuid-limburg')]);
    municipality = await signIn(t.test.db, [grant('gemeente-beleid', 'gemeente', 'utrecht')]);
    otherMunicipality = await signIn(t.test.db, [grant('gemeente-beleid', 'gemeente', 'beek-l')]);
    national = await signIn(t.test.db, [grant('landelijk', 'landelijk', 'nl')]);
    region = await signIn(t.test.db, [grant('regio', 'jeugdregio', 'utrecht-stad')]);
  }, 120_000);
  afterAll(async () => t?.close());

  const get = (url: string, who: SignedIn) => t.app.inject({ method: 'GET', url, headers: who.headers });
  const post = (url: string, who: SignedIn, payload: unknown, headers: Record<string, string> = {}) => t.app.inject({ method: 'POST', url, headers: { ...who.headers, ...headers }, payload: payload as any });
  const upload = (who: SignedIn, body: Buffer, ifMatch?: string) =>
    t.app.inject({ method: 'POST', url: `/api/v1/verantwoording/perioden/${periodId}/upload`, headers: { ...who.headers, 'content-type': 'text/csv', ...(ifMatch ? { 'if-match': ifMatch } : {}) }, payload: body });

  it('shows the provider its demo period, pre-filled with counts equal to the cases behind them', async () => {
    const list = await get('/api/v1/verantwoording/perioden', provider);
    expect(list.statusCode).toBe(200);
    const period = list.json().perioden.find((p: any) => p.bekostigingsvorm === 'product' && p.vanafDatum === '2015-01-01');
    expect(period).toMatchObject({ gemeenteCode: 'utrecht', aanbiederCode: DEMO_MEE, status: 'concept' });
    periodId = period.id;
    const res = await get(`/api/v1/verantwoording/perioden/${periodId}`, provider);
    expect(res.statusCode).toBe(200);
    expect(res.headers.etag).toBe('"1"');
    const expected = await independentCounts(t);
    const values = res.json().waarden;
    expect(values.clienten_bereikt).toBe(expected.clients);
    expect(values.contactmomenten).toBe(expected.contacts);
    expect(values.verwijzingen).toBe(expected.referrals);
    expect(values.clienten_per_leeftijd).toEqual(expected.byAge);
    expect(values.clienten_per_doelgroep).toEqual(expected.byGroup);
    expect(values.clienten_per_levensdomein).toEqual(expected.byDomain);
    expect(res.json().voorinvulling).toEqual(values);
    expect(res.json().mogelijkeActies).toEqual(['opslaan', 'indienen']);
  });

  it('lets the municipality trace every pre-filled figure to its cases, and nobody else', async () => {
    const res = await get(`/api/v1/verantwoording/perioden/${periodId}/herkomst`, municipality);
    expect(res.statusCode).toBe(200);
    const expected = await independentCounts(t);
    const { velden } = res.json();
    expect([...velden.clienten_bereikt.dossierIds].sort()).toEqual(expected.ids);
    for (const [age, n] of Object.entries(expected.byAge)) expect(velden.clienten_per_leeftijd[age].aantal).toBe(n);
    const [logged] = await t.test.db.rows<{ n: number }>(sql`select count(*)::int as n from audit_log where activity = 'verantwoording'`);
    expect(Number(logged!.n)).toBe(expected.clients);
    expect((await get(`/api/v1/verantwoording/perioden/${periodId}/herkomst`, provider)).statusCode).toBe(403);
    expect((await get(`/api/v1/verantwoording/perioden/${periodId}/herkomst`, otherMunicipality)).json().detail).toBe('Niet gevonden.');
    expect((await get(`/api/v1/verantwoording/perioden/${periodId}`, otherProvider)).statusCode).toBe(404);
  });

  it('rejects a whole upload for one bad cell and names it by row and column', async () => {
    const before = (await get(`/api/v1/verantwoording/perioden/${periodId}`, provider)).json();
    const res = await upload(provider, csv([['uitgaven', '', '98.500,00'], ['uren', 'Informatie en advies', '120,5'], ['uren', 'Kortdurende ondersteuning', 'veel'], ['clienten_per_wijk', 'Overvecht', '8']]));
    expect(res.statusCode).toBe(400);
    const problem = res.json();
    expect(problem.detail).toContain('rij 4, kolom C (waarde)');
    expect(problem.invalidParams).toEqual([{ name: 'rij 4, kolom C (waarde)', code: 'invalid_cell', reason: '"veel" is geen getal (bijvoorbeeld 12,5).', rij: 4, kolom: 'waarde', kolomLetter: 'C' }]);
    const after = (await get(`/api/v1/verantwoording/perioden/${periodId}`, provider)).json();
    expect(after.versie).toBe(before.versie);
    expect(after.waarden).toEqual(before.waarden);
  });

  it('takes a good upload (If-Match), refuses a stale one, and submits', async () => {
    const body = csv([['uitgaven', '', '98.500,00'], ['uren', 'Informatie en advies', '120,5'], ['uren', 'Kortdurende ondersteuning', '340'], ['clienten_per_wijk', 'Overvecht', '8']]);
    const ok = await upload(provider, body, '"1"');
    expect(ok.statusCode).toBe(200);
    expect(ok.headers.etag).toBe('"2"');
    expect(ok.json().waarden).toMatchObject({ uitgaven: 9850000, uren: { 'Informatie en advies': 120.5, 'Kortdurende ondersteuning': 340 }, clienten_per_wijk: { Overvecht: 8 } });
    expect(ok.json().waarden.clienten_bereikt).toBe((await independentCounts(t)).clients);
    expect((await upload(provider, body, '"1"')).statusCode).toBe(412);
    expect((await upload(otherProvider, body)).json().detail).toBe('Niet gevonden.');
    const submitted = await post(`/api/v1/verantwoording/perioden/${periodId}/indienen`, provider, { toelichting: 'Zie de uren per dienst.' }, { 'if-match': '"2"' });
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json().status).toBe('ingediend');
    expect((await upload(provider, body)).statusCode).toBe(409);
  });

  it('lets the municipality ask, the provider answer and resubmit, and the municipality accept', async () => {
    expect((await post(`/api/v1/verantwoording/perioden/${periodId}/accepteren`, provider, {})).statusCode).toBe(403);
    const asked = await post(`/api/v1/verantwoording/perioden/${periodId}/vragen`, municipality, { vraag: 'Waarom zoveel uren kortdurende ondersteuning?' });
    expect(asked.json()).toMatchObject({ status: 'vragen', uwKant: 'gemeente' });
    expect((await post(`/api/v1/verantwoording/perioden/${periodId}/berichten`, provider, { bericht: 'Door de overdracht van lopende trajecten.' })).statusCode).toBe(201);
    const again = await post(`/api/v1/verantwoording/perioden/${periodId}/indienen`, provider, {});
    expect(again.json().status).toBe('ingediend');
    const version = again.json().versie;
    expect((await post(`/api/v1/verantwoording/perioden/${periodId}/accepteren`, municipality, {}, { 'if-match': `"${version - 1}"` })).statusCode).toBe(412);
    const accepted = await post(`/api/v1/verantwoording/perioden/${periodId}/accepteren`, municipality, {}, { 'if-match': `"${version}"` });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'geaccepteerd', mogelijkeActies: [] });
    expect(accepted.json().berichten.map((m: any) => m.kant)).toEqual(['aanbieder', 'gemeente', 'aanbieder']);
    const put = await t.app.inject({ method: 'PUT', url: `/api/v1/verantwoording/perioden/${periodId}/waarden`, headers: provider.headers, payload: { waarden: {} } });
    expect(put.statusCode).toBe(409);
    expect(put.json().detail).toContain('al geaccepteerd');
  });

  it('renders the council report as HTML with print style and charts, PDF and XLSX annex, with small cells suppressed', async () => {
    const html = await get('/api/v1/verantwoording/raadsrapportage/utrecht/2015', municipality);
    expect(html.statusCode).toBe(200);
    expect(html.body).toContain('@media print');
    expect(html.body.match(/<svg/g)?.length).toBe(3);
    expect(html.body).toContain('€ 98.500');
    expect(html.body).toContain('&lt; 5'); // the 3 clients of unknown age
    expect(html.body).not.toContain('<script');
    const pdf = await get('/api/v1/verantwoording/raadsrapportage/utrecht/2015?formaat=pdf', municipality);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const xlsx = await get('/api/v1/verantwoording/raadsrapportage/utrecht/2015?formaat=xlsx', municipality);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    expect((await get('/api/v1/verantwoording/raadsrapportage/utrecht/2015', otherMunicipality)).json().detail).toBe('Niet gevonden.');
    expect((await get('/api/v1/verantwoording/raadsrapportage/utrecht/2015', national)).statusCode).toBe(403);
  });

  it('shows national and regional users aggregates only, with cells under 5 suppressed', async () => {
    const res = await get('/api/v1/verantwoording/totalen?jaar=2015', national);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const expected = await independentCounts(t);
    expect(body).toMatchObject({ niveau: 'landelijk', rapportages: 1, clienten: expected.clients, uitgavenCenten: 9850000 });
    for (const [age, n] of Object.entries(expected.byAge)) expect(body.perLeeftijd[age]).toBe(n < 5 ? null : n);
    expect(Object.values(body.perLeeftijd)).toContain(null);
    expect(JSON.stringify(body)).not.toMatch(/dossier|periodeId/i);
    const utrechtStad = body.groepen.find((g: any) => g.code === 'utrecht-stad');
    expect(utrechtStad).toMatchObject({ rapportages: 1, clienten: expected.clients });
    const regional = (await get('/api/v1/verantwoording/totalen?jaar=2015', region)).json();
    expect(regional).toMatchObject({ niveau: 'jeugdregio', jeugdregioCode: 'utrecht-stad' });
    expect((await get('/api/v1/verantwoording/totalen?jaar=2015&jeugdregioCode=zuid-limburg', region)).statusCode).toBe(404);
    // No way in to the reports themselves for the national role.
    expect((await get('/api/v1/verantwoording/perioden', national)).statusCode).toBe(403);
    expect((await get(`/api/v1/verantwoording/perioden/${periodId}`, national)).statusCode).toBe(403);
    const download = await get('/api/v1/verantwoording/totalen?jaar=2015&formaat=csv', national);
    expect(download.body.startsWith('\uFEFF')).toBe(true);
  });

  it('reports client experience per provider with the response rate, and exports it', async () => {
    const res = await get('/api/v1/verantwoording/clientervaring?vanafDatum=2015-01-01&totEnMetDatum=2015-12-31', municipality);
    expect(res.statusCode).toBe(200);
    const [result] = res.json().resultaten;
    expect(result).toMatchObject({ aanbiederCode: DEMO_MEE, uitgenodigd: 20, respons: 9, responsPercentage: 45 });
    expect(result.vragen[0].verdeling.reduce((a: number, b: number) => a + b, 0)).toBe(9);
    const mine = (await get('/api/v1/verantwoording/clientervaring?vanafDatum=2015-01-01&totEnMetDatum=2015-12-31', provider)).json();
    expect(mine.resultaten).toHaveLength(1);
    const none = (await get('/api/v1/verantwoording/clientervaring?vanafDatum=2015-01-01&totEnMetDatum=2015-12-31', otherProvider)).json();
    expect(none.resultaten).toEqual([]);
    const exported = await get('/api/v1/verantwoording/clientervaring?vanafDatum=2015-01-01&totEnMetDatum=2015-12-31&formaat=csv', municipality);
    const lines = exported.body.trim().split('\r\n');
    expect(exported.body.startsWith('\uFEFF')).toBe(true);
    expect(lines[0]).toBe('gemeente;aanbieder;datum;kanaal;bereikbaar;serieus;samen;onafhankelijk;regie;passend;toelichting');
    expect(lines).toHaveLength(10);
    const added = await post('/api/v1/verantwoording/clientervaring/antwoorden', municipality, { gemeenteCode: 'utrecht', aanbiederCode: DEMO_MEE, antwoordDatum: '2015-12-01', antwoorden: { bereikbaar: 6 } });
    expect(added.statusCode).toBe(400);
  });

  it('builds the MEE information package from casework, and takes the rest filled in or imported', async () => {
    const url = '/api/v1/verantwoording/mee-informatiepakket/utrecht/2015';
    const res = await get(url, provider);
    expect(res.statusCode).toBe(200);
    const expected = await independentCounts(t);
    expect(res.json()).toMatchObject({ meeOrganisatie: DEMO_MEE, clienten: expected.clients, perLeeftijd: expected.byAge, bron: 'dossiers', versie: 0 });
    expect(res.json().ivh.kostenBron).toBe('budget');
    const put = await t.app.inject({
      method: 'PUT',
      url,
      headers: { ...provider.headers, 'if-match': '"0"' },
      payload: { collectieveTaken: ['Voorlichting wijkteams'], netwerken: ['Netwerk IVH Utrecht'], toerusting: ['Training mantelzorgers'], plustaken: [], ivh: { netwerken: 1, omvang: 'Regio Utrecht', kostenCenten: null, aangemeldeKinderen: 42 } },
    });
    expect(put.statusCode).toBe(200);
    expect(put.json()).toMatchObject({ versie: 1, bron: 'ingevuld', ivh: { aangemeldeKinderen: 42 } });
    const bad = await t.app.inject({ method: 'POST', url: `${url}/import`, headers: { ...provider.headers, 'content-type': 'text/csv' }, payload: Buffer.from('onderdeel;omschrijving\nnetwerk;IVH\nivh_aangemelde_kinderen;veertig\n') });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().invalidParams[0]).toMatchObject({ rij: 3, kolom: 'omschrijving' });
    expect((await get(url, municipality)).statusCode).toBe(200);
    expect((await get(url, otherProvider)).json().detail).toBe('Niet gevonden.');
  });

  it('gives dashboards per municipality and per provider over periods', async () => {
    const own = (await get('/api/v1/verantwoording/dashboard/gemeente/utrecht', municipality)).json();
    expect(own.regels).toHaveLength(1);
    expect(own.regels[0]).toMatchObject({ status: 'geaccepteerd', uitgavenCenten: 9850000 });
    expect((await get('/api/v1/verantwoording/dashboard/aanbieder', provider)).json().regels).toHaveLength(1);
    expect((await get('/api/v1/verantwoording/dashboard/aanbieder', otherProvider)).json().regels).toHaveLength(0);
    const xlsx = await get('/api/v1/verantwoording/dashboard/gemeente/utrecht?formaat=xlsx', municipality);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('recomputes the pre-fill when cases were added later, keeping the provider’s other values', async () => {
    const body = { gemeenteCode: 'utrecht', aanbiederCode: DEMO_MEE, bekostigingsvorm: 'product', vanafDatum: '2015-07-01', totEnMetDatum: '2015-12-31' };
    const created = (await post('/api/v1/verantwoording/perioden', municipality, body)).json();
    const upload2 = await t.app.inject({ method: 'POST', url: `/api/v1/verantwoording/perioden/${created.id}/upload`, headers: { ...provider.headers, 'content-type': 'text/csv' }, payload: csv([['uitgaven', '', '10,00']]) });
    expect(upload2.statusCode).toBe(200);
    const [supporter] = await t.test.db.rows<{ id: string }>(sql`select id::text as id from users where username = 'demo-mee-ondersteuner'`);
    const { seedProviderCases } = await import('../../src/services/accountability/demo.ts');
    await seedProviderCases(t.test.db, { municipalityCode: 'utrecht', supporterId: supporter!.id, count: 2, year: 2015 });
    const refreshed = await post(`/api/v1/verantwoording/perioden/${created.id}/herberekenen`, provider, {}, { 'if-match': `"${upload2.json().versie}"` });
    expect(refreshed.statusCode).toBe(200);
    expect(refreshed.json().waarden).toMatchObject({ clienten_bereikt: (await independentCounts(t)).clients, uitgaven: 1000 });
    expect(refreshed.json().voorinvulling.clienten_bereikt).toBe(refreshed.json().waarden.clienten_bereikt);
    expect((await post(`/api/v1/verantwoording/perioden/${created.id}/herberekenen`, municipality, {})).statusCode).toBe(403);
  });

  it('lets a municipality open a period, once', async () => {
    const body = { gemeenteCode: 'utrecht', aanbiederCode: DEMO_MEE, bekostigingsvorm: 'functie', vanafDatum: '2016-01-01', totEnMetDatum: '2016-06-30' };
    const created = await post('/api/v1/verantwoording/perioden', municipality, body);
    expect(created.statusCode).toBe(201);
    // The demo cases are still open in 2016, so they count as reached in this period too.
    expect(created.json()).toMatchObject({ status: 'concept', uwKant: 'gemeente', waarden: { clienten_bereikt: (await independentCounts(t)).clients } });
    expect((await post('/api/v1/verantwoording/perioden', municipality, body)).statusCode).toBe(409);
    expect((await post('/api/v1/verantwoording/perioden', otherMunicipality, body)).json().detail).toBe('Niet gevonden.');
  });
});
