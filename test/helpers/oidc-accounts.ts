// The test provider's client and accounts, apart from the provider itself so playwright.config.ts
// can read them without loading oidc-provider.

export type TestClaims = Record<string, unknown>;

/** Accounts by login name; the claims follow the default Naast claim mapping. */
export const TEST_ACCOUNTS: Record<string, TestClaims> = {
  'bea-beleid': {
    name: 'Bea Beleid',
    preferred_username: 'bea.beleid',
    email: 'bea@utrecht.example',
    naast_rollen: ['gemeente-beleid@gemeente:utrecht'],
  },
  'zonder-rol': { name: 'Zonder Rol', preferred_username: 'zonder.rol', naast_rollen: ['directeur'] },
  // Signs in for the first time while the audit log refuses writes (account and audit row are one transaction).
  'eerste-keer': { name: 'Eerste Keer', preferred_username: 'eerste.keer', naast_rollen: ['gemeente-beleid@gemeente:utrecht'] },
  // A resident (inwonersportaal): no Naast roles, as from a DigiD broker; signs in through /api/v1/portaal/inloggen.
  'inwoner-ineke': { name: 'Ineke Inwoner', preferred_username: 'ineke.inwoner' },
};

export const TEST_CLIENT = { clientId: 'naast-test', clientSecret: 'naast-test-geheim-niet-voor-productie' };
