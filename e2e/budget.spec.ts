import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './a11y.ts';

// The server starts on a fresh database with the 2014 reference data (408 municipalities, 22 MEE
// organisations) and the demo accounts (README), all with the password below.
const DEMO_PASSWORD = 'naast-demo-2014';

/** Signs in through the form on the friction page. */
async function signIn(page: Page, username: string): Promise<void> {
  await page.getByLabel('Gebruikersnaam').fill(username);
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByTestId('signed-in-as')).toBeVisible();
}

test('the budget overview shows the national totals, a chart and all 408 municipalities', async ({ page }) => {
  await page.goto('/budget');
  await expect(page.getByRole('heading', { level: 1, name: 'Budget cliëntondersteuning 2014' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Budget' }).getByRole('link', { name: 'Overzicht' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByTestId('alles-klopt')).toHaveText('Alles klopt.');
  await expect(page.getByTestId('organisation-table').locator('tbody tr')).toHaveCount(22);
  const table = page.getByTestId('allocation-table');
  await expect(table.locator('tbody tr')).toHaveCount(408);
  await expect(page.getByTestId('allocation-count')).toHaveText('Aantal gemeenten: 408');
  // The chart is drawn by ECharts (loaded on demand) and has a text alternative.
  await expect(page.getByRole('img', { name: /Staafdiagram van het budget MEE van 22 MEE-organisaties/ }).locator('svg')).toBeVisible();
  await expectAccessible(page);

  // Sortable headers are buttons; aria-sort tells which column is sorted.
  const header = table.getByRole('columnheader', { name: 'Budget MEE' });
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  await expect(table.locator('tbody tr').first().locator('th')).toHaveText('Amsterdam');
});

test('search "Beek", open Beek (L.) and read how its budget is calculated', async ({ page }) => {
  await page.goto('/budget');
  const table = page.getByTestId('allocation-table');
  await expect(table.locator('tbody tr')).toHaveCount(408);
  await page.getByLabel('Zoek op naam van de gemeente').fill('Beek');
  await expect(table.locator('tbody tr')).toHaveCount(4);
  await expect(page.getByTestId('allocation-count')).toHaveText('Aantal gemeenten: 4');

  // The downloads follow the filter.
  const csv = page.getByRole('link', { name: /^Download CSV/ });
  await expect(csv).toHaveAttribute('href', /zoek=Beek/);
  const response = await page.request.get((await csv.getAttribute('href'))!);
  expect(response.headers()['content-type']).toContain('text/csv');
  expect(await response.text()).toContain('Beek (L.);GM0888');
  await expect(page.getByRole('link', { name: /^Download Excel/ })).toHaveAttribute('href', /formaat=xlsx/);

  await table.getByRole('link', { name: 'Beek (L.)', exact: true }).click();
  await expect(page).toHaveURL(/\/budget\/gemeente\/beek-l$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Beek (L.)' })).toBeVisible();
  await expect(page.getByTestId('budget-mee')).toHaveText('€ 134.878');
  await expect(page.getByTestId('budget-ivh')).toHaveText('€ 1.830');
  await expect(page.getByTestId('check')).toContainText('Berekend = gepubliceerd');
  await expect(page.getByTestId('inwonersaandeel')).toHaveText('2,565001%');
  await expect(page.getByRole('heading', { level: 2, name: 'Stap 5. Het bedrag en het afronden' })).toBeVisible();
  const rounding = page.getByTestId('rounding-table');
  await expect(rounding.getByRole('row', { name: /Exact bedrag/ })).toContainText('€ 134.878,0000');
  await expect(rounding.getByRole('row', { name: /Kreeg de gemeente er een euro bij/ })).toContainText('Nee');
  await expectAccessible(page);

  // "Back" keeps the filter.
  await page.goBack();
  await expect(page.getByLabel('Zoek op naam van de gemeente')).toHaveValue('Beek');
  await expect(table.locator('tbody tr')).toHaveCount(4);
});

test('the scenario page recalculates when the share for inhabitants changes', async ({ page }) => {
  test.slow(); // axe checks two tables of 408 rows
  await page.goto('/budget/scenario');
  await expect(page.getByRole('heading', { level: 1, name: 'Scenario: een andere verdeelsleutel' })).toBeVisible();
  const field = page.getByLabel('Deel voor inwoners (in procent)');
  await expect(field).toHaveValue('50');
  const table = page.getByTestId('scenario-table');
  await expect(table.locator('tbody tr')).toHaveCount(408);
  const row = table.getByRole('row', { name: /^Aa en Hunze/ });
  await expect(row.getByRole('cell')).toHaveText(['MEE Drenthe', '€ 190.148', '€ 210.612', '€ 20.464']);
  await expect(page.getByRole('img', { name: /Staafdiagram van de gemeenten/ }).locator('svg')).toBeVisible();
  await expect(page.getByTestId('pools-table').locator('tbody tr')).toHaveCount(41);
  await expectAccessible(page);

  // 20% is today's key: the scenario equals the published budget.
  await field.fill('20');
  await expect(row.getByRole('cell')).toHaveText(['MEE Drenthe', '€ 190.148', '€ 190.148', '€ 0']);
  await expect(page.getByTestId('scenario-status')).toContainText('20% inwoners en 80% cliënten');
  await expect(page).toHaveURL(/inwoners=20/);
  await expect(page.getByText('Met deze sleutel verandert er niets')).toBeVisible();
  await expect(page.getByRole('link', { name: /^Download CSV/ })).toHaveAttribute('href', /inwonersPercentage=20&formaat=csv/);

  await field.fill('150');
  await expect(page.getByText('Vul een heel getal in van 0 tot en met 100.')).toBeVisible();
  await expect(field).toHaveAttribute('aria-invalid', 'true');

  // Regional pools: the municipalities of one youth region.
  await page.getByLabel('Jeugdregio', { exact: true }).selectOption({ label: 'Zuid-Limburg' });
  await expect(page.getByTestId('pool-participants').locator('tbody tr')).toHaveCount(18);
  await expect(page.getByTestId('pool-participants')).toContainText('Beek (L.)');
  await expectAccessible(page);
});

test('the friction page saves an amount, shows the shortfall and detects a change by someone else', async ({ page }) => {
  await page.goto('/budget/frictiekosten');
  await expect(page.getByRole('heading', { level: 1, name: 'Frictiekosten 2015' })).toBeVisible();
  await expect(page.getByTestId('friction-organisations').locator('tbody tr')).toHaveCount(22);
  await expect(page.getByTestId('friction-regions').locator('tbody tr')).toHaveCount(41);
  // Entering amounts needs a signed-in user with the right role.
  await expect(page.getByText('Om bedragen in te vullen, moet u eerst inloggen.')).toBeVisible();
  // Signing in with the organisation's account (OIDC) comes back to this page.
  await expect(page.getByRole('link', { name: 'Inloggen met uw organisatie-account' })).toHaveAttribute(
    'href',
    '/api/v1/oidc/inloggen?terugNaar=%2Fbudget%2Ffrictiekosten',
  );
  await expectAccessible(page);
  await page.getByLabel('Gebruikersnaam').fill('demo-beheer');
  await page.getByLabel('Wachtwoord').fill('fout');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByTestId('problem-summary')).toContainText('De gebruikersnaam of het wachtwoord klopt niet.');
  await signIn(page, 'demo-beheer');
  await expect(page.getByTestId('signed-in-as')).toHaveText('U bent ingelogd als Demo Beheerder.');

  const municipality = page.getByLabel('Gemeente', { exact: true });
  const amount = page.getByLabel('Bedrag in euro’s voor 2015');
  const save = page.getByRole('button', { name: 'Bedrag opslaan' });

  // A wrong amount is explained at the field.
  await municipality.selectOption({ label: 'Aa en Hunze' });
  await amount.fill('12,345');
  await save.click();
  await expect(page.getByText('er staan meer dan twee cijfers achter de komma')).toBeVisible();
  await expect(amount).toBeFocused();

  await amount.fill('150.000');
  await save.click();
  await expect(page.getByTestId('spending-result')).toContainText('Tekort voor MEE: € 40.148');
  await expect(page.getByTestId('national-shortfall')).toHaveText('€ 40.148');
  await expect(page.getByTestId('national-count')).toHaveText('1 van 408');
  await expect(page.getByTestId('friction-municipalities').getByRole('row', { name: /^Aa en Hunze/ })).toContainText('€ 150.000');
  await expectAccessible(page);

  // Someone else changes the amount in the meantime (version 1 → 2): the form must not overwrite it.
  const { csrfToken } = (await (await page.request.get('/api/v1/sessies/huidige')).json()) as { csrfToken: string };
  const other = await page.request.put('/api/v1/budget/bestedingen/2015/aa-en-hunze', {
    headers: { 'If-Match': '"1"', 'X-CSRF-Token': csrfToken },
    data: { bedragCent: 18000000, toelichting: 'Door een collega' },
  });
  expect(other.status()).toBe(200);
  await amount.fill('160.000');
  await save.click();
  const summary = page.getByTestId('problem-summary');
  await expect(summary).toContainText('Iemand anders heeft dit bedrag intussen gewijzigd');
  await expect(summary).toBeFocused();
  await expect(amount).toHaveValue('180.000'); // the form now shows what is stored
  await amount.fill('160.000');
  await save.click();
  await expect(page.getByTestId('spending-result')).toContainText('Tekort voor MEE: € 30.148');
});

test('uploading a file with a wrong row lists every row and column error and saves nothing', async ({ page }) => {
  await page.goto('/budget/frictiekosten');
  await signIn(page, 'demo-beheer');
  const file = page.getByLabel('Bestand (CSV of Excel)');
  await file.setInputFiles({
    name: 'bestedingen.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('gemeente;bedrag_eur;toelichting\nAalten;200.000;goed\nBestaat niet;12,345;fout\n', 'utf8'),
  });
  await page.getByRole('button', { name: 'Bestand inlezen' }).click();
  const summary = page.getByTestId('problem-summary');
  await expect(summary).toContainText('Het bestand is niet ingelezen. Er is niets opgeslagen.');
  await expect(summary.getByRole('listitem')).toHaveCount(2);
  await expect(summary).toContainText('Rij 3, kolom A (gemeente): Onbekende gemeente "Bestaat niet".');
  await expect(summary).toContainText('Rij 3, kolom B (bedrag_eur)');
  await expectAccessible(page);
  await expect(page.getByTestId('friction-municipalities').getByRole('row', { name: /^Aalten/ })).toHaveCount(0);

  await file.setInputFiles({
    name: 'bestedingen.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('gemeente;bedrag_eur\nAalten;200.000\n', 'utf8'),
  });
  await page.getByRole('button', { name: 'Bestand inlezen' }).click();
  await expect(page.getByTestId('upload-result')).toHaveText('Het bestand is ingelezen. Aantal opgeslagen bedragen: 1.');
  await expect(page.getByTestId('friction-municipalities').getByRole('row', { name: /^Aalten/ })).toContainText('€ 200.000');

  // A regional user only gets the municipalities of the own youth region to choose from.
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await signIn(page, 'demo-regio');
  const options = page.getByLabel('Gemeente', { exact: true }).locator('option');
  await expect(options).toHaveCount(19); // "Kies een gemeente" + 18 municipalities of Zuid-Limburg
  await expect(options.nth(1)).toHaveText('Beek (L.)');
});

test('budget pages are split from the first route and work in English', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  // `/` is the residents' front door (issue 19): staff reach the app's start page through its sign-in page.
  await page.goto('/inloggen');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Start', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Welkom bij Naast' })).toBeVisible();
  expect(scripts.filter((url) => /echarts|OverviewPage|BudgetModule/.test(url))).toEqual([]);

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Budget' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Budget cliëntondersteuning 2014' })).toBeVisible();
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Client support budget 2014' })).toBeVisible();
  await expect(page.getByTestId('alles-klopt')).toHaveText('Everything adds up.');
  await page.getByRole('navigation', { name: 'Budget' }).getByRole('link', { name: 'Friction costs' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Friction costs 2015' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Wissel naar Nederlands' }).click();
});
