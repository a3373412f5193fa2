import type { Grant, Organisation } from './policy.ts';
import { ROLE_DEFINITIONS, type Role } from './roles.ts';

/**
 * Who may administer which accounts (issue 17 §2). Pure: the API asks these functions and nothing
 * else. The rules, in short:
 * - a grant is valid only when its role may be bound to that kind of organisation (the table in
 *   roles.ts); the national organisation has one code, `nl`. An invalid grant grants nothing.
 * - a national administrator (`beheer` at `landelijk`) administers every account and may give every
 *   valid grant;
 * - a municipality's administrator (`beheer` at `gemeente`) administers only grants at its own
 *   municipality: it sees an account that holds at least one of those, sees only those grants of it,
 *   and may give or take only grants at its own municipality — never a national one, never one at a
 *   youth region, provider, MEE organisation or other municipality (those are administered nationally);
 * - account-wide changes (name, e-mail, password, blocking, unlocking) touch every organisation the
 *   account works for, so a municipality's administrator may make them only when all of the account's
 *   grants are at its own municipality. Otherwise resetting a password would take over, for example, a
 *   national administrator who also holds a role in that municipality.
 */

/** The one national organisation: every national grant is bound to it. */
export const NATIONAL_CODE = 'nl';

/** Can this role be held at this organisation at all? */
export function isValidGrant(grant: Grant): boolean {
  const definition = ROLE_DEFINITIONS[grant.role as Role] as (typeof ROLE_DEFINITIONS)[Role] | undefined;
  if (!definition?.organisationKinds.includes(grant.organisation.kind)) return false;
  return grant.organisation.kind !== 'landelijk' || grant.organisation.code === NATIONAL_CODE;
}

/** What an administrator administers: everything, or the grants at some municipalities (maybe none). */
export type AdminScope = { all: true } | { all: false; municipalities: ReadonlySet<string> };

/** The scope that a principal's grants give: only valid grants whose role manages accounts count. */
export function adminScopeOf(grants: readonly Grant[]): AdminScope {
  const admin = grants.filter((g) => isValidGrant(g) && ROLE_DEFINITIONS[g.role].permissions.includes('gebruikers:beheren'));
  if (admin.some((g) => g.organisation.kind === 'landelijk')) return { all: true };
  return { all: false, municipalities: new Set(admin.filter((g) => g.organisation.kind === 'gemeente').map((g) => g.organisation.code)) };
}

/** Does the scope cover grants at this organisation? */
export function administersOrganisation(scope: AdminScope, organisation: Organisation): boolean {
  if (scope.all) return true;
  return organisation.kind === 'gemeente' && scope.municipalities.has(organisation.code);
}

/**
 * May this administrator give (or take away) this grant? `invalid` comes first: it does not depend
 * on who asks, and the table of roles is public anyway.
 */
export type GrantDecision = 'allowed' | 'invalid' | 'out-of-scope';

export function decideGrant(adminGrants: readonly Grant[], grant: Grant): GrantDecision {
  if (!isValidGrant(grant)) return 'invalid';
  return administersOrganisation(adminScopeOf(adminGrants), grant.organisation) ? 'allowed' : 'out-of-scope';
}

/**
 * What an administrator may do with an existing account: `none` — it does not exist for them (404);
 * `roles` — see it and change its grants in scope only; `full` — also name, e-mail, password, blocking.
 * An account without grants belongs to no municipality: only a national administrator sees it.
 */
export type AccountAccess = 'none' | 'roles' | 'full';

export function accountAccess(adminGrants: readonly Grant[], accountGrants: readonly Grant[]): AccountAccess {
  const scope = adminScopeOf(adminGrants);
  if (scope.all) return 'full';
  const inScope = accountGrants.filter((g) => administersOrganisation(scope, g.organisation)).length;
  if (inScope === 0) return 'none';
  return inScope === accountGrants.length ? 'full' : 'roles';
}

/** The grants of an account this administrator sees (and may change). */
export function grantsInScope(adminGrants: readonly Grant[], accountGrants: readonly Grant[]): Grant[] {
  const scope = adminScopeOf(adminGrants);
  return accountGrants.filter((g) => administersOrganisation(scope, g.organisation));
}

/**
 * The account's grants after an administrator replaced the ones it sees by `submitted`: grants
 * outside its scope stay as they are. Duplicates are dropped.
 */
export function mergeGrants(adminGrants: readonly Grant[], current: readonly Grant[], submitted: readonly Grant[]): Grant[] {
  const scope = adminScopeOf(adminGrants);
  const kept = current.filter((g) => !administersOrganisation(scope, g.organisation));
  const merged: Grant[] = [];
  for (const g of [...kept, ...submitted]) if (!merged.some((m) => sameGrant(m, g))) merged.push(g);
  return merged;
}

export const sameGrant = (a: Grant, b: Grant): boolean =>
  a.role === b.role && a.organisation.kind === b.organisation.kind && a.organisation.code === b.organisation.code;
