import { describe, expect, it } from 'vitest';
import { ApiError, type Problem } from './client.ts';
import { userMessage } from './user-message.ts';
import { messages, type MessageKey } from '../i18n/messages.ts';

const t = (key: MessageKey) => messages.nl[key];
const apiError = (status: number, detail: string, extra: Partial<Problem> = {}) => new ApiError({ type: 'about:blank', title: 'x', status, detail, ...extra });

describe('userMessage: plain Dutch with what to do next', () => {
  it('keeps a Dutch text of the API that was written for the reader', () => {
    expect(userMessage(apiError(409, 'Iemand anders heeft dit bedrag intussen gewijzigd. Kijk of het nog klopt.'), t)).toEqual({
      text: 'Iemand anders heeft dit bedrag intussen gewijzigd. Kijk of het nog klopt.',
      fromApi: true,
    });
  });

  it('adds the next step to a wrong sign-in, "not found" and "too many tries"', () => {
    expect(userMessage(apiError(401, 'De gebruikersnaam of het wachtwoord klopt niet.'), t).text).toBe(`De gebruikersnaam of het wachtwoord klopt niet. ${messages.nl['error.checkNext']}`);
    expect(userMessage(apiError(404, 'Deze ronde bestaat niet.', { code: 'niet-gevonden' }), t).text).toBe(`Deze ronde bestaat niet. ${messages.nl['error.notFoundNext']}`);
    expect(userMessage(apiError(429, 'U heeft te vaak een verkeerd wachtwoord ingevuld.'), t).text).toMatch(/Wacht een paar minuten/);
  });

  it('replaces technical texts, status codes and server errors by a message of the catalogue', () => {
    const cases: [ApiError | Error, MessageKey][] = [
      [apiError(404, 'Het adres /api/v1/dossiers/5f0c bestaat niet.'), 'error.notFound'],
      [apiError(404, 'Niet gevonden.'), 'error.notFound'],
      [apiError(401, 'U bent niet ingelogd. Log eerst in.'), 'error.signedOut'],
      [apiError(403, 'De beveiligingscode (CSRF) ontbreekt of klopt niet. Laad de pagina opnieuw en probeer het nog eens.'), 'error.reload'],
      [apiError(400, 'De inhoud van het verzoek is geen geldige JSON.'), 'error.badRequest'],
      [apiError(502, 'De server antwoordde met status 502.'), 'error.server'],
      [apiError(500, 'Er ging iets mis op de server. Probeer het later opnieuw.'), 'error.server'],
      [apiError(503, 'De database is even niet bereikbaar.'), 'error.unavailable'],
      [new TypeError('Failed to fetch'), 'error.network'],
    ];
    for (const [error, key] of cases) expect(userMessage(error, t), String(error.message)).toEqual({ text: messages.nl[key], fromApi: false });
  });

  it('every catalogue message says what to do next and has no code or English', () => {
    const keys = Object.keys(messages.nl).filter((k) => k.startsWith('error.') && !k.endsWith('Next') && !k.endsWith('Title')) as MessageKey[];
    for (const key of keys) {
      const text = messages.nl[key];
      expect(text, key).toMatch(/probeer|laad|vraag|ga terug|controleer|log in|wacht|maak/i);
      expect(text, key).not.toMatch(/\d{3}|error|failed|status/i);
    }
  });
});
