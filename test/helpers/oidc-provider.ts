import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import { TEST_ACCOUNTS, TEST_CLIENT, type TestClaims } from './oidc-accounts.ts';

/**
 * A real OpenID Connect provider (panva's oidc-provider) for tests and the e2e run: one
 * confidential client, PKCE required, and the development login pages, where any login name
 * signs in as the account of that name. Never for production.
 */

export { TEST_ACCOUNTS, TEST_CLIENT, type TestClaims } from './oidc-accounts.ts';

export interface TestProviderOptions {
  /** The Naast callback URL(s) the client may use. */
  redirectUris: string[];
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
  accounts?: Record<string, TestClaims>;
}

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Change an account's claims between sign-ins (the provider reads them on every sign-in). */
  accounts: Map<string, TestClaims>;
  close(): Promise<void>;
}

export async function startOidcProvider(options: TestProviderOptions): Promise<TestProvider> {
  const host = options.host ?? '127.0.0.1';
  const accounts = new Map(Object.entries(structuredClone(options.accounts ?? TEST_ACCOUNTS)));
  // Listen first: the issuer URL contains the port, and the provider needs it at construction.
  let handler: http.RequestListener = (_req, res) => res.writeHead(503).end();
  const server = http.createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const issuer = `http://${host}:${(server.address() as AddressInfo).port}`;

  const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: TEST_CLIENT.clientId,
        client_secret: TEST_CLIENT.clientSecret,
        redirect_uris: options.redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    pkce: { required: () => true },
    // The role claims ride on the profile scope, so Naast's default scopes ask for them.
    claims: {
      openid: ['sub'],
      profile: ['name', 'preferred_username', 'naast_rollen', 'organisatie'],
      email: ['email'],
    },
    findAccount: async (_ctx: unknown, id: string) => ({
      accountId: id,
      claims: async () => ({ sub: id, ...(accounts.get(id) ?? { name: id }) }),
    }),
    features: { devInteractions: { enabled: true } },
    // Explicit lifetimes (seconds) keep the provider from printing a notice for each default.
    ttl: { AccessToken: 600, AuthorizationCode: 60, Grant: 3600, IdToken: 600, Interaction: 600, Session: 3600 },
    cookies: { keys: [crypto.randomBytes(32).toString('hex')] },
    jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'test', use: 'sig', alg: 'RS256' }] },
  });
  provider.on('server_error', (_ctx, err) => console.error('oidc-provider:', err));
  handler = provider.callback();

  return {
    issuer,
    ...TEST_CLIENT,
    accounts,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
