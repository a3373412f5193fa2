import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectAccessible } from './a11y.ts';

// The resident's journey of issue 6 through the resident portal (issue 7): a resident asks online, a
// supporter of Utrecht takes it up, the resident follows it and asks for another supporter. The e2e data
// folder is shared by every spec of a run: this test uses its own client name and never counts cases.
const DEMO_PASSWORD = 'naast-demo-2014';
const OIDC_PORT = String(process.env.E2E_OIDC_PORT ?? 3101);
const isoDate = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);

/** The provider's development pages import a web font; the test machine has no internet. */
async function blockExternal(page: Page): Promise<void> {
  await page.route(/^https:\/\/fonts\./, (route) => route.abort());
}

/** Through the portal's own sign-in: choose the municipality, then the (test) identity provider. */
async function residentSignIn(page: Page, login: string): Promise<void> {
  await page.goto('/portaal');
  await page.getByLabel('In welke gemeente woont u? (verplicht)').selectOption('utrecht');
  await page.getByRole('link', { name: 'Inloggen met DigiD' }).click();
  const loginField = page.locator('input[name="login"]');
  const consent = page.getByRole('button', { name: 'Continue' });
  // The provider may remember an earlier sign-in: then it sends the browser straight back.
  await Promise.race([page.waitForURL((url) => url.port !== OIDC_PORT), loginField.waitFor()]);
  if (await loginField.isVisible()) {
    await loginField.fill(login);
    await page.locator('input[name="password"]').fill('willekeurig');
    await page.getByRole('button', { name: 'Sign-in' }).click();
  }
  await Promise.race([page.waitForURL((url) => url.port !== OIDC_PORT), consent.waitFor()]);
  if (await consent.isVisible()) await consent.click();
  await expect(page).toHaveURL(/\/portaal\/mijn-vragen$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn vragen' })).toBeVisible();
}

async function staffSignIn(page: Page, username: string): Promise<void> {
  await expect(page.getByTestId('cases-sign-in')).toBeVisible();
  await page.getByLabel('Gebruikersnaam').fill(username);
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByTestId('signed-in-as')).toBeVisible();
}

/** Through the session menu in the page header (the same for residents and staff). */
async function signOut(page: Page): Promise<void> {
  await page.getByTestId('header-user').click();
  await page.getByRole('button', { name: 'Uitloggen', exact: true }).first().click();
  await expect(page.getByTestId('header-sign-in')).toBeVisible();
}

/**
 * axe runs inside the page, which a page without JavaScript does not allow. The server-rendered pages
 * have no scripts at all, so the same HTML is checked in a second page (same address, same stylesheet).
 */
async function expectAccessibleWithoutScript(browser: Browser, page: Page): Promise<void> {
  const html = await page.content();
  const context = await browser.newContext({ baseURL: new URL(page.url()).origin, javaScriptEnabled: true });
  const checker = await context.newPage();
  await checker.route(/\/portaal\/vraag-stellen$/, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  await checker.goto('/portaal/vraag-stellen');
  await expectAccessible(checker);
  await context.close();
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a resident asks a question with the plain HTML form and gets a receipt', async ({ page, browser }) => {
    await page.goto('/portaal/vraag-stellen');
    await expect(page.getByRole('heading', { level: 1, name: 'Stel uw vraag' })).toBeVisible();
    await expectAccessibleWithoutScript(browser, page);
    // Nothing filled in: every problem at once, each a link to its field.
    await page.getByRole('button', { name: 'Vraag versturen' }).click();
    await expect(page.getByRole('alert')).toContainText('dingen niet goed ingevuld');
    await expect(page.getByRole('link', { name: 'Kies uw gemeente.' })).toHaveAttribute('href', '#veld-gemeente');
    await expectAccessibleWithoutScript(browser, page);

    await page.getByLabel('In welke gemeente woont u? (verplicht)').selectOption('utrecht');
    await page.getByLabel('Uw vraag (verplicht)').fill('Ik weet niet hoe ik huishoudelijke hulp kan krijgen voor mijn vader.');
    await page.getByLabel('Zelfstandig wonen en meedoen').check();
    await page.getByLabel('Uw naam (verplicht)').fill(`Zonder Script ${Date.now()}`);
    await page.getByLabel('E-mailadres').fill('zonder.script@voorbeeld.nl');
    await page.getByLabel('Ik wil graag een cliëntondersteuner').check();
    await page.getByLabel(/Ik geef toestemming/).check();
    await page.getByRole('button', { name: 'Vraag versturen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Uw vraag is verstuurd' })).toBeVisible();
    await expect(page.getByTestId('portal-reference')).toHaveText(/^NV-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    await expect(page.getByTestId('portal-next-steps')).toContainText('gratis');
    await expect(page.getByTestId('portal-next-steps')).toContainText('per e-mail');
    await expectAccessibleWithoutScript(browser, page);
  });
});

test('a resident asks online; a supporter takes it through the process; the resident asks for another supporter', async ({ page }) => {
  test.slow(); // many steps, each checked with axe
  await blockExternal(page);
  const name = `Ineke E2E ${Date.now()}`;

  // The portal's start page, then the resident signs in (DigiD through a broker in production).
  await page.goto('/portaal');
  await expect(page.getByRole('heading', { level: 1, name: 'Hulp vragen' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Hulp vragen' })).toHaveAttribute('aria-current', 'page');
  await expectAccessible(page);
  await residentSignIn(page, 'inwoner-ineke');
  await expectAccessible(page);

  // Ask the question online.
  await page.getByRole('navigation', { name: 'Inwonersportaal' }).getByRole('link', { name: 'Vraag stellen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Stel uw vraag' })).toBeVisible();
  await page.getByRole('button', { name: 'Vraag versturen' }).click();
  await expect(page.getByTestId('form-errors')).toContainText('Kies uw gemeente.');
  await expectAccessible(page);
  await page.getByLabel('In welke gemeente woont u? (verplicht)').selectOption('utrecht');
  await page.getByLabel('Uw vraag (verplicht)').fill('Mijn huis is niet meer geschikt nu ik slecht ter been ben. Wie helpt mij?');
  await page.getByLabel('Zelfstandig wonen en meedoen').check();
  await page.getByLabel('Uw naam (verplicht)').fill(name);
  await page.getByLabel('Telefoonnummer').fill('06-12345678');
  await page.getByLabel('Ik wil graag een cliëntondersteuner').check();
  await page.getByLabel(/Ik geef toestemming/).check();
  await page.getByRole('button', { name: 'Vraag versturen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Uw vraag is verstuurd' })).toBeVisible();
  const reference = (await page.getByTestId('portal-reference').textContent())!.trim();
  expect(reference).toMatch(/^NV-/);
  await expect(page.getByTestId('portal-next-steps')).toContainText('U vroeg om een cliëntondersteuner');
  await expectAccessible(page);

  // The resident's own view shows the question.
  await page.getByRole('navigation', { name: 'Inwonersportaal' }).getByRole('link', { name: 'Mijn vragen' }).click();
  const own = page.getByRole('region', { name: `Vraag ${reference}` });
  await expect(own.getByTestId('own-question-step')).toContainText('Uw vraag is binnen');
  await expect(own.getByTestId('own-question-supporter')).toContainText('Nog niemand');
  await expectAccessible(page);
  await signOut(page);

  // A supporter of Utrecht picks it up from the unassigned work list.
  await page.goto('/clienten');
  await staffSignIn(page, 'demo-ondersteuner');
  await page.getByRole('navigation', { name: 'Kies een lijst' }).getByRole('link', { name: 'Zonder ondersteuner' }).click();
  await page.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Dossier van ${name}` })).toBeVisible();
  await expect(page.getByTestId('question-1')).toContainText('Digitaal');
  await expect(page.getByTestId('case-summary').getByText('De inwoner vraagt uitdrukkelijk om een cliëntondersteuner.')).toBeVisible();
  await expectAccessible(page);
  const caseId = page.url().split('/').pop()!;
  await page.getByRole('button', { name: 'Ik word ondersteuner' }).click();
  await expect(page.getByTestId('case-supporter')).toContainText('Demo Cliëntondersteuner Utrecht');

  // Classify (the Bijlage 3 suggestion appears) and run the steps.
  const question = page.getByTestId('question-1');
  await question.getByRole('button', { name: 'Naar: Gesprek' }).click();
  await question.getByRole('button', { name: 'Naar: Vragen verhelderen' }).click();
  await expect(question.getByRole('heading', { level: 2 })).toHaveText('Vraag 1: Vragen verhelderen');
  await question.getByLabel('Soort vraag (1 tot en met 8)').selectOption('3');
  await question.getByLabel('Mate van regie (1 = veel, 5 = weinig)').selectOption('2');
  await question.getByRole('button', { name: 'Voorstel bekijken' }).click();
  await expect(question.getByTestId('suggestion-form')).toHaveText('Informatie en advies aan netwerk en motiveren netwerk');
  await expectAccessible(page);
  for (const step of ['Oplossingen afspreken', 'Arrangement', 'Evaluatie']) {
    await question.getByRole('button', { name: `Naar: ${step}` }).click();
    await expect(question.getByRole('heading', { level: 2 })).toHaveText(`Vraag 1: ${step}`);
  }

  // Refer to a provider; help with an objection (Naast computes the deadline). Each has its own tab.
  await page.getByRole('tab', { name: /^Verwijzingen/ }).click();
  await page.getByLabel('Naar welke aanbieder?').fill('Buurtteam Utrecht Oost');
  await page.getByRole('button', { name: 'Verwijzing vastleggen' }).click();
  await expect(page.getByTestId('referral-1')).toContainText('Buurtteam Utrecht Oost');
  await page.getByRole('tab', { name: /^Bezwaar/ }).click();
  await page.getByLabel('Soort', { exact: true }).selectOption('bezwaar');
  await page.getByLabel('Waar gaat het over?').fill('Besluit over de woningaanpassing');
  await page.getByLabel('Datum van verzending van het besluit').fill(isoDate(3));
  await page.getByRole('button', { name: 'Vastleggen', exact: true }).click();
  await expect(page.getByTestId('objection-1').getByTestId('objection-deadline')).toContainText('Uiterlijk indienen op');
  await expectAccessible(page);

  // Close the question.
  await page.getByRole('tab', { name: /^Vragen/ }).click();
  await question.getByLabel('Reden van afsluiten').selectOption('afgerond');
  await question.getByRole('button', { name: 'Afsluiten' }).click();
  await expect(question.getByTestId('question-closed')).toContainText('Afgerond na evaluatie');
  await signOut(page);

  // The client, signed in, sees the supporter and the referral, and asks for another supporter.
  await residentSignIn(page, 'inwoner-ineke');
  const mine = page.getByRole('region', { name: `Vraag ${reference}` });
  await expect(mine.getByTestId('own-question-step')).toContainText('Afgerond');
  await expect(mine.getByTestId('own-question-supporter')).toHaveText('Demo Cliëntondersteuner Utrecht');
  await expect(mine).toContainText('Buurtteam Utrecht Oost');
  await expectAccessible(page);
  await mine.getByLabel('Waarom wilt u een andere cliëntondersteuner? (niet verplicht)').fill('Ik twijfel of zij echt naar mij luistert.');
  await mine.getByRole('button', { name: 'Vraag om een andere cliëntondersteuner' }).click();
  await expect(mine.getByTestId('own-question-replacement')).toContainText('om een andere cliëntondersteuner gevraagd');
  await expect(mine.getByTestId('own-question-supporter')).toContainText('Nog niemand');
  await expectAccessible(page);
  await signOut(page);

  // The case is blocked until someone else stands beside the client.
  await page.goto(`/clienten/dossier/${caseId}`);
  await staffSignIn(page, 'demo-ondersteuner');
  await expect(page.getByRole('heading', { level: 2, name: 'Dit dossier is geblokkeerd' })).toBeVisible();
  await expect(page.getByTestId('case-blocked')).toContainText('andere cliëntondersteuner');
  await expectAccessible(page);
  await signOut(page);

  // The decision-maker registers for this client; assigning the decision-maker as supporter is refused.
  await staffSignIn(page, 'demo-beslisser');
  await page.getByLabel('Over welke voorziening beslist u?').fill('woningaanpassing');
  await page.getByRole('button', { name: 'Ik beslis over deze aanvraag' }).click();
  await expect(page.getByTestId('decider-done')).toContainText('Demo Beslisser Utrecht beslist over woningaanpassing');
  await signOut(page);
  await staffSignIn(page, 'demo-ondersteuner');
  const session = await (await page.request.get('/api/v1/sessies/huidige')).json();
  const kase = await (await page.request.get(`/api/v1/dossiers/${caseId}`)).json();
  const refused = await page.request.put(`/api/v1/dossiers/${caseId}/ondersteuner`, {
    headers: { 'x-csrf-token': session.csrfToken },
    data: { soort: 'professioneel', medewerkerId: kase.beslissers[0].id },
  });
  expect([400, 409]).toContain(refused.status());
  expect((await refused.json()).detail).toMatch(/cliëntondersteuner|beslist/);
  // The doubted supporter cannot come back either; the client's own choice (informal) unblocks the case.
  await page.getByRole('tab', { name: 'Ondersteuner' }).click();
  await page.getByLabel('Naam', { exact: true }).fill('Buurvrouw Joke');
  await page.getByLabel('Relatie tot de cliënt').selectOption('naaste');
  await page.getByRole('button', { name: 'Informele ondersteuner toewijzen' }).click();
  await expect(page.getByTestId('case-supporter')).toContainText('Buurvrouw Joke');
  await expect(page.getByTestId('case-blocked')).toHaveCount(0);
  await expectAccessible(page);
});
