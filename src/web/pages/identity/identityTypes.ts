/** The shapes of the identity and audit-log API (tags Identiteit and Logboek), as the UI uses them. */
import type { Permission } from '../../../domain/access/index.ts';
import type { ApiGrant } from '../../api/session.ts';

/** Gebruiker: an account with its roles; `versie` goes back in If-Match when changing it. */
export interface ApiUser {
  id: string;
  gebruikersnaam: string;
  naam: string;
  email: string | null;
  geblokkeerd: boolean;
  vergrendeldTot: string | null;
  heeftWachtwoord: boolean;
  oidc: boolean;
  /** An authenticator app (TOTP) is set up. */
  tweedeFactor: boolean;
  rollen: ApiGrant[];
  versie: number;
}

export interface ApiToken {
  id: string;
  naam: string;
  scopes: Permission[];
  aangemaaktOp: string;
  verlooptOp: string;
  ingetrokkenOp: string | null;
  laatstGebruiktOp: string | null;
}

/** The answer to creating a token: the only time the secret itself is shown. */
export interface NewApiToken extends ApiToken {
  token: string;
}

export interface AuditRow {
  volgnummer: number;
  tijdstip: string;
  gebruikerId: string | null;
  rol: string | null;
  organisatie: string | null;
  betrokkene: string | null;
  verwerkingsactiviteit: string;
  doel: string;
  handeling: string;
  uitkomst: string;
  verzoekId: string | null;
  traceId: string | null;
  hash: string;
}

export interface ChainCheckResult {
  intact: boolean;
  gecontroleerd: number;
  problemen: { volgnummer: number; probleem: string }[];
}

/** A municipality, youth region or MEE organisation to choose in the role editor. */
export interface OrganisationOption {
  code: string;
  naam: string;
}
