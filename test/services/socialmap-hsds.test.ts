import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { readyDatabase, type TestDatabase } from '../helpers/db.ts';
import { loadDemoSocialMap } from '../../src/services/socialmap/demo.ts';
import { exportHsds } from '../../src/services/socialmap/hsds.ts';
import type { HsdsDocument } from '../../src/domain/socialmap/hsds.ts';

/**
 * The HSDS export validates against the HSDS 3.0 JSON schemas of Open Referral (CC BY-SA 4.0), vendored
 * in standards/hsds-3/ (see its README for source and licence). Each table's entries are validated
 * against that table's schema; the schemas reference each other by file name.
 */
const SCHEMA_DIR = path.resolve(import.meta.dirname, '../../standards/hsds-3');

function validators(): Record<string, ValidateFunction> {
  // The schemas carry Frictionless keywords (name, constraints, example, …): not strict JSON Schema.
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addFormat('csv', true);
  ajv.addFormat('datetime', true);
  for (const file of fs.readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.json'))) {
    ajv.addSchema(JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, file), 'utf8')), file);
  }
  const get = (file: string) => ajv.getSchema(file)!;
  return {
    organizations: get('organization.json'),
    services: get('service.json'),
    locations: get('location.json'),
    service_at_locations: get('service_at_location.json'),
    taxonomies: get('taxonomy.json'),
    taxonomy_terms: get('taxonomy_term.json'),
  };
}

describe('HSDS 3.0 export against the Open Referral JSON schemas', () => {
  let t: TestDatabase;
  let doc: HsdsDocument;
  beforeAll(async () => {
    t = await readyDatabase('pglite');
    await loadDemoSocialMap(t.db);
    doc = await exportHsds(t.db, 'utrecht');
  }, 60_000);
  afterAll(async () => t?.cleanup());

  it('vendors the schemas with their licence', () => {
    expect(fs.readFileSync(path.join(SCHEMA_DIR, 'LICENSE'), 'utf8')).toMatch(/Creative Commons Attribution Share-Alike 4\.0/);
    expect(fs.readFileSync(path.join(SCHEMA_DIR, 'README.md'), 'utf8')).toMatch(/CC BY-SA 4\.0/);
  });

  it('every organization, service, location, service_at_location, taxonomy and term is valid', () => {
    const validate = validators();
    const errors: string[] = [];
    for (const [table, check] of Object.entries(validate)) {
      const entries = (doc as unknown as Record<string, unknown[]>)[table]!;
      expect(entries.length, table).toBeGreaterThan(0);
      entries.forEach((entry, i) => {
        if (!check(entry)) errors.push(...(check.errors ?? []).map((e) => `${table}[${i}]${e.instancePath}: ${e.message}`));
      });
    }
    expect(errors).toEqual([]);
  });

  it('the validator does catch a broken entry (the test is not vacuous)', () => {
    const validate = validators();
    const broken = { ...doc.services[0]!, status: 'open', phones: [{ id: 'x' }] };
    expect(validate.services!(broken)).toBe(false);
    expect(validate.services!.errors!.map((e) => e.instancePath)).toEqual(expect.arrayContaining(['/status', '/phones/0/id']));
  });

  it('links services to the taxonomy terms of the target groups, ages, domains and channels', () => {
    const terms = new Map(doc.taxonomy_terms.map((t) => [t.id, t]));
    const taxonomies = new Set(doc.services.flatMap((s) => s.attributes.map((a) => terms.get(a.taxonomy_term_id)?.taxonomy)));
    for (const name of ['naast-doelgroep', 'naast-leeftijd', 'naast-leefgebied', 'naast-kanaal']) expect(taxonomies.has(name), name).toBe(true);
  });
});
