import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidAmountError, InvalidWeightsError } from './errors.ts';
import { compare, mul, rational, type Rational } from './rational.ts';
import { allocateLargestRemainder, apportion, type Weight } from './rounding.ts';

// Weights: BigInt counts or rationals, with plenty of zeros (zero-weight members are common: a
// municipality with no MEE clients).
const arbWeight: fc.Arbitrary<Weight> = fc.oneof(
  fc.constant(0n),
  fc.bigInt({ min: 0n, max: 10n ** 12n }),
  fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 9n }), fc.bigInt({ min: 1n, max: 1000n })).map(([n, d]) => rational(n, d)),
);
const arbWeights = (max: number, size: fc.SizeForArbitrary = 'small') =>
  fc.array(arbWeight, { minLength: 1, maxLength: max, size }).filter((ws) => ws.some((w) => (typeof w === 'bigint' ? w : w.num) > 0n));
const arbTotal = fc.integer({ min: 0, max: 2_000_000_000_000 });
const toR = (w: Weight): Rational => (typeof w === 'bigint' ? rational(w) : w);

describe('allocateLargestRemainder', () => {
  it('sums exactly to the total, for 1 to 500 members', () => {
    fc.assert(
      fc.property(arbTotal, arbWeights(500, 'max'), (total, ws) => {
        const parts = allocateLargestRemainder(total, ws);
        expect(parts).toHaveLength(ws.length);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
        expect(parts.every((p) => Number.isSafeInteger(p) && p >= 0)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('in whole euros: multiples of 100 summing to the total', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000_000 }), arbWeights(60), (euros, ws) => {
        const parts = allocateLargestRemainder(euros * 100, ws, 100);
        expect(parts.every((p) => p % 100 === 0)).toBe(true);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(euros * 100);
      }),
    );
  });

  it('gives every part its quota rounded down or up, zero weights get nothing, leftovers go by remainder', () => {
    fc.assert(
      fc.property(arbTotal, arbWeights(80), (total, ws) => {
        const a = apportion(total, ws);
        const extras = a.parts.filter((p) => p.receivedExtraUnit);
        expect(extras).toHaveLength(a.leftoverUnits);
        for (const p of a.parts) {
          const q = p.exactCents;
          expect(compare(rational(p.floorCents), q)).toBeLessThanOrEqual(0);
          expect(compare(rational(p.floorCents + 1), q)).toBe(1);
          expect(p.cents - p.floorCents).toBe(p.receivedExtraUnit ? 1 : 0);
          if (toR(ws[p.index]!).num === 0n) expect(p.cents).toBe(0);
        }
        // nobody without the extra unit has a larger remainder than somebody with it
        for (const e of extras) for (const o of a.parts.filter((p) => !p.receivedExtraUnit)) {
          expect(compare(e.remainder, o.remainder)).toBeGreaterThanOrEqual(0);
          if (compare(e.remainder, o.remainder) === 0) expect(e.index).toBeLessThan(o.index);
        }
      }),
    );
  });

  it('is monotone in the weight: a larger weight never gets less (equal weights: lower index first)', () => {
    fc.assert(
      fc.property(arbTotal, arbWeights(50), (total, ws) => {
        const parts = allocateLargestRemainder(total, ws);
        for (let i = 0; i < ws.length; i++) {
          for (let j = 0; j < ws.length; j++) {
            const c = compare(toR(ws[i]!), toR(ws[j]!));
            if (c > 0 || (c === 0 && i < j)) expect(parts[i]!).toBeGreaterThanOrEqual(parts[j]!);
          }
        }
      }),
    );
  });

  it('is deterministic and depends only on the ratios of the weights', () => {
    fc.assert(
      fc.property(arbTotal, arbWeights(40), fc.bigInt({ min: 1n, max: 10n ** 6n }), (total, ws, k) => {
        const once = allocateLargestRemainder(total, ws);
        expect(allocateLargestRemainder(total, ws)).toEqual(once);
        expect(allocateLargestRemainder(total, ws.map((w) => mul(toR(w), rational(k, 7n))))).toEqual(once);
      }),
    );
  });

  it('breaks exact ties by lower index', () => {
    expect(allocateLargestRemainder(2, [1n, 1n, 1n])).toEqual([1, 1, 0]);
    expect(allocateLargestRemainder(100, [1n, 1n, 1n])).toEqual([34, 33, 33]);
    expect(allocateLargestRemainder(1000, [1n, 1n, 1n], 100)).toEqual([400, 300, 300]);
    expect(allocateLargestRemainder(7, [5n])).toEqual([7]);
    expect(allocateLargestRemainder(0, [])).toEqual([]);
    expect(allocateLargestRemainder(0, [0n, 0n])).toEqual([0, 0]);
  });

  it('rejects what it cannot divide, with Dutch messages', () => {
    expect(() => allocateLargestRemainder(10, [0n, 0n])).toThrow(InvalidWeightsError);
    expect(() => allocateLargestRemainder(10, [])).toThrow(/niets om naar te verdelen/);
    expect(() => allocateLargestRemainder(10, [1n, -1n])).toThrow(InvalidWeightsError);
    expect(() => allocateLargestRemainder(150, [1n], 100)).toThrow(InvalidAmountError);
    expect(() => allocateLargestRemainder(-100, [1n])).toThrow(/negatief totaal/);
    expect(() => allocateLargestRemainder(1.5, [1n])).toThrow(InvalidAmountError);
  });
});
