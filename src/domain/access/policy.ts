import { ROLE_DEFINITIONS, type OrganisationKind, type Permission, type Role } from './roles.ts';
import { isValidGrant } from './administration.ts';

export interface Organisation {
  kind: OrganisationKind;
  code: string;
}

/** A role held for one organisation (a user can hold several). */
export interface Grant {
  role: Role;
  organisation: Organisation;
}

export interface Principal {
  userId: string;
  username: string;
  displayName: string;
  grants: Grant[];
  /** How the caller authenticated; tokens may narrow the permissions by their scopes. */
  via: 'session' | 'token';
  tokenScopes?: Permission[];
}

/** What a route protects. */
export type AccessRule = { public: true } | { permission: Permission };

/** The resource a request is about, when it belongs to an organisation. */
export type ResourceScope = { kind: 'none' } | { kind: 'municipality'; code: string } | { kind: 'youthRegion'; code: string };

export type Decision =
  | { allowed: true; grant: Grant | null }
  /** 401: not signed in; 403: no such permission at all; 404: permission exists but not for this
   *  organisation — the same answer as a resource that does not exist, so nothing leaks. */
  | { allowed: false; status: 401 | 403 | 404 };

export interface ScopeContext {
  /** The youth region of a municipality (for regional roles), from the register. */
  youthRegionOf(municipalityCode: string): string | undefined;
}

/** The one decision point for every route. */
export function authorize(principal: Principal | null, rule: AccessRule, scope: ResourceScope, context: ScopeContext): Decision {
  if ('public' in rule) return { allowed: true, grant: null };
  if (!principal) return { allowed: false, status: 401 };
  if (principal.tokenScopes && !principal.tokenScopes.includes(rule.permission)) return { allowed: false, status: 403 };
  // A grant the table of roles does not allow (say, clientondersteuner at national level, stored before
  // grants were checked) grants nothing: otherwise `covers` would open every organisation to it.
  const withPermission = principal.grants.filter((g) => isValidGrant(g) && ROLE_DEFINITIONS[g.role].permissions.includes(rule.permission));
  if (withPermission.length === 0) return { allowed: false, status: 403 };
  const grant = withPermission.find((g) => covers(g.organisation, scope, context));
  return grant ? { allowed: true, grant } : { allowed: false, status: 404 };
}

/** Does a grant's organisation cover the resource? National covers all; a region its members. */
export function covers(organisation: Organisation, scope: ResourceScope, context: ScopeContext): boolean {
  if (scope.kind === 'none') return true;
  if (scope.kind === 'youthRegion') return organisation.kind === 'landelijk' || (organisation.kind === 'jeugdregio' && organisation.code === scope.code);
  switch (organisation.kind) {
    case 'landelijk':
      return true;
    case 'gemeente':
      return organisation.code === scope.code;
    case 'jeugdregio':
      return context.youthRegionOf(scope.code) === organisation.code;
    default:
      return false;
  }
}

/** Counts below this are suppressed in anything national or regional roles see. */
export const SMALL_COUNT_THRESHOLD = 5;

/** Small-cell suppression: a count under 5 becomes null ("minder dan 5"). */
export function suppressSmallCount(count: number): number | null {
  return count > 0 && count < SMALL_COUNT_THRESHOLD ? null : count;
}
