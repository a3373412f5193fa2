/**
 * What the signed-in user may do, from the same role table the API uses. The UI uses it only to show
 * the right pages and choices; the API stays the one that decides.
 */
import { isRole, ROLE_DEFINITIONS, ROLES, type Permission, type Role } from '../../../domain/access/index.ts';
import type { User } from '../../api/session.ts';

export function permissionsOf(user: User): Set<Permission> {
  return new Set(user.rollen.flatMap((g) => (isRole(g.rol) ? ROLE_DEFINITIONS[g.rol].permissions : [])));
}

export function may(user: User, permission: Permission): boolean {
  return permissionsOf(user).has(permission);
}

/** The roles that give a permission, e.g. logboek:lezen → privacy. */
export function rolesWith(permission: Permission): Role[] {
  return ROLES.filter((role) => ROLE_DEFINITIONS[role].permissions.includes(permission));
}
