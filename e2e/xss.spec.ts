import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectAccessible } from './a11y.ts';

// XSS attempts in free-text fields render inert: the payload is stored through the API (as a user
// would type it), then shown on the pages that display it. Nothing may run (no dialog, no marker set
// on window, no <img>/<script> element made from the text), the text must appear literally, and axe
// stays clean. Ports: E2E_PORT=3150 E2E_OIDC_PORT=3151 (see docs/security.md).
const DEMO_PASSWORD = 'naast-demo-2014';
const stamp = Date.now();
const IMG = `<img src=x onerror="window.__xss='img';alert(1)"> ${stamp}`;
const SCRIPT = `<script>window.__xss='script';alert(2)</script> ${stamp}`;
const SVG = `<svg onload="window.__xss='svg'"></svg><a href="javascript:alert(3)">klik</a> ${stamp}`;

/** Signs in through the API in the page's context, so the browser holds the session cookie; returns the CSRF token. */
async function signIn(request: APIRequestContext, username: string): Promise<string> {
  const res = await request.post('/api/v1/sessies', { data: { gebruikersnaam: username, wachtwoord: DEMO_PASSWORD } });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()).csrfToken as string;
}

async function signOut(request: APIRequestContext, csrf: string): Promise<void> {
  await request.delete('/api/v1/sessies/huidige', { headers: { 'x-csrf-token': csrf } }).catch(() => undefined);
  await request.delete('/api/v1/sessies', { headers: { 'x-csrf-token': csrf } }).catch(() => undefined);
}

/** Watches for anything an injected script would do. */
function watch(page: Page): string[] {
  const fired: string[] = [];
  page.on('dialog', async (dialog) => {
    fired.push(`dialog: ${dialog.message()}`);
    await dialog.dismiss();
  });
  return fired;
}

async function expectInert(page: Page, fired: string[], texts: string[]): Promise<void> {
  for (const text of texts) await expect(page.getByText(text, { exact: false }).first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
  expect(await page.locator('img[src="x"], svg[onload], a[href^="javascript:"]').count()).toBe(0);
  expect(await page.locator('script:not([src])').count()).toBe(0);
  expect(fired).toEqual([]);
  await expectAccessible(page);
}

test('payloads in a client name and a case note render as text', async ({ page }) => {
  const fired = watch(page);
  const csrf = await signIn(page.request, 'demo-ondersteuner');
  const created = await page.request.post('/api/v1/dossiers', {
    headers: { 'x-csrf-token': csrf },
    data: { client: { naam: IMG, leeftijdscategorie: '65+' }, vraag: { kanaal: 'telefonisch', tekst: SVG, leefgebieden: [] } },
  });
  expect(created.status(), await created.text()).toBe(201);
  const id = (await created.json()).id as string;
  const note = await page.request.post(`/api/v1/dossiers/${id}/notities`, { headers: { 'x-csrf-token': csrf }, data: { soort: 'notitie', tekst: SCRIPT } });
  expect(note.status(), await note.text()).toBe(201);
  // The note shows in the contact timeline, the case page's "Contact" tab (chosen through the address).
  await page.goto(`/clienten/dossier/${id}#contact`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(String(stamp));
  await expectInert(page, fired, [SCRIPT]);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('<img src=x');
  await signOut(page.request, csrf);
});

test('a payload in a monitor remark renders as text', async ({ page }) => {
  const fired = watch(page);
  const csrf = await signIn(page.request, 'demo-beleid');
  const requirements = Object.fromEntries(['a', 'b', 'c', 'd', 'e', 'f'].map((k) => [k, { antwoord: 'gedeeltelijk', toelichting: IMG }]));
  const saved = await page.request.put('/api/v1/monitor/rondes/2014-05/antwoorden/utrecht', {
    headers: { 'x-csrf-token': csrf },
    data: { fase: 'college', eisen: requirements, budgetMee2015Cent: null, andereAanbieders: [SVG], toelichting: SCRIPT },
  });
  expect(saved.status(), await saved.text()).toBe(200);
  await page.goto('/monitor/antwoorden/2014-05/utrecht');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Remarks sit in form fields (inert by nature) or in the history as text: either way the literal payload.
  const fieldValues = () => page.locator('textarea, input[type="text"]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value).join('\n'));
  await expect.poll(fieldValues, { timeout: 20_000 }).toContain(SCRIPT);
  expect(await fieldValues()).toContain(IMG);
  expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
  expect(await page.locator('img[src="x"], svg[onload]').count()).toBe(0);
  expect(fired).toEqual([]);
  await expectAccessible(page);
  await signOut(page.request, csrf);
});

test('a payload in a user display name renders as text in user management', async ({ page }) => {
  const fired = watch(page);
  const csrf = await signIn(page.request, 'demo-beheer');
  const created = await page.request.post('/api/v1/gebruikers', {
    headers: { 'x-csrf-token': csrf },
    data: { gebruikersnaam: `xss-${stamp}`, naam: IMG, rollen: [{ rol: 'gemeente-beleid', organisatie: { soort: 'gemeente', code: 'utrecht' } }] },
  });
  expect(created.status(), await created.text()).toBeLessThan(300);
  await page.goto('/beheer/gebruikers');
  await expectInert(page, fired, [IMG]);
  await signOut(page.request, csrf);
});
