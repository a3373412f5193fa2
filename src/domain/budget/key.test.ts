import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidAllocationKeyError, InvalidAmountError, InvalidSharesError } from './errors.ts';
import { allocateClientSupport, allocateIvh, DEFAULT_KEY, formatPercent, keyFromInhabitantsWeight, validateKey } from './key.ts';
import { parseRational, rational } from './rational.ts';
import { arbMembers } from './arbitraries.testdata.ts';

describe('allocation key', () => {
  it('accepts 20/80, 50/50 and 100/0, rejects negatives and sums other than 100% in Dutch', () => {
    expect(validateKey(DEFAULT_KEY)).toBe(DEFAULT_KEY);
    expect(() => validateKey({ inhabitantsWeight: rational(1n, 2n), clientsWeight: rational(1n, 2n) })).not.toThrow();
    expect(() => validateKey({ inhabitantsWeight: rational(1n), clientsWeight: rational(0n) })).not.toThrow();
    expect(() => validateKey({ inhabitantsWeight: rational(1n, 5n), clientsWeight: rational(7n, 10n) })).toThrow(
      new InvalidAllocationKeyError('Ongeldige verdeelsleutel: de gewichten moeten elk minstens 0% zijn en samen 100% (nu 20% inwoners + 70% cliënten = 90%).'),
    );
    expect(() => validateKey({ inhabitantsWeight: rational(-1n, 5n), clientsWeight: rational(6n, 5n) })).toThrow(InvalidAllocationKeyError);
    expect(formatPercent(rational(1n, 3n))).toBe('33,3333%');
  });
});

describe('allocateClientSupport', () => {
  it('sums exactly to the organisation total in whole euros', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000_000 }), arbMembers(), (euros, members) => {
        const out = allocateClientSupport(euros * 100, members);
        expect(out.map((o) => o.id)).toEqual(members.map((m) => m.id));
        expect(out.every((o) => o.cents % 100 === 0 && o.cents >= 0)).toBe(true);
        expect(out.reduce((a, o) => a + o.cents, 0)).toBe(euros * 100);
      }),
    );
  });

  it('explains each figure: inputs, exact amount, rounding step, result', () => {
    const members = [
      { id: 'A', inhabitantShare: rational(1n, 2n), clientShare: rational(1n, 4n) },
      { id: 'B', inhabitantShare: rational(1n, 2n), clientShare: rational(3n, 4n) },
    ];
    const [a, b] = allocateClientSupport(100_100, members); // € 1.001
    // A: 1001 × (0.2 × 0.5 + 0.8 × 0.25) = 1001 × 0.3 = 300.3 → 300; B: 700.7 → 701
    expect(a!.cents).toBe(30_000);
    expect(b!.cents).toBe(70_100);
    expect(a!.provenance.exact.euros).toBe('300.3000');
    expect(a!.provenance.rounding).toMatchObject({ unitCents: 100, floorCents: 30_000, remainder: '0.3000', receivedExtraUnit: false, leftoverUnits: 1 });
    expect(b!.provenance.rounding).toMatchObject({ floorCents: 70_000, remainder: '0.7000', receivedExtraUnit: true, rank: 0 });
    expect(a!.provenance.inputs.map((i) => i.name)).toEqual(['orgTotal', 'inhabitantShare', 'clientShare', 'inhabitantsWeight', 'clientsWeight', 'weightedShare']);
    expect(a!.provenance.inputs.find((i) => i.name === 'weightedShare')).toMatchObject({ exact: '3/10', decimal: '0.30000000' });
    expect(a!.provenance.formula).toContain('20% × inwonersaandeel + 80% × cliëntaandeel');
    expect(JSON.parse(JSON.stringify(a!.provenance))).toEqual(a!.provenance); // JSON-safe, no BigInt
  });

  it('falls back to cents when the total is not whole euros, or uses the given unit', () => {
    const m = [
      { id: 'A', inhabitantShare: rational(1n, 3n), clientShare: rational(1n, 3n) },
      { id: 'B', inhabitantShare: rational(2n, 3n), clientShare: rational(2n, 3n) },
    ];
    expect(allocateClientSupport(101, m).map((o) => o.cents)).toEqual([34, 67]);
    expect(() => allocateClientSupport(101, m, DEFAULT_KEY, { unit: 100 })).toThrow(InvalidAmountError);
  });

  it('rejects share vectors that do not sum to 1, negative shares, duplicates, no members', () => {
    const ok = { id: 'A', inhabitantShare: rational(1n), clientShare: rational(1n) };
    expect(() => allocateClientSupport(100, [{ ...ok, clientShare: rational(1n, 2n) }])).toThrow('De cliëntaandelen tellen op tot 50% in plaats van 100%.');
    expect(() => allocateClientSupport(100, [ok, { ...ok }])).toThrow(/meer dan eens/);
    expect(() => allocateClientSupport(100, [])).toThrow(InvalidSharesError);
    expect(allocateClientSupport(0, [])).toEqual([]);
    const neg = [
      { id: 'A', inhabitantShare: rational(1n, 2n), clientShare: rational(-1n, 10n) },
      { id: 'B', inhabitantShare: rational(1n, 2n), clientShare: rational(11n, 10n) },
    ];
    expect(() => allocateClientSupport(100, neg)).toThrow(/cliëntaandeel van A is negatief/);
    // allowed for derived shares as long as the weighted share is ≥ 0: 0.2 × 0.5 + 0.8 × −0.1 = 0.02
    expect(allocateClientSupport(10_000, neg, DEFAULT_KEY, { allowNegativeShares: true }).map((o) => o.cents)).toEqual([200, 9_800]);
  });
});

describe('allocateIvh', () => {
  it('divides by inhabitant share, sums exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200_000 }), arbMembers(), (euros, members) => {
        const out = allocateIvh(euros * 100, members);
        expect(out.reduce((a, o) => a + o.cents, 0)).toBe(euros * 100);
      }),
    );
  });

  it('gives a base amount per municipality first, then the rest by inhabitants', () => {
    const m = [
      { id: 'A', inhabitantShare: rational(1n, 4n) },
      { id: 'B', inhabitantShare: rational(3n, 4n) },
    ];
    const out = allocateIvh(1_000_000, m, { baseAmountCents: 100_000 }); // € 10.000, € 1.000 each first
    expect(out.map((o) => o.cents)).toEqual([100_000 + 200_000, 100_000 + 600_000]);
    expect(out[0]!.provenance.inputs.map((i) => i.name)).toContain('baseAmount');
    expect(out[0]!.provenance.resultCents).toBe(300_000);
    expect(out[0]!.provenance.exact.euros).toBe('3000.0000');
    expect(() => allocateIvh(100_000, m, { baseAmountCents: 60_000 })).toThrow(/meer dan het IVH-budget/);
  });
});

describe('keyFromInhabitantsWeight', () => {
  it('completes the key and validates it', () => {
    expect(keyFromInhabitantsWeight(parseRational('50%'))).toEqual({ inhabitantsWeight: rational(1n, 2n), clientsWeight: rational(1n, 2n) });
    expect(keyFromInhabitantsWeight(rational(1n))).toEqual({ inhabitantsWeight: rational(1n), clientsWeight: rational(0n) });
    expect(() => keyFromInhabitantsWeight(parseRational('120%'))).toThrow(/nu 120% inwoners \+ -20% cliënten = 100%/);
  });
});
