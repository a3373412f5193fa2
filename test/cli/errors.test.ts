import { describe, expect, it } from 'vitest';
import { CliError, cliFailure, EXIT } from '../../src/cli/errors.ts';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError, TooLargeError, UnavailableError, UnsupportedMediaError } from '../../src/domain/errors.ts';
import { TableImportError } from '../../src/services/tabular/import.ts';
import { InvalidAmountError } from '../../src/domain/budget/index.ts';

// The CLI edge of the one error model: every family member → one exit code from the README's table.
describe('CLI mapping of the error family', () => {
  it.each([
    ['usage', new CliError('Onbekend formaat "pdf". Kies csv of json.'), 2],
    ['invalid input', new InvalidInputError([{ field: 'wachtwoord', message: 'Te kort.' }]), 3],
    ['too large', new TooLargeError('Het bestand is groter dan 256 MB.'), 3],
    ['unsupported', new UnsupportedMediaError('Geen CSV.'), 3],
    ['not found', new NotFoundError('Ronde "x" bestaat niet.'), 4],
    ['conflict', new ConflictError('Bestaat al.', { reason: 'exists' }), 5],
    ['stale', new ConflictError('Intussen gewijzigd.', { reason: 'stale' }), 5],
    ['forbidden', new ForbiddenError('Niet toegestaan.'), 6],
    ['unavailable', new UnavailableError('De database is niet bereikbaar.'), 7],
    ['unexpected', new Error('kapot'), 9],
  ])('%s exits with %#', (_name, error, code) => {
    expect(cliFailure(error).exitCode).toBe(code);
  });

  it('keeps the table stable (scripts depend on it; README "Exit codes of the CLI")', () => {
    expect(EXIT).toEqual({ ok: 0, checkFailed: 1, usage: 2, invalidInput: 3, notFound: 4, conflict: 5, forbidden: 6, unavailable: 7, internal: 9 });
  });

  it('prints a refused file as a summary and one line per problem, with rij and kolom', () => {
    const error = new TableImportError(
      [
        { row: 3, column: 'fase', message: '"x" is geen fase' },
        { row: 4, column: 'gemeente', message: 'vul de gemeente in' },
      ],
      { header: ['gemeente', 'fase'] },
    );
    expect(cliFailure(error)).toEqual({
      exitCode: 3,
      lines: ['Het bestand is niet ingelezen: 2 problemen; er is niets opgeslagen.', 'rij 3, kolom B (fase): "x" is geen fase', 'rij 4, kolom A (gemeente): vul de gemeente in'],
    });
  });

  it('says how many more problems there are when only the first are listed', () => {
    const error = new TableImportError([{ row: 2, column: 'datum', message: 'geen datum' }], { total: 1500 });
    expect(cliFailure(error).lines).toEqual(['Het bestand is niet ingelezen: 1.500 problemen; er is niets opgeslagen.', 'rij 2, kolom datum: geen datum', '… en nog 1499.']);
  });

  it('prints an input problem without a place as its message alone', () => {
    expect(cliFailure(new InvalidAmountError('Het bedrag is geen heel aantal centen.'))).toEqual({ exitCode: 3, lines: ['Het bedrag is geen heel aantal centen.'] });
  });
});
