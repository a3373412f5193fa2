import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../helpers/app.ts';
import { grant, signIn, type SignedIn } from '../helpers/auth.ts';
import { testEngines } from '../helpers/db.ts';
import { unzip, zipFiles } from '../../src/services/socialmap/hsds-files.ts';

/** The official HSDS 3.0 examples (Open Referral, CC BY-SA 4.0). */
const EXAMPLES = path.resolve(import.meta.dirname, '../../standards/hsds-3/examples');
const example = (name: string) => JSON.parse(fs.readFileSync(path.join(EXAMPLES, name), 'utf8')) as Record<string, unknown>;
const SERVICE = 'ac148810-d857-441c-9679-408f346de14b';

describe.each(testEngines)('HSDS import and export through the API (%s)', (engine) => {
  let t: TestApp;
  let officer: SignedIn;
  beforeAll(async () => {
    t = await testApp(engine);
    officer = await signIn(t.test.db, [grant('gemeente-beleid', 'gemeente', 'zeist')]);
  }, 60_000);
  afterAll(async () => t?.close());

  const post = (query: string, payload: unknown, type = 'application/json') =>
    t.app.inject({ method: 'POST', url: `/api/v1/sociale-kaart/hsds/import?gemeenteCode=zeist${query}`, headers: { ...officer.headers, 'content-type': type }, payload: payload as string });

  it('a service document: problems with their path by default; a dry run previews; leeglaten imports the rest', async () => {
    const refused = await post('', example('service_full.json'));
    expect(refused.statusCode).toBe(400);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    const names = refused.json().invalidParams.map((p: { name: string }) => p.name);
    expect(names).toContain('$.service_at_locations[0].location.latitude');
    expect(names).toContain('$.phones[0].number');

    const preview = await post('&proefrun=true&ongeldigeWaarden=leeglaten', example('service_full.json'));
    expect(preview.statusCode).toBe(200);
    expect(preview.json().toegepast).toBe(false);
    expect(preview.json().voorvertoning.diensten.nieuw).toEqual([SERVICE]);
    expect(preview.json().leegGelaten.map((p: { pad: string }) => p.pad)).toEqual(expect.arrayContaining(['$.phones[0].number']));
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/sociale-kaart/hsds?gemeenteCode=zeist&vorm=dienst&id=${SERVICE}` })).statusCode).toBe(404);

    const applied = await post('&ongeldigeWaarden=leeglaten', example('service_full.json'));
    expect(applied.json()).toMatchObject({ toegepast: true, vorm: 'dienst', diensten: 1 });
    const doc = await t.app.inject({ method: 'GET', url: `/api/v1/sociale-kaart/hsds?gemeenteCode=zeist&vorm=dienst&id=${SERVICE}` });
    expect(doc.statusCode).toBe(200);
    expect(doc.json().cost_options[0].amount).toBe(35);
    expect(doc.json().organization.organization_identifiers[0].identifier).toBe('1234567');
    const page = await t.app.inject({ method: 'GET', url: '/api/v1/sociale-kaart/hsds?gemeenteCode=zeist&vorm=diensten' });
    expect(page.json()).toMatchObject({ total_items: 1, contents: [{ id: SERVICE }] });
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/sociale-kaart/hsds?gemeenteCode=zeist&vorm=dienst' })).statusCode).toBe(400);
  });

  it('the data package as a zip, and exported as a zip', async () => {
    const dir = path.join(EXAMPLES, 'csv');
    const zip = zipFiles(fs.readdirSync(dir).map((name) => ({ name, content: fs.readFileSync(path.join(dir, name)) })));
    const res = await post('&ongeldigeWaarden=leeglaten', zip, 'application/zip');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().vorm).toBe('datapakket');
    expect(res.json().opmerkingen.join()).toMatch(/datapackage\.json/);
    const out = await t.app.inject({ method: 'GET', url: '/api/v1/sociale-kaart/hsds/datapakket?gemeenteCode=zeist' });
    expect(out.statusCode).toBe(200);
    expect(out.headers['content-type']).toBe('application/zip');
    const files = await unzip(out.rawPayload);
    expect(files.map((f) => f.name)).toEqual(expect.arrayContaining(['datapackage.json', 'services.csv', 'cost_options.csv', 'contacts.csv']));
    const bad = await post('', Buffer.from('no zip'), 'application/zip');
    expect(bad.statusCode).toBe(415);
  });
});
