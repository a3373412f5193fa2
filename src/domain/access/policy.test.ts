import { describe, expect, it } from 'vitest';
import { authorize, suppressSmallCount, type Principal } from './policy.ts';
import { ROLES, ROLE_DEFINITIONS, PERMISSIONS } from './roles.ts';

const context = { youthRegionOf: (code: string) => ({ utrecht: 'utrecht-stad', 'beek-l': 'zuid-limburg' })[code] };
const principal = (role: Principal['grants'][0]['role'], kind: Principal['grants'][0]['organisation']['kind'], code: string): Principal => ({
  userId: 'u',
  username: 'u',
  displayName: 'U',
  via: 'session',
  grants: [{ role, organisation: { kind, code } }],
});

describe('authorize', () => {
  it('lets everyone through a public rule and nobody anonymous through a protected one', () => {
    expect(authorize(null, { public: true }, { kind: 'none' }, context).allowed).toBe(true);
    expect(authorize(null, { permission: 'sessie' }, { kind: 'none' }, context)).toEqual({ allowed: false, status: 401 });
  });

  it('denies (403) a permission the role does not have', () => {
    expect(authorize(principal('landelijk', 'landelijk', 'nl'), { permission: 'gebruikers:beheren' }, { kind: 'none' }, context)).toEqual({ allowed: false, status: 403 });
  });

  it('answers 404 for another municipality, so its existence does not leak', () => {
    const p = principal('gemeente-beleid', 'gemeente', 'utrecht');
    expect(authorize(p, { permission: 'budget:besteding-schrijven' }, { kind: 'municipality', code: 'utrecht' }, context).allowed).toBe(true);
    expect(authorize(p, { permission: 'budget:besteding-schrijven' }, { kind: 'municipality', code: 'beek-l' }, context)).toEqual({ allowed: false, status: 404 });
  });

  it('lets a regional role act for the municipalities of its own region only', () => {
    const p = principal('regio', 'jeugdregio', 'zuid-limburg');
    expect(authorize(p, { permission: 'budget:besteding-schrijven' }, { kind: 'municipality', code: 'beek-l' }, context).allowed).toBe(true);
    expect(authorize(p, { permission: 'budget:besteding-schrijven' }, { kind: 'municipality', code: 'utrecht' }, context).allowed).toBe(false);
  });

  it('narrows a token to its scopes', () => {
    const p = { ...principal('beheer', 'landelijk', 'nl'), via: 'token' as const, tokenScopes: ['sessie' as const] };
    expect(authorize(p, { permission: 'gebruikers:beheren' }, { kind: 'none' }, context)).toEqual({ allowed: false, status: 403 });
    expect(authorize(p, { permission: 'sessie' }, { kind: 'none' }, context).allowed).toBe(true);
  });

  it('every role is defined with known permissions, and only privacy reads the audit log', () => {
    for (const role of ROLES) for (const p of ROLE_DEFINITIONS[role].permissions) expect(PERMISSIONS).toContain(p);
    expect(ROLES.filter((r) => ROLE_DEFINITIONS[r].permissions.includes('logboek:lezen'))).toEqual(['privacy']);
  });
});

describe('suppressSmallCount', () => {
  it('hides counts 1–4 and keeps 0 and 5+', () => {
    expect([0, 1, 4, 5, 12].map(suppressSmallCount)).toEqual([0, null, null, 5, 12]);
  });
});
