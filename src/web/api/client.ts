/** The web UI is a client of the public API, like the CLI: everything goes through /api/v1. */
export const API = '/api/v1';

export interface Problem {
  title: string;
  status: number;
  detail: string;
  invalidParams?: { name: string; reason: string }[];
}

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail);
  }
}

export async function getJson<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(`${API}${path}`, { headers: { accept: 'application/json' }, ...init });
  if (!response.ok) {
    const isProblem = response.headers.get('content-type')?.includes('problem+json');
    const problem: Problem = isProblem
      ? await response.json()
      : { title: response.statusText, status: response.status, detail: `De server antwoordde met status ${response.status}.` };
    throw new ApiError(problem);
  }
  return (await response.json()) as T;
}
