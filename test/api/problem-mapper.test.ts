import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorHandler } from '../../src/api/problem.ts';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError, TooLargeError, UnavailableError, UnsupportedMediaError, type AppError } from '../../src/domain/errors.ts';
import { TableImportError } from '../../src/services/tabular/import.ts';
import { CaseRefusedError } from '../../src/services/cases/errors.ts';

// The HTTP edge of the one error model: every family member → status, stable code, Dutch problem+json.
const cases: [string, AppError, number, string, Record<string, unknown>?][] = [
  ['not found', new NotFoundError('Ronde "x" bestaat niet.'), 404, 'niet-gevonden'],
  ['conflict (state)', new CaseRefusedError('household-has-plan', 'Dit huishouden heeft al een plan.'), 409, 'household-has-plan'],
  ['conflict (exists)', new ConflictError('Deze gebruikersnaam bestaat al.', { reason: 'exists' }), 409, 'bestaat-al'],
  ['conflict (stale version)', new ConflictError('Het dossier is intussen gewijzigd.', { reason: 'stale', details: { huidigeVersie: 4 } }), 412, 'versie-verouderd', { huidigeVersie: 4 }],
  ['forbidden', new ForbiddenError('U mag dit niet.'), 403, 'geen-toegang'],
  ['unavailable', new UnavailableError('De database is niet bereikbaar.', { retryAfterSeconds: 10 }), 503, 'niet-beschikbaar'],
  ['too large', new TooLargeError('Het bestand is groter dan 256 MB.'), 413, 'te-groot'],
  ['unsupported media', new UnsupportedMediaError('Stuur een CSV-bestand.'), 415, 'niet-ondersteund'],
  ['invalid input (body field)', new InvalidInputError([{ field: 'naam', code: 'required', message: 'Vul uw naam in.' }]), 400, 'ongeldige-invoer'],
];

describe('HTTP mapping of the error family (problem+json)', () => {
  const app = Fastify();
  let current: AppError = cases[0]![1];
  beforeAll(async () => {
    app.setErrorHandler(errorHandler);
    app.get('/fout', async () => {
      throw current;
    });
    await app.ready();
  });
  afterAll(() => app.close());

  it.each(cases)('%s → its status and code, the Dutch message as detail', async (_name, error, status, code, extra = {}) => {
    current = error;
    const res = await app.inject({ method: 'GET', url: '/fout?x=1' });
    expect(res.statusCode).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({ status, code, detail: error.message, instance: '/fout', type: `https://naast.nl/problemen/${status}`, ...extra });
    expect(res.json().title).toEqual(expect.any(String));
    if (status === 503) expect(res.headers['retry-after']).toBe('10');
  });

  it('names body fields with body., JSON paths as they are', async () => {
    current = new InvalidInputError([
      { field: 'naam', code: 'required', message: 'Vul uw naam in.' },
      { field: 'body.vorm', message: 'Kies een vorm.' },
      { field: '$.services[0].name', message: 'Ontbreekt.' },
    ]);
    const body = (await app.inject({ method: 'GET', url: '/fout' })).json();
    expect(body.detail).toBe('De invoer klopt niet: 3 problemen. veld naam: Vul uw naam in. veld body.vorm: Kies een vorm. veld $.services[0].name: Ontbreekt.');
    expect(body.invalidParams).toEqual([
      { name: 'body.naam', code: 'required', reason: 'Vul uw naam in.' },
      { name: 'body.vorm', code: 'invalid', reason: 'Kies een vorm.' },
      { name: '$.services[0].name', code: 'invalid', reason: 'Ontbreekt.' },
    ]);
  });

  it('gives a file problem its row and column (letter and name), the same words in detail and name', async () => {
    current = new TableImportError(
      [
        { row: 3, column: 'bedrag_eur', message: '"tien" is geen bedrag.' },
        { row: 1, column: '-', message: 'Het bestand is leeg.' },
      ],
      { header: ['gemeente', 'bedrag_eur'], total: 5 },
    );
    const res = await app.inject({ method: 'GET', url: '/fout' });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body).toMatchObject({ code: 'ongeldig-bestand', aantalProblemen: 5 });
    expect(body.detail).toBe('Het bestand is niet ingelezen: 5 problemen; er is niets opgeslagen. rij 3, kolom B (bedrag_eur): "tien" is geen bedrag. rij 1: Het bestand is leeg. … en nog 3.');
    expect(body.invalidParams).toEqual([
      { name: 'rij 3, kolom B (bedrag_eur)', code: 'invalid_cell', reason: '"tien" is geen bedrag.', rij: 3, kolom: 'bedrag_eur', kolomLetter: 'B' },
      { name: 'rij 1', code: 'invalid_cell', reason: 'Het bestand is leeg.', rij: 1 },
    ]);
  });
});
