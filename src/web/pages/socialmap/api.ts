import { API, toApiError } from '../../api/client.ts';
import { csrfToken, sessionEnded } from '../../api/session.ts';

export interface Term {
  code: string;
  label: string;
}
export interface Taxonomy {
  doelgroepen: Term[];
  soortenAanbieders: (Term & { wat: string | null; hoe: string | null })[];
  relaties: Term[];
  kanalen: Term[];
  bemensing: Term[];
  toegankelijkheid: Term[];
  leeftijden: Term[];
  leefgebieden: Term[];
  statussen: Term[];
}
export type Values = Record<string, unknown>;
export interface Provider extends Values {
  id: string;
  naam: string;
  soort: string;
  versie: number;
  diensten: (Values & { id: string; naam: string; versie: number })[];
  locaties: (Values & { id: string; naam: string; plaats: string; versie: number })[];
}
export interface Faq {
  id: string;
  vraag: string;
  antwoord: string;
  positie: number;
  gepubliceerd: boolean;
  versie: number;
}

/** A JSON write with If-Match (the version the page shows) and the session's CSRF token. */
export async function write<T>(method: 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown, version?: number): Promise<T | undefined> {
  const token = csrfToken();
  const response = await fetch(`${API}${path}`, {
    method,
    headers: {
      accept: 'application/json',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { 'x-csrf-token': token } : {}),
      ...(version === undefined ? {} : { 'if-match': `"${version}"` }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) {
    if (response.status === 401) sessionEnded();
    throw await toApiError(response);
  }
  return response.status === 204 ? undefined : ((await response.json()) as T);
}
