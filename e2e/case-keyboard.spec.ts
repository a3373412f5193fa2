import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectAccessible } from './a11y.ts';

// Issue 20 §3: the case page fits a working day. A supporter handles a case from the work list to
// closing with the keyboard alone (no mouse, no element.click()), and the page works at 390 px: no
// sideways scroll, axe without violations, and the first action within two screens at both sizes.
// The e2e data folder is shared by every spec of a run: each test seeds its own client through the API.
const DEMO_PASSWORD = 'naast-demo-2014';
const isoDate = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);

interface Seeded {
  id: string;
  name: string;
}

/** Signs in through the API (the form is tested in cases.spec.ts); the browser context keeps the cookie. */
async function signIn(page: Page): Promise<{ csrf: string; userId: string }> {
  const res = await page.request.post('/api/v1/sessies', { data: { gebruikersnaam: 'demo-ondersteuner', wachtwoord: DEMO_PASSWORD } });
  expect(res.ok(), await res.text()).toBe(true);
  const body = (await res.json()) as { csrfToken: string; gebruiker: { id: string } };
  return { csrf: body.csrfToken, userId: body.gebruiker.id };
}

/** A phone intake with this supporter assigned; `extra` adds records (each change sends the case version). */
async function seedCase(page: Page, label: string, extra: (send: (method: 'POST' | 'PUT', sub: string, data: object) => Promise<void>) => Promise<void> = async () => {}): Promise<Seeded> {
  const { csrf, userId } = await signIn(page);
  const name = `E2E ${label} ${Date.now()}`;
  const created = await page.request.post('/api/v1/dossiers', {
    headers: { 'x-csrf-token': csrf },
    data: {
      client: { naam: name, bsn: '111222333', leeftijdscategorie: '25-65' },
      vraag: { kanaal: 'telefonisch', tekst: 'Ik wil graag hulp bij het aanpassen van mijn woning.', leefgebieden: ['zelfstandig_wonen_en_samenleven'] },
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const id = ((await created.json()) as { id: string }).id;
  let etag = created.headers().etag!;
  const send = async (method: 'POST' | 'PUT', sub: string, data: object) => {
    // The plan has a version of its own (0 before the first save).
    const ifMatch = sub === '/plan' ? '"0"' : etag;
    const res = await page.request.fetch(`/api/v1/dossiers/${id}${sub}`, { method, headers: { 'x-csrf-token': csrf, 'if-match': ifMatch }, data });
    expect(res.ok(), await res.text()).toBe(true);
    etag = (await page.request.get(`/api/v1/dossiers/${id}`)).headers().etag!;
  };
  await send('PUT', '/ondersteuner', { soort: 'professioneel', medewerkerId: userId });
  await extra(send);
  return { id, name };
}

const focused = (target: Locator) => target.evaluate((el) => el === document.activeElement);

/** Presses `key` until `target` has the focus, as a keyboard user moves through the page. */
async function pressUntilFocused(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab', max = 80): Promise<void> {
  await expect(target).toBeVisible();
  for (let i = 0; i < max && !(await focused(target)); i++) await page.keyboard.press(key);
  await expect(target).toBeFocused();
}

/** The bottom of the case's first action (the summary's next step), in page pixels. */
async function firstActionBottom(page: Page): Promise<number> {
  const first = page.getByTestId('next-step-action');
  await expect(first).toBeVisible();
  const box = (await first.boundingBox())!;
  return box.y + box.height + (await page.evaluate(() => window.scrollY));
}

test('a supporter handles a case from the work list to closing with the keyboard alone', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const { name } = await seedCase(page, 'Toetsenbord');
  const status = page.getByTestId('case-status');
  const next = page.getByTestId('next-step-action');

  // From the work list to the case.
  await page.goto('/clienten');
  await pressUntilFocused(page, page.getByRole('link', { name }), 'Tab', 200);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: `Dossier van ${name}` })).toBeVisible();

  // The summary's next step, twice; the button keeps the focus and offers the following step.
  await pressUntilFocused(page, next);
  await expect(next).toHaveText('Vraag 1 naar: Gesprek');
  await page.keyboard.press('Enter');
  await expect(status).toHaveText('De vraag staat nu in de stap ‘Gesprek’.');
  await expect(next).toHaveText('Vraag 1 naar: Vragen verhelderen');
  await expect(next).toBeFocused();
  await page.keyboard.press('Space');
  await expect(next).toHaveText('Soort vraag en regie vastleggen');

  // A contact moment in the Contact tab: arrow keys in the tab list, the tab is kept in the address.
  await pressUntilFocused(page, page.getByRole('tab', { name: /^Vragen/ }));
  await page.keyboard.press('ArrowRight');
  const contactTab = page.getByRole('tab', { name: /^Contact/ });
  await expect(contactTab).toBeFocused();
  await expect(contactTab).toHaveAttribute('aria-selected', 'true');
  await expect(page).toHaveURL(/#contact$/);
  await pressUntilFocused(page, page.getByLabel('Hoe was het contact?'));
  await page.keyboard.type('Tel');
  await pressUntilFocused(page, page.getByLabel('Nieuwe notitie'));
  await page.keyboard.type('Gebeld: de cliënt wil eerst zelf met de woningcorporatie praten.');
  await pressUntilFocused(page, page.getByRole('button', { name: 'Contactmoment opslaan' }));
  await page.keyboard.press('Enter');
  const newest = page.getByTestId('case-notes').getByRole('listitem').first();
  await expect(newest).toContainText('Contactmoment (Telefonisch)');
  await expect(newest).toContainText('door Demo Cliëntondersteuner Utrecht');
  await expect(newest).toContainText('woningcorporatie');
  await page.reload();
  await expect(page.getByRole('tab', { name: /^Contact/ })).toHaveAttribute('aria-selected', 'true');

  // Classify: the summary's button opens the question's tab with the focus in the first field.
  await pressUntilFocused(page, next);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tab', { name: /^Vragen/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByLabel('Soort vraag (1 tot en met 8)')).toBeFocused();
  await page.keyboard.type('3');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Mate van regie (1 = veel, 5 = weinig)')).toBeFocused();
  await page.keyboard.type('2');
  await pressUntilFocused(page, page.getByRole('button', { name: 'Voorstel bekijken' }));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('suggestion-form')).toHaveText('Informatie en advies aan netwerk en motiveren netwerk');

  // Back up to the summary and walk the question to evaluation.
  await pressUntilFocused(page, next, 'Shift+Tab');
  for (const step of ['Oplossingen afspreken', 'Toewijzing voorzieningen', 'Arrangement', 'Evaluatie']) {
    await expect(next).toHaveText(`Vraag 1 naar: ${step}`);
    await page.keyboard.press('Enter');
    await expect(status).toHaveText(`De vraag staat nu in de stap ‘${step}’.`);
  }

  // Closing: the summary's button leads to the reason; afterwards the focus stays at the question.
  await expect(next).toHaveText('Vraag 1 afsluiten');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Reden van afsluiten')).toBeFocused();
  await page.keyboard.type('Afgerond');
  await pressUntilFocused(page, page.getByRole('button', { name: 'Afsluiten', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('question-closed')).toContainText('Afgerond na evaluatie');
  await expect(page.getByRole('heading', { level: 2, name: 'Vraag 1: Afgesloten' })).toBeFocused();
  await expect(page.getByTestId('next-step')).toContainText('Alle vragen zijn afgesloten.');
});

test('the case page at 390 px and 1366 px: no sideways scroll, axe clean in every tab, first action within two screens', async ({ page }, testInfo) => {
  const { id } = await seedCase(page, 'Telefoon', async (send) => {
    await send('POST', '/bezwaren', { soort: 'bezwaar', onderwerp: 'Besluit over de woningaanpassing', verzendDatum: isoDate(3) });
    await send('PUT', '/plan', {
      resultaten: [{ omschrijving: 'Veilig de trap op en af', leefgebied: 'zelfstandig_wonen_en_samenleven' }],
      afspraken: [{ omschrijving: 'Traplift aanvragen', wieSoort: 'client', resultaten: ['#0'], datum: isoDate(-14) }],
      akkoordDatum: null,
    });
  });
  for (const size of [
    { width: 1366, height: 768 },
    { width: 390, height: 844 },
  ]) {
    await page.setViewportSize(size);
    await page.goto(`/clienten/dossier/${id}`);
    const summary = page.getByTestId('case-summary');
    await expect(summary).toContainText('Veilig de trap op en af');
    await expect(page.getByTestId('summary-deadlines')).toContainText('uiterlijk indienen op');
    await expect(page.getByTestId('summary-deadlines')).toContainText('Traplift aanvragen');
    const bottom = await firstActionBottom(page);
    testInfo.annotations.push({ type: 'first action', description: `${Math.round(bottom)} px of ${2 * size.height} at ${size.width} px` });
    expect(bottom, `first action at ${size.width} px`).toBeLessThanOrEqual(2 * size.height);
    await page.screenshot({ path: testInfo.outputPath(`case-${size.width}.png`), fullPage: true });
  }
  // At 390 px: every tab, reached with the arrow keys, without sideways scroll or axe violations.
  const tabs = page.getByRole('tab');
  const count = await tabs.count();
  await pressUntilFocused(page, tabs.first());
  for (let i = 0; i < count; i++) {
    if (i > 0) await page.keyboard.press('ArrowRight');
    await expect(tabs.nth(i)).toHaveAttribute('aria-selected', 'true');
    const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(wide, `sideways scroll in tab ${i + 1}`).toBeLessThanOrEqual(0);
    await expectAccessible(page);
  }
});
