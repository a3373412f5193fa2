import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readyDatabase, testEngines, type TestDatabase } from '../helpers/db.ts';
import { sql } from '../../src/db/sql.ts';
import { exportHsds, exportHsdsPackage, exportHsdsShape, importHsds, importHsdsFiles, type ExportShape } from '../../src/services/socialmap/hsds.ts';
import { filesToBundle, unzip } from '../../src/services/socialmap/hsds-files.ts';
import { SocialMapInputError, updateLocation, getLocation, loadMap } from '../../src/services/socialmap/store.ts';

/** The official HSDS 3.0 examples (Open Referral, CC BY-SA 4.0), read from the shared standards folder. */
const EXAMPLES = path.resolve(import.meta.dirname, '../../standards/hsds-3/examples');
const example = (name: string) => JSON.parse(fs.readFileSync(path.join(EXAMPLES, name), 'utf8')) as Record<string, unknown>;
const csvFiles = () => fs.readdirSync(path.join(EXAMPLES, 'csv')).map((name) => ({ name, content: fs.readFileSync(path.join(EXAMPLES, 'csv', name)) }));

/** Removes the fields at JSON paths (the values the import reported and left empty). */
function without(value: unknown, paths: string[]): unknown {
  const copy = structuredClone(value) as Record<string, unknown>;
  for (const p of paths) {
    const tokens = [...p.slice(1).matchAll(/\.([A-Za-z_]\w*)|\[(\d+)\]|\['([^']*)'\]/g)].map((m) => m[1] ?? (m[2] !== undefined ? Number(m[2]) : m[3]!));
    // A phone whose number was left empty is left out as a whole (hsds-check.ts withoutFields).
    if (tokens.at(-1) === 'number' && /^phones/.test(String(tokens.at(-3)))) tokens.pop();
    const last = tokens.pop()!;
    let at: unknown = copy;
    for (const t of tokens) at = (at as Record<string | number, unknown> | undefined)?.[t];
    if (at && typeof at === 'object') delete (at as Record<string | number, unknown>)[last];
  }
  return copy;
}

/** Equal apart from ordering, nulls, empty lists and the case of ids. */
function normal(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((v) => v !== undefined).map(normal).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .map(([k, v]) => [k, k === 'id' || k.endsWith('_id') ? (typeof v === 'string' ? v.toLowerCase() : v) : normal(v)])
        .filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0))
        .sort(([a], [b]) => (a! < b! ? -1 : 1)),
    );
  }
  return value;
}
/** Tables compared row by row, keyed by table name without `.csv`. */
const tablesOf = (bundle: Record<string, unknown>) => Object.fromEntries(Object.entries(bundle).map(([k, v]) => [k.replace(/\.csv$/, ''), v]));

const SHAPES: [file: string, shape: ExportShape, id?: string][] = [
  ['service_full.json', 'dienst', 'ac148810-d857-441c-9679-408f346de14b'],
  ['organization_full.json', 'organisatie', 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610'],
  ['service_at_location_full.json', 'dienstLocatie', 'e94c9f38-1e8f-4564-91d4-d53501ab1765'],
  ['service_list.json', 'diensten'],
  ['organization_list.json', 'organisaties'],
  ['service_at_location_list.json', 'dienstLocaties'],
];

describe.each(testEngines)('HSDS 3.0: every official example in every shape (%s)', (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await readyDatabase(engine);
  }, 60_000);
  afterAll(async () => t?.cleanup());
  beforeEach(async () => {
    await t.db.execute(sql`delete from socialmap_organisations`);
    await t.db.execute(sql`delete from socialmap_hsds_records`);
  });

  it.each(SHAPES)('%s: placeholders stop the import by default; left empty, the export equals the input', async (file, shape, id) => {
    const input = example(file);
    const refused = await importHsds(t.db, 'utrecht', input, undefined, { dryRun: true }).catch((e: unknown) => e);
    // The list pages hold no placeholder values; the others do, and stop the import by default.
    const problems = refused instanceof SocialMapInputError ? refused.issues : [];
    expect(problems.length > 0).toBe(!/_list/.test(file) || file.startsWith('service_at_location'));
    expect((await loadMap(t.db, 'utrecht')).providers).toEqual([]);

    const result = await importHsds(t.db, 'utrecht', input, undefined, { invalid: 'leeglaten' });
    expect(result.applied).toBe(true);
    expect(result.leftEmpty.map((i) => i.path).sort()).toEqual(problems.map((i) => i.path).sort());
    const left = result.leftEmpty.map((i) => i.path);
    const exported = await exportHsdsShape(t.db, 'utrecht', shape, id);
    if (file.includes('_list')) {
      expect(normal((without({ contents: (exported as { contents: unknown }).contents }, left) as { contents: unknown }).contents)).toEqual(normal((without(input, left) as { contents: unknown }).contents));
    } else {
      expect(normal(without(exported, left))).toEqual(normal(without(input, left)));
    }
    // The same data again changes nothing (idempotent on ids).
    const again = await importHsds(t.db, 'utrecht', input, undefined, { invalid: 'leeglaten', dryRun: true });
    expect(again.preview.services.gewijzigd).toEqual([]);
    expect(again.preview.organizations.gewijzigd).toEqual([]);
    expect(again.preview.locations.gewijzigd).toEqual([]);
  });

  it('the placeholders are reported in Dutch with their path: latitude 100, quotes in a phone number', async () => {
    const refused = (await importHsds(t.db, 'utrecht', example('service_full.json')).catch((e: unknown) => e)) as SocialMapInputError;
    const byPath = new Map(refused.issues.map((i) => [i.path, i.message]));
    expect(byPath.get('$.service_at_locations[0].location.latitude')).toMatch(/breedtegraad ligt tussen -90 en 90, niet 100/);
    expect(byPath.get('$.phones[0].number')).toMatch(/aanhalingstekens/);
  });

  it('tabular.json (bundle of tables): round trip apart from the reported values', async () => {
    const input = example('tabular.json');
    const result = await importHsds(t.db, 'utrecht', input, undefined, { invalid: 'leeglaten' });
    const left = result.leftEmpty.map((i) => i.path);
    expect(left).toContain("$['locations.csv'][0].latitude");
    const exported = (await exportHsdsShape(t.db, 'utrecht', 'tabellen')) as Record<string, unknown>;
    expect(normal(tablesOf(without(exported, left) as Record<string, unknown>))).toEqual(normal(tablesOf(without(input, left) as Record<string, unknown>)));
  });

  it('the tabular data package (CSV files, as a zip too): round trip apart from the reported values', async () => {
    const result = await importHsdsFiles(t.db, 'utrecht', csvFiles(), undefined, { invalid: 'leeglaten' });
    expect(result.notes.join()).toMatch(/datapackage\.json/);
    const left = result.leftEmpty.map((i) => i.path);
    const zip = await exportHsdsPackage(t.db, 'utrecht');
    const files = await unzip(zip);
    expect(files.map((f) => f.name)).toContain('datapackage.json');
    const back = filesToBundle(files).bundle;
    const input = filesToBundle(csvFiles()).bundle;
    expect(normal(tablesOf(without(back, left) as Record<string, unknown>))).toEqual(normal(tablesOf(without(input, left) as Record<string, unknown>)));
    // The exported zip imports again, unchanged.
    const again = await importHsdsFiles(t.db, 'utrecht', files, undefined, { invalid: 'leeglaten', dryRun: true });
    expect(again.preview.services.gewijzigd).toEqual([]);
    expect(again.preview.services.ongewijzigd).toHaveLength(1);
  });

  it('preview: new, changed, removed, unchanged; nothing written on a dry run', async () => {
    const input = example('service_full.json');
    const dry = await importHsds(t.db, 'utrecht', input, undefined, { invalid: 'leeglaten', dryRun: true });
    expect(dry.applied).toBe(false);
    expect(dry.preview.services.nieuw).toEqual(['ac148810-d857-441c-9679-408f346de14b']);
    expect((await loadMap(t.db, 'utrecht')).services).toEqual([]);
    await importHsds(t.db, 'utrecht', input, undefined, { invalid: 'leeglaten' });
    const changed = structuredClone(input) as { name: string };
    changed.name = 'Gesprekshulp';
    const next = await importHsds(t.db, 'utrecht', changed, undefined, { invalid: 'leeglaten', dryRun: true });
    expect(next.preview.services.gewijzigd).toEqual(['ac148810-d857-441c-9679-408f346de14b']);
    expect(next.preview.organizations.ongewijzigd).toEqual(['d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610']);
    // A complete shape (Naast's bundle) without the service removes it.
    const bundle = await exportHsds(t.db, 'utrecht');
    const replaced = await importHsds(t.db, 'utrecht', { ...bundle, services: [], service_at_locations: [] }, undefined, { dryRun: true });
    expect(replaced.preview.services.verwijderd).toEqual(['ac148810-d857-441c-9679-408f346de14b']);
  });

  it('ids in upper case are the same ids; an edit in Naast is merged into the received document', async () => {
    const input = JSON.parse(JSON.stringify(example('service_full.json')).replace(/ac148810-d857-441c-9679-408f346de14b/g, 'AC148810-D857-441C-9679-408F346DE14B'));
    await importHsds(t.db, 'utrecht', input, undefined, { invalid: 'leeglaten' });
    const again = await importHsds(t.db, 'utrecht', example('service_full.json'), undefined, { invalid: 'leeglaten', dryRun: true });
    expect(again.preview.services.ongewijzigd).toEqual(['ac148810-d857-441c-9679-408f346de14b']);
    const location = await getLocation(t.db, '3a19ff88-4620-4d17-9830-ac1d859eb5d5');
    await updateLocation(t.db, { ...location.value, name: 'Stadskantoor', latitude: 52.0894 }, location.version);
    const doc = (await exportHsdsShape(t.db, 'utrecht', 'dienst', 'ac148810-d857-441c-9679-408f346de14b')) as { service_at_locations: { location: Record<string, unknown> }[] };
    const exportedLocation = doc.service_at_locations[0]!.location;
    expect(exportedLocation.name).toBe('Stadskantoor');
    expect(exportedLocation.latitude).toBe(52.0894);
    expect(exportedLocation.transportation).toMatch(/number 1 Bus/);
  });

  it('Naast’s own export round-trips unchanged; garbage is a Dutch problem, not a crash', async () => {
    await importHsds(t.db, 'utrecht', example('organization_full.json'), undefined, { invalid: 'leeglaten' });
    const bundle = await exportHsds(t.db, 'utrecht');
    const again = await importHsds(t.db, 'utrecht', bundle, undefined, { dryRun: true });
    expect(again.preview.organizations.gewijzigd).toEqual([]);
    expect(again.preview.services.gewijzigd).toEqual([]);
    for (const bad of [[], 'x', { contents: 'x' }, { 'services.csv': 'x' }, { id: 'x', name: 'y', status: 'active' }]) {
      const e = await importHsds(t.db, 'utrecht', bad).catch((err: unknown) => err);
      expect(e, JSON.stringify(bad)).toBeInstanceOf(SocialMapInputError);
    }
  });
});

describe('HSDS 3.0: tables the import must not merge or lose (pglite)', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await readyDatabase('pglite');
  }, 60_000);
  afterAll(async () => t?.cleanup());

  it('an id twice in one table is reported, not merged; an extension table is kept', async () => {
    const input = example('tabular.json') as Record<string, Record<string, unknown>[]>;
    const twice = { ...input, 'services.csv': [input['services.csv']![0]!, { ...input['services.csv']![0]!, id: String(input['services.csv']![0]!.id).toUpperCase(), name: 'Anders' }] };
    const e = (await importHsds(t.db, 'utrecht', twice, undefined, { invalid: 'leeglaten' }).catch((err: unknown) => err)) as SocialMapInputError;
    expect(e).toBeInstanceOf(SocialMapInputError);
    expect(e.issues.map((i) => i.path)).toContain("$['services.csv'][1].id");

    const extended = { ...input, 'x_wachttijden.csv': [{ id: '0a7c3d1e-5b2f-4c8e-9d1a-2b3c4d5e6f70', service_id: 'ac148810-d857-441c-9679-408f346de14b', weken: 6 }] };
    await importHsds(t.db, 'utrecht', extended, undefined, { invalid: 'leeglaten' });
    const tables = (await exportHsdsShape(t.db, 'utrecht', 'tabellen')) as Record<string, unknown[]>;
    expect(tables['x_wachttijden.csv']).toEqual([{ id: '0a7c3d1e-5b2f-4c8e-9d1a-2b3c4d5e6f70', service_id: 'ac148810-d857-441c-9679-408f346de14b', weken: 6 }]);
  });
});
