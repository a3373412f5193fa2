import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectAccessible } from './a11y.ts';

// The residents' front door of issue 19 on a phone (390 px wide), with JavaScript off and on: from `/`
// to a service for a question in the resident's own words, and on to a request for a client supporter
// with a confirmation. Every page: axe 0 violations, no sideways scrolling, touch targets of 44 px.
const PHONE = { width: 390, height: 844 };
const QUESTION = 'ik kan de trap niet meer op';

/**
 * Checks one page as a phone shows it. axe (and measuring) need scripts in the page, which a page
 * without JavaScript does not allow: then the same HTML is checked in a second page at the same address
 * (the server-rendered pages have no scripts, so nothing differs), as e2e/resident-journey.spec.ts does.
 */
async function checkPage(browser: Browser, page: Page, js: boolean, shot: string): Promise<void> {
  await page.screenshot({ path: `test-results/resident-front-door/${js ? 'js' : 'nojs'}-${shot}.png`, fullPage: true });
  let checker = page;
  let close = async () => {};
  if (!js) {
    const html = await page.content();
    const url = page.url();
    const context = await browser.newContext({ baseURL: new URL(url).origin, viewport: PHONE, javaScriptEnabled: true });
    checker = await context.newPage();
    await checker.route((u) => u.href === url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    await checker.goto(url);
    close = () => context.close();
  }
  await expectAccessible(checker);
  const layout = await checker.evaluate(() => {
    const small = [...document.querySelectorAll<HTMLElement>('nav a, .naast-rd-block, .naast-rd-cta, button, input:not([type=hidden]):not([type=checkbox]), select, textarea, .naast-rd-check, .naast-rd-facts a, .naast-rd-steps a')]
      .filter((el) => el.offsetParent !== null)
      .map((el) => ({ el: `${el.tagName.toLowerCase()} ${el.textContent?.trim().slice(0, 30) ?? ''}`, height: el.getBoundingClientRect().height }))
      .filter((x) => x.height < 44);
    return { scrollWidth: document.documentElement.scrollWidth, small, fontSize: parseFloat(getComputedStyle(document.body).fontSize) };
  });
  expect(layout.scrollWidth, 'no sideways scrolling at 390 px').toBeLessThanOrEqual(PHONE.width);
  expect(layout.small, 'touch targets of at least 44 px').toEqual([]);
  expect(layout.fontSize, 'readable without zoom').toBeGreaterThanOrEqual(16);
  await close();
}

for (const js of [false, true]) {
  test.describe(js ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled: js, viewport: PHONE });

    test('a resident goes from / to a service for their own words, and asks for a client supporter', async ({ page, browser }) => {
      test.slow(); // every page is checked with axe
      await page.goto('/');
      await expect(page.getByRole('heading', { level: 1, name: 'Waar zoekt u hulp bij?' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Inloggen voor medewerkers' })).toHaveAttribute('href', '/inloggen');
      await checkPage(browser, page, js, '1-start');

      await page.getByRole('textbox', { name: 'Waar zoekt u hulp bij?' }).fill(QUESTION);
      await page.getByLabel('Uw gemeente of postcode').fill('Utrecht');
      await page.getByRole('button', { name: 'Zoek hulp' }).click();
      await expect(page).toHaveURL(/\/zoeken\?vraag=ik\+kan\+de\+trap/);
      await expect(page.getByRole('heading', { level: 1, name: 'Hulp bij uw vraag' })).toBeVisible();
      await checkPage(browser, page, js, '2-zoeken');

      // The Wmo-loket (woningaanpassing) is where a client supporter would send them: the first result of
      // the resident search (issue 19 §2), or, where that finds nothing, the municipality's general desk.
      await page.locator('.naast-rd-result').first().getByRole('link').first().click();
      await expect(page.getByText('Van: Wmo-loket gemeente Utrecht (demo)')).toBeVisible();
      await expect(page.getByTestId('first-steps')).toContainText('Bel');
      await checkPage(browser, page, js, '3-dienst');

      await page.getByTestId('request-supporter').click();
      await expect(page.getByText('Stap 1 van 4')).toBeVisible();
      await expect(page.getByLabel('In welke gemeente woont u?')).toHaveValue('utrecht');
      await checkPage(browser, page, js, '4-gemeente');
      await page.getByRole('button', { name: 'Verder' }).click();

      await expect(page.getByText('Stap 2 van 4')).toBeVisible();
      // Nothing written: the error summary on top links to the field.
      await page.getByRole('button', { name: 'Verder' }).click();
      await expect(page.getByRole('alert')).toContainText('Er is 1 ding niet goed ingevuld.');
      await expect(page.getByRole('link', { name: 'Schrijf uw vraag op.' })).toHaveAttribute('href', '#veld-vraag');
      await checkPage(browser, page, js, '5-vraag-fout');
      await page.getByLabel('Waar wilt u hulp bij?').fill(`${QUESTION}. Mijn slaapkamer en badkamer zijn boven.`);
      await page.getByRole('button', { name: 'Verder' }).click();

      await expect(page.getByText('Stap 3 van 4')).toBeVisible();
      await checkPage(browser, page, js, '6-contact');
      await page.getByLabel('Uw naam (verplicht)').fill(`Trap ${js ? 'Met' : 'Zonder'} Script`);
      await page.getByLabel('Telefoonnummer').fill('030 123 45 67');
      await page.getByRole('button', { name: 'Verder' }).click();

      await expect(page.getByRole('heading', { level: 1, name: 'Controleer uw aanvraag' })).toBeVisible();
      await expect(page.getByTestId('check-answers')).toContainText('Mijn slaapkamer en badkamer zijn boven.');
      await checkPage(browser, page, js, '7-controle');
      await page.getByLabel(/Ik geef toestemming/).check();
      await page.getByRole('button', { name: 'Aanvraag versturen' }).click();

      await expect(page).toHaveURL(/\/clientondersteuning\/verstuurd$/);
      await expect(page.getByRole('heading', { level: 1, name: 'Uw aanvraag is verstuurd' })).toBeVisible();
      await expect(page.getByTestId('reference')).toHaveText(/^NV-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
      await checkPage(browser, page, js, '8-verstuurd');
    });

    test('the other public pages for residents work on a phone too', async ({ page, browser }) => {
      test.slow(); // every page is checked with axe
      const pages = [
        ['/hulp-zoeken', 'hulp-zoeken'],
        ['/hulp-zoeken?vraag=schulden&plaats=Utrecht', 'hulp-zoeken-resultaten'],
        ['/veelgestelde-vragen?gemeente=utrecht', 'veelgestelde-vragen'],
        ['/portaal/vraag-stellen', 'vraag-stellen'],
        ['/zoeken?vraag=qwxz&plaats=Utrecht', 'zoeken-niets-gevonden'],
      ] as const;
      for (const [path, shot] of pages) {
        await page.goto(path);
        await expect(page.locator('h1').first()).toBeVisible();
        await checkPage(browser, page, js, `11-${shot}`);
      }
    });

    test('what client support costs, and asking for another supporter', async ({ page, browser }) => {
      await page.goto('/');
      await page.getByRole('link', { name: 'Wat is cliëntondersteuning en wat kost het?' }).click();
      await expect(page.getByTestId('kosten')).toContainText('gratis');
      await checkPage(browser, page, js, '9-clientondersteuning');
      await page.getByRole('link', { name: 'Vraag een andere cliëntondersteuner' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Vraag een andere cliëntondersteuner' })).toBeVisible();
      await page.getByRole('button', { name: 'Verzoek versturen' }).click();
      await expect(page.getByRole('alert')).toContainText('dingen niet goed ingevuld');
      await checkPage(browser, page, js, '10-andere-fout');
      await page.getByLabel('In welke gemeente woont u? (verplicht)').selectOption('utrecht');
      await page.getByLabel('Uw naam (verplicht)').fill('Andere Ondersteuner');
      await page.getByLabel('E-mailadres').fill('andere@voorbeeld.nl');
      await page.getByLabel(/Ik geef toestemming/).check();
      await page.getByRole('button', { name: 'Verzoek versturen' }).click();
      await expect(page.getByTestId('reference')).toHaveText(/^NV-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    });
  });
}
