import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './a11y.ts';

// Uses the demo period of Utrecht 2015 with MEE Utrecht, Gooi & Vecht (services/accountability/demo.ts).
const DEMO_PASSWORD = 'naast-demo-2014';

async function signIn(page: Page, username: string): Promise<void> {
  await page.getByLabel('Gebruikersnaam').fill(username);
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByTestId('signed-in-as')).toBeVisible();
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Uitloggen', exact: true }).click();
  await expect(page.getByLabel('Gebruikersnaam')).toBeVisible();
}

const csv = (rows: string[]) => ({ name: 'rapportage.csv', mimeType: 'text/csv', buffer: Buffer.from(['veld;categorie;waarde', ...rows].join('\n')) });

test('a provider uploads and submits its report, the municipality accepts it, the national monitor sees totals', async ({ page }) => {
  test.slow();
  await page.goto('/verantwoording');
  await expect(page.getByRole('heading', { level: 1, name: 'Verantwoording' })).toBeVisible();
  await expectAccessible(page);
  await signIn(page, 'demo-aanbieder');
  await page.getByRole('link', { name: /2015 productbekostiging utrecht/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rapportage 2015 productbekostiging' })).toBeVisible();
  await expect(page.getByTestId('value-clienten_bereikt')).toHaveText('24');
  await expectAccessible(page);

  // One bad cell: nothing is saved, the cell is named.
  await page.getByLabel('Bestand (CSV of Excel)').setInputFiles(csv(['uitgaven;;98.500,00', 'uren;Informatie en advies;veel']));
  await page.getByRole('button', { name: 'Inlezen' }).click();
  await expect(page.getByTestId('problem-summary')).toContainText('Rij 3, kolom C (waarde): "veel" is geen getal');
  await expect(page.getByTestId('value-uitgaven')).toHaveText('–');
  await expectAccessible(page);

  await page.getByLabel('Bestand (CSV of Excel)').setInputFiles(csv(['uitgaven;;98.500,00', 'uren;Informatie en advies;120,5']));
  await page.getByRole('button', { name: 'Inlezen' }).click();
  await expect(page.getByTestId('value-uitgaven')).toHaveText('€ 98.500,00');
  await page.getByRole('button', { name: 'Indienen bij de gemeente' }).click();
  await expect(page.getByTestId('report-state')).toHaveText('Ingediend');
  await signOut(page);

  await signIn(page, 'demo-beleid');
  await expect(page.getByTestId('report-state')).toHaveText('Ingediend');
  await page.getByRole('button', { name: 'Accepteren' }).click();
  await expect(page.getByTestId('report-state')).toHaveText('Geaccepteerd');
  await expectAccessible(page);
  await page.goto('/verantwoording');
  await expect(page.getByTestId('council-pdf-2015')).toBeVisible();
  const pdf = await page.request.get(await page.getByTestId('council-pdf-2015').getAttribute('href') ?? '');
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
  await expect(page.getByRole('heading', { level: 2, name: 'Verloop over de perioden' })).toBeVisible();
  await expect(page.getByTestId('acc-dashboard')).toHaveCount(1);
  await expect(page.getByText(/9 van 20 uitgenodigden \(45%\)/)).toBeVisible();
  await expect(page.getByText('Cliënten: 24')).toBeVisible();
  await expectAccessible(page);
  await signOut(page);

  await signIn(page, 'demo-landelijk');
  await expect(page.getByTestId('totals-clients-utrecht-stad')).toHaveText('24');
  await expectAccessible(page);
});
