import { ApiError } from './client.ts';
import type { MessageKey } from '../i18n/messages.ts';

type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/**
 * API texts that are meant for a developer or an integration, not for the person at the screen: a path,
 * a status code, a format or header name, an API token. The web shows a plain message instead.
 */
const TECHNICAL = /\/api\/|\bJSON\b|Content-Type|\bstatus \d{3}\b|API-token|\bCSRF\b|^Niet gevonden\.$|Log eerst in\.$/i;

/** The message of the catalogue for a status, each with what to do next. */
function byStatus(status: number | undefined): MessageKey {
  if (status === undefined) return 'error.network';
  if (status === 401) return 'error.signedOut';
  if (status === 403) return 'error.forbidden';
  if (status === 404) return 'error.notFound';
  if (status === 409) return 'error.conflict';
  if (status === 413) return 'error.tooLarge';
  if (status === 429) return 'error.tooMany';
  if (status === 503) return 'error.unavailable';
  if (status >= 500) return 'error.server';
  return 'error.badRequest';
}

/** What the user needs after a text of the API that says what is wrong but not what to do. */
function nextStep(status: number): MessageKey | undefined {
  if (status === 401) return 'error.checkNext';
  if (status === 404) return 'error.notFoundNext';
  if (status === 429) return 'error.tooManyNext';
  return undefined;
}

/**
 * One plain Dutch (or English) sentence or two for a failed request: what went wrong and what to do next.
 * Never a status code, stack text, English technical text or an internal id. The Dutch `detail` of a
 * problem is used when it was written for the reader (a domain rule, a wrong password); anything else,
 * a failed connection and every server error get a message from the catalogue (src/web/i18n/frame.*.ts).
 */
export function userMessage(error: unknown, t: Translate): { text: string; fromApi: boolean } {
  if (!(error instanceof ApiError)) return { text: t(byStatus(undefined)), fromApi: false };
  const { status, detail } = error.problem;
  // The CSRF refusal already says "laad de pagina opnieuw": in plain words, without the abbreviation.
  if (status === 403 && /CSRF/.test(detail ?? '')) return { text: t('error.reload'), fromApi: false };
  if (status >= 500 || !detail || TECHNICAL.test(detail)) return { text: t(byStatus(status)), fromApi: false };
  const next = nextStep(status);
  return { text: next ? `${detail} ${t(next)}` : detail, fromApi: true };
}
