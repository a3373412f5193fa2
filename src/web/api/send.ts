import { API, toApiError } from './client.ts';
import { csrfToken, sessionEnded } from './session.ts';
import { fetchWithRetry } from './retry.ts';

/** Headers every change sends: the CSRF token of the session (synchronizer token), if signed in. */
function sessionHeaders(): Record<string, string> {
  const token = csrfToken();
  return token ? { 'x-csrf-token': token } : {};
}

async function failure(response: Response): Promise<Error> {
  if (response.status === 401) sessionEnded();
  return toApiError(response);
}

/** A successful write: the new representation and its version (ETag), if the server sent one. */
export interface Sent<T> {
  data: T;
  etag: string | null;
}

/** PUT, POST or PATCH a JSON body; throws ApiError (with the Dutch `detail`) when the server says no. */
export async function sendJson<T>(
  method: 'PUT' | 'POST' | 'PATCH',
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Sent<T>> {
  // A POST gets an Idempotency-Key and one retry with it (retry.ts): a lost answer creates nothing twice.
  const response = await fetchWithRetry(`${API}${path}`, {
    method,
    headers: { accept: 'application/json', 'content-type': 'application/json', ...sessionHeaders(), ...headers },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw await failure(response);
  return { data: (await response.json()) as T, etag: response.headers.get('etag') };
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The content type of an uploaded spreadsheet: by MIME type, else by file name. */
export function spreadsheetType(file: File): string {
  if (file.type === XLSX_TYPE || /\.xlsx$/i.test(file.name)) return XLSX_TYPE;
  return 'text/csv';
}

/** POST a file as the raw request body (no multipart), e.g. a CSV or XLSX import. */
export async function sendFile<T>(path: string, file: Blob, contentType: string): Promise<T> {
  const response = await fetchWithRetry(`${API}${path}`, {
    method: 'POST',
    headers: { accept: 'application/json', 'content-type': contentType, ...sessionHeaders() },
    body: file,
  });
  if (!response.ok) throw await failure(response);
  return (await response.json()) as T;
}

/** DELETE a resource; returns the JSON answer, or undefined for 204 No Content. */
export async function sendDelete<T = undefined>(path: string): Promise<T | undefined> {
  const response = await fetch(`${API}${path}`, { method: 'DELETE', headers: { accept: 'application/json', ...sessionHeaders() } });
  if (!response.ok) throw await failure(response);
  return response.status === 204 ? undefined : ((await response.json()) as T);
}
