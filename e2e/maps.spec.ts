import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

// Maps per municipality on the boundaries of the division the figures belong to (issue 20 §4): the map
// is an image with a text alternative, its legend names every class, and the same figures are a table.
const DEMO_PASSWORD = 'naast-demo-2014';

/** axe (WCAG 2.1 AA) on the map figure and its controls only: the rest of the page has its own checks. */
async function expectMapAccessible(page: Page, selector: string): Promise<void> {
  const results = await new AxeBuilder({ page }).include(selector).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`), 'axe WCAG 2.1 AA violations').toEqual([]);
}

test('the budget map: the 2013 and 2014 divisions, per municipality or youth region, with its table', async ({ page }) => {
  test.slow(); // the overview page also holds the 408-row allocation table, which axe walks too
  await page.goto('/budget');
  const map = page.getByTestId('budget-map');
  await expect(map.getByRole('img', { name: /^Kaart van Nederland met per gemeente het bedrag/ }).locator('svg path').first()).toBeVisible({ timeout: 30_000 });
  // CBS inhabitants of 1 January 2013 are shipped (SOURCES.md §5.2): the 2013 map is per inhabitant, without the warning.
  await expect(map.getByRole('img', { name: /\(Budget per inwoner\)/ })).toBeVisible();
  await expect(page.getByTestId('map-no-inhabitants')).toHaveCount(0);
  await expect(map.locator('tbody tr')).toHaveCount(408);
  await expectMapAccessible(page, 'section:has([data-testid="budget-map"])');

  // 2014: mergers summed; the four receivers of Boarnsterhim (no cited split shares in the demo) are hatched,
  // with their own legend entry and the reason in the table.
  await page.getByLabel('2014 (na herindeling, 403 gemeenten)').check();
  await expect(page.getByTestId('map-not-distributable')).toContainText('Boarnsterhim', { timeout: 30_000 });
  const map2014 = page.getByTestId('budget-map');
  await expect(map2014.getByRole('img', { name: /in de indeling 2014/ }).locator('svg path').first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('budget-map-legend')).toContainText('Niet te verdelen');
  await expect(map2014.locator('tbody tr')).toHaveCount(403);
  await expect(map2014.locator('tbody tr', { hasText: 'Heerenveen' })).toContainText('geen verdeelsleutel met bron');
  await expect(page.getByTestId('budget-report-pdf')).toHaveAttribute('href', /\/budget\/rapport\?jaar=2014/);
  await expectMapAccessible(page, 'section:has([data-testid="budget-map"])');
  await page.getByLabel('2013 (Bijlage 5, 408 gemeenten)').check();
  await page.getByRole('radio', { name: 'Jeugdregio' }).check();
  await expect(page.getByTestId('budget-map').locator('tbody tr')).toHaveCount(41, { timeout: 30_000 });
});

test('the monitor map: the stage per municipality of round 2014-10 on the 2014 division', async ({ page }) => {
  await page.goto('/monitor?ronde=2014-10');
  await page.getByLabel('Gebruikersnaam').fill('demo-landelijk');
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  const map = page.getByTestId('stage-map');
  await expect(map.getByRole('img', { name: /^Kaart van Nederland met per gemeente \(indeling 2014\) de fase/ }).locator('svg path').first()).toBeVisible({ timeout: 30_000 });
  await expect(map.locator('tbody tr')).toHaveCount(403, { timeout: 30_000 });
  await expect(map.locator('tbody')).toContainText('De Friese Meren');
  await expectMapAccessible(page, '[data-testid="stage-map"]');
});
