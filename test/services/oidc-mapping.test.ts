import { describe, expect, it } from 'vitest';
import { mapClaims, type ClaimMapping } from '../../src/services/identity/oidc-mapping.ts';
import { OidcConfigError, parseClaimMapping, readOidcConfig } from '../../src/services/identity/oidc-config.ts';
import { safeReturnPath } from '../../src/services/identity/oidc.ts';

const utrecht = { kind: 'gemeente', code: 'utrecht' } as const;

describe('the OIDC claim mapping', () => {
  const defaults = parseClaimMapping(undefined);

  it('reads role@kind:code values from naast_rollen by default', () => {
    expect(defaults).toEqual({ rolesClaim: 'naast_rollen' });
    const mapped = mapClaims({ naast_rollen: ['gemeente-beleid@gemeente:utrecht', 'landelijk@landelijk:nl'] }, defaults);
    expect(mapped.grants).toEqual([
      { role: 'gemeente-beleid', organisation: utrecht },
      { role: 'landelijk', organisation: { kind: 'landelijk', code: 'nl' } },
    ]);
    expect(mapped.ignored).toEqual([]);
  });

  it('ignores unknown roles, malformed organisations and roles bound to the wrong kind of organisation', () => {
    const mapped = mapClaims({ naast_rollen: ['directeur', 'beheer@gemeente:', 'regio@gemeente:utrecht', 'beheer@planeet:aarde', 'beheer', 'privacy@gemeente:utrecht@x'] }, defaults);
    expect(mapped.grants).toEqual([]);
    expect(mapped.ignored.map((i) => i.value)).toEqual(['directeur', 'beheer@gemeente:', 'regio@gemeente:utrecht', 'beheer@planeet:aarde', 'beheer', 'privacy@gemeente:utrecht@x']);
    expect(mapped.ignored.find((i) => i.value === 'beheer')!.reason).toMatch(/geen organisatie/);
  });

  it('takes the organisation from one claim, from kind and code claims, or a fixed value, in that order', () => {
    const mapping = parseClaimMapping(
      JSON.stringify({ rolesClaim: 'rollen', organisationClaim: 'organisatie', organisationKindClaim: 'org_soort', organisationCodeClaim: 'org_code', organisation: 'landelijk:nl' }),
    );
    expect(mapClaims({ rollen: 'beheer', organisatie: 'gemeente:utrecht' }, mapping).grants).toEqual([{ role: 'beheer', organisation: utrecht }]);
    expect(mapClaims({ rollen: 'beheer', org_soort: 'gemeente', org_code: 'utrecht' }, mapping).grants).toEqual([{ role: 'beheer', organisation: utrecht }]);
    expect(mapClaims({ rollen: 'beheer privacy' }, mapping).grants).toEqual([
      { role: 'beheer', organisation: { kind: 'landelijk', code: 'nl' } },
      { role: 'privacy', organisation: { kind: 'landelijk', code: 'nl' } },
    ]);
    // An explicit organisation in the value wins over the default.
    expect(mapClaims({ rollen: ['beheer@gemeente:utrecht'] }, mapping).grants).toEqual([{ role: 'beheer', organisation: utrecht }]);
  });

  it('translates provider role names with roleMap, reads nested and URL-named claims, and deduplicates', () => {
    const mapping: ClaimMapping = parseClaimMapping(
      JSON.stringify({ rolesClaim: 'realm_access.roles', organisation: 'gemeente:utrecht', roleMap: { 'wmo-consulent': 'beslisser', 'mee-admin': 'aanbieder@mee-organisatie:mee-utrecht' } }),
    );
    const mapped = mapClaims({ realm_access: { roles: ['wmo-consulent', 'mee-admin', 'beslisser', 'offline_access'] } }, mapping);
    expect(mapped.grants).toEqual([
      { role: 'beslisser', organisation: utrecht },
      { role: 'aanbieder', organisation: { kind: 'mee-organisatie', code: 'mee-utrecht' } },
    ]);
    expect(mapped.ignored.map((i) => i.value)).toEqual(['offline_access']);
    const byUrl = parseClaimMapping('{"rolesClaim":"https://naast.nl/rollen"}');
    expect(mapClaims({ 'https://naast.nl/rollen': ['beheer@landelijk:nl'] }, byUrl).grants).toHaveLength(1);
  });

  it('yields no roles when the claim is missing or not a list of strings', () => {
    expect(mapClaims({}, defaults).grants).toEqual([]);
    expect(mapClaims({ naast_rollen: 42 }, defaults).grants).toEqual([]);
    expect(mapClaims({ naast_rollen: [1, null, 'beheer@landelijk:nl'] }, defaults).grants).toHaveLength(1);
  });

  it('refuses an invalid mapping with a clear Dutch message', () => {
    expect(() => parseClaimMapping('{rolesClaim:')).toThrow('NAAST_OIDC_CLAIM_MAPPING is geen geldige JSON.');
    expect(() => parseClaimMapping('{"roleClaim":"x"}')).toThrow(/NAAST_OIDC_CLAIM_MAPPING klopt niet: .*Onbekende key: "roleClaim"/);
    expect(() => parseClaimMapping('{"organisationKindClaim":"soort"}')).toThrow(/organisationCodeClaim horen bij elkaar/);
    expect(() => parseClaimMapping('{"organisation":"utrecht"}')).toThrow(/geen organisatie in de vorm soort:code/);
    expect(() => parseClaimMapping('{"roleMap":{"x":"koning"}}')).toThrow(/roleMap.x: "koning" is geen Naast-rol/);
  });
});

describe('the OIDC configuration', () => {
  const base = { NAAST_OIDC_ISSUER: 'https://login.utrecht.example', NAAST_OIDC_CLIENT_ID: 'naast', NAAST_OIDC_CLIENT_SECRET: 's3cret' };

  it('is off without an issuer and has sensible defaults', () => {
    expect(readOidcConfig({}, 3000)).toBeNull();
    const config = readOidcConfig(base, 3000)!;
    expect(config.redirectUri.href).toBe('http://localhost:3000/api/v1/oidc/terugkeer');
    expect(config.scopes).toBe('openid profile email');
    expect(config.name).toBe('Inloggen met uw organisatie-account');
  });

  it('stops the start with a Dutch message naming the variable', () => {
    expect(() => readOidcConfig({ NAAST_OIDC_ISSUER: 'https://x.example' }, 3000)).toThrow(OidcConfigError);
    expect(() => readOidcConfig({ NAAST_OIDC_ISSUER: 'https://x.example' }, 3000)).toThrow(/NAAST_OIDC_CLIENT_ID ontbreekt/);
    expect(() => readOidcConfig({ ...base, NAAST_OIDC_ISSUER: 'http://login.example' }, 3000)).toThrow(/moet https gebruiken/);
    expect(() => readOidcConfig({ ...base, NAAST_OIDC_SCOPES: 'profile' }, 3000)).toThrow(/"openid"/);
    expect(() => readOidcConfig({ ...base, NAAST_OIDC_CLAIM_MAPPING: '[]' }, 3000)).toThrow(/NAAST_OIDC_CLAIM_MAPPING klopt niet/);
  });
});

describe('the return path after sign-in', () => {
  it('keeps same-site paths and replaces everything else by /', () => {
    expect(safeReturnPath('/budget/gemeente/beek-l?jaar=2014#top')).toBe('/budget/gemeente/beek-l?jaar=2014#top');
    for (const bad of [undefined, '', 'https://evil.example', '//evil.example', '/\\evil.example', 'budget', '/x\nLocation: y', 'javascript:alert(1)']) {
      expect(safeReturnPath(bad)).toBe('/');
    }
  });
});
