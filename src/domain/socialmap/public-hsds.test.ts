import { describe, expect, it } from 'vitest';
import { filterServiceAtLocations, filterServices, fullOrganization, fullService, listService, oneToOne, pageOf, postcodeArea, publicView, textMatches, type HsdsTables } from './public-hsds.ts';

const ORG = '11111111-1111-4111-8111-111111111111';
const S1 = '22222222-2222-4222-8222-222222222221';
const S2 = '22222222-2222-4222-8222-222222222222';
const HIDDEN = '22222222-2222-4222-8222-222222222223';
const LOC = '33333333-3333-4333-8333-333333333333';
const TERM = '44444444-4444-4444-8444-444444444444';

const doc: HsdsTables = {
  organizations: [{ id: ORG, name: 'Buurtteam', description: 'Hulp in de wijk', phones: [{ id: 'p', number: '030' }] }, { id: '11111111-1111-4111-8111-000000000000', name: 'Verborgen', description: '' }],
  services: [
    { id: S1, organization_id: ORG, name: 'Schuldhulp', status: 'active', attributes: [{ id: 'a', taxonomy_term_id: TERM.toUpperCase() }] },
    { id: S2, organization_id: ORG, name: 'Inloop', status: 'active', last_modified: '2020-01-01T00:00:00Z', attributes: [] },
    { id: HIDDEN, organization_id: '11111111-1111-4111-8111-000000000000', name: 'Niet openbaar', status: 'inactive' },
  ],
  locations: [{ id: LOC, organization_id: ORG, location_type: 'physical', addresses: [{ id: 'x', postal_code: '3511 ED' }] }],
  service_at_locations: [
    { id: 'sl1', service_id: S1, location_id: LOC },
    { id: 'sl3', service_id: HIDDEN, location_id: LOC },
  ],
  taxonomies: [{ id: 't', name: 'naast-doelgroep', description: 'Doelgroepen' }],
  taxonomy_terms: [{ id: TERM, name: 'Ouderen', description: 'Ouderen', taxonomy_id: 't' }],
};

describe('the HSDS API view of the public social map', () => {
  const view = publicView([doc, doc], [S2, S1], new Map([[S1, '2026-12-01T10:00:00.000Z']]));

  it('keeps the public services in the given order, once, with what belongs to them', () => {
    expect(view.services.map((s) => s.id)).toEqual([S2, S1]);
    expect(view.organizations.map((o) => o.id)).toEqual([ORG]);
    expect(view.serviceAtLocations.map((sl) => sl.id)).toEqual(['sl1']);
    expect(view.locations.map((l) => l.id)).toEqual([LOC]);
    expect(view.taxonomies).toHaveLength(1);
    // last_modified from the database only where the export has none
    expect(view.services.map((s) => s.last_modified)).toEqual(['2020-01-01T00:00:00Z', '2026-12-01T10:00:00.000Z']);
  });

  it('nests a single service and flattens a list item', () => {
    const full = fullService(view, view.services[1]!);
    expect((full.organization as { locations: unknown[] }).locations).toHaveLength(1);
    expect((full.service_at_locations as { location: { id: string } }[])[0]!.location.id).toBe(LOC);
    const item = listService(view, view.services[1]!);
    expect(item).not.toHaveProperty('attributes');
    expect(item.organization).toEqual({ id: ORG, name: 'Buurtteam', description: 'Hulp in de wijk' });
    expect(oneToOne({ id: 'x', a: 1, b: [], c: {}, d: null })).toEqual({ id: 'x', a: 1, d: null });
    // Services nested in a kept organization document are not served: only the public ones are.
    const kept = publicView([{ ...doc, organizations: [{ ...doc.organizations[0]!, services: [{ id: HIDDEN }] }] }], [S1]);
    expect(fullOrganization(kept, kept.organizations[0]!, 'none')).not.toHaveProperty('services');
    expect((fullOrganization(kept, kept.organizations[0]!, 'basic').services as { id: string }[]).map((s) => s.id)).toEqual([S1]);
  });

  it('filters on term (any case), taxonomy, organization, modified after and postcode area', () => {
    const ids = (f: Parameters<typeof filterServices>[1]) => filterServices(view, f).map((s) => s.id);
    expect(ids({ taxonomyTermId: TERM })).toEqual([S1]);
    expect(ids({ taxonomyId: 't' })).toEqual([S1]);
    expect(ids({ organizationId: ORG.toUpperCase() })).toEqual([S2, S1]);
    expect(ids({ modifiedAfter: '2026-01-01T00:00:00Z' })).toEqual([S1]);
    expect(ids({ postcode: '3511' })).toEqual([S1]);
    expect(ids({ postcode: '3512 AA' })).toEqual([]);
    expect(ids({ ranked: [S1] })).toEqual([S1]);
    expect(filterServiceAtLocations(view, { postcode: '3511ed' }).map((sl) => sl.id)).toEqual(['sl1']);
  });

  it('reads Dutch postcodes and matches words as the residents search does', () => {
    expect(['3511 ED', '3511ed', ' 3511 ', '0511 ED', 'ED 3511', '35111'].map(postcodeArea)).toEqual(['3511', '3511', '3511', null, null, null]);
    expect(textMatches('schulden', ['Schuldhulp'])).toBe(true);
    expect(textMatches('schulden wijk', ['Schuldhulp'])).toBe(false);
    expect(textMatches(undefined, [])).toBe(true);
  });

  it('pages with the specification envelope', () => {
    expect(pageOf([1, 2, 3], 2, 2)).toEqual({ total_items: 3, total_pages: 2, page_number: 2, size: 1, first_page: false, last_page: true, empty: false, contents: [3] });
    expect(pageOf([], 1, 10)).toEqual({ total_items: 0, total_pages: 0, page_number: 1, size: 0, first_page: true, last_page: true, empty: true, contents: [] });
    expect(pageOf([1], 5, 10)).toMatchObject({ empty: true, last_page: true, contents: [] });
  });
});
