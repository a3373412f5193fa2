/** The identity and audit-log API (tags Identiteit and Logboek), named for the UI; the shapes come from the OpenAPI document. */
import type { components } from '../../api/generated/openapi.d.ts';

type Schemas = components['schemas'];

/** Gebruiker: an account with its roles; `versie` goes back in If-Match when changing it. */
export type ApiUser = Schemas['Gebruiker'];
export type ApiToken = Schemas['ApiToken'];
/** The answer to creating a token: the only time the secret itself is shown. */
export type NewApiToken = Schemas['NieuwApiToken'];
export type AuditRow = Schemas['LogboekRegel'];
export type ChainCheckResult = Schemas['LogboekControle'];
/** A municipality, youth region or MEE organisation to choose in the role editor (what all three have). */
export type OrganisationOption = Pick<Schemas['Gemeente'] | Schemas['Jeugdregio'] | Schemas['MeeOrganisatie'], 'code' | 'naam'>;
