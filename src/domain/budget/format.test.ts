import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParseEuroError } from './errors.ts';
import { formatEuro, parseEuro } from './format.ts';

describe('formatEuro', () => {
  it('shows whole euros with a dot per thousand and a normal space after €', () => {
    expect(formatEuro(178_669_214_00)).toBe('€ 178.669.214');
    expect(formatEuro(1_234_567_00)).toBe('€ 1.234.567');
    expect(formatEuro(999_00)).toBe('€ 999');
    expect(formatEuro(1_000_00)).toBe('€ 1.000');
    expect(formatEuro(0)).toBe('€ 0');
    expect(formatEuro(1_234_567_00)).not.toContain('\u00a0');
  });

  it('puts the minus sign next to the digits and rounds cents half away from zero', () => {
    expect(formatEuro(-1_234_00)).toBe('€ -1.234');
    expect(formatEuro(149)).toBe('€ 1');
    expect(formatEuro(150)).toBe('€ 2');
    expect(formatEuro(-150)).toBe('€ -2');
    expect(formatEuro(-49)).toBe('€ 0');
  });

  it('can show cents', () => {
    expect(formatEuro(1_234_567_89, { showCents: true })).toBe('€ 1.234.567,89');
    expect(formatEuro(-5, { showCents: true })).toBe('€ -0,05');
  });
});

describe('parseEuro', () => {
  it('accepts the usual Dutch notations', () => {
    expect(parseEuro('€ 1.234.567')).toBe(1_234_567_00);
    expect(parseEuro('1234567')).toBe(1_234_567_00);
    expect(parseEuro('1.234.567,00')).toBe(1_234_567_00);
    expect(parseEuro('€\u00a01.234,5')).toBe(1_234_50);
    expect(parseEuro(' €1.234,- ')).toBe(1_234_00);
    expect(parseEuro('EUR 12,34')).toBe(12_34);
    expect(parseEuro('€ -1.234')).toBe(-1_234_00);
    expect(parseEuro('-€ 1.234')).toBe(-1_234_00);
    expect(Object.is(parseEuro('-0'), 0)).toBe(true);
  });

  it('reads one dot with one or two digits after it as a decimal point (it cannot be thousands)', () => {
    expect(parseEuro('1234.56')).toBe(1234_56);
    expect(parseEuro('12.5')).toBe(12_50);
    expect(parseEuro('12.345')).toBe(12_345_00); // three digits: Dutch thousands
    expect(parseEuro('12345,67')).toBe(12345_67); // a spreadsheet number cell
  });

  it('rejects the rest with a Dutch message', () => {
    expect(() => parseEuro('')).toThrow(new ParseEuroError('', 'Er is geen bedrag ingevuld.'));
    expect(() => parseEuro('12.3.4')).toThrow(/punt voor duizendtallen/);
    expect(() => parseEuro('1,234.56')).toThrow(ParseEuroError);
    expect(() => parseEuro('1,234')).toThrow(/meer dan twee cijfers achter de komma/);
    expect(() => parseEuro('1.23.456')).toThrow(ParseEuroError);
    expect(() => parseEuro('--5')).toThrow(/twee mintekens/);
    expect(() => parseEuro('€ 1.234 €')).toThrow(ParseEuroError);
    expect(() => parseEuro('tienduizend')).toThrow(ParseEuroError);
    expect(() => parseEuro('99999999999999999999')).toThrow(/te groot/);
  });

  it('reads back what formatEuro writes', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(10 ** 13), max: 10 ** 13 }), (cents) => {
        expect(parseEuro(formatEuro(cents, { showCents: true }))).toBe(cents);
        expect(parseEuro(formatEuro(cents * 100))).toBe(cents * 100);
      }),
    );
  });
});
