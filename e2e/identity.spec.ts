import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './a11y.ts';

// Sign-in page, session menu and the Beheer module (users, API tokens, audit log). The e2e server's data
// folder is shared by every spec file in a run, so the accounts made here get a unique name.
const DEMO_PASSWORD = 'naast-demo-2014';
const stamp = Date.now();
const username = `e2e-${stamp}`;
// Its own privacy officer: this spec ends every session of that user ("Overal uitloggen"), which must
// not sign out a demo account that another spec uses at the same time (e2e runs two workers).
const privacyOfficer = { username: `e2e-privacy-${stamp}`, name: `E2E Privacy ${stamp}`, password: 'logboek-controle-e2e-2014' };

async function signInHere(page: Page, name: string, password = DEMO_PASSWORD): Promise<void> {
  await page.getByLabel('Gebruikersnaam').fill(name);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
}

async function csrf(page: Page): Promise<string> {
  return ((await (await page.request.get('/api/v1/sessies/huidige')).json()) as { csrfToken: string }).csrfToken;
}

test('an administrator creates and changes a user and an API token; a privacy officer checks the audit log', async ({ page, baseURL, request }) => {
  test.slow();
  const admin = await request.post('/api/v1/sessies', { data: { gebruikersnaam: 'demo-beheer', wachtwoord: DEMO_PASSWORD } });
  expect(admin.status(), await admin.text()).toBe(201);
  const made = await request.post('/api/v1/gebruikers', {
    headers: { 'x-csrf-token': ((await admin.json()) as { csrfToken: string }).csrfToken },
    data: {
      gebruikersnaam: privacyOfficer.username,
      naam: privacyOfficer.name,
      wachtwoord: privacyOfficer.password,
      rollen: [{ rol: 'privacy', organisatie: { soort: 'landelijk', code: 'nl' } }],
    },
  });
  expect(made.status(), await made.text()).toBeLessThan(300);
  // Anonymous: the Beheer pages send you to the sign-in page, which brings you back afterwards.
  await page.goto('/beheer/gebruikers');
  await expect(page).toHaveURL(`${baseURL}/inloggen?terugNaar=%2Fbeheer%2Fgebruikers`);
  await expect(page.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeVisible();
  await expect(page.getByTestId('header-sign-in')).toHaveCount(0); // not on the sign-in page itself
  await expectAccessible(page);
  await signInHere(page, 'demo-beheer');
  await expect(page).toHaveURL(`${baseURL}/beheer/gebruikers`);
  await expect(page.getByTestId('header-user')).toHaveText('Ingelogd als Demo Beheerder (Beheerder)');
  await expect(page.getByTestId('users-table').getByRole('row', { name: /^demo-privacy/ })).toContainText('Privacyfunctionaris – Heel Nederland');
  await expectAccessible(page);

  // Create a user: every mistake is explained at its field.
  await page.getByRole('link', { name: 'Nieuwe gebruiker' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe gebruiker' })).toBeVisible();
  await page.getByLabel('Gebruikersnaam').fill(username);
  await page.getByLabel('Naam', { exact: true }).fill('E2E Tester');
  await page.getByLabel('Wachtwoord (niet verplicht)').fill('te-kort');
  await page.getByLabel('Rol', { exact: true }).selectOption({ label: 'Beleidsmedewerker gemeente' });
  await page.getByRole('button', { name: 'Gebruiker aanmaken' }).click();
  await expect(page.getByText('Het wachtwoord is te kort. Gebruik minstens 12 tekens.')).toBeVisible();
  await expect(page.getByLabel('Wachtwoord (niet verplicht)')).toBeFocused();
  await expect(page.getByText('U heeft een rol gekozen, maar nog niet toegevoegd.')).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Wachtwoord (niet verplicht)').fill('een-lang-wachtwoord-2014');
  await expect(page.getByLabel('Soort organisatie')).toHaveValue('gemeente'); // the only kind for this role
  await page.getByLabel('Organisatie', { exact: true }).selectOption({ label: 'Utrecht' });
  await page.getByRole('button', { name: 'Rol toevoegen' }).click();
  await expect(page.getByTestId('nieuw-list')).toContainText('Beleidsmedewerker gemeente – Gemeente: Utrecht');
  await page.getByRole('button', { name: 'Gebruiker aanmaken' }).click();
  await expect(page.getByTestId('user-created')).toHaveText(`De gebruiker ${username} is aangemaakt.`);
  const row = page.getByTestId('users-table').getByRole('row', { name: new RegExp(`^${username}`) });
  await expect(row).toContainText('E2E Tester');
  await expect(row).toContainText('Beleidsmedewerker gemeente – Gemeente: Utrecht');
  await expect(row).toContainText('Actief');

  // Change it: name, an extra role, blocked.
  await row.getByRole('link', { name: username }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gebruiker wijzigen' })).toBeVisible();
  await expect(page.getByTestId('edit-username')).toHaveText(username);
  await page.getByLabel('Naam', { exact: true }).fill('E2E Tester Gewijzigd');
  await page.getByLabel('Rol', { exact: true }).selectOption({ label: 'Privacyfunctionaris' });
  await page.getByLabel('Soort organisatie').selectOption({ label: 'Heel Nederland' });
  await page.getByRole('button', { name: 'Rol toevoegen' }).click();
  await page.getByLabel('Blokkeer deze gebruiker').check();
  await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await expect(page.getByTestId('user-saved')).toHaveText(`De wijzigingen van ${username} zijn opgeslagen.`);
  await expect(page.getByTestId('edit-status')).toHaveText('Geblokkeerd');
  await expect(page.getByTestId('wijzig-list')).toContainText('Privacyfunctionaris – Heel Nederland');
  await expectAccessible(page);

  // Someone else changes the user in the meantime: the form does not overwrite it (If-Match, 412).
  const users = (await (await page.request.get('/api/v1/gebruikers')).json()) as { id: string; gebruikersnaam: string; versie: number }[];
  const created = users.find((u) => u.gebruikersnaam === username)!;
  const other = await page.request.patch(`/api/v1/gebruikers/${created.id}`, {
    headers: { 'If-Match': `"${created.versie}"`, 'X-CSRF-Token': await csrf(page) },
    data: { naam: 'Door een collega' },
  });
  expect(other.status()).toBe(200);
  await page.getByLabel('Naam', { exact: true }).fill('Mijn versie');
  await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  const summary = page.getByTestId('problem-summary');
  await expect(summary).toContainText('Iemand anders heeft deze gebruiker gewijzigd terwijl u bezig was.');
  await expect(summary).toBeFocused();
  await expect(page.getByLabel('Naam', { exact: true })).toHaveValue('Door een collega');
  await page.getByRole('link', { name: 'Terug naar alle gebruikers' }).click();
  await expect(row).toContainText('Geblokkeerd');

  // An API token: shown once, works, and stops working when revoked.
  await page.getByRole('navigation', { name: 'Beheer' }).getByRole('link', { name: 'Mijn API-tokens' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn API-tokens' })).toBeVisible();
  await expect(page.getByLabel('Het logboek lezen')).toHaveCount(0); // a right the administrator does not have
  await page.getByLabel('Naam van het token').fill(`koppeling ${stamp}`);
  await page.getByLabel('Totalen van de monitor bekijken').check();
  await page.getByLabel('Aantal dagen geldig').fill('30');
  await page.getByRole('button', { name: 'Token maken' }).click();
  const notice = page.getByTestId('new-token');
  await expect(notice).toContainText('U ziet dit token maar één keer.');
  await expect(notice).toBeFocused();
  const token = await page.getByLabel('Token', { exact: true }).inputValue();
  expect(token).toMatch(/^naast_/);
  await expectAccessible(page);
  const withToken = { headers: { Authorization: `Bearer ${token}` } };
  expect((await page.request.get('/api/v1/oidc/configuratie', withToken)).status()).toBe(200);
  await page.getByRole('button', { name: 'Ik heb het token bewaard' }).click();
  await expect(notice).toHaveCount(0);
  await page.reload();
  const tokenRow = page.getByTestId('tokens-table').getByRole('row', { name: new RegExp(`^koppeling ${stamp}`) });
  await expect(tokenRow).toContainText('Totalen van de monitor bekijken');
  await expect(tokenRow).toContainText('Actief');
  await expect(page.locator('body')).not.toContainText(token);
  await tokenRow.getByRole('button', { name: `Intrekken koppeling ${stamp}` }).click();
  await expect(page.getByTestId('revoke-confirm')).toBeFocused();
  await page.getByRole('button', { name: 'Ja, trek het token in' }).click();
  await expect(page.getByTestId('token-revoked')).toContainText('is ingetrokken');
  await expect(tokenRow).toContainText('Ingetrokken');
  expect((await page.request.get('/api/v1/oidc/configuratie', withToken)).status()).toBe(401);
  await expectAccessible(page);

  // Sign out from the header: the page asks to sign in again and comes back here.
  await page.getByTestId('header-user').click();
  await page.getByRole('button', { name: 'Uitloggen', exact: true }).click();
  await expect(page).toHaveURL(`${baseURL}/inloggen?terugNaar=%2Fbeheer%2Fapi-tokens`);
  expect((await page.request.get('/api/v1/sessies/huidige')).status()).toBe(401);

  // The privacy officer searches the audit log: the actions above are in it.
  await signInHere(page, privacyOfficer.username, privacyOfficer.password);
  await expect(page).toHaveURL(`${baseURL}/beheer/api-tokens`);
  await expect(page.getByTestId('header-user')).toHaveText(`Ingelogd als ${privacyOfficer.name} (Privacyfunctionaris)`);
  await page.getByRole('navigation', { name: 'Beheer' }).getByRole('link', { name: 'Logboek' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Logboek dataverwerkingen' })).toBeVisible();
  const log = page.getByTestId('audit-table');
  await expect(log.locator('tbody tr').first()).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel('Verwerkingsactiviteit').fill('gebruikersbeheer');
  await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
  const activities = () => log.locator('tbody tr td:nth-child(3)').allTextContents();
  await expect.poll(async () => [...new Set(await activities())]).toEqual(['gebruikersbeheer']);
  expect((await activities()).length).toBeGreaterThanOrEqual(3);
  await expect(log.getByRole('row', { name: /schrijven: toegestaan/ }).first()).toContainText('Beheerder (landelijk/nl)');

  await page.getByLabel('Verwerkingsactiviteit').fill('inloggen');
  await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
  await expect.poll(async () => [...new Set(await activities())]).toEqual(['inloggen']);
  const firstSubject = (await log.getByTestId('audit-subject').first().textContent())!;
  await log.getByRole('button', { name: `Zoek deze betrokkene ${firstSubject}` }).first().click();
  await expect(page.getByLabel('Betrokkene (pseudoniem)')).toHaveValue(firstSubject);
  await expect.poll(async () => [...new Set(await log.getByTestId('audit-subject').allTextContents())]).toEqual([firstSubject]);
  await expect.poll(async () => (await log.locator('tbody tr').count()) === (await log.getByTestId('audit-subject').count())).toBe(true);

  // Paging follows the Link header; the count comes from X-Total-Count.
  await page.getByRole('button', { name: 'Alles wissen' }).click();
  await page.getByLabel('Regels per pagina').selectOption('10');
  await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
  const count = page.getByTestId('audit-count');
  await expect(count).toContainText('U ziet pagina 1 van');
  await expect(log.locator('tbody tr')).toHaveCount(10);
  const paging = page.getByRole('navigation', { name: 'Pagina’s van het logboek' });
  await paging.getByRole('button', { name: 'Volgende pagina' }).click();
  await expect(count).toContainText('U ziet pagina 2 van');
  await expect(page.getByRole('heading', { level: 2, name: 'Resultaten' })).toBeFocused();
  await paging.getByRole('button', { name: 'Vorige pagina' }).click();
  await expect(count).toContainText('U ziet pagina 1 van');

  await page.getByRole('button', { name: 'Controleer de keten' }).click();
  await expect(page.getByTestId('chain-result')).toContainText('De keten is in orde.');
  await expect(page.getByTestId('chain-result')).toContainText(/Aantal gecontroleerde regels: \d+/);
  await expectAccessible(page);

  // "Overal uitloggen" ends every session of this user.
  await page.getByTestId('header-user').click();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Overal uitloggen' }).click();
  await expect(page).toHaveURL(/\/inloggen\?terugNaar=%2Fbeheer%2Flogboek$/);
  expect((await page.request.get('/api/v1/sessies/huidige')).status()).toBe(401);
});

test('the sign-in page explains what went wrong, in plain Dutch', async ({ page, baseURL }) => {
  await page.goto('/inloggen');
  await signInHere(page, `bestaat-niet-${stamp}`, 'fout-wachtwoord');
  await expect(page.getByTestId('problem-summary')).toContainText('Inloggen is niet gelukt');
  await expect(page.getByTestId('problem-summary')).toContainText('De gebruikersnaam of het wachtwoord klopt niet.');
  await expectAccessible(page);

  // Too many wrong passwords (429: sign-in waits a while, it is not locked) get their own explanation.
  await page.route('**/api/v1/sessies', (route) =>
    route.fulfill({
      status: 429,
      contentType: 'application/problem+json',
      headers: { 'retry-after': '30' },
      body: JSON.stringify({ type: 'about:blank', title: 'Te veel verzoeken', status: 429, detail: 'Te veel mislukte pogingen. Wacht 30 seconden en probeer het dan opnieuw.' }),
    }),
  );
  await signInHere(page, 'demo-beleid', 'nog-een-keer-fout');
  await expect(page.getByTestId('problem-summary')).toContainText('Even wachten');
  await expect(page.getByTestId('problem-summary')).toContainText('Wacht even en probeer het dan opnieuw.');
  await page.unrouteAll();

  // Errors of the organisation's sign-in (OIDC) come back as a code.
  await page.goto('/inloggen?fout=geen-rol');
  await expect(page.getByTestId('oidc-error')).toHaveText(/u heeft nog geen rol in Naast/);
  await expect(page.getByRole('link', { name: 'Inloggen met uw organisatie-account' })).toHaveAttribute('href', '/api/v1/oidc/inloggen?terugNaar=%2F');
  await expectAccessible(page);
  await page.goto('/inloggen?fout=niet-bereikbaar');
  await expect(page.getByTestId('oidc-error')).toContainText('is nu niet bereikbaar');
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.getByTestId('oidc-error')).toContainText('cannot be reached right now');
  await page.getByRole('button', { name: 'Wissel naar Nederlands' }).click();

  // Only a path on this site is a way back; the OIDC button keeps it too.
  await page.goto('/inloggen?terugNaar=%2Fbeheer%2Flogboek');
  await expect(page.getByRole('link', { name: 'Inloggen met uw organisatie-account' })).toHaveAttribute(
    'href',
    '/api/v1/oidc/inloggen?terugNaar=%2Fbeheer%2Flogboek',
  );
  await page.goto('/inloggen?terugNaar=https%3A%2F%2Fevil.example%2F');
  await signInHere(page, 'demo-beleid');
  await expect(page).toHaveURL(`${baseURL}/`);

  // A user without the role reads which role is needed.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer' }).click();
  await page.getByRole('navigation', { name: 'Beheer' }).getByRole('link', { name: 'Gebruikers' }).click();
  await expect(page.getByTestId('need-role')).toHaveText('U heeft hiervoor de rol Beheerder nodig.');
  await expectAccessible(page);
  await page.getByRole('navigation', { name: 'Beheer' }).getByRole('link', { name: 'Logboek' }).click();
  await expect(page.getByTestId('need-role')).toHaveText('U heeft hiervoor de rol Privacyfunctionaris nodig.');
  await expect(page.getByRole('button', { name: 'Controleer de keten' })).toHaveCount(0);
});
