import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BIJLAGE5_SAMPLE } from './bijlage5-sample.testdata.ts';
import { deriveShares, type PublishedRow } from './derive.ts';
import { DEFAULT_KEY } from './key.ts';
import { rational } from './rational.ts';
import { allocateLargestRemainder } from './rounding.ts';
import { regionalPools, scenarioAlternativeKey } from './scenarios.ts';

const published: PublishedRow[] = BIJLAGE5_SAMPLE.map((r) => ({
  municipalityId: r.name,
  organisationId: r.organisation,
  clientSupportCents: r.meeEuros * 100,
  ivhCents: r.ivhEuros * 100,
}));
const orgs = deriveShares(published);
const key = (p: number) => ({ inhabitantsWeight: rational(p, 100), clientsWeight: rational(100 - p, 100) });

describe('scenario: another allocation key', () => {
  it('with the baseline key nothing changes', () => {
    const rows = scenarioAlternativeKey(orgs, DEFAULT_KEY);
    expect(rows).toHaveLength(published.length);
    expect(rows.every((r) => r.differenceCents === 0 && r.scenarioCents === r.baselineCents)).toBe(true);
  });

  it('for any key: per organisation the amounts sum exactly to the total, so the differences sum to 0', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), (p) => {
        const rows = scenarioAlternativeKey(orgs, key(p));
        for (const org of orgs) {
          const mine = rows.filter((r) => r.organisationId === org.organisationId);
          expect(mine.reduce((a, r) => a + r.scenarioCents, 0)).toBe(org.clientSupportTotalCents);
          expect(mine.reduce((a, r) => a + r.differenceCents, 0)).toBe(0);
          expect(mine.every((r) => r.scenarioCents % 100 === 0)).toBe(true);
        }
      }),
      { numRuns: 30 },
    );
  });

  it('100% inhabitants divides client support like the IVH column (by derived inhabitant share)', () => {
    const rows = scenarioAlternativeKey(orgs, key(100));
    const bosch = orgs[1]!;
    const expected = allocateLargestRemainder(bosch.clientSupportTotalCents, bosch.rows.map((r) => r.inhabitantShare), 100);
    expect(rows.filter((r) => r.organisationId === 'MEE regio Den Bosch').map((r) => r.scenarioCents)).toEqual(expected);
    // The Friesland islands have relatively many MEE clients: they lose under a pure inhabitants key.
    const vlieland = rows.find((r) => r.municipalityId === 'Vlieland')!;
    expect(vlieland.provenance.formula).toContain('100% × inwonersaandeel + 0% × cliëntaandeel');
    expect(vlieland.provenance.resultCents).toBe(vlieland.scenarioCents);
  });

  it('clamps a negative weighted share to 0 and flags it; the others share the total', () => {
    const [org] = deriveShares([
      { municipalityId: 'A', organisationId: 'X', clientSupportCents: 99_000_00, ivhCents: 50_00 },
      { municipalityId: 'B', organisationId: 'X', clientSupportCents: 1_000_00, ivhCents: 50_00 },
    ]);
    // c_B = (0.01 − 0.2 × 0.5) / 0.8 = −0.1125; with 0% inhabitants B's weight is negative
    const rows = scenarioAlternativeKey([org!], key(0));
    expect(rows.map((r) => r.scenarioCents)).toEqual([100_000_00, 0]);
    expect(rows[1]!.flags).toEqual(['negative-client-share', 'weight-clamped-to-zero']);
    expect(rows[0]!.flags).toEqual([]);
  });
});

describe('scenario: regional pool versus woonplaatsbeginsel', () => {
  const members = [
    { municipalityId: 'Boxtel', youthRegionId: 'Noordoost Brabant', allocationCents: 435_893_00 },
    { municipalityId: 'Haaren', youthRegionId: 'Noordoost Brabant', allocationCents: 143_768_00 },
    { municipalityId: 'Ameland', youthRegionId: 'Friesland', allocationCents: 30_705_00 },
    { municipalityId: 'Vught', youthRegionId: 'Noordoost Brabant', allocationCents: 307_391_00 },
  ];

  it('by default every municipality pays its own allocation into the pool; shares are exact', () => {
    const pools = regionalPools(members);
    expect(pools.map((p) => [p.youthRegionId, p.poolTotalCents])).toEqual([
      ['Noordoost Brabant', 887_052_00],
      ['Friesland', 30_705_00],
    ]);
    const boxtel = pools[0]!.members[0]!;
    expect(boxtel).toMatchObject({ contributionCents: 435_893_00, ownAllocationCents: 435_893_00, differenceCents: 0 });
    expect(boxtel.share).toEqual(rational(435_893n, 887_052n));
    expect(boxtel.shareDecimal).toBe('0.49139509');
    expect(pools[1]!.members[0]!.share).toEqual(rational(1n));
  });

  it('a pool of another size is divided pro rata, in whole euros, summing exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5_000_000 }), (euros) => {
        const pools = regionalPools(members, { poolTotalCents: { 'Noordoost Brabant': euros * 100 } });
        const region = pools[0]!;
        expect(region.members.reduce((a, m) => a + m.contributionCents, 0)).toBe(euros * 100);
        expect(region.members.every((m) => m.contributionCents % 100 === 0)).toBe(true);
        expect(pools[1]!.members[0]!.contributionCents).toBe(30_705_00);
      }),
    );
    const half = regionalPools(members, { poolTotalCents: { 'Noordoost Brabant': 443_526_00 } })[0]!;
    // quotas 217.946,5 / 71.884 / 153.695,5: one leftover euro, equal remainders → lower index (Boxtel)
    expect(half.members.map((m) => m.contributionCents)).toEqual([217_947_00, 71_884_00, 153_695_00]);
    expect(half.members[0]!.differenceCents).toBe(217_947_00 - 435_893_00);
    expect(half.members[0]!.provenance.rounding).toMatchObject({ remainder: '0.5000', rank: 0, receivedExtraUnit: true });
  });
});
