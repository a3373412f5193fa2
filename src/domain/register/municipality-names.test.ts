import { describe, expect, it } from 'vitest';
import { municipalityNameKey, municipalityResolver, normaliseCbsCode } from './municipality-names.ts';

const municipalities = [
  { code: 'den-haag', name: 'Den Haag', cbsCode: 'GM0518' },
  { code: 'den-bosch', name: 'Den Bosch', cbsCode: 'GM0796' },
  { code: 'utrecht', name: 'Utrecht', cbsCode: 'GM0344' },
  { code: 'bergen-l', name: 'Bergen (L.)', cbsCode: 'GM0893' },
  { code: 'bergen-nh', name: 'Bergen (NH.)', cbsCode: 'GM0373' },
  { code: 'sudwest-fryslan', name: 'Súdwest Fryslân', cbsCode: 'GM1900' },
];
const variants = [
  { cbsCode: 'GM0518', name: "'s-Gravenhage" },
  { cbsCode: 'GM0518', name: 's-Gravenhage' },
  { cbsCode: 'GM0796', name: "'s-Hertogenbosch" },
  { cbsCode: 'GM0893', name: 'Bergen' },
  { cbsCode: 'GM0373', name: 'Bergen' },
  { cbsCode: 'GM9999', name: 'Nergens' },
];
const find = municipalityResolver(municipalities, variants);

describe('finding a municipality from what was written', () => {
  it.each([
    ['Den Haag', 'den-haag'],
    ["'s-Gravenhage", 'den-haag'],
    ['’s-Gravenhage', 'den-haag'],
    ['s-Gravenhage', 'den-haag'],
    ['S-GRAVENHAGE', 'den-haag'],
    ['Gemeente Den Haag', 'den-haag'],
    ["'s-Hertogenbosch", 'den-bosch'],
    ['GM0518', 'den-haag'],
    ['gm0518', 'den-haag'],
    ['0518', 'den-haag'],
    ['518', 'den-haag'],
    ['0344', 'utrecht'],
    ['GM 0344', 'utrecht'],
    ['utrecht', 'utrecht'],
    ['Sudwest-Fryslan', 'sudwest-fryslan'],
    ['Bergen (NH)', 'bergen-nh'],
    ['bergen-l', 'bergen-l'],
  ])('%s → %s', (text, code) => {
    expect(find(text)).toBe(code);
  });

  it('finds nothing where more than one municipality or none fits', () => {
    expect(find('Bergen')).toBeUndefined(); // Bergen (L.) or Bergen (NH.)
    expect(find('Nergens')).toBeUndefined(); // a variant of a code outside this division
    expect(find('GM9999')).toBeUndefined();
    expect(find('12345')).toBeUndefined();
    expect(find('')).toBeUndefined();
  });

  it('normalises CBS codes in either form and keys names without punctuation', () => {
    expect(normaliseCbsCode('GM0363')).toBe('GM0363');
    expect(normaliseCbsCode('363')).toBe('GM0363');
    expect(normaliseCbsCode('Amsterdam')).toBeNull();
    expect(municipalityNameKey("'s-Hertogenbosch")).toBe(municipalityNameKey('s Hertogenbosch'));
  });
});
