import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import SwaggerParser from '@apidevtools/swagger-parser';
import { testApp, type TestApp } from '../helpers/app.ts';
import { testEngines } from '../helpers/db.ts';
import { sql } from '../../src/db/sql.ts';
import { DEMO_MUNICIPALITY, DEMO_NEIGHBOURS, loadDemoSocialMap } from '../../src/services/socialmap/demo.ts';
import { searchServices } from '../../src/services/socialmap/search.ts';
import { importHsds } from '../../src/services/socialmap/hsds.ts';

/**
 * Issue 24 §4: the HSDS 3.0 read API of each municipality's public social map. Every answer of every
 * operation of its OpenAPI document (/hsds/v3/openapi.json), for every demo municipality, validates
 * against the schema the document declares — the official HSDS 3.0 schemas (Open Referral, CC BY-SA
 * 4.0, vendored in standards/hsds-3/; the compiled ones gzipped), loaded all together because they refer to each other, under
 * the URLs the specification's openapi.json refers to them by.
 */
const SCHEMA_DIR = path.resolve(import.meta.dirname, '../../standards/hsds-3');
const SCHEMA_BASE = 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/';
const MUNICIPALITIES = [DEMO_MUNICIPALITY, ...DEMO_NEIGHBOURS];
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

type Json = Record<string, any>;

function officialSchemas(): Ajv {
  // The schemas carry Frictionless keywords (name, constraints, example, core, …): not strict JSON Schema.
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addFormat('csv', true);
  ajv.addFormat('datetime', true);
  for (const file of fs.readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.json') && f !== 'openapi.json')) {
    ajv.addSchema(JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, file), 'utf8')), `${SCHEMA_BASE}${file}`);
  }
  for (const file of fs.readdirSync(path.join(SCHEMA_DIR, 'compiled')).filter((f) => f.endsWith('.json.gz'))) {
    const text = zlib.gunzipSync(fs.readFileSync(path.join(SCHEMA_DIR, 'compiled', file))).toString('utf8');
    ajv.addSchema(JSON.parse(text), `${SCHEMA_BASE}compiled/${file.slice(0, -'.gz'.length)}`);
  }
  return ajv;
}

describe.each(testEngines)('HSDS 3.0 API of the public social map (%s)', (engine) => {
  let t: TestApp;
  let spec: Json;
  const ajv = officialSchemas();
  const validators = new Map<string, ValidateFunction>();

  beforeAll(async () => {
    t = await testApp(engine);
    await loadDemoSocialMap(t.test.db);
    spec = (await t.app.inject({ url: '/hsds/v3/openapi.json' })).json();
  }, 120_000);
  afterAll(async () => t?.close());

  const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });

  /** The 200 schema the document declares for a path, with the document's components beside it. */
  function validatorFor(specPath: string): ValidateFunction {
    let validate = validators.get(specPath);
    if (!validate) {
      const schema = spec.paths[specPath].get.responses['200'].content['application/json'].schema;
      validate = ajv.compile({ $id: `https://naast.test/hsds${validators.size}`, ...schema, components: spec.components });
      validators.set(specPath, validate);
    }
    return validate;
  }

  /** Calls the API and checks the answer against the declared schema; returns the body. */
  async function valid(gemeente: string, specPath: string, url: string): Promise<Json> {
    const res = await get(`/hsds/v3/${gemeente}${url}`);
    expect(res.statusCode, `${url}: ${res.body.slice(0, 300)}`).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const body = res.json();
    const validate = validatorFor(specPath);
    expect(validate(body) ? [] : validate.errors!.map((e) => `${url}${e.instancePath}: ${e.message}`)).toEqual([]);
    return body;
  }

  /** The ids the API should serve: active or temporarily closed, with the municipality in the working area. */
  async function publicServiceIds(code: string): Promise<string[]> {
    const rows = await t.test.db.rows<{ id: string }>(
      sql`select id::text as id from socialmap_services where status in ('active', 'temporarily closed') and ${code} = any(municipality_codes) order by id`,
    );
    return rows.map((r) => r.id);
  }

  it('every operation of its own document answers every demo municipality with the official schemas', { timeout: 600_000 }, async () => {
    const operations = Object.keys(spec.paths);
    expect(operations.sort()).toEqual(
      ['/', '/organizations', '/organizations/{id}', '/service_at_locations', '/service_at_locations/{id}', '/services', '/services/{id}', '/taxonomies', '/taxonomies/{id}', '/taxonomy_terms', '/taxonomy_terms/{id}'].sort(),
    );
    let checked = 0;
    for (const gemeente of MUNICIPALITIES) {
      const root = await valid(gemeente, '/', '/');
      expect(root).toMatchObject({ version: '3.0', openapi_url: expect.stringMatching(/\/hsds\/v3\/openapi\.json$/), profile: expect.stringMatching(/\/hsds\/v3\/profile$/) });
      for (const [list, single] of [
        ['/services', '/services/{id}'],
        ['/organizations', '/organizations/{id}'],
        ['/service_at_locations', '/service_at_locations/{id}'],
        ['/taxonomies', '/taxonomies/{id}'],
        ['/taxonomy_terms', '/taxonomy_terms/{id}'],
      ] as const) {
        const page = await valid(gemeente, list, `${list}?per_page=500`);
        expect(page.contents.length, `${gemeente} ${list}`).toBeGreaterThan(0);
        const fullVariants = list === '/services' ? ['full=true', 'minimal=true'] : list === '/organizations' ? ['full=true', 'full=true&full_service=true'] : list === '/service_at_locations' ? ['full=true'] : [];
        for (const variant of fullVariants) await valid(gemeente, list, `${list}?per_page=500&${variant}`);
        // Every service, organization and link of Utrecht (the whole demo map) and a few taxonomies and
        // terms (the same everywhere); one of each in the neighbours (their maps are parts of Utrecht's).
        const everyOne = gemeente === DEMO_MUNICIPALITY && !list.startsWith('/taxonom');
        for (const item of everyOne ? page.contents : page.contents.slice(0, gemeente === DEMO_MUNICIPALITY ? 3 : 1)) {
          const one = await valid(gemeente, single, `${list}/${item.id}`);
          expect(one.id).toBe(item.id);
          checked++;
        }
      }
      const organization = (await valid(gemeente, '/organizations', '/organizations')).contents[0];
      const nested = await valid(gemeente, '/organizations/{id}', `/organizations/${organization.id}?full_service=true`);
      expect(nested.services.length).toBeGreaterThan(0);
      expect(nested.services[0]).toHaveProperty('service_at_locations');
    }
    expect(checked).toBeGreaterThan(40);
  });

  it('the validation is not vacuous: a wrong page or service is refused by the official schemas', async () => {
    const page = await valid('utrecht', '/services', '/services?per_page=1');
    const validate = validatorFor('/services');
    expect(validate({ ...page, total_items: 'veel' })).toBe(false);
    expect(validate({ ...page, contents: [{ ...page.contents[0], status: 'open', id: 'x' }] })).toBe(false);
    const single = validatorFor('/services/{id}');
    expect(single({ id: page.contents[0].id, name: 'x' })).toBe(false); // status is required
  });

  it('serves exactly the public map: working area and status decide, for each demo municipality', async () => {
    for (const gemeente of MUNICIPALITIES) {
      const page = await valid(gemeente, '/services', '/services?per_page=500');
      expect(page.contents.map((s: Json) => s.id).sort(), gemeente).toEqual(await publicServiceIds(gemeente));
      expect(page.total_items).toBe(page.contents.length);
      for (const s of (await valid(gemeente, '/services', '/services?per_page=500&full=true')).contents) {
        expect(s.service_areas.map((a: Json) => a.name), s.name).toContain(gemeente);
      }
    }
    // A neighbour sees only the regional services, and not Utrecht's own.
    const zeist = await publicServiceIds('zeist');
    const own = (await publicServiceIds('utrecht')).filter((id) => !zeist.includes(id));
    expect(own.length).toBeGreaterThan(0);
    const refused = await get(`/hsds/v3/zeist/services/${own[0]}`);
    expect(refused.statusCode).toBe(404);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.json().detail).toMatch(/staat niet op de openbare sociale kaart van gemeente "zeist"/);
    // Organizations and locations follow their public services.
    const organizations = (await valid('zeist', '/organizations', '/organizations?per_page=500')).contents.map((o: Json) => o.id);
    const services = (await valid('zeist', '/services', '/services?per_page=500')).contents;
    expect(organizations.sort()).toEqual([...new Set(services.map((s: Json) => s.organization.id))].sort());
  });

  it('an inactive service leaves the public map, its links with it', async () => {
    const [victim] = await publicServiceIds('utrecht');
    const before = await valid('utrecht', '/services', '/services');
    const links = (await valid('utrecht', '/service_at_locations', '/service_at_locations?per_page=500')).contents.filter((sl: Json) => sl.service.id === victim);
    await t.test.db.execute(sql`update socialmap_services set status = 'inactive' where id = ${victim!}::uuid`);
    try {
      const after = await valid('utrecht', '/services', '/services');
      expect(after.total_items).toBe(before.total_items - 1);
      expect((await get(`/hsds/v3/utrecht/services/${victim}`)).statusCode).toBe(404);
      for (const link of links) expect((await get(`/hsds/v3/utrecht/service_at_locations/${link.id}`)).statusCode).toBe(404);
    } finally {
      await t.test.db.execute(sql`update socialmap_services set status = 'active' where id = ${victim!}::uuid`);
    }
  });

  it('pages with the specification envelope: every item once, first and last page, an empty page past the end', async () => {
    const all = (await valid('utrecht', '/services', '/services?per_page=500')).contents.map((s: Json) => s.id);
    const perPage = 3;
    const pages = Math.ceil(all.length / perPage);
    expect(pages).toBeGreaterThan(2);
    const seen: string[] = [];
    for (let p = 1; p <= pages; p++) {
      const page = await valid('utrecht', '/services', `/services?page=${p}&per_page=${perPage}`);
      expect(page).toMatchObject({ total_items: all.length, total_pages: pages, page_number: p, first_page: p === 1, last_page: p === pages, empty: false });
      expect(page.size).toBe(page.contents.length);
      seen.push(...page.contents.map((s: Json) => s.id));
    }
    expect(seen).toEqual(all);
    const past = await valid('utrecht', '/services', `/services?page=${pages + 1}&per_page=${perPage}`);
    expect(past).toMatchObject({ page_number: pages + 1, size: 0, empty: true, last_page: true, contents: [] });
    const defaults = await valid('utrecht', '/taxonomy_terms', '/taxonomy_terms');
    expect(defaults.page_number).toBe(1);
    expect(defaults.contents.length).toBe(Math.min(50, defaults.total_items));
    // format=ndjson: everything, unpaged, one JSON object per line.
    const ndjson = await get('/hsds/v3/utrecht/services?format=ndjson&per_page=1');
    expect(ndjson.headers['content-type']).toMatch(/^application\/x-ndjson/);
    const lines = ndjson.body.trim().split('\n').map((l) => JSON.parse(l) as Json);
    expect(lines.map((s) => s.id)).toEqual(all);
  });

  it('searches by text (as the residents search), taxonomy term, taxonomy, organization and postcode', async () => {
    // The residents' search decides which services match and in what order.
    const debts = await valid('utrecht', '/services', '/services?per_page=500&search=schulden');
    const residents = await searchServices(t.test.db, { municipalityCode: 'utrecht', question: 'schulden' });
    expect(debts.contents.map((s: Json) => s.id)).toEqual(residents.map((s) => s.id));
    expect(debts.contents[0].name).toMatch(/schuld|geld/i);
    expect(debts.total_items).toBeLessThan((await publicServiceIds('utrecht')).length);
    expect((await valid('utrecht', '/services', '/services?search=zzqxj')).empty).toBe(true);

    const terms = (await valid('utrecht', '/taxonomy_terms', '/taxonomy_terms?per_page=500')).contents as Json[];
    const elderly = terms.find((term) => term.code === 'ouderen')!;
    const byTerm = await valid('utrecht', '/services', `/services?per_page=500&full=true&taxonomy_term_id=${elderly.id}`);
    expect(byTerm.total_items).toBeGreaterThan(0);
    for (const s of byTerm.contents) expect(s.attributes.map((a: Json) => a.taxonomy_term_id)).toContain(elderly.id);
    const [row] = await t.test.db.rows<{ n: number }>(
      sql`select count(*)::int as n from socialmap_services where status in ('active', 'temporarily closed') and 'utrecht' = any(municipality_codes) and 'ouderen' = any(target_groups)`,
    );
    expect(byTerm.total_items).toBe(row!.n);
    const inTaxonomy = await valid('utrecht', '/taxonomy_terms', `/taxonomy_terms?per_page=500&taxonomy_id=${elderly.taxonomy_id}`);
    expect(inTaxonomy.contents.every((term: Json) => term.taxonomy_id === elderly.taxonomy_id)).toBe(true);
    expect(inTaxonomy.total_items).toBeLessThan(terms.length);
    const byTaxonomy = await valid('utrecht', '/services', `/services?per_page=500&taxonomy_id=${elderly.taxonomy_id}`);
    expect(byTaxonomy.total_items).toBeGreaterThanOrEqual(byTerm.total_items);
    expect((await valid('utrecht', '/taxonomy_terms', '/taxonomy_terms?search=ouderen')).contents.map((term: Json) => term.id)).toContain(elderly.id);

    const organization = byTerm.contents[0].organization_id;
    const ofOrganization = await valid('utrecht', '/services', `/services?per_page=500&organization_id=${organization}`);
    expect(ofOrganization.contents.every((s: Json) => s.organization_id === organization)).toBe(true);
    expect((await valid('utrecht', '/organizations', '/organizations?search=ouderenadvies')).contents.map((o: Json) => o.name)).toEqual(['Ouderenadvies Utrecht (demo)']);

    // Postcode: a location in the same postcode area (Wijkcentrum De Linde, 3571 AA; Stationsplein and Oudegracht, 3511).
    const at3571 = await valid('utrecht', '/service_at_locations', '/service_at_locations?per_page=500&full=true&postcode=3571%20BB');
    expect(at3571.total_items).toBeGreaterThan(0);
    for (const sl of at3571.contents) expect(sl.location.addresses[0].postal_code).toMatch(/^3571/);
    const at3511 = await valid('utrecht', '/service_at_locations', '/service_at_locations?per_page=500&postcode=3511');
    expect(at3511.total_items).toBeGreaterThan(0);
    const services3571 = await valid('utrecht', '/services', '/services?per_page=500&postcode=3571aa');
    expect(services3571.contents.map((s: Json) => s.id).sort()).toEqual([...new Set(at3571.contents.map((sl: Json) => sl.service.id))].sort());
    expect((await valid('utrecht', '/service_at_locations', '/service_at_locations?postcode=9999')).empty).toBe(true);

    // modified_after: everything was changed just now.
    expect((await valid('utrecht', '/services', '/services?modified_after=2000-01-01T00:00:00Z')).total_items).toBe((await publicServiceIds('utrecht')).length);
    expect((await valid('utrecht', '/services', '/services?modified_after=2999-01-01T00:00:00Z')).empty).toBe(true);
  });

  it('refuses wrong parameters all at once, in Dutch problem+json; an unknown municipality or path is a 404 problem', async () => {
    const bad = await get('/hsds/v3/utrecht/services?page=0&per_page=9999&postcode=abc&modified_after=gisteren&full=ja');
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(bad.json().invalidParams.map((p: Json) => p.name).sort()).toEqual(['query.full', 'query.modified_after', 'query.page', 'query.per_page', 'query.postcode']);
    expect(bad.json().invalidParams.find((p: Json) => p.name === 'query.postcode').reason).toMatch(/geen Nederlandse postcode/);
    const proximity = await get('/hsds/v3/utrecht/service_at_locations?postcode=3511&proximity=500');
    expect(proximity.statusCode).toBe(400);
    expect(proximity.json().invalidParams[0]).toMatchObject({ name: 'query.proximity', reason: expect.stringMatching(/kan \(nog\) niet/) });
    for (const url of ['/hsds/v3/atlantis/', '/hsds/v3/atlantis/services', '/hsds/v3/utrecht/services/00000000-0000-4000-8000-000000000000', '/hsds/v3/utrecht/taxonomies/x', '/hsds/v3/utrecht/bestaat-niet']) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type'], url).toMatch(/^application\/problem\+json/);
      expect(res.headers['cache-control'], url).toBe('no-store');
    }
    expect((await get('/hsds/v3/atlantis/services')).json().detail).toMatch(/Gemeente "atlantis" bestaat niet/);
  });

  it('is public and cacheable: ETag with 304, no login, any origin; ids and the municipality in any case', async () => {
    const first = await get('/hsds/v3/utrecht/services');
    expect(first.headers['cache-control']).toMatch(/^public/);
    expect(first.headers['access-control-allow-origin']).toBe('*');
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await get('/hsds/v3/utrecht/services', { 'if-none-match': `W/${etag}` });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect((await get('/hsds/v3/utrecht/services?page=2&per_page=1', { 'if-none-match': etag })).statusCode).toBe(200);
    const id = first.json().contents[0].id as string;
    expect((await get(`/hsds/v3/Utrecht/services/${id.toUpperCase()}`)).json().id).toBe(id);
    expect((await get('/hsds/v3/utrecht')).json()).toEqual((await get('/hsds/v3/utrecht/')).json());
  });

  it('serves what the lossless import kept: the official full service example, published in Bunnik', async () => {
    const example = JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, 'examples', 'service_full.json'), 'utf8')) as Json;
    // The example's placeholders (a latitude of 100, a phone number in quotes) are left empty; the rest is kept.
    await importHsds(t.test.db, 'bunnik', example, () => true, { invalid: 'leeglaten' });
    // Its working area ("MyCity") names no Dutch municipality: the import keeps it for Bunnik's residents.
    expect((await t.test.db.rows<{ codes: string[] }>(sql`select municipality_codes as codes from socialmap_services where id = ${example.id}::uuid`))[0]?.codes).toContain('bunnik');
    expect((await get(`/hsds/v3/zeist/services/${example.id}`)).statusCode).toBe(404);
    const served = await valid('bunnik', '/services/{id}', `/services/${example.id}`);
    for (const field of ['contacts', 'funding', 'cost_options', 'required_documents', 'schedules', 'languages']) {
      expect(served[field]?.length, field).toBe(example[field].length);
    }
    expect(served.organization.id).toBe(example.organization.id);
    expect(served.service_at_locations.map((sl: Json) => sl.id)).toEqual(example.service_at_locations.map((sl: Json) => sl.id));
    expect((await valid('bunnik', '/services', '/services?per_page=500')).contents.map((s: Json) => s.id)).toContain(example.id);
    await valid('bunnik', '/service_at_locations/{id}', `/service_at_locations/${example.service_at_locations[0].id}`);
    await valid('bunnik', '/organizations/{id}', `/organizations/${example.organization.id}?full_service=true`);
  });

  it('has its own OpenAPI document, valid OpenAPI 3.1; Naast’s own document does not list these routes', async () => {
    expect(spec.openapi).toBe('3.1.0');
    // The root's profile URL answers with the Dutch profile (docs/hsds-profile-nl.md).
    const profile = await get(new URL(((await get('/hsds/v3/utrecht/')).json() as Json).profile).pathname);
    expect(profile.statusCode).toBe(200);
    expect(profile.headers['content-type']).toMatch(/^text\/markdown/);
    expect(profile.body).toMatch(/HSDS-profiel NL/);
    expect(spec.servers[0].url).toBe('/hsds/v3/{gemeente}');
    expect(spec.info.title).not.toMatch(/REQUIRED/);
    await expect(SwaggerParser.validate(structuredClone(spec) as never, { resolve: { external: false } })).resolves.toBeTruthy();
    // The answers are checked against the official schemas, not against schemas of our own: every
    // declared 200 schema is the specification's, except the one it got wrong (a service_at_location
    // answered with the service schema).
    const official = JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, 'openapi.json'), 'utf8')) as Json;
    for (const [route, item] of Object.entries(official.paths as Json)) {
      const ours = spec.paths[route].get.responses['200'].content['application/json'].schema;
      const theirs = (item as Json).get.responses['200'].content['application/json'].schema;
      if (route === '/service_at_locations/{id}') expect(ours).toEqual({ $ref: `${SCHEMA_BASE}compiled/service_at_location.json` });
      else expect(ours, route).toEqual(theirs);
    }
    expect(spec.components.schemas.Page).toEqual(official.components.schemas.Page);
    const naast = (await get('/api/v1/openapi.json')).json();
    expect(Object.keys(naast.paths).filter((p) => /hsds\/v3|taxonomy_terms|service_at_locations/.test(p))).toEqual([]);
  });
});
