import { describe, expect, it } from 'vitest';
import { fromHsds, hsdsPath, toHsds } from './hsds.ts';
import { nameUuid } from './ids.ts';
import { validateSocialMap, type SocialMapData } from './model.ts';
import { queryTerms, wordsMatch } from './search.ts';
import { ageCategoryOf } from './taxonomy.ts';

const P = '11111111-1111-4111-8111-111111111111';
const S = '22222222-2222-4222-8222-222222222222';
const L = '33333333-3333-4333-8333-333333333333';
const SL = '44444444-4444-4444-8444-444444444444';
const municipalities = new Set(['utrecht', 'zeist']);

const sample = (): SocialMapData => ({
  providers: [
    { id: P, name: 'Schuldhulp Utrecht (demo)', description: 'Hulp bij geld', kind: 'sociaal-raadslieden', email: 'info@example.nl', website: 'https://example.nl', phone: '030 123 45 67', staffing: 'beide', municipalityCode: 'utrecht', relations: [{ municipalityCode: 'utrecht', relation: 'stichting-gefinancierd' }, { municipalityCode: 'zeist', relation: 'stichting-niet-gefinancierd' }] },
  ],
  services: [
    {
      id: S, providerId: P, name: 'Spreekuur geldzaken', description: 'Vragen over schulden, "toeslagen"; en brieven.', status: 'active', what: 'Hulp bij geldvragen', how: 'Inloop en telefoon',
      targetGroups: ['financiele-problemen', 'ouderen'], ageCategories: ['25-65', '65+'], lifeDomains: ['regelgeving_en_geldzaken'], channels: ['telefoon', 'inloop'],
      languages: ['nl', 'tr'], phone: '030 765 43 21', phoneHours: 'ma–vr 9.00–12.00', email: null, url: 'https://example.nl/geld', walkInHours: 'di 13.00–16.00',
      homeVisits: true, freeOfCharge: true, municipalityCodes: ['utrecht', 'zeist'], keywords: ['schulden', 'belasting, aangifte'],
    },
  ],
  locations: [
    { id: L, providerId: P, name: 'Buurthuis Oost', address: 'Voorbeeldstraat 1', postalCode: '3511 AB', city: 'Utrecht', municipalityCode: 'utrecht', latitude: 52.09, longitude: 5.12, accessibility: ['rolstoeltoegankelijk', 'openbaar-vervoer'], accessibilityNotes: 'Lift aanwezig', openingHours: 'ma–vr 9–17' },
  ],
  serviceLocations: [{ id: SL, serviceId: S, locationId: L }],
});

describe('social map validation', () => {
  it('accepts a sound map and reports every problem with its path', () => {
    expect(validateSocialMap(sample(), municipalities)).toEqual([]);
    const bad = sample();
    bad.services[0]!.targetGroups = ['ouderen', 'marsmannetjes' as never, 'ouderen'];
    bad.services[0]!.municipalityCodes = [];
    bad.locations[0]!.postalCode = '12345';
    bad.providers[0]!.email = 'geen-mail';
    const paths = validateSocialMap(bad, municipalities).map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['aanbieders[0].email', 'diensten[0].doelgroepen[1]', 'diensten[0].doelgroepen[2]', 'diensten[0].gemeenten', 'locaties[0].postcode']));
  });

  it('refuses a service at a location of another provider', () => {
    const map = sample();
    map.providers.push({ ...map.providers[0]!, id: nameUuid('other'), relations: [] });
    map.locations[0]!.providerId = nameUuid('other');
    expect(validateSocialMap(map, municipalities).map((i) => i.message)).toContain('De locatie hoort bij een andere aanbieder dan de dienst.');
  });
});

describe('HSDS mapping', () => {
  it('round-trips losslessly: export → import → export gives the same document', () => {
    const doc = toHsds(sample(), 'utrecht');
    const json = JSON.parse(JSON.stringify(doc));
    const back = fromHsds(json, 'utrecht');
    expect(back.issues).toEqual([]);
    expect(back.map).toEqual(sample());
    expect(toHsds(back.map, 'utrecht')).toEqual(doc);
  });

  it('keeps a minimal map minimal (no empty phones, addresses or attributes values)', () => {
    const map = sample();
    Object.assign(map.services[0]!, { phone: null, phoneHours: null, walkInHours: null, url: null, what: '', how: '', keywords: [], homeVisits: false, freeOfCharge: false });
    Object.assign(map.locations[0]!, { address: '', postalCode: '', city: '', latitude: null, longitude: null, municipalityCode: null, accessibilityNotes: '', openingHours: '' });
    const doc = toHsds(map, 'utrecht');
    expect(doc.services[0]!.phones).toEqual([]);
    expect(doc.locations[0]!.addresses).toEqual([]);
    expect(fromHsds(JSON.parse(JSON.stringify(doc)), 'utrecht').map).toEqual(map);
  });

  it('reports every problem of a bad document with its JSON path', () => {
    const doc = JSON.parse(JSON.stringify(toHsds(sample(), 'utrecht')));
    delete doc.services[0].name;
    doc.services[0].attributes[0].taxonomy_term_id = nameUuid('nonsense');
    doc.locations[0].location_type = 'virtual';
    doc.organizations[0].attributes[2].value = 'zeist';
    const { issues } = fromHsds(doc, 'utrecht');
    expect(issues.map((i) => i.path)).toEqual(
      expect.arrayContaining(['$.services[0].name', '$.services[0].attributes[0].taxonomy_term_id', '$.locations[0].location_type', '$.organizations[0].attributes[2].value']),
    );
    expect(fromHsds([], 'utrecht').issues[0]!.path).toBe('$');
  });

  it('maps validation paths back to HSDS fields', () => {
    expect(hsdsPath('$.services[2].talen[1]')).toBe('$.services[2].languages[1].code');
    expect(hsdsPath('$.services[0].website')).toBe('$.services[0].url');
    expect(hsdsPath('$.locations[0].postcode')).toBe('$.locations[0].addresses[0].postal_code');
    expect(hsdsPath('$.organizations[0].relaties[1].gemeenteCode')).toBe('$.organizations[0].attributes');
  });

  it('gives stable name-based uuids', () => {
    expect(nameUuid('a')).toBe(nameUuid('a'));
    expect(nameUuid('a')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('public search words', () => {
  it('drops stop words and matches word starts', () => {
    expect(queryTerms('Ik heb hulp nodig met mijn schulden!')).toEqual(['schulden']);
    expect(wordsMatch('schuld', 'schulden')).toBe(true);
    expect(wordsMatch('geld', 'geldzaken')).toBe(true);
    expect(wordsMatch('ou', 'ouderen')).toBe(false);
  });

  it('maps an age to its category', () => {
    expect([0, 17, 18, 24, 25, 64, 65, 90].map(ageCategoryOf)).toEqual(['0-18', '0-18', '18-25', '18-25', '25-65', '25-65', '65+', '65+']);
  });
});
