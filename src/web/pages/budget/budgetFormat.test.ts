import { describe, expect, it } from 'vitest';
import { formatDecimal, formatShare, searchable } from './budgetFormat.ts';

describe('formatDecimal', () => {
  it('writes API decimals the Dutch or English way without losing digits', () => {
    expect(formatDecimal('1830.00', 'nl')).toBe('1.830,00');
    expect(formatDecimal('134878.0000', 'nl')).toBe('134.878,0000');
    expect(formatDecimal('6113561.00', 'en')).toBe('6,113,561.00');
    expect(formatDecimal('-1234567', 'nl')).toBe('-1.234.567');
    expect(formatDecimal('0.02565001', 'nl')).toBe('0,02565001');
  });
});

describe('formatShare', () => {
  it('moves the decimal point two places and drops trailing zeros', () => {
    expect(formatShare('0.02565001', 'nl')).toBe('2,565001%');
    expect(formatShare('0.20000000', 'nl')).toBe('20%');
    expect(formatShare('0.80000000', 'en')).toBe('80%');
    expect(formatShare('1.00000000', 'nl')).toBe('100%');
    expect(formatShare('0.00000000', 'nl')).toBe('0%');
    expect(formatShare('0.5', 'en')).toBe('50%');
    expect(formatShare('0.123456789', 'en')).toBe('12.3456789%');
  });
});

describe('searchable', () => {
  it('ignores case and accents', () => {
    expect(searchable('Cliënten')).toBe(searchable('CLIENTEN'));
  });
});
