import { expect, test } from '@playwright/test';
import { expectAccessible } from './a11y.ts';

// Issue 21 §2 in the browser: both sources side by side with numerator and denominator, the seed's
// statements with their citation, and the question on definitive agreements as two series with a break.
// The e2e server runs with NAAST_DEMO=1 (demo answers and the demo MEE monitor of 1 October 2014).
test('the dashboard puts the transition monitor and MEE Nederland\'s monitor side by side and breaks the trend at the changed question', async ({ page }) => {
  test.slow();
  await page.goto('/monitor?ronde=2014-10');
  await expect(page.getByTestId('monitor-sign-in')).toBeVisible();
  await page.getByLabel('Gebruikersnaam').fill('demo-landelijk');
  await page.getByLabel('Wachtwoord').fill('naast-demo-2014');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByTestId('signed-in-as')).toBeVisible();

  await expect(page.getByRole('heading', { level: 2, name: 'Twee bronnen naast elkaar' })).toBeVisible();
  const sources = page.getByTestId('sources-table');
  await expect(sources.getByRole('row', { name: /Afspraken op collegeniveau afgerond/ })).toContainText('84% (339 van de 403 gemeenten)');
  await expect(sources.getByRole('row', { name: /Onbekend/ })).toContainText('van de 403 gemeenten');
  const statements = page.getByTestId('source-statements');
  await expect(statements).toContainText('Volgens de monitor van MEE Nederland (per 1 oktober 2014; 15 oktober 2014 aan de Kamer gemeld)');
  await expect(statements).toContainText('Vindplaats: seeds/000_6cdda7e4ab47aefe.txt');

  await expect(page.getByTestId('trend-versions-note')).toBeVisible();
  await expect(page.getByTestId('definitive-series-1')).toBeVisible();
  await expect(page.getByTestId('definitive-series-2')).toContainText('Breuk in de reeks');
  await expectAccessible(page);
});
