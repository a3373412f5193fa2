import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../src/db/sql.ts';
import { testEngines } from '../helpers/db.ts';
import { testApp, type TestApp } from '../helpers/app.ts';
import { grant, signIn, type SignedIn } from '../helpers/auth.ts';
import { loadDemoSocialMap } from '../../src/services/socialmap/demo.ts';

// The residents' front door (issue 19): server-rendered pages that work without JavaScript.
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const form = (values: Record<string, string>) => new URLSearchParams(values).toString();

describe.each(testEngines)('residents front door on %s', (engine) => {
  let t: TestApp;
  let staff: SignedIn;
  let resident: SignedIn;
  let ip = 0;
  const post = (url: string, values: Record<string, string>, headers: Record<string, string> = {}, remoteAddress = `10.9.0.${++ip}`) =>
    t.app.inject({ method: 'POST', url, headers: { ...FORM, ...headers }, payload: form(values), remoteAddress });
  const countCases = async () => (await t.test.db.rows<{ n: number }>(sql`select count(*)::int as n from cases`))[0]!.n;
  /** The resident's words in the intake of the newest portal question. */
  const lastIntake = async () =>
    (await t.test.db.rows<{ body: string; userId: string | null; caseId: string }>(sql`
      select n.body, p.resident_user_id::text as "userId", p.case_id::text as "caseId" from portal_questions p join case_notes n on n.question_id = p.question_id
       where n.kind = 'contactmoment' order by p.created_at desc limit 1`))[0]!;

  beforeAll(async () => {
    t = await testApp(engine);
    await loadDemoSocialMap(t.test.db);
    staff = await signIn(t.test.db, [grant('clientondersteuner', 'gemeente', 'utrecht')], 'Sanne');
    resident = await signIn(t.test.db, [grant('inwoner', 'gemeente', 'utrecht')], 'Fatima');
  });
  afterAll(async () => t?.close());

  it('serves the resident page at / without scripts; staff signed in get the app there', async () => {
    const home = await t.app.inject({ method: 'GET', url: '/' });
    expect(home.statusCode).toBe(200);
    expect(home.headers['content-type']).toMatch(/text\/html/);
    expect(home.body).toContain('<html lang="nl">');
    expect(home.body).toMatch(/<h1 class="utrecht-heading-1"><label[^>]*for="veld-vraag">Waar zoekt u hulp bij\?<\/label><\/h1>/);
    expect(home.body).toContain('<form method="get" action="/zoeken"');
    for (const link of ['/portaal/vraag-stellen', '/clientondersteuning/aanvragen', '/clientondersteuning/andere-ondersteuner', '/clientondersteuning', '/inloggen']) {
      expect(home.body).toContain(`href="${link}"`);
    }
    expect(home.body).toContain('Inloggen voor medewerkers');
    expect(home.body).not.toContain('<script');
    expect(home.body).toContain('class="utrecht-skip-link" href="#inhoud"');

    const english = await t.app.inject({ method: 'GET', url: '/?taal=en' });
    expect(english.body).toContain('<html lang="en">');
    expect(english.body).toContain('What do you need help with?');

    // A resident signed in still gets the front door; staff get the web app (not built in tests: 503).
    expect((await t.app.inject({ method: 'GET', url: '/', headers: { cookie: resident.headers.cookie! } })).body).toContain('Waar zoekt u hulp bij?');
    const app = await t.app.inject({ method: 'GET', url: '/', headers: { cookie: staff.headers.cookie! } });
    expect(app.statusCode).toBe(503);
    expect(app.body).toContain('webinterface');
  });

  it('says what client support is and that it costs nothing, with the law', async () => {
    const about = await t.app.inject({ method: 'GET', url: '/clientondersteuning' });
    expect(about.statusCode).toBe(200);
    expect(about.body).toContain('Niets. Cliëntondersteuning is gratis.');
    expect(about.body).toContain('Wmo 2015, artikel 2.2.4, lid 1, onder a');
  });

  it('shows results with why they fit, the first step and the cost, and a service with a way on', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/zoeken?vraag=schulden&plaats=Utrecht' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Waarom dit past:');
    expect(res.body).toContain('Eerste stap:');
    expect(res.body).toContain('Kosten:');
    expect(res.body).toContain('value="schulden"'); // the form keeps the words
    const id = res.body.match(/href="\/zoeken\/([0-9a-f-]{36})\?/)![1]!;

    const detail = await t.app.inject({ method: 'GET', url: `/zoeken/${id}?vraag=schulden&plaats=Utrecht` });
    expect(detail.statusCode).toBe(200);
    expect(detail.body).toContain('href="/zoeken?vraag=schulden&amp;plaats=Utrecht"');
    expect(detail.body).toContain(`href="/clientondersteuning/aanvragen?dienst=${id}&amp;gemeente=utrecht"`);
    expect((await t.app.inject({ method: 'GET', url: '/zoeken/00000000-0000-0000-0000-000000000000' })).statusCode).toBe(404);
    const all = await t.app.inject({ method: 'GET', url: '/zoeken?plaats=Utrecht' });
    expect(all.body).toMatch(/Pagina 1 van (?!1<)\d+</);
    expect(all.body).toContain('href="/zoeken?plaats=Utrecht&amp;pagina=2">Volgende pagina</a>');
  });

  it('never ends the road: no results give the general desk and the question form', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/zoeken?vraag=zzqx+wwqy&plaats=Utrecht' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('We vonden geen hulp die precies past');
    expect(res.body).toMatch(/<h4 class="utrecht-heading-4"><a class="utrecht-link" href="\/zoeken\/[0-9a-f-]{36}">/);
    expect(res.body).toContain('Van: Wmo-loket gemeente Utrecht (demo)');
    expect(res.body).toContain('href="/portaal/vraag-stellen"');
    expect(res.body).toContain('href="/clientondersteuning/aanvragen"');
  });

  it('asks for a client supporter one question per page, keeps values, and confirms with a reference (PRG)', async () => {
    const before = await countCases();
    const start = await t.app.inject({ method: 'GET', url: '/clientondersteuning/aanvragen?gemeente=utrecht' });
    expect(start.statusCode).toBe(200);
    expect(start.body).toContain('<option value="utrecht" selected>');

    const empty = await post('/clientondersteuning/aanvragen', { stap: 'gemeente', actie: 'verder' });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('Er is 1 ding niet goed ingevuld.');
    expect(empty.body).toContain('<a href="#veld-gemeenteCode">Kies uw gemeente.</a>');
    expect(empty.body).toContain('aria-invalid="true"');
    expect(empty.body).toContain('<title>Fout: Vraag een cliëntondersteuner');

    const step2 = await post('/clientondersteuning/aanvragen', { stap: 'gemeente', actie: 'verder', gemeenteCode: 'utrecht' });
    expect(step2.statusCode).toBe(200);
    expect(step2.body).toContain('Stap 2 van 4');
    expect(step2.body).toContain('<input type="hidden" name="gemeenteCode" value="utrecht">');

    const short = await post('/clientondersteuning/aanvragen', { stap: 'vraag', actie: 'verder', gemeenteCode: 'utrecht', vraag: '<b>trap' });
    expect(short.statusCode).toBe(400);
    expect(short.body).toContain('href="#veld-vraag"');
    expect(short.body).toContain('&lt;b&gt;trap</textarea>'); // kept, escaped

    const words = 'Ik kan de trap niet meer op en mijn slaapkamer is boven.';
    const step3 = await post('/clientondersteuning/aanvragen', { stap: 'vraag', actie: 'verder', gemeenteCode: 'utrecht', vraag: words });
    expect(step3.body).toContain('Stap 3 van 4');
    const back = await post('/clientondersteuning/aanvragen', { stap: 'contact', actie: 'terug', gemeenteCode: 'utrecht', vraag: words, naam: 'Joop' });
    expect(back.body).toContain('Stap 2 van 4');
    expect(back.body).toContain(`${words}</textarea>`);
    expect(back.body).toContain('name="naam" value="Joop"');

    const noContact = await post('/clientondersteuning/aanvragen', { stap: 'contact', actie: 'verder', gemeenteCode: 'utrecht', vraag: words, naam: 'Joop', telefoon: '12' });
    expect(noContact.statusCode).toBe(400);
    expect(noContact.body).toContain('href="#veld-telefoon"');

    const filled = { gemeenteCode: 'utrecht', vraag: words, naam: 'Joop', telefoon: '030 123 45 67' };
    const check = await post('/clientondersteuning/aanvragen', { stap: 'contact', actie: 'verder', ...filled });
    expect(check.body).toContain('Controleer uw aanvraag');
    expect(check.body).toContain('action="/clientondersteuning/aanvragen/versturen"');
    const change = await post('/clientondersteuning/aanvragen', { stap: 'controle', naar: 'vraag', ...filled });
    expect(change.body).toContain('Stap 2 van 4');

    const noConsent = await post('/clientondersteuning/aanvragen/versturen', { stap: 'controle', ...filled });
    expect(noConsent.statusCode).toBe(400);
    expect(noConsent.body).toContain('href="#veld-contactToestemming"');
    expect(await countCases()).toBe(before);

    const sent = await post('/clientondersteuning/aanvragen/versturen', { stap: 'controle', ...filled, contactToestemming: 'ja' });
    expect(sent.statusCode).toBe(303);
    expect(sent.headers.location).toBe('/clientondersteuning/verstuurd'); // nothing personal in the address
    const cookie = String(sent.headers['set-cookie']);
    expect(cookie).toMatch(/naast_verstuurd=NV-[2-9A-Z]{4}-[2-9A-Z]{4}/);
    expect(cookie).toContain('HttpOnly');
    expect(await countCases()).toBe(before + 1);
    const intake = await lastIntake();
    expect(intake.body).toContain(words);
    expect(intake.body).toContain('De inwoner vraagt uitdrukkelijk om een cliëntondersteuner.');
    expect(intake.userId).toBeNull();
    const audit = await t.test.db.rows<{ n: number }>(sql`select count(*)::int as n from audit_log where activity = 'inwonersportaal' and action = 'schrijven' and actor_role = 'inwoner'`);
    expect(audit[0]!.n).toBeGreaterThan(0);

    const reference = cookie.match(/naast_verstuurd=(NV-[2-9A-Z-]+)/)![1]!;
    const done = await t.app.inject({ method: 'GET', url: '/clientondersteuning/verstuurd', headers: { cookie: `naast_verstuurd=${reference}` } });
    expect(done.body).toContain(`data-testid="reference">${reference}</p>`);
    expect(done.body).not.toContain('Joop');
    const expired = await t.app.inject({ method: 'GET', url: '/clientondersteuning/verstuurd', headers: { cookie: 'naast_verstuurd=<script>' } });
    expect(expired.body).toContain('Deze pagina is verlopen.');
  });

  it('tells the supporter which service the resident came from', async () => {
    const list = await t.app.inject({ method: 'GET', url: '/zoeken?vraag=schulden&plaats=Utrecht' });
    const id = list.body.match(/href="\/zoeken\/([0-9a-f-]{36})\?/)![1]!;
    const page = await t.app.inject({ method: 'GET', url: `/clientondersteuning/aanvragen?dienst=${id}` });
    expect(page.body).toContain(`<input type="hidden" name="dienst" value="${id}">`);
    const sent = await post('/clientondersteuning/aanvragen/versturen', { dienst: id, gemeenteCode: 'utrecht', vraag: 'Ik heb schulden en durf de post niet meer open te maken.', naam: 'Ans', email: 'ans@voorbeeld.nl', contactToestemming: 'ja' });
    expect(sent.statusCode).toBe(303);
    expect((await lastIntake()).body).toMatch(/\(Gevonden op de sociale kaart: .+\.\)/);
  });

  it('asks for another supporter on one page with every problem at once, then confirms', async () => {
    const before = await countCases();
    const bad = await post('/clientondersteuning/andere-ondersteuner', { nummer: 'abc', naam: 'Piet' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Er zijn 4 dingen niet goed ingevuld.');
    const order = ['veld-gemeenteCode', 'veld-nummer', 'veld-telefoon', 'veld-contactToestemming'].map((id) => bad.body.indexOf(`href="#${id}"`));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(bad.body).toContain('name="nummer" value="abc"');
    const english = await post('/clientondersteuning/andere-ondersteuner', { taal: 'en', naam: 'Piet' });
    expect(english.body).toContain('<html lang="en">');
    expect(english.body).toContain('There are 3 things not filled in correctly.');
    expect(english.body).toContain('<a href="#veld-gemeenteCode">Choose your municipality.</a>');
    expect(await countCases()).toBe(before);

    const ok = await post('/clientondersteuning/andere-ondersteuner', { gemeenteCode: 'utrecht', nummer: 'nv-7k3q-x9mb', reden: 'Ze luistert niet naar mij.', naam: 'Piet', telefoon: '0612345678', contactToestemming: 'ja' });
    expect(ok.statusCode).toBe(303);
    expect(ok.headers.location).toBe('/clientondersteuning/verstuurd');
    const intake = await lastIntake();
    expect(intake.body).toContain('Ik wil graag een andere cliëntondersteuner.');
    expect(intake.body).toContain('NV-7K3Q-X9MB');
    expect(intake.body).toContain('Reden: Ze luistert niet naar mij.');
    expect(await countCases()).toBe(before + 1);
  });

  it('refuses forms posted from another site and links a signed-in resident only with the session token', async () => {
    const before = await countCases();
    const values = { gemeenteCode: 'utrecht', vraag: 'Ik zoek hulp bij het invullen van formulieren.', naam: 'Els', telefoon: '0301234567', contactToestemming: 'ja' };
    for (const headers of [{ origin: 'https://evil.example' }, { 'sec-fetch-site': 'cross-site' }] as Record<string, string>[]) {
      const res = await post('/clientondersteuning/aanvragen/versturen', values, headers);
      expect(res.statusCode).toBe(403);
      expect((await post('/clientondersteuning/andere-ondersteuner', values, headers)).statusCode).toBe(403);
      expect((await post('/clientondersteuning/aanvragen', { stap: 'gemeente', ...values }, headers)).statusCode).toBe(403);
    }
    expect(await countCases()).toBe(before);
    // Our own form, as a browser sends it under Referrer-Policy: no-referrer.
    expect((await post('/clientondersteuning/aanvragen/versturen', values, { origin: 'null', 'sec-fetch-site': 'same-origin' })).statusCode).toBe(303);

    const cookie = { cookie: resident.headers.cookie! };
    const page = await t.app.inject({ method: 'GET', url: '/clientondersteuning/aanvragen', headers: cookie });
    const token = page.body.match(/name="csrfToken" value="([^"]+)"/)![1]!;
    expect(token).toBe(resident.headers['x-csrf-token']);
    await post('/clientondersteuning/aanvragen/versturen', values, cookie);
    expect((await lastIntake()).userId).toBeNull(); // no token: asked anonymously
    await post('/clientondersteuning/aanvragen/versturen', { ...values, csrfToken: token }, cookie);
    expect((await lastIntake()).userId).toBe(resident.userId);
  });

  it('lets a signed-in resident ask for another supporter for their own question: recorded in the case at once', async () => {
    const asked = await t.app.inject({
      method: 'POST', url: '/api/v1/portaal/vragen', headers: resident.headers, remoteAddress: '10.9.1.1',
      payload: { gemeenteCode: 'utrecht', vraag: 'Ik heb hulp nodig bij mijn aanvraag voor een scootmobiel.', naam: 'Fatima', telefoon: '0612345678', contactToestemming: true },
    });
    const reference = asked.json().referentie as string;
    const cookie = { cookie: resident.headers.cookie! };
    // No supporter yet: nothing to choose, the general form is shown.
    expect((await t.app.inject({ method: 'GET', url: '/clientondersteuning/andere-ondersteuner', headers: cookie })).body).not.toContain('name="variant"');

    const [link] = await t.test.db.rows<{ caseId: string }>(sql`select case_id::text as "caseId" from portal_questions where reference = ${reference}`);
    const me = (await t.app.inject({ method: 'GET', url: '/api/v1/sessies/huidige', headers: staff.headers })).json();
    const assigned = await t.app.inject({ method: 'PUT', url: `/api/v1/dossiers/${link!.caseId}/ondersteuner`, headers: staff.headers, payload: { soort: 'professioneel', medewerkerId: me.gebruiker.id } });
    expect(assigned.statusCode).toBe(200);

    const page = await t.app.inject({ method: 'GET', url: '/clientondersteuning/andere-ondersteuner', headers: cookie });
    expect(page.body).toContain(`name="nummer" value="${reference}"`);
    expect(page.body).toContain('Uw cliëntondersteuner nu: Sanne.');
    const csrfToken = resident.headers['x-csrf-token']!;
    const none = await post('/clientondersteuning/andere-ondersteuner', { variant: 'eigen', csrfToken }, cookie);
    expect(none.statusCode).toBe(400);
    expect(none.body).toContain('<a href="#veld-nummer">Kies de vraag');
    const foreign = await post('/clientondersteuning/andere-ondersteuner', { variant: 'eigen', csrfToken, nummer: 'NV-2222-2222' }, cookie);
    expect(foreign.body).toContain('Dit nummer hoort niet bij uw vragen.');

    const ok = await post('/clientondersteuning/andere-ondersteuner', { variant: 'eigen', csrfToken, nummer: reference, reden: 'Hij beslist ook over mijn aanvraag.' }, cookie);
    expect(ok.statusCode).toBe(303);
    expect(String(ok.headers['set-cookie'])).toContain(`naast_verstuurd=${reference}`);
    const own = (await t.app.inject({ method: 'GET', url: '/api/v1/portaal/mijn-vragen', headers: resident.headers })).json().vragen.find((v: { referentie: string }) => v.referentie === reference);
    expect(own.andereOndersteunerGevraagd).toMatchObject({ reden: 'Hij beslist ook over mijn aanvraag.' });
    expect(own.magAndereOndersteunerVragen).toBe(false);
  });

  it('limits sending per address like the portal form', async () => {
    const address = '10.9.9.9';
    const limit = Number(process.env.NAAST_PORTAL_RATE_LIMIT ?? 20);
    for (let i = 0; i < limit; i++) expect((await post('/clientondersteuning/andere-ondersteuner', {}, {}, address)).statusCode).toBe(400);
    expect((await post('/clientondersteuning/andere-ondersteuner', {}, {}, address)).statusCode).toBe(429);
  });
});
