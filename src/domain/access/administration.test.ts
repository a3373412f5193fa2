import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { accountAccess, adminScopeOf, decideGrant, grantsInScope, isValidGrant, mergeGrants, sameGrant } from './administration.ts';
import { authorize, type Grant } from './policy.ts';
import { ORGANISATION_KINDS, ROLES, type OrganisationKind, type Role } from './roles.ts';

/**
 * The role × organisation kind table, written out by hand (not read from ROLE_DEFINITIONS) so that a
 * change to the table shows up here as a deliberate decision.
 */
const VALID: Record<Role, OrganisationKind[]> = {
  landelijk: ['landelijk'],
  regio: ['jeugdregio'],
  'gemeente-beleid': ['gemeente'],
  clientondersteuner: ['gemeente', 'aanbieder', 'mee-organisatie'],
  beslisser: ['gemeente'],
  aanbieder: ['aanbieder', 'mee-organisatie'],
  privacy: ['landelijk', 'gemeente'],
  beheer: ['landelijk', 'gemeente'],
  inwoner: ['gemeente'],
};

const codes = ['nl', 'utrecht', 'beek-l', 'utrecht-stad', 'mee-utrecht-gooi-vecht', 'zorg-b'];
const grantArb: fc.Arbitrary<Grant> = fc.record({
  role: fc.constantFrom(...ROLES),
  organisation: fc.record({ kind: fc.constantFrom(...ORGANISATION_KINDS), code: fc.constantFrom(...codes) }),
});
const grantsArb = fc.array(grantArb, { maxLength: 5 });
const g = (role: Role, kind: OrganisationKind, code: string): Grant => ({ role, organisation: { kind, code } });
const inMunicipalities = (grant: Grant, municipalities: string[]) => grant.organisation.kind === 'gemeente' && municipalities.includes(grant.organisation.code);
/** The municipalities a set of grants administers, by hand: valid `beheer` grants at a municipality. */
const adminMunicipalities = (grants: Grant[]) => grants.filter((x) => x.role === 'beheer' && x.organisation.kind === 'gemeente').map((x) => x.organisation.code);
const isNational = (grants: Grant[]) => grants.some((x) => x.role === 'beheer' && x.organisation.kind === 'landelijk' && x.organisation.code === 'nl');

describe('isValidGrant', () => {
  it('follows the role × organisation kind table, and the national organisation is nl only', () => {
    for (const role of ROLES) {
      for (const kind of ORGANISATION_KINDS) {
        expect(isValidGrant(g(role, kind, kind === 'landelijk' ? 'nl' : 'x')), `${role}@${kind}`).toBe(VALID[role].includes(kind));
      }
    }
    expect(isValidGrant(g('beheer', 'landelijk', 'rijk'))).toBe(false);
  });

  it('never lets a role with personal data be national', () => {
    expect(isValidGrant(g('clientondersteuner', 'landelijk', 'nl'))).toBe(false);
    expect(isValidGrant(g('beslisser', 'landelijk', 'nl'))).toBe(false);
    expect(isValidGrant(g('inwoner', 'landelijk', 'nl'))).toBe(false);
  });
});

describe('decideGrant', () => {
  it('invalid grants are refused to everyone, before any question of scope', () => {
    fc.assert(
      fc.property(grantsArb, grantArb, (admin, grant) => {
        if (!isValidGrant(grant)) expect(decideGrant(admin, grant)).toBe('invalid');
      }),
    );
  });

  it('a national administrator may give every valid grant', () => {
    fc.assert(
      fc.property(grantsArb, grantArb, (others, grant) => {
        const admin = [...others, g('beheer', 'landelijk', 'nl')];
        expect(decideGrant(admin, grant)).toBe(isValidGrant(grant) ? 'allowed' : 'invalid');
      }),
    );
  });

  it('otherwise only valid grants at a municipality the principal administers', () => {
    fc.assert(
      fc.property(grantsArb, grantArb, (admin, grant) => {
        fc.pre(!isNational(admin));
        const expected = !isValidGrant(grant) ? 'invalid' : inMunicipalities(grant, adminMunicipalities(admin)) ? 'allowed' : 'out-of-scope';
        expect(decideGrant(admin, grant)).toBe(expected);
      }),
    );
  });

  it('a municipality administrator never gives a national grant or one elsewhere', () => {
    fc.assert(
      fc.property(grantArb, (grant) => {
        const decision = decideGrant([g('beheer', 'gemeente', 'utrecht')], grant);
        if (decision === 'allowed') expect(grant.organisation).toEqual({ kind: 'gemeente', code: 'utrecht' });
      }),
    );
  });

  it('more grants never narrow what an administrator may do', () => {
    fc.assert(
      fc.property(grantsArb, grantArb, grantArb, (admin, extra, grant) => {
        if (decideGrant(admin, grant) === 'allowed') expect(decideGrant([...admin, extra], grant)).toBe('allowed');
      }),
    );
  });

  it('a grant that is not valid is not an administrator grant either', () => {
    // `beheer` at a youth region or provider is not in the table, so it administers nothing.
    expect(adminScopeOf([g('beheer', 'jeugdregio', 'utrecht-stad'), g('beheer', 'aanbieder', 'zorg-b')])).toEqual({ all: false, municipalities: new Set() });
    expect(adminScopeOf([g('gemeente-beleid', 'gemeente', 'utrecht')])).toEqual({ all: false, municipalities: new Set() });
  });
});

describe('accountAccess, grantsInScope and mergeGrants', () => {
  it('a municipality administrator sees an account iff it holds a grant there, and all of it iff every grant is there', () => {
    fc.assert(
      fc.property(grantsArb, grantsArb, (admin, account) => {
        fc.pre(!isNational(admin));
        const mine = adminMunicipalities(admin);
        const inside = account.filter((x) => inMunicipalities(x, mine));
        const expected = inside.length === 0 ? 'none' : inside.length === account.length ? 'full' : 'roles';
        expect(accountAccess(admin, account)).toBe(expected);
        expect(grantsInScope(admin, account)).toEqual(inside);
      }),
    );
  });

  it('a national administrator sees every account in full, also one without grants', () => {
    fc.assert(
      fc.property(grantsArb, (account) => {
        expect(accountAccess([g('beheer', 'landelijk', 'nl')], account)).toBe('full');
        expect(grantsInScope([g('beheer', 'landelijk', 'nl')], account)).toEqual(account);
      }),
    );
  });

  it('merging keeps every grant outside the scope and puts exactly the submitted ones inside', () => {
    fc.assert(
      fc.property(grantsArb, grantsArb, grantsArb, (admin, current, submitted) => {
        const merged = mergeGrants(admin, current, submitted);
        const outside = current.filter((x) => grantsInScope(admin, [x]).length === 0);
        for (const x of outside) expect(merged.some((m) => sameGrant(m, x))).toBe(true);
        for (const x of submitted) expect(merged.some((m) => sameGrant(m, x))).toBe(true);
        for (const m of merged) expect([...outside, ...submitted].some((x) => sameGrant(m, x))).toBe(true);
        for (let i = 0; i < merged.length; i++) for (let j = i + 1; j < merged.length; j++) expect(sameGrant(merged[i]!, merged[j]!)).toBe(false);
      }),
    );
  });
});

describe('authorize ignores grants the table does not allow', () => {
  it('a clientondersteuner stored at national level reads no case anywhere', () => {
    const principal = { userId: 'u', username: 'u', displayName: 'U', via: 'session' as const, grants: [g('clientondersteuner', 'landelijk', 'nl')] };
    const context = { youthRegionOf: () => undefined };
    expect(authorize(principal, { permission: 'dossiers:lezen' }, { kind: 'municipality', code: 'utrecht' }, context)).toEqual({ allowed: false, status: 403 });
  });
});
