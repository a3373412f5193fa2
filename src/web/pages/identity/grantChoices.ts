import { adminScopeOf, isRole, ORGANISATION_KINDS, ROLE_DEFINITIONS, ROLES, type AdminScope, type Grant, type OrganisationKind, type Role } from '../../../domain/access/index.ts';
import type { ApiGrant } from '../../api/session.ts';

/**
 * What the role editor offers: only grants the signed-in administrator may give (the same decision
 * as the API's, src/domain/access/administration.ts). A municipality's administrator sees the roles
 * of a municipality and only its own municipality; the API refuses anything else anyway.
 */
export function scopeOfUser(rollen: readonly ApiGrant[] | undefined): AdminScope {
  // Unknown (session still loading): offer everything rather than nothing; the API decides.
  if (!rollen) return { all: true };
  const grants: Grant[] = rollen.flatMap((g) =>
    isRole(g.rol) && (ORGANISATION_KINDS as readonly string[]).includes(g.organisatie.soort)
      ? [{ role: g.rol, organisation: { kind: g.organisatie.soort as OrganisationKind, code: g.organisatie.code } }]
      : [],
  );
  return adminScopeOf(grants);
}

/** The kinds of organisation a role can be given at, within the scope. */
export function kindsInScope(rol: string, scope: AdminScope): OrganisationKind[] {
  if (!isRole(rol)) return [];
  const kinds = ROLE_DEFINITIONS[rol].organisationKinds;
  return scope.all ? kinds : kinds.filter((k) => k === 'gemeente' && scope.municipalities.size > 0);
}

export const rolesInScope = (scope: AdminScope): Role[] => ROLES.filter((r) => kindsInScope(r, scope).length > 0);

/** The organisations of a list the scope covers (municipalities only for a municipality's administrator). */
export function organisationsInScope<T extends { code: string }>(kind: string, list: T[] | undefined, scope: AdminScope): T[] | undefined {
  if (scope.all || !list) return list;
  return kind === 'gemeente' ? list.filter((o) => scope.municipalities.has(o.code)) : [];
}
