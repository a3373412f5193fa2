import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { add, compare, div, equals, floor, mul, parseRational, rational, sub, sum, toDecimal, toFraction, type Rational } from './rational.ts';

const arbRational: fc.Arbitrary<Rational> = fc
  .tuple(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.bigInt({ min: 1n, max: 10n ** 9n }))
  .map(([n, d]) => rational(n, d));

describe('rational', () => {
  it('normalises: sign in the numerator, lowest terms, zero is 0/1', () => {
    expect(rational(6n, -4n)).toEqual({ num: -3n, den: 2n });
    expect(rational(0n, -7n)).toEqual({ num: 0n, den: 1n });
    expect(() => rational(1n, 0n)).toThrow(RangeError);
    expect(() => rational(0.5)).toThrow(RangeError); // no floats
  });

  it('obeys the field laws exactly', () => {
    fc.assert(
      fc.property(arbRational, arbRational, arbRational, (a, b, c) => {
        expect(add(a, b)).toEqual(add(b, a));
        expect(mul(a, add(b, c))).toEqual(add(mul(a, b), mul(a, c)));
        expect(sub(add(a, b), b)).toEqual(a);
        if (b.num !== 0n) expect(mul(div(a, b), b)).toEqual(a);
      }),
    );
  });

  it('compares consistently with subtraction, and floor is the largest integer below', () => {
    fc.assert(
      fc.property(arbRational, arbRational, (a, b) => {
        const d = sub(a, b);
        expect(compare(a, b)).toBe(d.num < 0n ? -1 : d.num > 0n ? 1 : 0);
        const f = rational(floor(a));
        expect(compare(f, a)).toBeLessThanOrEqual(0);
        expect(compare(add(f, rational(1n)), a)).toBe(1);
      }),
    );
  });

  it('prints fractions and rounded decimals (half away from zero)', () => {
    expect(toFraction(rational(3064n, 58781n))).toBe('3064/58781');
    expect(toFraction(rational(10n, 5n))).toBe('2');
    expect(toDecimal(rational(1n, 3n), 4)).toBe('0.3333');
    expect(toDecimal(rational(2n, 3n), 4)).toBe('0.6667');
    expect(toDecimal(rational(-1n, 8n), 2)).toBe('-0.13');
    expect(toDecimal(rational(-1n, 1000n), 2)).toBe('0.00');
    expect(toDecimal(rational(5n, 2n), 0)).toBe('3');
  });

  it('parses fractions, decimals and percentages exactly', () => {
    expect(parseRational('1/5')).toEqual(rational(1n, 5n));
    expect(parseRational('0.2')).toEqual(rational(1n, 5n));
    expect(parseRational('0,1')).toEqual(rational(1n, 10n));
    expect(parseRational('20%')).toEqual(rational(1n, 5n));
    expect(parseRational('-3')).toEqual(rational(-3n));
    expect(() => parseRational('twintig')).toThrow(/Geen geldig getal/);
    expect(sum([parseRational('0.1'), parseRational('0.2')])).toEqual(parseRational('0.3'));
    expect(equals(parseRational('33.3%'), rational(333n, 1000n))).toBe(true);
  });
});
