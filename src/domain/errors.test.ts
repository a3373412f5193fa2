import { describe, expect, it } from 'vitest';
import { columnLabel, columnLetter, ConflictError, count, InvalidInputError, NotFoundError, placeLabel, problemLine, UnavailableError } from './errors.ts';

describe('the error family', () => {
  it('gives every member a stable code, a finer one when asked', () => {
    expect(new NotFoundError('x').code).toBe('niet-gevonden');
    expect(new ConflictError('x').code).toBe('conflict');
    expect(new ConflictError('x', { reason: 'stale' }).code).toBe('versie-verouderd');
    expect(new ConflictError('x', { reason: 'exists' }).code).toBe('bestaat-al');
    expect(new ConflictError('x', { code: 'household-has-plan' }).code).toBe('household-has-plan');
    expect(new UnavailableError('x').retryAfterSeconds).toBe(30);
    expect(new NotFoundError('x')).toBeInstanceOf(Error);
  });

  it('counts in Dutch with the right plural', () => {
    expect(count(1, 'probleem', 'problemen')).toBe('1 probleem');
    expect(count(2, 'probleem', 'problemen')).toBe('2 problemen');
    expect(count(0, 'probleem', 'problemen')).toBe('0 problemen');
    expect(count(1200, 'rij', 'rijen')).toBe('1.200 rijen');
  });

  it.each([
    [0, 'A'],
    [1, 'B'],
    [25, 'Z'],
    [26, 'AA'],
    [27, 'AB'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('column %i is letter %s, as a spreadsheet shows it', (index, letter) => {
    expect(columnLetter(index)).toBe(letter);
  });

  it.each([
    [{ row: 3, column: 'bedrag_eur', columnLetter: 'B' }, 'rij 3, kolom B (bedrag_eur)'],
    [{ row: 3, column: 'bedrag_eur' }, 'rij 3, kolom bedrag_eur'],
    [{ row: 1, column: '-' }, 'rij 1'],
    [{ file: 'x.csv', row: 2, columnLetter: 'C' }, 'bestand x.csv, rij 2, kolom C'],
    [{ field: 'adres.postcode' }, 'veld adres.postcode'],
    [{}, ''],
  ])('names the place %j as "%s"', (place, label) => {
    expect(placeLabel(place)).toBe(label);
  });

  it('labels a column without a row too', () => {
    expect(columnLabel({ column: 'fase', columnLetter: 'D' })).toBe('kolom D (fase)');
    expect(columnLabel({ column: '-' })).toBeUndefined();
  });

  it('writes one message for input problems, file and form alike, with the count', () => {
    const file = new InvalidInputError([
      { row: 3, column: 'datum', columnLetter: 'A', message: '"gisteren" is geen datum.' },
      { row: 4, column: 'dienst', message: 'Kies een dienst.' },
    ]);
    expect(file.message).toBe('Het bestand is niet ingelezen: 2 problemen; er is niets opgeslagen. rij 3, kolom A (datum): "gisteren" is geen datum. rij 4, kolom dienst: Kies een dienst.');
    expect(file.summary).toBe('Het bestand is niet ingelezen: 2 problemen; er is niets opgeslagen.');
    const form = new InvalidInputError([{ field: 'naam', message: 'Vul uw naam in.' }]);
    expect(form.message).toBe('De invoer klopt niet: 1 probleem. veld naam: Vul uw naam in.');
    const long = new InvalidInputError([{ row: 2, message: 'x' }], { total: 30 });
    expect(long.message).toMatch(/30 problemen; .* … en nog 29\.$/);
    expect(problemLine({ message: 'Alleen de zin.' })).toBe('Alleen de zin.');
  });
});
