import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statSync } from 'node:fs';
import { testApp, type TestApp } from '../helpers/app.ts';

describe('the municipal boundary maps per division (issue 20 §4)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp('pglite');
  });
  afterAll(async () => t?.close());

  it('keeps each year file small (< 300 KB)', () => {
    for (const year of [2013, 2014]) expect(statSync(`data/reference/maps/gemeenten-${year}.geojson`).size).toBeLessThan(300 * 1024);
  });

  it('serves the 2013 boundaries: every Bijlage 5 municipality matched by CBS code, with its youth region', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/gemeentelijke-indelingen/2013/kaart' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    const map = res.json();
    expect(map.type).toBe('FeatureCollection');
    expect(map.bron).toContain('CC BY 4.0');
    expect(map.features).toHaveLength(408);
    expect(map.features.every((f: { properties: { gemeente: string | null; jeugdregio: string | null } }) => f.properties.gemeente && f.properties.jeugdregio)).toBe(true);
    const codes = map.features.map((f: { properties: { code: string } }) => f.properties.code);
    expect(codes).toContain('GM0055'); // Boarnsterhim, split on 1 January 2014
    expect(codes).not.toContain('GM1921');
  });

  it('serves the 2014 boundaries: 403 municipalities, De Friese Meren instead of its four predecessors', async () => {
    const map = (await t.app.inject({ method: 'GET', url: '/api/v1/gemeentelijke-indelingen/2014/kaart' })).json();
    expect(map.features).toHaveLength(403);
    const friese = map.features.find((f: { properties: { code: string } }) => f.properties.code === 'GM1921');
    expect(friese.properties.naam).toBe('De Friese Meren');
    expect(friese.properties.gemeente).not.toBeNull();
    expect(friese.geometry.type).toMatch(/Polygon/);
    expect(map.features.some((f: { properties: { code: string } }) => f.properties.code === 'GM0055')).toBe(false);
  });

  it('is cacheable: an ETag, and 304 when the caller already has it', async () => {
    const first = await t.app.inject({ method: 'GET', url: '/api/v1/gemeentelijke-indelingen/2014/kaart' });
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^".+"$/);
    const again = await t.app.inject({ method: 'GET', url: '/api/v1/gemeentelijke-indelingen/2014/kaart', headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });

  it('answers 404 in Dutch for a year without a map', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/gemeentelijke-indelingen/2030/kaart' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.json().detail).toContain('Er is geen kaart');
  });
});
