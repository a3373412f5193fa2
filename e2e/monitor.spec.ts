import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './a11y.ts';

// The e2e server runs with NAAST_DEMO=1: demo answers for the four rounds of 2014 and the demo accounts.
// Its data folder is shared by every e2e file of a run, so the changes below use their own round,
// municipality or unique text and never expect a fixed version number.
const DEMO_PASSWORD = 'naast-demo-2014';

/** Signs in with the form the monitor shows to anonymous visitors; the page itself stays. */
async function signIn(page: Page, username: string): Promise<void> {
  await expect(page.getByTestId('monitor-sign-in')).toBeVisible();
  await page.getByLabel('Gebruikersnaam').fill(username);
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByTestId('signed-in-as')).toBeVisible();
}

test('the national dashboard of round 2014-10: sentences, charts with tables, lagging municipalities', async ({ page }) => {
  test.slow(); // axe checks several large tables
  await page.goto('/monitor?ronde=2014-10');
  await expect(page.getByRole('heading', { level: 1, name: 'Transitiemonitor: afspraken tussen gemeenten en MEE' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Monitor' }).getByRole('link', { name: 'Landelijk overzicht' })).toHaveAttribute('aria-current', 'page');
  await expectAccessible(page); // the sign-in prompt

  await signIn(page, 'demo-landelijk');
  await expect(page.getByLabel('Ronde', { exact: true })).toHaveValue('2014-10');
  const sentences = page.getByTestId('monitor-sentences');
  await expect(sentences).toContainText('403 gemeenten');
  await expect(sentences).toContainText('Op peildatum 1 oktober 2014');
  await expect(page.getByTestId('response-rate')).toContainText('van de 403 gemeenten hebben de vragenlijst ingevuld');

  // Charts are drawn by ECharts (loaded on demand) and each has a text alternative and a table.
  await expect(page.getByRole('img', { name: /^Staafdiagram van 403 gemeenten per fase/ }).locator('svg')).toBeVisible();
  await expect(page.getByRole('img', { name: /^Gestapeld staafdiagram. Per eis a tot en met f/ }).locator('svg')).toBeVisible();
  await expect(page.getByRole('img', { name: /in 4 rondes, van 1 april 2014 tot en met 3 november 2014/ }).locator('svg')).toBeVisible();
  await page.getByText('Toon de cijfers van de grafiek als tabel').first().click();
  await expect(page.getByTestId('stage-table').locator('tbody tr')).toHaveCount(6);
  await expect(page.getByTestId('requirements-table').locator('tbody tr')).toHaveCount(6);
  await expect(page.getByTestId('trend-table').locator('tbody tr')).toHaveCount(4);
  await expect(page.getByTestId('region-table').locator('tbody tr')).toHaveCount(41);
  await expect(page.getByTestId('organisation-table').locator('tbody tr')).toHaveCount(22);

  // The lagging list with reasons, and its downloads.
  const lagging = page.getByTestId('lagging-table').locator('tbody tr');
  await expect(lagging.first()).toBeVisible();
  expect(await lagging.count()).toBeGreaterThan(0);
  await expect(lagging.first()).toContainText(/Geen antwoord gegeven|Geen afspraken met MEE|Geen aanbieder gecontracteerd/);
  const csv = page.getByRole('link', { name: 'Download CSV: achterblijvende gemeenten' });
  await expect(csv).toHaveAttribute('href', '/api/v1/monitor/rondes/2014-10/achterblijvers?formaat=csv');
  const response = await page.request.get((await csv.getAttribute('href'))!);
  expect(response.headers()['content-type']).toContain('text/csv');
  await expect(page.getByRole('link', { name: 'Download Excel: achterblijvende gemeenten' })).toHaveAttribute('href', /formaat=xlsx/);
  await expectAccessible(page);

  // Another round: the address follows the choice.
  await page.getByLabel('Ronde', { exact: true }).selectOption('2014-04');
  await expect(page).toHaveURL(/ronde=2014-04/);
  await expect(sentences).toContainText('Op peildatum 1 april 2014');
});

test('the printable report of round 2014-10', async ({ page }) => {
  await page.goto('/monitor/rapport/2014-10');
  await signIn(page, 'demo-landelijk');
  await expect(page.getByRole('heading', { level: 1, name: 'Voortgang van de afspraken tussen gemeenten en MEE-organisaties' })).toBeVisible();
  await expect(page.getByTestId('report-sentences')).toContainText('403 gemeenten');
  await expect(page.getByTestId('report-meta')).toContainText('Peildatum: 1 oktober 2014.');
  await expect(page.getByRole('link', { name: 'Download als PDF' })).toHaveAttribute('href', '/api/v1/monitor/rondes/2014-10/rapport?formaat=pdf');
  // The charts are fixed SVG pictures with their tables always visible, so they print.
  // Stages, requirements, the trend, and the question on definitive agreements as two series (it changed in November 2014).
  await expect(page.locator('.naast-chart-svg svg')).toHaveCount(5);
  await expect(page.getByTestId('report-organisations').locator('tbody tr')).toHaveCount(22);
  await expectAccessible(page);

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Monitor' })).toBeHidden();
  await expect(page.getByTestId('report-sentences')).toBeVisible();
  await expect(page.locator('.naast-chart-svg svg').first()).toBeVisible();
});

test('a policy officer of Utrecht submits a new version: all errors first, then "Ingediend"', async ({ page }) => {
  await page.goto('/monitor/antwoorden/2014-11/utrecht');
  await signIn(page, 'demo-beleid');
  await expect(page.getByRole('heading', { level: 1, name: 'Vragenlijst Utrecht' })).toBeVisible();
  const history = page.getByTestId('version-history').locator('tbody tr');
  await expect(history.first()).toBeVisible();
  const before = await history.count();

  // The form is built from the questionnaire's data and starts from the latest version.
  const stage = page.getByRole('radiogroup', { name: 'Hoe ver zijn de afspraken met MEE?' });
  await expect(stage.getByRole('radio')).toHaveCount(5);
  await stage.getByRole('radio', { name: 'Afspraken op collegeniveau' }).check();
  const d = page.getByRole('radiogroup', { name: 'd. Frictiekosten' });
  await d.getByRole('radio', { name: 'Nee' }).check();
  const explanation = page.getByLabel('Toelichting bij d');
  await explanation.fill('');
  const budget = page.getByLabel('Welk budget gaat de gemeente in 2015 bij MEE besteden (euro)?');
  await budget.fill('1.000.000');
  await page.getByRole('button', { name: 'Indienen' }).click();

  const errors = page.getByTestId('form-errors');
  await expect(errors).toContainText('Licht toe waarom hier nog geen afspraken over zijn.');
  await expect(errors).toBeFocused();
  await expect(explanation).toHaveAttribute('aria-invalid', 'true');
  await expect(history).toHaveCount(before); // nothing was saved
  await expectAccessible(page);

  // The error links to its field.
  await errors.getByRole('link', { name: /Toelichting bij d/ }).click();
  await expect(explanation).toBeFocused();
  await explanation.fill(`Gesprek met MEE over frictiekosten staat gepland (e2e ${Date.now()}).`);
  await page.getByRole('button', { name: 'Indienen' }).click();

  await expect(page.getByTestId('answer-saved')).toContainText('Status: Ingediend.');
  await expect(page.getByTestId('answer-status')).toHaveText('Ingediend');
  await expect(history).toHaveCount(before + 1);
  await expect(history.first()).toContainText('Ingediend');
  // A warning of the rules does not stop the submission, but is shown after saving.
  await expect(page.getByTestId('answer-warnings')).toContainText('minder dan de helft van het budget 2014');
  await expect(errors).toHaveCount(0);
  await expectAccessible(page);
});

test('the national monitor follows up: the follow-up page, a support team, escalation and the MEE monitor', async ({ page }) => {
  test.slow();
  await page.goto('/monitor/opvolging?ronde=2014-10');
  await signIn(page, 'demo-landelijk');
  await expect(page.getByRole('heading', { level: 1, name: 'Opvolging van achterblijvende gemeenten' })).toBeVisible();
  const table = page.getByTestId('followup-table');
  await expect(table.locator('tbody tr').first()).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Escalaties' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Vergelijking met de MEE-monitor' })).toBeVisible();
  await expectAccessible(page);

  // A support team and an escalation for the first lagging municipality (If-Match behind the scenes).
  const first = table.locator('tbody tr').first().getByRole('link');
  const name = (await first.textContent())!.trim();
  await first.click();
  await expect(page.getByRole('heading', { level: 1, name: `Opvolging: ${name}` })).toBeVisible();
  const team = `Team e2e ${Date.now()}`;
  await page.getByLabel('Ondersteuningsteam').fill(team);
  await page.getByLabel('Deze gemeente is geëscaleerd').check();
  await page.getByRole('button', { name: 'Opvolging opslaan' }).click();
  await expect(page.getByTestId('followup-saved')).toBeVisible();
  await expect(page.getByTestId('followup-events')).toContainText('Team toegewezen');
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Terug naar de opvolging' }).click();
  await expect(table.getByRole('row', { name: new RegExp(`^${name}`) })).toContainText(team);
  await expect(page.getByTestId('escalation-table')).toContainText(name);

  // The MEE monitor as a second source: read in a file, then the differences show.
  await page.getByLabel('Bestand met de MEE-monitor (CSV of Excel)').setInputFiles({
    name: 'mee-monitor.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`gemeente;fase;datum\n${name};definitief;2014-10-01\n`, 'utf8'),
  });
  await page.getByRole('button', { name: 'Bestand inlezen' }).click();
  await expect(page.getByTestId('mee-upload-result')).toContainText('Aantal gemeenten: 1.');
  await expect(page.getByTestId('reconcile-table').getByRole('row', { name: new RegExp(`^${name}`) })).toContainText('Definitief');
  await expect(page.getByRole('link', { name: 'Download CSV: vergelijking met de MEE-monitor' })).toHaveAttribute('href', /alleenVerschillen=true&formaat=csv/);
});

test('the national monitor accepts a submitted answer; a regional user sees only the own municipalities', async ({ page }) => {
  await page.goto('/monitor/gemeenten?ronde=2014-05');
  await signIn(page, 'demo-landelijk');
  const rows = page.getByTestId('municipality-table').locator('tbody tr');
  await expect(rows).toHaveCount(403);
  const submitted = rows.filter({ hasText: 'Ingediend' }).first();
  const name = (await submitted.getByRole('link').textContent())!.trim();
  await submitted.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: `Vragenlijst ${name}` })).toBeVisible();
  await expect(page.getByText('U kunt deze antwoorden bekijken, maar niet wijzigen.')).toBeVisible();
  await expect(page.getByTestId('answer-view')).toBeVisible();
  await page.getByRole('button', { name: 'Accepteren' }).click();
  await expect(page.getByTestId('review-done')).toContainText('Geaccepteerd');
  await expect(page.getByTestId('answer-status')).toHaveText('Geaccepteerd');
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Uitloggen' }).first().click();
  await signIn(page, 'demo-regio');
  await page.goto('/monitor/gemeenten?ronde=2014-05');
  await expect(page.getByTestId('municipality-table').locator('tbody tr')).toHaveCount(18); // Zuid-Limburg
  await expect(page.getByRole('navigation', { name: 'Monitor' }).getByRole('link', { name: 'Opvolging' })).toHaveCount(0);
});
