import { expect, test, type Page } from '@playwright/test';

const OIDC_PORT = process.env.E2E_OIDC_PORT ?? '3101';

// Naast runs with OIDC against the test provider that playwright.config.ts starts (port 3101 unless E2E_OIDC_PORT says otherwise);
// its development login form accepts any login name, and the account decides the claims.

/** The provider's development pages import a web font; the test machine has no internet. */
async function blockExternal(page: Page): Promise<void> {
  await page.route(/^https:\/\/fonts\./, (route) => route.abort());
}

async function signInAtProvider(page: Page, login: string): Promise<void> {
  await page.goto('/api/v1/oidc/inloggen');
  await expect(page).toHaveURL(new RegExp(`:${OIDC_PORT}/interaction/`));
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('willekeurig');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  // The provider asks for consent the first time this account meets this client.
  const consent = page.getByRole('button', { name: 'Continue' });
  await Promise.race([page.waitForURL((url) => url.port !== OIDC_PORT), consent.waitFor()]);
  if (await consent.isVisible()) await consent.click();
}

test('sign in through the organisation’s identity provider and get the mapped role', async ({ page, baseURL }) => {
  await blockExternal(page);
  const configuration = await page.request.get('/api/v1/oidc/configuratie');
  expect(await configuration.json()).toEqual({ ingeschakeld: true, naam: 'Inloggen met uw organisatie-account' });

  await signInAtProvider(page, 'bea-beleid');
  await expect(page).toHaveURL(`${baseURL}/`);

  // page.request shares the browser context's cookies: the session cookie set by the callback.
  const me = await page.request.get('/api/v1/sessies/huidige');
  expect(me.status()).toBe(200);
  const { gebruiker } = await me.json();
  expect(gebruiker).toMatchObject({ gebruikersnaam: 'bea.beleid', naam: 'Bea Beleid', oidc: true });
  expect(gebruiker.rollen).toEqual([{ rol: 'gemeente-beleid', organisatie: { soort: 'gemeente', code: 'utrecht' } }]);
});

test('an account without a Naast role is sent back to the sign-in page with an error code', async ({ page, baseURL }) => {
  await blockExternal(page);
  await signInAtProvider(page, 'zonder-rol');
  await expect(page).toHaveURL(`${baseURL}/inloggen?fout=geen-rol`);
  expect((await page.request.get('/api/v1/sessies/huidige')).status()).toBe(401);
});
