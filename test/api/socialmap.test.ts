import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../helpers/app.ts';
import { grant, signIn, type SignedIn } from '../helpers/auth.ts';
import { testEngines } from '../helpers/db.ts';
import { loadDemoSocialMap } from '../../src/services/socialmap/demo.ts';
import { searchServices } from '../../src/services/socialmap/search.ts';

describe.each(testEngines)('social map API and public pages (%s)', (engine) => {
  let t: TestApp;
  let officer: SignedIn;
  let other: SignedIn;
  beforeAll(async () => {
    t = await testApp(engine);
    await loadDemoSocialMap(t.test.db);
    officer = await signIn(t.test.db, [grant('gemeente-beleid', 'gemeente', 'utrecht')]);
    other = await signIn(t.test.db, [grant('gemeente-beleid', 'gemeente', 'zeist')]);
  }, 60_000);
  afterAll(async () => t?.close());

  const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });

  it('public search: by question and place, with Link pagination, no login', async () => {
    const res = await get('/api/v1/sociale-kaart/zoeken?vraag=schulden&plaats=Utrecht&gemeenteCode=utrecht');
    expect(res.statusCode).toBe(200);
    // Ranked (ADR 0012): debt help first, the money-and-rules walk-in among the first three.
    expect(res.json()[0].naam).toBe('Schuldhulpverlening');
    expect(res.json()[0].aanbieder.naam).toBe('Schuldhulpverlening gemeente Utrecht (demo)');
    expect(res.json().slice(0, 3).map((s: { naam: string }) => s.naam)).toContain('Spreekuur geld en regels');
    const paged = await get('/api/v1/sociale-kaart/zoeken?gemeenteCode=utrecht&paginaGrootte=2&leeftijd=70');
    expect(paged.json()).toHaveLength(2);
    expect(paged.headers.link).toContain('rel="next"');
    expect(Number(paged.headers['x-total-count'])).toBeGreaterThan(2);
    // Browsing (no question, no postcode) is paged by the database: its pages together are the whole list in name order.
    const whole = (await searchServices(t.test.db, { municipalityCode: 'utrecht' })).map((s) => s.name);
    const first = await get('/api/v1/sociale-kaart/zoeken?gemeenteCode=utrecht&paginaGrootte=3');
    expect(Number(first.headers['x-total-count'])).toBe(whole.length);
    const names: string[] = [];
    for (let page = 1; page <= Math.ceil(whole.length / 3); page++) {
      names.push(...(await get(`/api/v1/sociale-kaart/zoeken?gemeenteCode=utrecht&paginaGrootte=3&pagina=${page}`)).json().map((s: { naam: string }) => s.naam));
    }
    expect(names).toEqual(whole);
    const bad = await get('/api/v1/sociale-kaart/zoeken?doelgroep=reuzen&kanaal=duif');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().invalidParams.map((p: { name: string }) => p.name)).toEqual(['query.doelgroep', 'query.kanaal']);
    const vocab = await get('/api/v1/sociale-kaart/taxonomie');
    expect(vocab.json().doelgroepen).toHaveLength(17);
    expect(vocab.json().soortenAanbieders.find((k: { code: string }) => k.code === 'mee').wat).toMatch(/hulpvraagverduidelijking/);
  });

  it('manages providers, services and locations with If-Match, scoped to the own municipality', async () => {
    const created = await t.app.inject({ method: 'POST', url: '/api/v1/sociale-kaart/gemeenten/utrecht/aanbieders', headers: officer.headers, payload: { naam: 'Testaanbieder (demo)', soort: 'amw', relaties: [{ gemeenteCode: 'utrecht', relatie: 'stichting-gefinancierd' }] } });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    expect((await get(`/api/v1/sociale-kaart/aanbieders/${id}`, other.headers)).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/sociale-kaart/gemeenten/utrecht/aanbieders', headers: other.headers, payload: {} })).statusCode).toBe(404);

    const location = await t.app.inject({ method: 'POST', url: `/api/v1/sociale-kaart/aanbieders/${id}/locaties`, headers: officer.headers, payload: { naam: 'Kantoor', adres: 'Straat 1', postcode: '3511ab', plaats: 'Utrecht', toegankelijkheid: ['rolstoeltoegankelijk'] } });
    expect(location.statusCode).toBe(201);
    expect(location.json().postcode).toBe('3511AB');
    const service = await t.app.inject({
      method: 'POST', url: `/api/v1/sociale-kaart/aanbieders/${id}/diensten`, headers: officer.headers,
      payload: { naam: 'Rouwspreekuur', trefwoorden: ['rouw', 'verlies'], kanalen: ['inloop'], locatieIds: [location.json().id] },
    });
    expect(service.statusCode).toBe(201);
    expect(service.json().gemeenten).toEqual(['utrecht']);
    const serviceId = service.json().id as string;
    const found = await get('/api/v1/sociale-kaart/zoeken?vraag=verlies&plaats=utrecht');
    expect(found.json().map((s: { id: string }) => s.id)).toContain(serviceId);

    const put = (version: string) => t.app.inject({ method: 'PUT', url: `/api/v1/sociale-kaart/diensten/${serviceId}`, headers: { ...officer.headers, 'if-match': version }, payload: { naam: 'Rouw en verlies', locatieIds: [] } });
    expect((await put('"1"')).statusCode).toBe(200);
    const stale = await put('"1"');
    expect(stale.statusCode).toBe(412);
    const invalid = await t.app.inject({ method: 'PUT', url: `/api/v1/sociale-kaart/diensten/${serviceId}`, headers: officer.headers, payload: { naam: 'x', gemeenten: ['atlantis', 'utrecht', 'utrecht'] } });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().invalidParams.map((p: { name: string }) => p.name)).toEqual(['body.gemeenten[0]', 'body.gemeenten[2]']);

    const noVersion = await t.app.inject({ method: 'DELETE', url: `/api/v1/sociale-kaart/aanbieders/${id}`, headers: officer.headers });
    expect(noVersion.statusCode).toBe(428);
    const deleted = await t.app.inject({ method: 'DELETE', url: `/api/v1/sociale-kaart/aanbieders/${id}`, headers: { ...officer.headers, 'if-match': '"1"' } });
    expect(deleted.statusCode).toBe(204);
    expect((await get(`/api/v1/sociale-kaart/diensten/${serviceId}`)).statusCode).toBe(404);
  });

  it('HSDS export is public; import is all or nothing with JSON paths; round trip is lossless', async () => {
    const exported = await get('/api/v1/sociale-kaart/hsds?gemeenteCode=utrecht');
    expect(exported.statusCode).toBe(200);
    const doc = exported.json();
    expect(doc.meta).toEqual({ hsds: '3.0', bron: 'Naast', gemeenteCode: 'utrecht' });
    const again = await t.app.inject({ method: 'POST', url: '/api/v1/sociale-kaart/hsds/import', headers: officer.headers, payload: doc });
    expect(again.statusCode).toBe(200);
    expect((await get('/api/v1/sociale-kaart/hsds?gemeenteCode=utrecht')).json()).toEqual(doc);

    const broken = structuredClone(doc);
    broken.services[2].status = 'open';
    broken.organizations[0].attributes[0].taxonomy_term_id = '00000000-0000-4000-8000-000000000000';
    const refused = await t.app.inject({ method: 'POST', url: '/api/v1/sociale-kaart/hsds/import', headers: officer.headers, payload: broken });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().detail).toMatch(/niets gewijzigd/);
    expect(refused.json().invalidParams.map((p: { name: string }) => p.name)).toEqual(['$.organizations[0].attributes[0].taxonomy_term_id', '$.services[2].status']);
    const outsider = await t.app.inject({ method: 'POST', url: '/api/v1/sociale-kaart/hsds/import?gemeenteCode=utrecht', headers: other.headers, payload: doc });
    expect(outsider.statusCode).toBe(404);
    expect((await get('/api/v1/sociale-kaart/hsds?gemeenteCode=atlantis')).statusCode).toBe(404);
  });

  it('services as CSV: export (public) and import (all or nothing, row and column)', async () => {
    const csv = await get('/api/v1/sociale-kaart/diensten/export?gemeenteCode=utrecht&formaat=csv');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const text = csv.body.replace(/^\uFEFF/, '');
    expect(text.split('\n')[0]).toMatch(/^dienst_id;aanbieder_id;aanbieder;naam/);
    const ok = await t.app.inject({ method: 'POST', url: '/api/v1/sociale-kaart/diensten/import', headers: { ...officer.headers, 'content-type': 'text/csv' }, payload: csv.rawPayload });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().toegevoegd).toBe(0);
    const bad = text.replace(/;ja;ja;/, ';ja;misschien;');
    const refused = await t.app.inject({ method: 'POST', url: '/api/v1/sociale-kaart/diensten/import', headers: { ...officer.headers, 'content-type': 'text/csv' }, payload: bad });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().invalidParams[0]).toMatchObject({ kolom: 'gratis' });
    const xlsx = await get('/api/v1/sociale-kaart/diensten/export?gemeenteCode=utrecht&formaat=xlsx');
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    // The XLSX export is a template too: it comes back unchanged (typed cells, text stays text).
    const xlsxBack = await t.app.inject({ method: 'POST', url: '/api/v1/sociale-kaart/diensten/import', headers: { ...officer.headers, 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }, payload: xlsx.rawPayload });
    expect(xlsxBack.statusCode, xlsxBack.body).toBe(200);
    expect(xlsxBack.json().toegevoegd).toBe(0);
  });

  it('FAQ: managed by the municipality, public read shows only published questions', async () => {
    const created = await t.app.inject({ method: 'POST', url: '/api/v1/sociale-kaart/gemeenten/utrecht/veelgestelde-vragen', headers: officer.headers, payload: { vraag: 'Concept vraag?', antwoord: 'Nog niet af.', positie: 50, gepubliceerd: false } });
    expect(created.statusCode).toBe(201);
    const publicList = await get('/api/v1/sociale-kaart/veelgestelde-vragen?gemeenteCode=utrecht');
    expect(publicList.json().map((f: { vraag: string }) => f.vraag)).not.toContain('Concept vraag?');
    expect(publicList.json()[0].vraag).toBe('Wat is cliëntondersteuning?');
    const id = created.json().id;
    const published = await t.app.inject({ method: 'PUT', url: `/api/v1/sociale-kaart/veelgestelde-vragen/${id}`, headers: { ...officer.headers, 'if-match': '"1"' }, payload: { vraag: 'Concept vraag?', antwoord: 'Nu af.', positie: 50, gepubliceerd: true } });
    expect(published.statusCode).toBe(200);
    expect((await get('/api/v1/sociale-kaart/veelgestelde-vragen?gemeenteCode=utrecht')).json().map((f: { vraag: string }) => f.vraag)).toContain('Concept vraag?');
    const gone = await t.app.inject({ method: 'DELETE', url: `/api/v1/sociale-kaart/veelgestelde-vragen/${id}`, headers: { ...officer.headers, 'if-match': '"2"' } });
    expect(gone.statusCode).toBe(204);
  });

  it('public pages work without JavaScript: search form, results, detail, FAQ, English', async () => {
    const empty = await get('/hulp-zoeken');
    expect(empty.statusCode).toBe(200);
    expect(empty.headers['content-type']).toMatch(/text\/html/);
    expect(empty.body).toContain('<html lang="nl">');
    expect(empty.body).not.toContain('<script');
    expect(empty.body).toContain('href="#inhoud"');
    const results = await get('/hulp-zoeken?vraag=ik+heb+schulden&plaats=Utrecht');
    expect(results.body).toContain('Spreekuur geld en regels');
    const link = /href="(\/hulp-zoeken\/[0-9a-f-]{36}[^"]*)"/.exec(results.body)![1]!.replace(/&amp;/g, '&');
    const detail = await get(link);
    expect(detail.statusCode).toBe(200);
    expect(detail.body).toContain('Schuldhulpverlening gemeente Utrecht (demo)');
    expect(detail.body).toContain('Terug naar zoeken');
    expect((await get('/hulp-zoeken/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    const english = await get('/hulp-zoeken?vraag=schulden&taal=en');
    expect(english.body).toContain('<html lang="en">');
    expect(english.body).toContain('What we found');
    const faq = await get('/veelgestelde-vragen?gemeente=utrecht');
    expect(faq.body).toContain('Kost cliëntondersteuning geld?');
    expect((await get('/hulp-zoeken/pagina.css')).body).toContain('@media print');
    expect((await get('/hulp-zoeken?vraag=%3Cscript%3Ealert(1)%3C/script%3E')).body).not.toContain('<script>alert');
  });
});
