import { buildServer } from '../../src/api/server.ts';
import type { AppInstance } from '../../src/api/types.ts';
import { parseClaimMapping, type OidcConfig } from '../../src/services/identity/oidc-config.ts';
import { readyDatabase, type TestDatabase } from './db.ts';
import { startOidcProvider, type TestProvider } from './oidc-provider.ts';
import { freePort } from './browser.ts';

/** The staff sign-in callback; Naast's OIDC configuration points here. */
export const STAFF_CALLBACK = '/api/v1/oidc/terugkeer';

export interface OidcTestServer {
  /** Naast's base URL on loopback. */
  naast: string;
  provider: TestProvider;
  test: TestDatabase;
  app: AppInstance;
  close(): Promise<void>;
}

/**
 * Naast over real HTTP on a loopback port, configured against a real OpenID provider (also on
 * loopback) that accepts the staff callback and any `extraCallbacks` (e.g. the resident portal's).
 */
export async function startOidcTestServer(extraCallbacks: string[] = []): Promise<OidcTestServer> {
  const port = await freePort();
  const naast = `http://127.0.0.1:${port}`;
  const provider = await startOidcProvider({ redirectUris: [STAFF_CALLBACK, ...extraCallbacks].map((path) => `${naast}${path}`) });
  const oidc: OidcConfig = {
    issuer: new URL(provider.issuer),
    clientId: provider.clientId,
    clientSecret: provider.clientSecret,
    redirectUri: new URL(`${naast}${STAFF_CALLBACK}`),
    scopes: 'openid profile email',
    name: 'Inloggen met de testprovider',
    mapping: parseClaimMapping('{"rolesClaim":"naast_rollen","organisationClaim":"organisatie"}'),
  };
  const test = await readyDatabase('pglite');
  const app = await buildServer({ db: test.db, webDir: '/nonexistent', development: true, oidc });
  await app.listen({ port, host: '127.0.0.1' });
  return {
    naast,
    provider,
    test,
    app,
    async close() {
      await app.close();
      await provider.close();
      await test.cleanup();
    },
  };
}
