import { expect, test } from '@playwright/test';
import { expectAccessible } from './a11y.ts';

test('the home page renders in Dutch with the module navigation', async ({ page }) => {
  // `/` is the residents' front door (issue 19): staff reach the app's start page through its sign-in page.
  await page.goto('/inloggen');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Start', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Welkom bij Naast' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
  for (const label of ['Budget', 'Monitor', 'Cliënten', 'Sociale kaart', 'Verantwoording', 'Beheer']) {
    await expect(nav.getByRole('link', { name: label, exact: true })).toBeVisible();
  }
  await expectAccessible(page);
});

test('the status page shows what /api/v1/health says', async ({ page }) => {
  await page.goto('/status');
  await expect(page.getByRole('heading', { level: 1, name: 'Status van het systeem' })).toBeVisible();
  await expect(page.getByTestId('engine')).toHaveText('Ingebouwd (PGlite)');
  await expect(page.getByTestId('schema-version')).toHaveText(/^\d+$/);
  await expectAccessible(page);
});

test('the language switch turns the interface into English and back', async ({ page }) => {
  // `/` is the residents' front door (issue 19): staff reach the app's start page through its sign-in page.
  await page.goto('/inloggen');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Start', exact: true }).click();
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Naast' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Wissel naar Nederlands' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Welkom bij Naast' })).toBeVisible();
});

test('a module page in progress and an unknown page are accessible', async ({ page }) => {
  await page.goto('/verantwoording');
  await expect(page.getByRole('heading', { level: 1, name: 'Verantwoording' })).toBeVisible();
  await expectAccessible(page);
  await page.goto('/bestaat-niet');
  await expect(page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' })).toBeVisible();
  await expectAccessible(page);
});
