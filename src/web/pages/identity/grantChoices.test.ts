import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decideGrant, ORGANISATION_KINDS, ROLES, type OrganisationKind, type Role } from '../../../domain/access/index.ts';
import { kindsInScope, organisationsInScope, rolesInScope, scopeOfUser } from './grantChoices.ts';

const api = (rol: Role, soort: OrganisationKind, code: string) => ({ rol, organisatie: { soort, code } });
const municipalities = [{ code: 'utrecht', naam: 'Utrecht' }, { code: 'beek-l', naam: 'Beek' }];

describe('grant choices in the role editor', () => {
  it('offers a national administrator every role at every kind of its table', () => {
    const scope = scopeOfUser([api('beheer', 'landelijk', 'nl')]);
    expect(rolesInScope(scope)).toEqual([...ROLES]);
    expect(organisationsInScope('gemeente', municipalities, scope)).toEqual(municipalities);
  });

  it("offers a municipality's administrator only municipality roles at its own municipality", () => {
    const scope = scopeOfUser([api('beheer', 'gemeente', 'utrecht')]);
    expect(rolesInScope(scope)).toEqual(['gemeente-beleid', 'clientondersteuner', 'beslisser', 'privacy', 'beheer', 'inwoner']);
    expect(kindsInScope('privacy', scope)).toEqual(['gemeente']);
    expect(organisationsInScope('gemeente', municipalities, scope)).toEqual([{ code: 'utrecht', naam: 'Utrecht' }]);
    expect(organisationsInScope('jeugdregio', [{ code: 'utrecht-stad' }], scope)).toEqual([]);
  });

  it('offers nothing the API would refuse', () => {
    fc.assert(
      fc.property(fc.constantFrom('utrecht', 'beek-l'), fc.constantFrom(...ROLES), fc.constantFrom(...ORGANISATION_KINDS), (own, role, kind) => {
        const admin = [api('beheer', 'gemeente', own)];
        const scope = scopeOfUser(admin);
        const codes = (organisationsInScope(kind, kind === 'landelijk' ? [{ code: 'nl', naam: 'Nederland' }] : municipalities, scope) ?? []).map((o) => o.code);
        for (const code of kindsInScope(role, scope).includes(kind) ? codes : []) {
          expect(decideGrant([{ role: 'beheer', organisation: { kind: 'gemeente', code: own } }], { role, organisation: { kind, code } })).toBe('allowed');
        }
      }),
    );
  });
});
