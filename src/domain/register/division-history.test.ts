import { describe, expect, it } from 'vitest';
import { carryAmounts, largestRemainder, type DivisionEvent, type MunicipalityVersion } from './division-history.ts';

const v = (cbsCode: string, name: string, validFrom: string, validTo: string | null): MunicipalityVersion => ({ cbsCode, name, province: 'P', validFrom, validTo });
const e = (fromCode: string, toCode: string, kind: DivisionEvent['kind'], partial = false): DivisionEvent => ({ effectiveDate: '2014-01-01', kind, fromCode, toCode, partial, source: 'test' });

// A made-up division: A and B merge into N; S is split over A' (= N) and C.
const target = [v('GM0003', 'N', '2014-01-01', null), v('GM0004', 'C', '2000-01-01', null)];
const events = [e('GM0001', 'GM0003', 'samenvoeging'), e('GM0002', 'GM0003', 'samenvoeging'), e('GM0005', 'GM0003', 'splitsing', true), e('GM0005', 'GM0004', 'splitsing', true)];
const amounts = [
  { cbsCode: 'GM0001', name: 'A', cents: 100_01 },
  { cbsCode: 'GM0002', name: 'B', cents: 200_02 },
  { cbsCode: 'GM0004', name: 'C', cents: 50_00 },
  { cbsCode: 'GM0005', name: 'S', cents: 10_01 },
];

describe('carrying amounts through herindelingen', () => {
  it('sums a merger exactly and keeps a split apart without a cited key', () => {
    const r = carryAmounts(amounts, events, [], target, '2013-01-01', '2014-01-01');
    expect(r.rows.map((x) => [x.cbsCode, x.cents, x.complete])).toEqual([
      ['GM0003', 300_03, false],
      ['GM0004', 50_00, false],
    ]);
    expect(r.rows[0]!.how).toBe('samengevoegd uit A, B; gesplitst: deel van S niet te verdelen zonder verdeelsleutel met bron');
    expect(r.undistributed.map((u) => [u.cbsCode, u.cents])).toEqual([['GM0005', 10_01]]);
    expect(r.rows.reduce((t, x) => t + x.cents, 0) + 10_01).toBe(r.totalCents);
  });

  it('divides a split by a cited key so the cents add up', () => {
    const shares = [
      { effectiveDate: '2014-01-01', fromCode: 'GM0005', toCode: 'GM0003', weight: 2, unit: 'inwoners', source: 'bron X' },
      { effectiveDate: '2014-01-01', fromCode: 'GM0005', toCode: 'GM0004', weight: 1, unit: 'inwoners', source: 'bron X' },
    ];
    const r = carryAmounts(amounts, events, shares, target, '2013-01-01', '2014-01-01');
    expect(r.undistributed).toEqual([]);
    expect(r.rows.map((x) => x.cents)).toEqual([300_03 + 667, 50_00 + 334]);
    expect(r.rows[1]!.how).toBe('ongewijzigd; gesplitst: deel van S verdeeld naar inwoners (bron X)');
  });

  it('leaves nothing over when dividing cents (largest remainder)', () => {
    expect(largestRemainder(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(largestRemainder(1001, [2, 1])).toEqual([667, 334]);
  });
});
