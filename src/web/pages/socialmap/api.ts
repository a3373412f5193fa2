import { API, toApiError } from '../../api/client.ts';
import type { components } from '../../api/generated/openapi.d.ts';
import { csrfToken, sessionEnded } from '../../api/session.ts';

type Schemas = components['schemas'];

/** GET /sociale-kaart/taxonomie: the lists the forms choose from. */
export type Taxonomy = Schemas['SocialeKaartTaxonomie'];
export type Term = Taxonomy['relaties'][number];
/** A form's values by field name (the forms are generic, see EntityForm). */
export type Values = Record<string, unknown>;
/** A provider with its services and locations; also readable as form values. */
export type Provider = Schemas['Aanbieder'] & Values;
export type Faq = Schemas['VeelgesteldeVraag'];

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
