import { z } from 'zod';
import { ORGANISATION_KINDS, ROLE_DEFINITIONS, isRole, isValidGrant, type Grant, type Organisation, type OrganisationKind } from '../../domain/access/index.ts';

/**
 * How the claims of an identity provider become Naast roles. The provider is the source of truth:
 * what it says on sign-in replaces the roles Naast had for that account.
 *
 * A role value is `rol` or `rol@soort:code` (e.g. `gemeente-beleid@gemeente:utrecht`). A value
 * without an organisation gets the organisation from `organisationClaim` (`soort:code`), from
 * `organisationKindClaim` + `organisationCodeClaim`, or the fixed `organisation` — in that order.
 * `roleMap` translates the provider's own role names (e.g. a broker's group names) first.
 */
const claimName = z.string().trim().min(1).max(200);
const ORGANISATION = /^([a-z-]+):([A-Za-z0-9][A-Za-z0-9._-]{0,99})$/;

export const ClaimMappingSchema = z
  .strictObject({
    rolesClaim: claimName.default('naast_rollen'),
    organisationClaim: claimName.optional(),
    organisationKindClaim: claimName.optional(),
    organisationCodeClaim: claimName.optional(),
    organisation: z.string().optional(),
    roleMap: z.record(z.string().min(1), z.string().min(1)).optional(),
  })
  .superRefine((m, ctx) => {
    if (Boolean(m.organisationKindClaim) !== Boolean(m.organisationCodeClaim)) {
      ctx.addIssue({ code: 'custom', path: ['organisationKindClaim'], message: 'organisationKindClaim en organisationCodeClaim horen bij elkaar: geef beide of geen van beide.' });
    }
    if (m.organisation !== undefined && !parseOrganisation(m.organisation)) {
      ctx.addIssue({ code: 'custom', path: ['organisation'], message: `"${m.organisation}" is geen organisatie in de vorm soort:code (soort: ${ORGANISATION_KINDS.join(', ')}).` });
    }
    for (const [from, to] of Object.entries(m.roleMap ?? {})) {
      if (!parseRoleValue(to)) {
        ctx.addIssue({ code: 'custom', path: ['roleMap', from], message: `"${to}" is geen Naast-rol (${Object.keys(ROLE_DEFINITIONS).join(', ')}), eventueel met @soort:code.` });
      }
    }
  });

export type ClaimMapping = z.output<typeof ClaimMappingSchema>;

export interface IgnoredRole {
  value: string;
  reason: string;
}

export interface MappedClaims {
  grants: Grant[];
  /** Values that did not become a role: logged, never shown to the user. */
  ignored: IgnoredRole[];
}

export function parseOrganisation(value: string): Organisation | null {
  const match = ORGANISATION.exec(value.trim());
  if (!match || !(ORGANISATION_KINDS as readonly string[]).includes(match[1]!)) return null;
  return { kind: match[1] as OrganisationKind, code: match[2]! };
}

/** `rol` or `rol@soort:code`; null when the role is unknown or the organisation malformed. */
function parseRoleValue(value: string): { role: Grant['role']; organisation?: Organisation } | null {
  const [role, org, ...rest] = value.trim().split('@');
  if (!role || !isRole(role) || rest.length > 0) return null;
  if (org === undefined) return { role };
  const organisation = parseOrganisation(org);
  return organisation ? { role, organisation } : null;
}

/** A claim by exact name (URLs as claim names are common), else by dotted path (`realm_access.roles`). */
export function claimValue(claims: Record<string, unknown>, name: string): unknown {
  if (name in claims) return claims[name];
  let current: unknown = claims;
  for (const part of name.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

/** A list claim may come as a JSON array or as one space- or comma-separated string. */
function stringList(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string').map((v) => v.trim()).filter(Boolean);
  if (typeof value === 'string') return value.split(/[\s,]+/).filter(Boolean);
  return [];
}

function defaultOrganisation(claims: Record<string, unknown>, mapping: ClaimMapping): Organisation | null {
  if (mapping.organisationClaim) {
    const value = claimValue(claims, mapping.organisationClaim);
    const parsed = typeof value === 'string' ? parseOrganisation(value) : null;
    if (parsed) return parsed;
  }
  if (mapping.organisationKindClaim && mapping.organisationCodeClaim) {
    const kind = claimValue(claims, mapping.organisationKindClaim);
    const code = claimValue(claims, mapping.organisationCodeClaim);
    if (typeof kind === 'string' && typeof code === 'string') {
      const parsed = parseOrganisation(`${kind}:${code}`);
      if (parsed) return parsed;
    }
  }
  return mapping.organisation ? parseOrganisation(mapping.organisation) : null;
}

/** The roles the claims give, deduplicated; everything else is reported as ignored. */
export function mapClaims(claims: Record<string, unknown>, mapping: ClaimMapping): MappedClaims {
  const grants: Grant[] = [];
  const ignored: IgnoredRole[] = [];
  const fallback = defaultOrganisation(claims, mapping);
  for (const raw of stringList(claimValue(claims, mapping.rolesClaim))) {
    const value = mapping.roleMap?.[raw] ?? raw;
    const parsed = parseRoleValue(value);
    if (!parsed) {
      ignored.push({ value: raw, reason: 'onbekende rol of ongeldige organisatie' });
      continue;
    }
    // Residents sign in through the portal's own route (docs/decisions/0009): a staff token never makes one.
    if (parsed.role === 'inwoner') {
      ignored.push({ value: raw, reason: 'de rol inwoner komt alleen via het inloggen in het inwonersportaal' });
      continue;
    }
    const organisation = parsed.organisation ?? fallback;
    if (!organisation) {
      ignored.push({ value: raw, reason: 'geen organisatie bij deze rol' });
      continue;
    }
    const grant = { role: parsed.role, organisation };
    // The same table as for grants an administrator gives (src/domain/access/administration.ts).
    if (!isValidGrant(grant)) {
      ignored.push({ value: raw, reason: `de rol ${parsed.role} kan niet aan een organisatie van soort ${organisation.kind}${organisation.kind === 'landelijk' ? ` met code ${organisation.code}` : ''} worden gekoppeld` });
      continue;
    }
    if (!grants.some((g) => g.role === grant.role && g.organisation.kind === organisation.kind && g.organisation.code === organisation.code)) grants.push(grant);
  }
  return { grants, ignored };
}
