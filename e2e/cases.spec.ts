import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './a11y.ts';

// The e2e data folder is shared by every e2e file of a run: this test uses its own client (unique name)
// and never expects a fixed number of cases in a work list.
const DEMO_PASSWORD = 'naast-demo-2014';

async function signIn(page: Page, username: string): Promise<void> {
  await expect(page.getByTestId('cases-sign-in')).toBeVisible();
  await page.getByLabel('Gebruikersnaam').fill(username);
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByTestId('signed-in-as')).toBeVisible();
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Uitloggen', exact: true }).click();
  await expect(page.getByTestId('cases-sign-in')).toBeVisible();
}

const isoDate = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);

test('a supporter takes a question from intake to closing; independence is enforced', async ({ page }) => {
  test.slow(); // many steps, each checked with axe
  const name = `E2E Cliënt ${Date.now()}`;
  await page.goto('/clienten');
  await expect(page.getByRole('heading', { level: 1, name: 'Werkvoorraad' })).toBeVisible();
  await expectAccessible(page); // the sign-in prompt
  await signIn(page, 'demo-ondersteuner');
  await expect(page.getByRole('navigation', { name: 'Kies een lijst' }).getByRole('link', { name: 'Mijn cliënten' })).toHaveAttribute('aria-current', 'page');
  await expectAccessible(page);

  // Intake by phone.
  await page.getByRole('link', { name: 'Nieuwe vraag vastleggen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe vraag vastleggen' })).toBeVisible();
  await page.getByRole('button', { name: 'Vraag vastleggen' }).click(); // nothing filled in: the summary lists the fields
  await expect(page.getByRole('link', { name: /Naam van de cliënt/ })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Telefonisch').check();
  await page.getByLabel('De vraag in de woorden van de cliënt').fill('Ik wil graag hulp bij het aanpassen van mijn woning.');
  await page.getByLabel('Zelfstandig wonen en samenleven').check();
  await page.getByLabel('Naam van de cliënt').fill(name);
  await page.getByLabel('BSN').fill('111222333');
  await page.getByLabel('Leeftijd').selectOption('25-65');
  await page.getByRole('button', { name: 'Vraag vastleggen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Dossier van ${name}` })).toBeVisible();
  await expect(page).toHaveURL(/\/clienten\/dossier\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('case-bsn')).toHaveText('******333');
  await expect(page.getByTestId('question-1')).toContainText('Telefonisch');
  await expectAccessible(page);
  const caseUrl = page.url();
  const caseId = caseUrl.split('/').pop()!;

  // Become the supporter.
  await page.getByRole('button', { name: 'Ik word ondersteuner' }).click();
  await expect(page.getByTestId('case-supporter')).toContainText('Demo Cliëntondersteuner Utrecht');

  // Steps, with the classification and the Bijlage 3 suggestion before solutions are agreed.
  const question = page.getByTestId('question-1');
  await question.getByRole('button', { name: 'Naar: Gesprek' }).click();
  await expect(question.getByRole('heading', { level: 2 })).toHaveText('Vraag 1: Gesprek');
  await question.getByRole('button', { name: 'Naar: Vragen verhelderen' }).click();
  await expect(question.getByRole('heading', { level: 2 })).toHaveText('Vraag 1: Vragen verhelderen');
  await question.getByLabel('Soort vraag (1 tot en met 8)').selectOption('3');
  await question.getByLabel('Mate van regie (1 = veel, 5 = weinig)').selectOption('2');
  await question.getByRole('button', { name: 'Voorstel bekijken' }).click();
  await expect(question.getByTestId('suggestion-form')).toHaveText('Informatie en advies aan netwerk en motiveren netwerk');
  await expectAccessible(page);
  // Another form without a reason is refused; with one it is recorded.
  await question.getByLabel('Andere vorm van ondersteuning').fill('Ondersteuning door het sociaal wijkteam');
  await question.getByRole('button', { name: 'Andere vorm vastleggen' }).click();
  await expect(question.getByText('Vul dit in.')).toBeVisible();
  await question.getByLabel('Waarom wijkt u af van het voorstel?').fill('De cliënt kent het wijkteam al.');
  await question.getByRole('button', { name: 'Andere vorm vastleggen' }).click();
  await expect(question.getByTestId('choice')).toContainText('Reden van afwijken: De cliënt kent het wijkteam al.');
  for (const step of ['Oplossingen afspreken', 'Arrangement', 'Evaluatie']) {
    await question.getByRole('button', { name: `Naar: ${step}` }).click();
    await expect(question.getByRole('heading', { level: 2 })).toHaveText(`Vraag 1: ${step}`);
  }

  // Refer to a provider, and record what came of it (each part of the case has its own tab).
  await page.getByRole('tab', { name: /^Verwijzingen/ }).click();
  await page.getByLabel('Naar welke aanbieder?').fill('Buurtteam Utrecht Noord');
  await page.getByRole('button', { name: 'Verwijzing vastleggen' }).click();
  await expect(page.getByTestId('referral-1')).toContainText('Buurtteam Utrecht Noord');
  await page.getByLabel('Uitkomst van de verwijzing naar Buurtteam Utrecht Noord').selectOption('geholpen');
  await page.getByRole('button', { name: 'Uitkomst opslaan' }).click();
  await expect(page.getByTestId('referral-1').getByTestId('referral-outcome')).toHaveText('Uitkomst: Geholpen');

  // An objection: Naast computes the deadline.
  await page.getByRole('tab', { name: /^Bezwaar/ }).click();
  await page.getByLabel('Soort', { exact: true }).selectOption('bezwaar');
  await page.getByLabel('Waar gaat het over?').fill('Besluit over de woningaanpassing');
  await page.getByLabel('Datum van verzending van het besluit').fill(isoDate(3));
  await page.getByRole('button', { name: 'Vastleggen', exact: true }).click();
  await expect(page.getByTestId('objection-1').getByTestId('objection-deadline')).toContainText('Uiterlijk indienen op');
  // It reached the municipality today, well within the period: in time, with the article (Awb 6:9).
  await page.getByTestId('objection-1').getByLabel('Datum van ontvangst').fill(isoDate(0));
  await page.getByTestId('objection-1').getByRole('button', { name: 'Indiening opslaan' }).click();
  await expect(page.getByTestId('objection-1').getByTestId('objection-timeliness')).toContainText('Op tijd');
  await expect(page.getByTestId('objection-1').getByTestId('objection-timeliness')).toContainText('artikel 6:9 lid 1 Awb');
  await expectAccessible(page);

  // Close the question.
  await page.getByRole('tab', { name: /^Vragen/ }).click();
  await question.getByLabel('Reden van afsluiten').selectOption('afgerond');
  await question.getByRole('button', { name: 'Afsluiten' }).click();
  await expect(question.getByTestId('question-closed')).toContainText('Afgerond na evaluatie');

  // The client asks for another supporter: the case is blocked until someone else is assigned.
  await page.getByRole('tab', { name: 'Ondersteuner' }).click();
  await page.getByLabel(/Reden, in de woorden van de cliënt/).fill('Ik twijfel aan de onafhankelijkheid.');
  await page.getByRole('button', { name: 'Vastleggen: cliënt wil een andere ondersteuner' }).click();
  await expect(page.getByTestId('case-blocked')).toContainText('andere cliëntondersteuner');
  await expectAccessible(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Dit dossier is geblokkeerd' })).toBeVisible();

  // The decision-maker registers for this client.
  await signOut(page);
  await signIn(page, 'demo-beslisser');
  await expect(page.getByRole('heading', { level: 1, name: 'Beslisser vastleggen' })).toBeVisible();
  await page.getByLabel('Over welke voorziening beslist u?').fill('woningaanpassing');
  await page.getByRole('button', { name: 'Ik beslis over deze aanvraag' }).click();
  await expect(page.getByTestId('decider-done')).toContainText('Demo Beslisser Utrecht beslist over woningaanpassing');
  await expectAccessible(page);

  // As the supporter: the decision-maker can never become this client's supporter.
  await signOut(page);
  await signIn(page, 'demo-ondersteuner');
  await expect(page.getByTestId('case-decision-makers')).toContainText('Demo Beslisser Utrecht beslist over: woningaanpassing');
  await expectAccessible(page);
  const session = await (await page.request.get('/api/v1/sessies/huidige')).json();
  const kase = await (await page.request.get(`/api/v1/dossiers/${caseId}`)).json();
  const refused = await page.request.put(`/api/v1/dossiers/${caseId}/ondersteuner`, {
    headers: { 'x-csrf-token': session.csrfToken },
    data: { soort: 'professioneel', medewerkerId: kase.beslissers[0].id },
  });
  expect([400, 409]).toContain(refused.status());
  const problem = await refused.json();
  expect(problem.detail).toMatch(/cliëntondersteuner|beslist/);

  // The search form sends the name in the body, never in the address.
  await page.getByRole('link', { name: 'Terug naar de werkvoorraad' }).click();
  await page.getByLabel('Naam van de cliënt').fill(name);
  await page.getByLabel('Ook afgesloten dossiers').check(); // every question of this client is closed
  await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
  await expect(page.getByTestId('search-results')).toContainText(name);
  expect(page.url()).not.toContain('E2E');
  await expectAccessible(page);
});

test('a supporter keeps the client plan, records a contact moment, and gives and withdraws a consent', async ({ page }) => {
  test.slow();
  const name = `E2E Plan ${Date.now()}`;
  await page.goto('/clienten');
  await signIn(page, 'demo-ondersteuner');
  await page.getByRole('link', { name: 'Nieuwe vraag vastleggen' }).click();
  await page.getByLabel('Bij een huisbezoek').check();
  await page.getByLabel('De vraag in de woorden van de cliënt').fill('Mijn moeder en ik redden het niet meer samen.');
  await page.getByLabel('Naam van de cliënt').fill(name);
  await page.getByRole('button', { name: 'Vraag vastleggen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Dossier van ${name}` })).toBeVisible();
  await page.getByRole('button', { name: 'Ik word ondersteuner' }).click();
  await expect(page.getByTestId('case-supporter')).toContainText('Demo Cliëntondersteuner Utrecht');

  // A contact moment with its channel.
  await page.getByRole('tab', { name: /^Contact/ }).click();
  await page.getByLabel('Soort notitie').selectOption('contactmoment');
  await page.getByLabel('Hoe was het contact?').selectOption('telefonisch');
  await page.getByLabel('Nieuwe notitie').fill('Gebeld over het plan; dochter komt ook.');
  await page.getByRole('button', { name: 'Contactmoment opslaan' }).click();
  await expect(page.getByTestId('case-notes')).toContainText('Contactmoment (Telefonisch)');
  await expect(page.getByTestId('case-notes')).toContainText('Gebeld over het plan; dochter komt ook.');

  // The work list shows the client's question and the next step; a filter stays in the address on reload.
  await page.getByRole('link', { name: 'Terug naar de werkvoorraad' }).click();
  await page.getByLabel('Stap van een open vraag').selectOption('eerste_contact');
  await expect(page).toHaveURL(/stap=eerste_contact/);
  await page.reload();
  await expect(page.getByLabel('Stap van een open vraag')).toHaveValue('eerste_contact');
  const row = page.getByTestId('worklist').getByRole('row').filter({ hasText: name });
  await expect(row).toContainText('Mijn moeder en ik redden het niet meer samen.');
  await expect(row).toContainText('Eerste contact, daarna: Gesprek');
  await expectAccessible(page);
  await row.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Dossier van ${name}` })).toBeVisible();

  // The informal network and a representative.
  await page.getByRole('tab', { name: 'Cliënt en netwerk' }).click();
  await page.getByRole('button', { name: 'Persoon toevoegen' }).click();
  await page.getByLabel('Naam van persoon 1').fill('Els Jansen');
  await page.getByLabel('Relatie van persoon 1 met de cliënt').fill('dochter');
  await page.getByLabel('Naam van de vertegenwoordiger').fill('Mr. De Wit');
  await page.getByLabel('Soort vertegenwoordiging').selectOption('bewindvoerder');
  await page.getByRole('button', { name: 'Netwerk en vertegenwoordiger opslaan' }).click();
  await expect(page.getByTestId('case-status')).toHaveText('Opgeslagen.');
  await expect(page.getByLabel('Naam van persoon 1')).toHaveValue('Els Jansen');
  await expectAccessible(page);

  // A consent, then withdrawn: it stays in the history.
  await page.getByRole('tab', { name: /^Toestemming/ }).click();
  await page.getByLabel('Welke gegevens mogen gedeeld worden?').fill('Gegevens over de woonsituatie');
  await page.getByLabel('Met wie mogen ze gedeeld worden?').fill('Thuiszorg West');
  await page.getByRole('button', { name: 'Toestemming vastleggen' }).click();
  await expect(page.getByTestId('consents-current')).toContainText('Gegevens over de woonsituatie, te delen met Thuiszorg West');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Intrekken: Gegevens over de woonsituatie met Thuiszorg West' }).click();
  await expect(page.getByTestId('case-status')).toHaveText('Toestemming ingetrokken.');
  await expect(page.getByText('Er is nu geen geldige toestemming.')).toBeVisible();
  await expect(page.getByTestId('consents-history')).toContainText('Thuiszorg West');
  await expect(page.getByTestId('consents-history')).not.toContainText('geldig');

  // Referring to that provider now warns, and is still recorded.
  await page.getByRole('tab', { name: /^Verwijzingen/ }).click();
  await page.getByLabel('Naar welke aanbieder?').fill('Thuiszorg West');
  await page.getByRole('button', { name: 'Verwijzing vastleggen' }).click();
  await expect(page.getByTestId('referral-warning')).toContainText('geen geldige toestemming');
  await expect(page.getByTestId('referral-1')).toContainText('Thuiszorg West');
  await expectAccessible(page);

  // The plan: a result, an agreement (who does what), saved as version 1, then the client agrees.
  await page.getByRole('tab', { name: 'Plan' }).click();
  const plan = page.getByTestId('plan-form');
  await plan.getByRole('button', { name: 'Resultaat toevoegen' }).click();
  await plan.getByLabel('Resultaat 1: wat wil de cliënt bereiken?').fill('Moeder woont veilig thuis');
  await plan.getByLabel('Leefgebied van resultaat 1').selectOption('zelfstandig_wonen_en_samenleven');
  await plan.getByRole('button', { name: 'Afspraak toevoegen' }).click();
  await plan.getByLabel('Afspraak 1: wat is afgesproken?').fill('Boodschappen doen op zaterdag');
  await plan.getByLabel('Wie doet afspraak 1?').selectOption('netwerk');
  await plan.getByRole('button', { name: 'Plan opslaan' }).click();
  await expect(plan.getByText('Vul dit in.')).toBeVisible(); // who, for someone from the network
  await plan.getByLabel('Naam van wie afspraak 1 doet').fill('Els Jansen');
  await plan.getByLabel(/^Resultaat 1: Moeder woont veilig thuis$/).check();
  await plan.getByRole('button', { name: 'Plan opslaan' }).click();
  await expect(page.getByTestId('plan-message')).toHaveText('Plan opgeslagen (versie 1).');
  await expect(page.getByTestId('plan-status')).toContainText('De cliënt is nog niet akkoord met het plan.');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Cliënt is akkoord met dit plan' }).click();
  await expect(page.getByTestId('plan-status')).toContainText('De cliënt is akkoord met deze versie');
  await expect(page.getByLabel('Naam van wie afspraak 1 doet')).toHaveValue('Els Jansen');
  await expectAccessible(page);
});
