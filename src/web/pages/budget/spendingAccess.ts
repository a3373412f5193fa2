/**
 * Which municipalities the signed-in user may enter amounts for: the same rule the API applies
 * (permission budget:besteding-schrijven, for the own municipality, youth region or national), used
 * here only to offer the right choices. The API stays the one that decides.
 */
import { covers, isRole, ORGANISATION_KINDS, ROLE_DEFINITIONS, type OrganisationKind } from '../../../domain/access/index.ts';
import type { Municipality } from '../../api/budgetTypes.ts';
import type { User } from '../../api/session.ts';

const isKind = (value: string): value is OrganisationKind => (ORGANISATION_KINDS as readonly string[]).includes(value);

export function mayWriteSpending(user: User, municipality: Municipality): boolean {
  const context = { youthRegionOf: (code: string) => (code === municipality.code ? municipality.jeugdregio.code : undefined) };
  return user.rollen.some(
    (g) =>
      isRole(g.rol) &&
      ROLE_DEFINITIONS[g.rol].permissions.includes('budget:besteding-schrijven') &&
      isKind(g.organisatie.soort) &&
      covers({ kind: g.organisatie.soort, code: g.organisatie.code }, { kind: 'municipality', code: municipality.code }, context),
  );
}
