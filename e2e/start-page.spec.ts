import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './a11y.ts';

// Issue 20 §2: a start page per role. The policy officer sees the own municipality's state with the next
// step of each part; the national analyst sees the national picture, the lagging list and what changed
// since the previous round. Both at phone width (390 px): axe clean and no sideways scroll. The e2e data
// folder is shared by every spec of a run, so nothing here expects fixed counts.
const DEMO_PASSWORD = 'naast-demo-2014';

async function signInAndOpenStart(page: Page, username: string): Promise<void> {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/inloggen');
  await page.getByLabel('Gebruikersnaam').fill(username);
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await expect(page.getByTestId('header-user')).toBeVisible();
  await page.goto('/');
}

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
}

test('the policy officer of Utrecht sees the municipality with the next step of each part', async ({ page }) => {
  await signInAndOpenStart(page, 'demo-beleid');
  await expect(page.getByRole('heading', { level: 1, name: 'Welkom, Demo Beleid Utrecht' })).toBeVisible();
  const block = page.getByTestId('start-policy');
  await expect(block.getByRole('heading', { level: 2, name: 'Uw gemeente: Utrecht' })).toBeVisible();
  await expect(block.getByRole('heading', { level: 3, name: /^Monitor: Meting begin november 2014$/ })).toBeVisible();
  await expect(block.getByText(/van de 378 combinaties van doelgroep, leeftijd en levensdomein die kunnen bestaan\./)).toBeVisible();
  await expect(block.getByRole('heading', { level: 3, name: 'Verantwoording van aanbieders' })).toBeVisible();
  await expect(page.getByTestId('start-national')).toHaveCount(0);
  await expectAccessible(page);
  await expectNoSidewaysScroll(page);
  // The monitor's next step leads to the answer page of this round and municipality.
  await block.getByRole('link', { name: /antwoord/i }).first().click();
  await expect(page).toHaveURL(/\/monitor\/antwoorden\/2014-11\/utrecht$/);
});

test('the national analyst sees the national picture, the lagging list and what changed since the previous round', async ({ page }) => {
  await signInAndOpenStart(page, 'demo-landelijk');
  const block = page.getByTestId('start-national');
  await expect(block.getByRole('heading', { level: 2, name: 'Het landelijke beeld: Meting begin november 2014' })).toBeVisible();
  // Every share with numerator and denominator; non-response is its own row.
  await expect(block.getByTestId('start-shares').getByRole('row', { name: /Niet geantwoord/ })).toHaveText(/^Niet geantwoord\s*\d+% \(\d+ van 403\)$/);
  await expect(block.getByRole('heading', { level: 3, name: 'Achterblijvers' })).toBeVisible();
  await expect(block.getByRole('link', { name: 'Alle achterblijvers en de opvolging' })).toHaveAttribute('href', '/monitor/opvolging');
  await expect(block.getByRole('heading', { level: 3, name: 'Wat veranderde sinds Meting 1 oktober 2014' })).toBeVisible();
  await expect(block.getByTestId('start-changes').getByRole('rowheader', { name: 'Geen antwoord' })).toBeVisible();
  await expect(block.getByTestId('start-changed-count')).toHaveText(/^\d+ gemeenten staan in een andere fase dan in de vorige ronde\.$/);
  await expect(page.getByTestId('start-policy')).toHaveCount(0);
  await expectAccessible(page);
  await expectNoSidewaysScroll(page);
  // The full overview has the monthly trend: each answer in the month it was given (issue 20 §5).
  await block.getByRole('link', { name: 'Naar het volledige overzicht van de monitor' }).click();
  await expect(page.getByTestId('monthly-answers').getByRole('columnheader', { name: /Maand/ })).toBeVisible();
});
