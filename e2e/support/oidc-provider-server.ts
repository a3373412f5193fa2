// The test OpenID provider for the e2e run (started by playwright.config.ts before Naast):
// `npx tsx e2e/support/oidc-provider-server.ts`. Development only: any login name signs in.
import { startOidcProvider } from '../../test/helpers/oidc-provider.ts';

const port = Number(process.env.OIDC_PORT ?? 3101);
const redirectUri = process.env.OIDC_REDIRECT_URI ?? 'http://127.0.0.1:3100/api/v1/oidc/terugkeer';

// The resident portal has its own callback beside the staff one (docs/decisions/0009-resident-portal.md).
const residentRedirectUri = redirectUri.replace(/\/api\/v1\/oidc\/terugkeer$/, '/api/v1/portaal/terugkeer');
const provider = await startOidcProvider({ port, redirectUris: [redirectUri, residentRedirectUri] });
process.stderr.write(`Test-OIDC-provider op ${provider.issuer} (client ${provider.clientId}, terugkeer ${redirectUri})\n`);

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    provider.close().then(() => process.exit(0), () => process.exit(1));
  });
}
