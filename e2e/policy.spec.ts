import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './a11y.ts';

const DEMO_PASSWORD = 'naast-demo-2014';

async function signIn(page: Page, username: string): Promise<void> {
  await expect(page.getByTestId('policy-sign-in')).toBeVisible();
  await page.getByLabel('Gebruikersnaam').fill(username);
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByTestId('signed-in-as')).toBeVisible();
}

test('the policy officer of Utrecht sees the coverage heat map with gaps and downloads the plan draft', async ({ page }) => {
  test.slow();
  await page.goto('/beleid');
  await expect(page.getByRole('heading', { level: 1, name: 'Beleid cliëntondersteuning' })).toBeVisible();
  await expectAccessible(page); // the sign-in prompt
  await signIn(page, 'demo-beleid');
  await expectAccessible(page);

  // The framework editor: the demo framework is loaded, fieldsets with legends, keyboard usable.
  await page.getByRole('link', { name: 'Afwegingskader' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Afwegingskader' })).toBeVisible();
  await expect(page.getByLabel('Sociale wijkteams')).toBeChecked();
  await expectAccessible(page);
  await page.getByLabel('Outreachend (de ondersteuner zoekt zelf mensen op)').check();
  await page.getByLabel(/Uren, adres of website: Outreachend/).fill('Signalen van huisartsen en woningcorporaties');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText(/Opgeslagen\. Dit is versie \d+\./)).toBeVisible();

  // Coverage: heat map and the table alternative, gaps marked in words.
  await page.getByRole('link', { name: 'Dekking' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dekking: hiaten en overlap' })).toBeVisible();
  await expect(page.getByTestId('coverage-summary')).toHaveText(/^[1-9]\d* hiaten en \d+ keer overlap, van de 378 combinaties die kunnen bestaan\.$/);
  // Tabel 1's age-bound groups (domain/policy/combinations.ts): grey "Kan niet" cells, not gaps.
  await expect(page.getByTestId('coverage-table').getByRole('cell', { name: 'Kan niet' }).first()).toBeVisible();
  await expect(page.getByTestId('coverage-heatmap').locator('svg')).toBeVisible();
  await expect(page.getByTestId('coverage-table').getByRole('cell', { name: '0 Hiaat' }).first()).toBeVisible();
  await expect(page.getByTestId('coverage-table').getByRole('rowheader', { name: 'Dak- en thuislozen' })).toBeVisible();
  await expectAccessible(page);

  // Checklist and the plan draft downloads.
  await page.getByRole('link', { name: 'Checklist en beleidsplan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Checklist Wmo 2015' })).toBeVisible();
  await expect(page.getByTestId('check-onafhankelijk')).toContainText('statuut');
  await expectAccessible(page);
  for (const [button, extension, check] of [
    ['Download voor Word', '.doc', (text: string) => expect(text).toContain('<h2>Onafhankelijke cliëntondersteuning</h2>')],
    ['Download als tekst (Markdown)', '.md', (text: string) => expect(text).toContain('## Onafhankelijke cliëntondersteuning')],
  ] as const) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: button }).click()]);
    expect(download.suggestedFilename()).toBe(`beleidsplan-clientondersteuning-utrecht${extension}`);
    const text = await readFile((await download.path())!, 'utf8');
    check(text);
    expect(text).toContain('Signalen van huisartsen en woningcorporaties');
  }
  const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download als PDF' }).click()]);
  expect(pdf.suggestedFilename()).toBe('beleidsplan-clientondersteuning-utrecht.pdf');
  expect((await readFile((await pdf.path())!)).subarray(0, 5).toString()).toBe('%PDF-');
});

test('the region sees its members side by side', async ({ page }) => {
  await page.goto('/beleid/jeugdregios/utrecht-stad');
  await signIn(page, 'demo-landelijk');
  await expect(page.getByRole('heading', { level: 1, name: /^Jeugdregio / })).toBeVisible();
  await expect(page.getByTestId('region-table').getByRole('link', { name: 'Utrecht' })).toBeVisible();
  await expectAccessible(page);
});
