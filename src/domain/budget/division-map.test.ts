import { describe, expect, it } from 'vitest';
import { classIndex, perInhabitantCents, quintileBreaks, regionFigures, type MapMunicipality } from './division-map.ts';

const north = { code: 'n', name: 'Noord' };
const south = { code: 'z', name: 'Zuid' };
const row = (cbsCode: string, region: typeof north, knownCents: number, complete = true): MapMunicipality => ({
  cbsCode,
  region,
  knownCents,
  knownInhabitants: knownCents / 10,
  complete,
  missingFrom: complete ? [] : ['GM0055'],
});

describe('regionFigures', () => {
  it('adds a split municipality whole to the one region all its successors lie in: exact without a key', () => {
    const [n] = regionFigures([row('a', north, 100, false), row('b', north, 200, false)], [{ cbsCode: 'GM0055', cents: 50, inhabitants: 5, successorCodes: ['a', 'b'] }]);
    expect(n).toEqual({ code: 'n', name: 'Noord', cents: 350, inhabitants: 35, municipalities: 2, complete: true, wholeSplits: ['GM0055'] });
  });

  it('marks every region incomplete when the successors lie in more than one', () => {
    const regions = regionFigures([row('a', north, 100, false), row('b', south, 200, false)], [{ cbsCode: 'GM0055', cents: 50, inhabitants: 5, successorCodes: ['a', 'b'] }]);
    expect(regions.map((r) => [r.code, r.cents, r.complete])).toEqual([
      ['n', 100, false],
      ['z', 200, false],
    ]);
  });
});

describe('classes of the map', () => {
  it('per inhabitant rounds half up, and is unknown without inhabitants', () => {
    expect(perInhabitantCents(1050, 100)).toBe(11);
    expect(perInhabitantCents(1050, null)).toBeNull();
    expect(perInhabitantCents(1050, 0)).toBeNull();
  });

  it('five classes by quintile', () => {
    const breaks = quintileBreaks([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(breaks).toEqual([3, 5, 7, 9]);
    expect([1, 3, 10].map((v) => classIndex(breaks, v))).toEqual([0, 1, 4]);
  });
});
