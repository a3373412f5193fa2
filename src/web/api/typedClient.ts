import createClient, { type Middleware } from 'openapi-fetch';
import { API, apiErrorFrom } from './client.ts';
import type { paths } from './generated/openapi.d.ts';
import type { Sent } from './send.ts';
import { csrfToken, sessionEnded } from './session.ts';
import { fetchWithRetry } from './retry.ts';

/*
 * A client whose paths, parameters, bodies and answers are checked against the OpenAPI document
 * (src/web/api/generated, `npm run api:types`). It behaves like getJson and sendJson: the session
 * cookie goes along, every change carries the CSRF token, a 401 on a change ends the session in the UI,
 * and a refusal becomes an ApiError with the Dutch `detail`.
 */

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

const session: Middleware = {
  onRequest({ request }) {
    if (!request.headers.has('accept')) request.headers.set('accept', 'application/json');
    const token = csrfToken();
    if (token && !READS.has(request.method)) request.headers.set('x-csrf-token', token);
    return request;
  },
  onResponse({ request, response }) {
    if (response.status === 401 && !READS.has(request.method)) sessionEnded();
    return undefined;
  },
};

/** A client with the session behaviour; tests pass an absolute `baseUrl` and their own `fetch`. */
export function createApiClient(options: { baseUrl?: string; fetch?: typeof fetch } = {}) {
  // Every POST carries an Idempotency-Key and is retried once with it (retry.ts).
  const base = options.fetch ?? ((request: Request) => fetch(request));
  const client = createClient<paths>({ baseUrl: options.baseUrl ?? API, credentials: 'same-origin', fetch: (request: Request) => fetchWithRetry(request, {}, base as typeof fetch) });
  client.use(session);
  return client;
}

/** The client the pages use. */
export const api = createApiClient();

/** What every call of `api` resolves to: data when the server said yes, else the parsed error body. */
type Answer<T> = { data?: T; error?: unknown; response: Response };

/** The answer's data; throws ApiError (with the Dutch `detail`) when the server said no. */
export async function ok<T>(call: Promise<Answer<T>>): Promise<T> {
  return (await okWithVersion(call)).data;
}

/** Like `ok`, with the version (ETag) to send as If-Match on the next change. */
export async function okWithVersion<T>(call: Promise<Answer<T>>): Promise<Sent<T>> {
  const { data, error, response } = await call;
  if (!response.ok) throw apiErrorFrom(response, error);
  return { data: data as T, etag: response.headers.get('etag') };
}
