import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './a11y.ts';

// The social map's public pages for residents (server-rendered, no JavaScript needed) and the
// management pages of the policy officer. The demo map of Utrecht is loaded by NAAST_DEMO=1.
const DEMO_PASSWORD = 'naast-demo-2014';

test.describe('residents, with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the public search finds a provider by question and place; detail and FAQ work', async ({ page }) => {
    await page.goto('/hulp-zoeken');
    await expect(page.getByRole('heading', { level: 1, name: 'Hulp zoeken' })).toBeVisible();
    await page.getByLabel('Uw vraag').fill('Ik heb schulden');
    await page.getByLabel('Plaats').fill('Utrecht');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await expect(page).toHaveURL(/vraag=Ik\+heb\+schulden/);
    // Ranked (ADR 0012): debt help first, the money-and-rules walk-in close behind.
    await expect(page.locator('.naast-sk-result').first()).toContainText('Schuldhulpverlening');
    const first = page.locator('.naast-sk-result').filter({ hasText: 'Spreekuur geld en regels' });
    await expect(first.getByRole('link', { name: 'Spreekuur geld en regels' })).toBeVisible();
    await expect(first).toContainText('Sociaal Raadslieden Utrecht (demo)');
    await first.getByRole('link', { name: 'Spreekuur geld en regels' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Spreekuur geld en regels' })).toBeVisible();
    await expect(page.getByText('Bibliotheek Overvecht (demo)')).toBeVisible();
    await page.getByRole('link', { name: /Terug naar zoeken/ }).click();
    await expect(page.getByLabel('Uw vraag')).toHaveValue('Ik heb schulden');

    // A regional service is found from a neighbouring municipality.
    await page.goto('/hulp-zoeken?vraag=beperking&plaats=Zeist');
    await expect(page.getByRole('link', { name: 'Cliëntondersteuning bij een beperking' })).toBeVisible();

    await page.goto('/veelgestelde-vragen?gemeente=utrecht');
    await expect(page.getByRole('heading', { level: 2, name: 'Kost cliëntondersteuning geld?' })).toBeVisible();

    await page.goto('/hulp-zoeken?vraag=debts&taal=en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1, name: 'Find help' })).toBeVisible();
  });
});

test('axe finds no WCAG 2.1 AA violations on the public pages', async ({ page }) => {
  for (const url of ['/hulp-zoeken', '/hulp-zoeken?vraag=schulden&plaats=Utrecht', '/hulp-zoeken?vraag=zzzz', '/hulp-zoeken?taal=en&vraag=geld', '/veelgestelde-vragen?gemeente=utrecht', '/veelgestelde-vragen?taal=en']) {
    await page.goto(url);
    await expectAccessible(page);
  }
  await page.goto('/hulp-zoeken?vraag=schulden');
  await page.locator('.naast-sk-result a').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectAccessible(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Menu' })).toBeHidden();
});

async function signIn(page: Page, username: string): Promise<void> {
  await page.getByLabel('Gebruikersnaam').fill(username);
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByTestId('signed-in-as')).toBeVisible();
}

test('the policy officer manages the social map', async ({ page }) => {
  test.slow();
  await page.goto('/sociale-kaart');
  await expect(page.getByRole('heading', { level: 1, name: 'Sociale kaart' })).toBeVisible();
  await signIn(page, 'demo-beleid');
  await expect(page).toHaveURL(/\/sociale-kaart\/gemeenten\/utrecht$/);
  await expect(page.getByTestId('socialmap-providers')).toContainText('Ouderenadvies Utrecht (demo)');
  await expectAccessible(page);

  const name = `E2E Buurthulp ${Date.now()} (demo)`;
  await page.getByRole('link', { name: 'Nieuwe aanbieder' }).click();
  await page.getByLabel('Naam').fill(name);
  await page.getByLabel('Soort aanbieder').selectOption('amw');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Opslaan' }).click();
  const section = page.locator('section', { has: page.getByRole('heading', { name }) });
  await expect(section).toBeVisible();

  await section.getByRole('link', { name: 'Nieuwe dienst' }).click();
  await page.getByLabel('Naam').fill('Klusjesdienst voor ouderen');
  await page.getByLabel('Trefwoorden (met komma’s)').fill('klussen, lamp ophangen');
  await page.getByRole('group', { name: 'Leeftijden' }).getByLabel('Ouderen (65 jaar en ouder)').check();
  await page.getByRole('group', { name: 'Kanalen' }).getByLabel('Telefonisch').check();
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(section.getByRole('link', { name: 'Klusjesdienst voor ouderen', exact: true })).toBeVisible();

  // Residents find it straight away.
  await page.goto('/hulp-zoeken?vraag=lamp+ophangen&leeftijd=70');
  await expect(page.getByRole('link', { name: 'Klusjesdienst voor ouderen' })).toBeVisible();

  await page.goto('/sociale-kaart/gemeenten/utrecht/veelgestelde-vragen');
  await expect(page.getByRole('heading', { level: 2, name: 'Wat is cliëntondersteuning?' })).toBeVisible();
  await expectAccessible(page);
});

test('the policy officer previews an HSDS import before applying it, and finds every export shape', async ({ page }) => {
  test.slow();
  await page.goto('/sociale-kaart');
  await signIn(page, 'demo-beleid');
  await expect(page).toHaveURL(/\/sociale-kaart\/gemeenten\/utrecht$/);
  const exports = page.getByTestId('sk-hsds-exports');
  for (const name of ['De hele kaart (JSON, Naasts bundel)', 'Bundel tabellen (JSON, zoals tabular.json)', 'Lijstpagina van diensten (JSON)', 'Datapakket (zip met datapackage.json en CSV-bestanden)']) {
    await expect(exports.getByRole('link', { name })).toBeVisible();
  }
  // The official HSDS 3.0 example (Open Referral, CC BY-SA 4.0) holds placeholder values: reported with their path.
  const example = new URL('../standards/hsds-3/examples/service_full.json', import.meta.url).pathname;
  await page.getByLabel('Kies HSDS-bestanden (JSON, zip of CSV)').setInputFiles(example);
  await expect(page.getByText('$.service_at_locations[0].location.latitude')).toBeVisible();
  await page.getByLabel('De rest inlezen en die velden leeg laten').check();
  const preview = page.getByTestId('sk-hsds-preview');
  await expect(preview.getByRole('row', { name: /Diensten\s+1\s+0\s+0\s+0/ })).toBeVisible();
  await expect(preview).toContainText('$.phones[0].number');
  await expectAccessible(page);
  // Cancelled: nothing was written.
  await preview.getByRole('button', { name: 'Annuleren' }).click();
  await expect(preview).toBeHidden();
  await expect(page.getByTestId('socialmap-providers')).not.toContainText('Example Organization Inc.');
});
