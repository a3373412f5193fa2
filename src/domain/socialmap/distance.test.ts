import { describe, expect, it } from 'vitest';
import { haversineKm, nearestKm, parseCentroids, postcode4, rankWithDistance } from './distance.ts';

describe('haversine distance', () => {
  it('is zero for one point and symmetric', () => {
    const dom = { lat: 52.0907, lon: 5.1214 };
    expect(haversineKm(dom, dom)).toBe(0);
    const a = { lat: 52.0851, lon: 5.1432 };
    expect(haversineKm(dom, a)).toBeCloseTo(haversineKm(a, dom), 10);
  });

  it('gives known distances', () => {
    // One degree of latitude on a sphere of 6371.0088 km is 111.195 km.
    expect(haversineKm({ lat: 52, lon: 5 }, { lat: 53, lon: 5 })).toBeCloseTo(111.195, 2);
    // Amsterdam (Dam) – Utrecht (Dom): about 35 km as the crow flies.
    const km = haversineKm({ lat: 52.3731, lon: 4.8926 }, { lat: 52.0907, lon: 5.1214 });
    expect(km).toBeGreaterThan(34);
    expect(km).toBeLessThan(36);
  });
});

describe('postcode centres and the nearest location', () => {
  it('reads pc4;lat;lon lines and skips comments and the header', () => {
    const m = parseCentroids('# bron\npc4;lat;lon\n3583;52.0851;5.1432\r\n3511;52.0884;5.1175\n');
    expect([...m.keys()]).toEqual(['3583', '3511']);
    expect(m.get('3583')).toEqual({ lat: 52.0851, lon: 5.1432 });
  });

  it('finds the PC4 in what a resident types', () => {
    expect(postcode4('3583')).toBe('3583');
    expect(postcode4(' 3583 ab ')).toBe('3583');
    expect(postcode4('3583AB')).toBe('3583');
    expect(postcode4('Utrecht')).toBeNull();
    expect(postcode4('35831')).toBeNull();
    expect(postcode4(undefined)).toBeNull();
  });

  it('takes the nearest location with coordinates, rounded to 0.1 km, and null without any', () => {
    const from = { lat: 52, lon: 5 };
    expect(nearestKm(from, [{ latitude: 53, longitude: 5 }, { latitude: null, longitude: null }, { latitude: 52.01, longitude: 5 }])).toBe(1.1);
    expect(nearestKm(from, [{ latitude: null, longitude: 5 }])).toBeNull();
    expect(nearestKm(from, [])).toBeNull();
  });
});

describe('distance as a tie-breaker', () => {
  const r = (name: string, score: number, distanceKm: number | null) => ({ name, score, distanceKm });
  const names = (xs: { name: string }[]) => xs.map((x) => x.name);

  it('orders equal scores nearest first, unknown distance last', () => {
    expect(names(rankWithDistance([r('A', 2, 9), r('B', 2, null), r('C', 2, 0.5)]))).toEqual(['C', 'A', 'B']);
  });

  it('orders scores within the band nearest first', () => {
    expect(names(rankWithDistance([r('ver', 2, 9), r('dichtbij', 1.9, 1)]))).toEqual(['dichtbij', 'ver']);
  });

  it('never lets a near but clearly less relevant result pass a relevant one', () => {
    expect(names(rankWithDistance([r('relevant ver', 2, 40), r('minder relevant dichtbij', 1.5, 0.1)]))).toEqual(['relevant ver', 'minder relevant dichtbij']);
    // Bands are cut from the top: a chain of small steps does not let the bottom climb past the top.
    expect(names(rankWithDistance([r('a', 1, 30), r('b', 0.95, 20), r('c', 0.88, 0.1)]))).toEqual(['b', 'a', 'c']);
  });

  it('without distances keeps score then name order', () => {
    expect(names(rankWithDistance([r('B', 1, null), r('A', 1, null), r('C', 3, null)]))).toEqual(['C', 'A', 'B']);
  });
});
