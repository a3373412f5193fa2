import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { TEST_CLIENT } from './test/helpers/oidc-accounts.ts';

// End-to-end tests drive Debian's Chromium (no browser download) against the built app,
// served by the real server on a fresh embedded database in a temporary folder, with the demo
// accounts (NAAST_DEMO=1) so the tests can sign in.
const port = Number(process.env.E2E_PORT ?? 3100);
const dataDir = path.join(os.tmpdir(), `naast-e2e-${process.pid}`);
const oidcPort = Number(process.env.E2E_OIDC_PORT ?? 3101);
const oidcIssuer = `http://127.0.0.1:${oidcPort}`;
const oidcRedirectUri = `http://127.0.0.1:${port}/api/v1/oidc/terugkeer`;

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  // Two workers on the 2-core CI machine: one browser mostly waits (on the server, on axe in the page),
  // so the second fills the idle core. The specs share one server and data folder: none may end another
  // spec's sessions or expect fixed counts of things other specs make.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  // The JSON report feeds CI's closing "N passed, N failed" line (scripts/ci-summary.mjs).
  reporter: [['list'], ['json', { outputFile: '.tmp/e2e-report.json' }]],
  // The page-frame walk (every page of every role, ~half of the run) is one file in one worker; as its
  // own project, listed first, it starts at once while the other worker takes the flows one by one.
  projects: [
    { name: 'paginaraamwerk', testMatch: /staff-frame\.spec\.ts$/ },
    { name: 'stromen', testIgnore: /staff-frame\.spec\.ts$/ },
  ],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  // The test OpenID provider first (OIDC sign-in, e2e/oidc.spec.ts), then Naast configured against it.
  webServer: [
    {
      command: 'npx tsx e2e/support/oidc-provider-server.ts',
      url: `${oidcIssuer}/.well-known/openid-configuration`,
      timeout: 60_000,
      reuseExistingServer: false,
      env: { OIDC_PORT: String(oidcPort), OIDC_REDIRECT_URI: oidcRedirectUri },
    },
    {
      command: 'node bin/naast.js serve',
      url: `http://127.0.0.1:${port}/api/v1/health`,
      timeout: 120_000,
      reuseExistingServer: false,
      env: {
        PORT: String(port),
        HOST: '127.0.0.1',
        NAAST_DATA_DIR: dataDir,
        LOG_LEVEL: 'warn',
        NAAST_DEMO: '1',
        // Plain http on 127.0.0.1: the session cookie must not be Secure-only.
        NODE_ENV: 'development',
        NAAST_OIDC_ISSUER: oidcIssuer,
        NAAST_OIDC_CLIENT_ID: TEST_CLIENT.clientId,
        NAAST_OIDC_CLIENT_SECRET: TEST_CLIENT.clientSecret,
        NAAST_OIDC_REDIRECT_URI: oidcRedirectUri,
        NAAST_OIDC_CLAIM_MAPPING: JSON.stringify({ rolesClaim: 'naast_rollen', organisationClaim: 'organisatie' }),
      },
    },
  ],
});
