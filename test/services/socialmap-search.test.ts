import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readyDatabase, testEngines, type TestDatabase } from '../helpers/db.ts';
import { sql } from '../../src/db/sql.ts';
import { demoServiceId, loadDemoSocialMap } from '../../src/services/socialmap/demo.ts';
import { placeToMunicipality, residentThesaurus, searchServices, searchSocialMap } from '../../src/services/socialmap/search.ts';
import { TARGET_SUBGROUPS } from '../../src/domain/socialmap/taxonomy.ts';

/** Issue 19 §2, ADR 0012: the resident search on both engines, with the demo social map of Utrecht. */
describe.each(testEngines)('resident search of the social map (%s)', (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await readyDatabase(engine);
    await loadDemoSocialMap(t.db);
  }, 60_000);
  afterAll(async () => t?.cleanup());

  const top = async (question: string, k = 3) => (await searchServices(t.db, { question, municipalityCode: 'utrecht' })).slice(0, k).map((s) => s.id);
  const debtHelp = demoServiceId('schuldhulp', 0);
  const homeAdaptation = demoServiceId('loket', 1);

  it('understands a resident’s own words through the thesaurus, and says why', async () => {
    const [first] = await searchServices(t.db, { question: 'Ik kan de trap niet meer op', municipalityCode: 'utrecht' });
    expect(first!.id).toBe(homeAdaptation);
    expect(first!.matchedBecause.join(' ')).toContain('woningaanpassing');
    const outcome = await searchSocialMap(t.db, { question: 'ik ben eenzaam sinds mijn vrouw is overleden', municipalityCode: 'utrecht' });
    expect(outcome.understood).toEqual(expect.arrayContaining(['eenzaamheid', 'rouw']));
    expect(outcome.results.slice(0, 3).map((s) => s.id)).toEqual(expect.arrayContaining([demoServiceId('amw', 1)]));
  });

  it('ranks instead of demanding every word: an unknown word does not empty the results', async () => {
    expect((await top('schulden kwrzlpq'))[0]).toBe(debtHelp);
  });

  it('matches without accents, with typos, and across Dutch compounds', async () => {
    // Accents: the question with them, the service text without ("clientondersteuner"), and the other way round.
    expect(await top('cliëntondersteuner bij het keukentafelgesprek')).toContain(demoServiceId('ocu', 0));
    expect(await top('financiële problemen schulden')).toContain(debtHelp);
    // Typos (pg_trgm): "shulden", "eenzam", "dementi".
    expect(await top('ik heb shulden')).toContain(debtHelp);
    expect(await top('ik ben eenzam')).toContain(demoServiceId('welzijn', 1));
    expect(await top('mijn moeder heeft dementi')).toEqual(expect.arrayContaining([demoServiceId('dementie', 1)]));
    // Compound typed by the resident, split into its parts; and a compound's tail in the service ("aanpassing" in "woningaanpassing").
    expect((await top('schuldhulpverlening'))[0]).toBe(debtHelp);
    expect(await top('aanpassing in mijn huis')).toContain(homeAdaptation);
    // Hyphenated in the service, one word in the question.
    expect(await top('ik heb een burnout')).toContain(demoServiceId('ggz', 1));
  });

  it('gives the first step and the cost', async () => {
    const [debt] = await searchServices(t.db, { question: 'schulden', municipalityCode: 'utrecht' });
    expect(debt!.firstStep).toEqual({ kind: 'telefoon', text: 'Bel 030 000 00 00 (ma–vr 9.00–17.00)' });
    expect(debt!.cost).toBe('Gratis');
    const cleaning = (await searchServices(t.db, { question: 'huishoudelijke hulp', municipalityCode: 'utrecht' })).find((s) => s.id === demoServiceId('loket', 2))!;
    expect(cleaning.cost).toBe('Niet gratis: vraag wat het kost');
    const walkIn = (await searchServices(t.db, { question: 'dagopvang daklozen', municipalityCode: 'utrecht' })).find((s) => s.id === demoServiceId('opvang', 1))!;
    expect(walkIn.firstStep!.kind).toBe('inloop');
    expect(walkIn.firstStep!.text).toContain('Catharijnesingel 47');
  });

  it('place: a municipality by name, variant or postcode; regional services count', async () => {
    expect(await placeToMunicipality(t.db, '3583 AB')).toBe('utrecht');
    expect(await placeToMunicipality(t.db, '3701')).toBe('zeist');
    expect(await placeToMunicipality(t.db, 'Gemeente Utrecht')).toBe('utrecht');
    expect(await placeToMunicipality(t.db, '9999')).toBeUndefined();
    const zeist = await searchSocialMap(t.db, { question: 'beroerte', place: '3701 AB' });
    expect(zeist.municipalityCode).toBe('zeist');
    expect(zeist.results.map((s) => s.id)).toContain(demoServiceId('nah', 0));
    expect(zeist.results.every((s) => s.municipalityCodes.includes('zeist'))).toBe(true);
  });

  it('zero results never end the road: the general desks and the question form', async () => {
    const none = await searchSocialMap(t.db, { question: 'xqzv wrpl', place: 'Utrecht' });
    expect(none.results).toEqual([]);
    expect(none.fallback?.askQuestion).toBe(true);
    expect(none.fallback!.desks.map((s) => s.provider.kind)).toContain('wmo-loket');
    expect((await searchSocialMap(t.db, { question: 'schulden', place: 'Utrecht' })).fallback).toBeNull();
  });

  it('the search columns follow every change of a service (trigger)', async () => {
    const id = demoServiceId('welzijn', 4);
    expect(await top('zeepkistrace')).not.toContain(id);
    await t.db.execute(sql`update socialmap_services set keywords = array_append(keywords, 'zeepkistrace') where id = ${id}::uuid`);
    expect((await top('zeepkistrace'))[0]).toBe(id);
  });

  it('the thesaurus names only known target groups and cites a source', () => {
    const codes = new Set<string>(TARGET_SUBGROUPS.map((g) => g.code));
    for (const e of residentThesaurus()) {
      for (const g of e.targetGroups) expect(codes.has(g), `${e.phrase.join(' ')}: ${g}`).toBe(true);
      expect(['wmo', 'jw', 'wgs', 'pw', 'wlz', 'tabel1', 'regelhulp']).toContain(e.source);
    }
  });
});
