/** The web UI is a client of the public API, like the CLI: everything goes through /api/v1. */
export const API = '/api/v1';

/** One wrong field or cell; an import adds the row (`rij`) and column (`kolom`) of the file. */
export interface InvalidParam {
  name: string;
  reason: string;
  code?: string;
  rij?: number;
  kolom?: string;
}

export interface Problem {
  title: string;
  status: number;
  detail: string;
  invalidParams?: InvalidParam[];
}

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail);
  }
}

/** Turns a failed response into an ApiError with the Dutch `detail` of the problem+json body. */
export async function toApiError(response: Response): Promise<ApiError> {
  const isProblem = response.headers.get('content-type')?.includes('problem+json');
  const problem: Problem = isProblem
    ? await response.json()
    : { title: response.statusText, status: response.status, detail: `De server antwoordde met status ${response.status}.` };
  return new ApiError(problem);
}

export async function getJson<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(`${API}${path}`, { headers: { accept: 'application/json' }, ...init });
  if (!response.ok) throw await toApiError(response);
  return (await response.json()) as T;
}
