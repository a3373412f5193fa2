import { z } from 'zod';
import { ORGANISATION_KINDS, PERMISSIONS, ROLES } from '../../domain/access/index.ts';
import type { UserRecord } from '../../services/identity/users.ts';

export const GrantSchema = z
  .object({
    rol: z.enum(ROLES),
    organisatie: z.object({ soort: z.enum(ORGANISATION_KINDS), code: z.string().min(1).max(100) }),
  })
  .meta({ id: 'Roltoekenning' });

export const UserSchema = z
  .object({
    id: z.string().uuid(),
    gebruikersnaam: z.string(),
    naam: z.string(),
    email: z.string().nullable(),
    geblokkeerd: z.boolean().describe('Uitgeschakeld door een beheerder'),
    vergrendeldTot: z.string().nullable().describe('Tijdelijk vergrendeld na te veel mislukte pogingen'),
    heeftWachtwoord: z.boolean(),
    oidc: z.boolean(),
    tweedeFactor: z.boolean().describe('Heeft een authenticator-app (TOTP) als tweede stap bij inloggen met wachtwoord'),
    rollen: z.array(GrantSchema),
    rollenElders: z
      .number()
      .int()
      .optional()
      .describe('Alleen in gebruikersbeheer: aantal rollen bij organisaties die u niet beheert (niet getoond in rollen)'),
    versie: z.number().int(),
  })
  .meta({ id: 'Gebruiker' });

export const PermissionSchema = z.enum(PERMISSIONS);

/** `visible`: the grants an administrator may see (src/domain/access/administration.ts); all by default. */
export function userResponse(u: UserRecord, visible?: UserRecord['grants']) {
  const shown = visible ?? u.grants;
  return {
    id: u.id,
    gebruikersnaam: u.username,
    naam: u.displayName,
    email: u.email,
    geblokkeerd: u.disabled,
    vergrendeldTot: u.lockedUntil,
    heeftWachtwoord: u.hasPassword,
    oidc: u.oidc,
    tweedeFactor: u.secondFactor,
    rollen: shown.map((g) => ({ rol: g.role, organisatie: { soort: g.organisation.kind, code: g.organisation.code } })),
    ...(visible ? { rollenElders: u.grants.length - visible.length } : {}),
    versie: u.version,
  };
}

export const toGrants = (rollen: z.infer<typeof GrantSchema>[]) =>
  rollen.map((r) => ({ role: r.rol, organisation: { kind: r.organisatie.soort, code: r.organisatie.code } }));
