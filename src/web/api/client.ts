import type { components } from './generated/openapi.d.ts';

/** The web UI is a client of the public API, like the CLI: everything goes through /api/v1. */
export const API = '/api/v1';

/** The problem+json body of a failed request (RFC 9457); `detail` is Dutch, for the person who reads it. */
export type Problem = components['schemas']['Problem'];
/** One wrong field or cell; an import adds the row (`rij`) and column (`kolom`) of the file. */
export type InvalidParam = NonNullable<Problem['invalidParams']>[number];

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail);
  }
}

/** The ApiError of a failed response whose body was already read (`body`: parsed JSON, or text). */
export function apiErrorFrom(response: Response, body: unknown): ApiError {
  const isProblem = response.headers.get('content-type')?.includes('problem+json') && typeof body === 'object' && body !== null;
  const problem: Problem = isProblem
    ? (body as Problem)
    : { type: 'about:blank', title: response.statusText, status: response.status, detail: `De server antwoordde met status ${response.status}.` };
  return new ApiError(problem);
}

/** Turns a failed response into an ApiError with the Dutch `detail` of the problem+json body. */
export async function toApiError(response: Response): Promise<ApiError> {
  const isProblem = response.headers.get('content-type')?.includes('problem+json');
  return apiErrorFrom(response, isProblem ? await response.json() : undefined);
}

export async function getJson<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(`${API}${path}`, { headers: { accept: 'application/json' }, ...init });
  if (!response.ok) throw await toApiError(response);
  return (await response.json()) as T;
}
