import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { elevenTestSum, isValidBsn, maskBsn, validateBsn } from './bsn.ts';

describe('BSN 11-test', () => {
  it.each(['111222333', '123456782', '999999990', '1112.22.333', ' 111 222 333 '])('%s is valid', (bsn) => {
    expect(isValidBsn(bsn)).toBe(true);
  });

  it.each([
    ['123456789', 'bsn-eleven-test'],
    ['111222334', 'bsn-eleven-test'],
    ['000000000', 'bsn-all-zeros'],
    ['11122233', 'bsn-format'],
    ['1112223330', 'bsn-format'],
    ['11122233a', 'bsn-format'],
    ['', 'bsn-format'],
  ])('%s is refused (%s)', (bsn, code) => {
    const r = validateBsn(bsn);
    expect(r.ok || r.error.code).toBe(code);
    if (!r.ok) expect(r.error.message).toMatch(/BSN/);
  });

  it('returns the normalised number', () => {
    expect(validateBsn('1112.22.333')).toEqual({ ok: true, value: '111222333' });
  });

  /** Eight random digits and the check digit that completes them (when one exists). */
  const validBsn = fc
    .array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 })
    .map((d) => {
      const partial = elevenTestSum(d.join('') + '0');
      return [...d, partial % 11].join('');
    })
    .filter((s) => s.length === 9 && s !== '000000000');

  it('property: numbers built to pass the 11-test pass, and any single changed digit fails', () => {
    fc.assert(
      fc.property(validBsn, fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 9 }), (bsn, position, delta) => {
        expect(isValidBsn(bsn)).toBe(true);
        const digits = [...bsn].map(Number);
        digits[position] = (digits[position]! + delta) % 10;
        expect(isValidBsn(digits.join(''))).toBe(false);
      }),
    );
  });
});

describe('maskBsn', () => {
  it('shows only the last three digits', () => {
    expect(maskBsn('111222333')).toBe('******333');
    expect(maskBsn('1112.22.333')).toBe('******333');
  });

  it('never leaks a malformed value', () => {
    expect(maskBsn('12345')).toBe('*********');
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(maskBsn(s)).toMatch(/^\*{6}(\d{3}|\*{3})$/);
      }),
    );
  });
});
