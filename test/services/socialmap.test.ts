import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readyDatabase, testEngines, type TestDatabase } from '../helpers/db.ts';
import { DEMO_NEIGHBOURS, demoSocialMap, loadDemoSocialMap } from '../../src/services/socialmap/demo.ts';
import { exportHsds, importHsds } from '../../src/services/socialmap/hsds.ts';
import { publicService, searchServices } from '../../src/services/socialmap/search.ts';
import { createService, getService, knownMunicipalities, loadMap, newId, SocialMapConflictError, SocialMapInputError, updateService } from '../../src/services/socialmap/store.ts';
import { importServicesTable, servicesTable } from '../../src/services/socialmap/table.ts';
import { createFaq, listFaq, updateFaq } from '../../src/services/socialmap/faq.ts';
import { toCsv } from '../../src/services/tabular/export.ts';
import { TableImportError } from '../../src/services/tabular/import.ts';
import { TARGET_SUBGROUPS, AGE_CATEGORIES, LIFE_DOMAINS } from '../../src/domain/socialmap/taxonomy.ts';

describe.each(testEngines)('social map services (%s)', (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await readyDatabase(engine);
    expect(await loadDemoSocialMap(t.db)).toBeGreaterThan(5);
    expect(await loadDemoSocialMap(t.db)).toBe(0);
  }, 60_000);
  afterAll(async () => t?.cleanup());

  it('demo: neighbours exist, every provider kind of Tabel 1 is there, with gaps and overlaps', async () => {
    const known = await knownMunicipalities(t.db);
    for (const code of DEMO_NEIGHBOURS) expect(known.has(code), code).toBe(true);
    const map = demoSocialMap();
    const kinds = new Set(map.providers.map((p) => p.kind));
    for (const kind of ['ouderenadviseur', 'mee', 'steunpunt-ggz', 'informele-zorg', 'amw', 'sociaal-raadslieden', 'shg', 'cjg', 'wmo-loket']) expect(kinds.has(kind as never), kind).toBe(true);
    const count = new Map<string, number>();
    for (const s of map.services) for (const g of s.targetGroups) for (const a of s.ageCategories) for (const d of s.lifeDomains) count.set(`${g}|${a}|${d}`, (count.get(`${g}|${a}|${d}`) ?? 0) + 1);
    const cells = TARGET_SUBGROUPS.length * AGE_CATEGORIES.length * LIFE_DOMAINS.length;
    expect(count.size).toBeLessThan(cells);
    expect(Math.max(...count.values())).toBeGreaterThanOrEqual(3);
    expect(map.services.every((s) => s.name.length > 0) && map.providers.every((p) => p.name.endsWith('(demo)'))).toBe(true);
  });

  it('public search by question, place, age, target group, domain and channel', async () => {
    const debts = await searchServices(t.db, { question: 'ik heb schulden', municipalityCode: 'utrecht', place: 'Utrecht' });
    // Ranked (ADR 0012): the debt-help service first, the money-and-rules walk-in close behind.
    expect(debts[0]!.name).toBe('Schuldhulpverlening');
    const spreekuur = debts.slice(0, 3).find((s) => s.name === 'Spreekuur geld en regels')!;
    expect(spreekuur.locations[0]!.city).toBe('Utrecht');
    expect(spreekuur.provider.name).toBe('Sociaal Raadslieden Utrecht (demo)');
    // A regional service is found in a neighbouring municipality by its name as place.
    const zeist = await searchServices(t.db, { question: 'beperking', place: 'Zeist' });
    expect(zeist.map((s) => s.name)).toContain('Cliëntondersteuning bij een beperking');
    expect(await searchServices(t.db, { question: 'schulden', place: 'Zeist' })).toEqual([]);
    const elderly = await searchServices(t.db, { municipalityCode: 'utrecht', ageCategory: '65+', targetGroup: 'ouderen', lifeDomain: 'zelfstandig_wonen_en_samenleven' });
    expect(elderly.length).toBeGreaterThanOrEqual(3);
    const walkIn = await searchServices(t.db, { municipalityCode: 'utrecht', channel: 'inloop', ageCategory: '0-18' });
    expect(walkIn.map((s) => s.name)).toContain('Opvoedspreekuur');
    expect(walkIn.every((s) => s.channels.includes('inloop'))).toBe(true);
    const one = await publicService(t.db, spreekuur.id);
    expect(one.keywords).toContain('schulden');
  });

  it('HSDS: export → import → export is lossless, and a bad document changes nothing', async () => {
    const before = await exportHsds(t.db, 'utrecht');
    expect(before.organizations.length).toBe(demoSocialMap().providers.length);
    const copy = JSON.parse(JSON.stringify(before));
    await importHsds(t.db, 'utrecht', copy);
    expect(await exportHsds(t.db, 'utrecht')).toEqual(before);

    const bad = JSON.parse(JSON.stringify(before));
    bad.services[0].name = '';
    bad.services[1].service_areas[0].name = 'atlantis';
    bad.locations[0].addresses[0].postal_code = '99999';
    const err = await importHsds(t.db, 'utrecht', bad).catch((e) => e);
    expect(err).toBeInstanceOf(SocialMapInputError);
    expect(err.issues.map((i: { path: string }) => i.path)).toEqual(expect.arrayContaining(['$.services[0].name', '$.services[1].service_areas[0].name', '$.locations[0].addresses[0].postal_code']));
    expect(await exportHsds(t.db, 'utrecht')).toEqual(before);

    // Another municipality cannot take over Utrecht's entries by their ids.
    const stolen = await importHsds(t.db, 'zeist', { ...copy, organizations: copy.organizations.map((o: { attributes: unknown[] }) => ({ ...o, attributes: [] })) }).catch((e) => e);
    expect(stolen).toBeInstanceOf(SocialMapInputError);
    expect(stolen.issues[0].message).toMatch(/andere gemeente/);
  });

  it('services table: export, change and import (all or nothing, row and column)', async () => {
    const table = await servicesTable(t.db, 'utrecht');
    const header = table.header;
    const rows = table.rows.map((r) => [...r]);
    const nameCol = header.indexOf('naam');
    rows[0]![nameCol] = 'Nieuwe naam (demo)';
    const added = [...rows[0]!];
    added[header.indexOf('dienst_id')] = '';
    added[nameCol] = 'Extra spreekuur (demo)';
    const result = await importServicesTable(t.db, 'utrecht', Buffer.from(toCsv(header, [...rows, added]), 'utf8'));
    expect(result).toEqual({ added: 1, changed: rows.length });
    const after = await loadMap(t.db, 'utrecht');
    expect(after.services.map((s) => s.name)).toEqual(expect.arrayContaining(['Nieuwe naam (demo)', 'Extra spreekuur (demo)']));

    const broken = rows.map((r) => [...r]);
    broken[1]![header.indexOf('doelgroepen')] = 'ouderen, reuzen';
    broken[2]![header.indexOf('huisbezoek')] = 'misschien';
    const err = await importServicesTable(t.db, 'utrecht', Buffer.from(toCsv(header, broken), 'utf8')).catch((e) => e);
    expect(err).toBeInstanceOf(TableImportError);
    expect(err.problems).toEqual(expect.arrayContaining([
      expect.objectContaining({ row: 3, column: 'doelgroepen' }),
      expect.objectContaining({ row: 4, column: 'huisbezoek' }),
    ]));
  });

  it('optimistic concurrency on services and the FAQ', async () => {
    const map = await loadMap(t.db, 'utrecht');
    const provider = map.providers[0]!;
    const created = await createService(t.db, { ...map.services[0]!, id: newId(), providerId: provider.id, name: 'Versietest (demo)' }, []);
    const v2 = await updateService(t.db, { ...created.value, name: 'Versietest 2 (demo)' }, [], 1);
    expect(v2.version).toBe(2);
    await expect(updateService(t.db, { ...created.value, name: 'oud' }, [], 1)).rejects.toBeInstanceOf(SocialMapConflictError);
    expect((await getService(t.db, created.value.id)).value.name).toBe('Versietest 2 (demo)');

    const faq = await createFaq(t.db, 'utrecht', { question: 'Concept?', answer: 'Nog niet gepubliceerd.', position: 99, published: false });
    expect((await listFaq(t.db, 'utrecht', true)).map((f) => f.id)).not.toContain(faq.id);
    expect((await listFaq(t.db, 'utrecht', false)).map((f) => f.id)).toContain(faq.id);
    await updateFaq(t.db, faq.id, { ...faq, published: true }, 1);
    await expect(updateFaq(t.db, faq.id, { ...faq }, 1)).rejects.toBeInstanceOf(SocialMapConflictError);
  });
});
