import { describe, expect, it } from 'vitest';
import { ApiError, type Problem } from './client.ts';
import { columnText, formProblem } from './problem-form.ts';

const problem = (extra: Partial<Problem> & Record<string, unknown>): ApiError =>
  new ApiError({ type: 'https://naast.nl/problemen/400', title: 'Ongeldige invoer', status: 400, detail: 'De invoer klopt niet: 2 problemen.', ...extra } as Problem);

// The web edge of the one error model: a problem+json → form field errors + the error summary.
describe('formProblem', () => {
  it.each([
    ['not found', 404, 'niet-gevonden'],
    ['stale version', 412, 'versie-verouderd'],
    ['conflict', 409, 'conflict'],
    ['forbidden', 403, 'geen-toegang'],
    ['unavailable', 503, 'niet-beschikbaar'],
  ])('%s: status, code and the Dutch detail, no field errors', (_name, status, code) => {
    const result = formProblem(problem({ status, code, detail: 'Iets in het Nederlands.' }));
    expect(result).toEqual({ status, code, detail: 'Iets in het Nederlands.', errors: [], byField: {}, total: 0 });
  });

  it('form fields: the field key without body., the first message per field', () => {
    const result = formProblem(
      problem({
        code: 'ongeldige-invoer',
        invalidParams: [
          { name: 'body.naam', code: 'required', reason: 'Vul uw naam in.' },
          { name: 'body.adres.postcode', code: 'invalid', reason: 'Geen postcode.' },
          { name: 'body.naam', code: 'too_long', reason: 'Te lang.' },
        ],
      }),
    );
    expect(result.byField).toEqual({ naam: 'Vul uw naam in.', 'adres.postcode': 'Geen postcode.' });
    expect(result.errors.map((e) => e.field)).toEqual(['naam', 'adres.postcode', 'naam']);
    expect(result.total).toBe(3);
  });

  it('file cells: row and column (letter and name) for the summary, and the total of a long list', () => {
    const result = formProblem(
      problem({
        code: 'ongeldig-bestand',
        aantalProblemen: 1200,
        invalidParams: [
          { name: 'rij 3, kolom B (bedrag_eur)', code: 'invalid_cell', reason: '"tien" is geen bedrag.', rij: 3, kolom: 'bedrag_eur', kolomLetter: 'B' },
          { name: 'rij 1', code: 'invalid_cell', reason: 'Het bestand is leeg.', rij: 1 },
        ] as Problem['invalidParams'],
      }),
    );
    expect(result.errors).toEqual([
      { field: 'rij 3, kolom B (bedrag_eur)', code: 'invalid_cell', message: '"tien" is geen bedrag.', row: 3, column: 'B (bedrag_eur)' },
      { field: 'rij 1', code: 'invalid_cell', message: 'Het bestand is leeg.', row: 1 },
    ]);
    expect(result.total).toBe(1200);
  });

  it('no answer at all (network error): nothing but an empty list', () => {
    expect(formProblem(new TypeError('Failed to fetch'))).toEqual({ errors: [], byField: {}, total: 0 });
  });

  it('writes a column as the spreadsheet shows it', () => {
    expect(columnText({ kolom: 'fase', kolomLetter: 'D' })).toBe('D (fase)');
    expect(columnText({ kolom: 'fase' })).toBe('fase');
    expect(columnText({})).toBeUndefined();
  });
});
