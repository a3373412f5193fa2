import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readyDatabase, testEngines, type TestDatabase } from '../helpers/db.ts';
import { testApp, type TestApp } from '../helpers/app.ts';
import { loadDemoSocialMap } from '../../src/services/socialmap/demo.ts';
import { createLocation, createService, loadMap, newId } from '../../src/services/socialmap/store.ts';
import { searchServices, searchSocialMap } from '../../src/services/socialmap/search.ts';
import { searchResultOut } from '../../src/api/socialmap/schemas.ts';
import type { Location, Service } from '../../src/domain/socialmap/model.ts';

/**
 * Issue 19 §2 "place … and distance": with a postcode, each result says how far its nearest location is
 * (from the PC4 centre, data/socialmap/pc4-centroids.csv), and equally relevant results come nearest first,
 * while a clearly more relevant one keeps its place.
 */
describe.each(testEngines)('resident search: distance from the postcode (%s)', (engine) => {
  let t: TestDatabase;
  const ids = { near: '', far: '', weakButClose: '', phoneOnly: '' };
  beforeAll(async () => {
    t = await readyDatabase(engine);
    await loadDemoSocialMap(t.db);
    const map = await loadMap(t.db, 'utrecht');
    const base = map.services[0]!;
    const providerId = map.providers[0]!.id;
    const location = async (name: string, lat: number, lon: number) =>
      (
        await createLocation(t.db, {
          id: newId(), providerId, name, address: `${name} 1`, postalCode: '', city: 'Utrecht', municipalityCode: 'utrecht',
          latitude: lat, longitude: lon, accessibility: [], accessibilityNotes: '', openingHours: '',
        } satisfies Location)
      ).value.id;
    const service = async (name: string, description: string, locationIds: string[]) =>
      (
        await createService(t.db, {
          ...base, id: newId(), providerId, name, description, what: '', how: '', keywords: [], municipalityCodes: ['utrecht'],
        } satisfies Service, locationIds)
      ).value.id;
    // Postcode 3583 (Utrecht-Oost) has its centre at 52.0851, 5.1432 in the centroid file.
    const close = await location('Zwembad Oost', 52.086, 5.145);
    const maarssen = await location('Zwembad Maarssen', 52.135, 5.04);
    // Alphabetically the far one comes first, so only distance can put the near one on top.
    ids.far = await service('Zwemmaatjes Aan de Vecht', 'Samen zwemmen.', [maarssen]);
    ids.near = await service('Zwemmaatjes Zuidoost', 'Samen zwemmen.', [close, maarssen]);
    // The word only in the description: less relevant, though nearest of all.
    ids.weakButClose = await service('Buurtsportcoach', 'Ook voor zwemmaatjes.', [close]);
    ids.phoneOnly = await service('Zwemmaatjes Telefoon', 'Samen zwemmen.', []);
  }, 60_000);
  afterAll(async () => t?.cleanup());

  it('orders equally relevant results nearest first and says how far', async () => {
    const results = await searchServices(t.db, { question: 'zwemmaatjes', place: '3583' });
    const order = results.map((r) => r.id);
    expect(order.slice(0, 3)).toEqual([ids.near, ids.far, ids.phoneOnly]);
    const near = results.find((r) => r.id === ids.near)!;
    expect(near.distanceKm).toBeGreaterThan(0);
    expect(near.distanceKm).toBeLessThan(0.5);
    const far = results.find((r) => r.id === ids.far)!;
    expect(far.distanceKm).toBeGreaterThan(8);
    expect(far.distanceKm).toBeLessThan(10);
    expect(results.find((r) => r.id === ids.phoneOnly)!.distanceKm).toBeNull();
    expect(searchResultOut(near).afstandKm).toBe(near.distanceKm);
  });

  it('never lets distance lift a less relevant service above a relevant one', async () => {
    const order = (await searchServices(t.db, { question: 'zwemmaatjes', place: '3583' })).map((r) => r.id);
    expect(order.indexOf(ids.weakButClose)).toBeGreaterThan(order.indexOf(ids.far));
  });

  it('takes a six-character postcode too; without a postcode there is no distance and the order is by relevance and name', async () => {
    const pc6 = await searchSocialMap(t.db, { question: 'zwemmaatjes', place: '3583 AB' });
    expect(pc6.municipalityCode).toBe('utrecht');
    expect(pc6.results[0]!.id).toBe(ids.near);
    const byName = await searchServices(t.db, { question: 'zwemmaatjes', place: 'Utrecht' });
    expect(byName.slice(0, 3).map((r) => r.id)).toEqual([ids.far, ids.phoneOnly, ids.near]);
    expect(byName.every((r) => r.distanceKm === null)).toBe(true);
  });
});

/** The distance on the server-rendered results page ("op 1,2 km") and in the API (`afstandKm`). */
describe('resident results page and API: distance', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp('pglite');
    await loadDemoSocialMap(t.test.db);
  }, 60_000);
  afterAll(async () => t?.close());

  it('shows how far with a postcode, not without one', async () => {
    const withPostcode = await t.app.inject({ method: 'GET', url: '/zoeken?vraag=schulden&plaats=3583' });
    expect(withPostcode.statusCode).toBe(200);
    expect(withPostcode.body).toMatch(/ · op \d+,\d km/);
    const withName = await t.app.inject({ method: 'GET', url: '/zoeken?vraag=schulden&plaats=Utrecht' });
    expect(withName.body).not.toMatch(/ · op \d+,\d km/);
    const api = await t.app.inject({ method: 'GET', url: '/api/v1/sociale-kaart/hulpvraag?vraag=schulden&plaats=3583' });
    expect(api.statusCode).toBe(200);
    const first = api.json().resultaten[0];
    expect(typeof first.afstandKm).toBe('number');
  });
});
