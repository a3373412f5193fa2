import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../src/db/sql.ts';
import { testEngines } from '../helpers/db.ts';
import { testApp, type TestApp } from '../helpers/app.ts';
import { grant, signIn, type SignedIn } from '../helpers/auth.ts';
import { pseudonymise } from '../../src/services/audit/pseudonym.ts';
import { dutchDate } from '../../src/services/monitor/escalations.ts';
import { saveSupportPlan } from '../../src/services/cases/support-plan.ts';

const question = (extra: Record<string, unknown> = {}) => ({
  gemeenteCode: 'utrecht',
  vraag: 'Ik krijg brieven van de gemeente die ik niet begrijp en weet niet wat ik moet doen.',
  levensdomeinen: ['regelgeving_en_geldzaken'],
  naam: 'Fatima',
  telefoon: '06-12345678',
  contactToestemming: true,
  clientondersteunerGewenst: true,
  ...extra,
});

describe.each(testEngines)('resident portal API on %s', (engine) => {
  let t: TestApp;
  let supporter: SignedIn;
  let resident: SignedIn;
  let neighbour: SignedIn;
  let ip = 0;
  /** Each call from its own address, so the per-IP limit is tested on purpose only. */
  const ask = (payload: unknown, headers: Record<string, string> = {}, remoteAddress = `10.0.0.${++ip}`) =>
    t.app.inject({ method: 'POST', url: '/api/v1/portaal/vragen', payload: payload as object, headers, remoteAddress });
  const countCases = async () => (await t.test.db.rows<{ n: number }>(sql`select count(*)::int as n from cases`))[0]!.n;

  beforeAll(async () => {
    t = await testApp(engine);
    supporter = await signIn(t.test.db, [grant('clientondersteuner', 'gemeente', 'utrecht')], 'Sanne');
    resident = await signIn(t.test.db, [grant('inwoner', 'gemeente', 'utrecht')], 'Fatima');
    neighbour = await signIn(t.test.db, [grant('inwoner', 'gemeente', 'utrecht')], 'Buurman');
  });
  afterAll(async () => t?.close());

  it('refuses bad input with every problem at once in Dutch, and stores nothing', async () => {
    const before = await countCases();
    const res = await ask({ gemeenteCode: 'atlantis', vraag: 'hulp', telefoon: '12' });
    expect(res.statusCode).toBe(400);
    const problem = res.json();
    expect(problem.invalidParams.map((p: { name: string }) => p.name)).toEqual(['body.gemeenteCode', 'body.vraag', 'body.naam', 'body.telefoon', 'body.contactToestemming']);
    expect(problem.invalidParams[0].reason).toBe('Deze gemeente kennen wij niet. Kies uw gemeente uit de lijst.');
    expect(problem.detail).toMatch(/5 dingen niet goed ingevuld/);
    expect(await countCases()).toBe(before);
  });

  let reference = '';
  it('takes a question without signing in: an unassigned intake of the municipality, and a receipt without personal data', async () => {
    const res = await ask(question());
    expect(res.statusCode).toBe(201);
    const receipt = res.json();
    reference = receipt.referentie;
    expect(receipt).toMatchObject({ gemeente: { code: 'utrecht', naam: 'Utrecht' }, gesteldDatum: dutchDate(new Date()), clientondersteunerGevraagd: true, gekoppeldAanAccount: false });
    expect(receipt.referentie).toMatch(/^NV-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    expect(receipt.vervolgstappen.join(' ')).toMatch(/gratis/);
    expect(JSON.stringify(receipt)).not.toMatch(/Fatima|06-12345678|brieven/);

    const list = await t.app.inject({ method: 'GET', url: '/api/v1/dossiers/werkvoorraad?soort=ongetoewezen', headers: supporter.headers });
    expect(list.statusCode).toBe(200);
    const entry = list.json().find((c: { clientNaam: string }) => c.clientNaam === 'Fatima');
    expect(entry).toMatchObject({ gemeenteCode: 'utrecht', ondersteuner: null, vragen: [{ stap: 'eerste_contact' }] });
    const dossier = (await t.app.inject({ method: 'GET', url: `/api/v1/dossiers/${entry.id}`, headers: supporter.headers })).json();
    expect(dossier.vragen[0]).toMatchObject({ stap: 'eerste_contact', kanaal: 'digitaal', leefgebieden: ['regelgeving_en_geldzaken'] });
    expect(dossier.notities[0].tekst).toMatch(/vraagt uitdrukkelijk om een cliëntondersteuner/);
    expect(dossier.ondersteuner).toBeNull();

    // The write is in the audit log, with the resident (anonymous) as actor and the client's pseudonym.
    const subject = await pseudonymise(t.test.db, 'client', entry.id, 'utrecht');
    const rows = await t.test.db.rows<{ actorRole: string; actorOrganisation: string; action: string; actorUserId: string | null }>(
      sql`select actor_role as "actorRole", actor_organisation as "actorOrganisation", action, actor_user_id as "actorUserId" from audit_log where data_subject = ${subject} and activity = 'inwonersportaal'`,
    );
    expect(rows).toEqual([{ actorRole: 'inwoner', actorOrganisation: 'gemeente/utrecht', action: 'schrijven', actorUserId: null }]);
  });

  it('limits online questions per IP address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) statuses.push((await ask({}, {}, '10.9.9.9')).statusCode);
    expect(statuses.slice(0, 20).every((s) => s === 400)).toBe(true);
    expect(statuses[20]).toBe(429);
  });

  let ownReference = '';
  it('links the question of a signed-in resident to their account (with the CSRF token)', async () => {
    const noToken = await ask(question({ naam: 'Fatima' }), { cookie: resident.headers.cookie! });
    expect(noToken.statusCode).toBe(403);
    const res = await ask(question({ naam: 'Fatima' }), resident.headers);
    expect(res.statusCode).toBe(201);
    expect(res.json().gekoppeldAanAccount).toBe(true);
    ownReference = res.json().referentie;
    // A second question joins the same open case (one client, one case).
    const second = await ask(question({ vraag: 'En ik wil ook graag meer mensen leren kennen in de wijk.', levensdomeinen: ['vrienden_en_relaties'] }), resident.headers);
    expect(second.statusCode).toBe(201);
    const cases = await t.test.db.rows<{ n: number }>(sql`select count(distinct case_id)::int as n from portal_questions where resident_user_id = ${resident.userId}::uuid`);
    expect(cases[0]!.n).toBe(1);
  });

  it('shows residents their own questions only, in plain words, and logs every read', async () => {
    const mine = await t.app.inject({ method: 'GET', url: '/api/v1/portaal/mijn-vragen', headers: resident.headers });
    expect(mine.statusCode).toBe(200);
    const vragen = mine.json().vragen;
    expect(vragen).toHaveLength(2);
    expect(vragen.map((v: { referentie: string }) => v.referentie)).toContain(ownReference);
    expect(vragen.map((v: { referentie: string }) => v.referentie)).not.toContain(reference);
    const first = vragen.find((v: { referentie: string }) => v.referentie === ownReference);
    expect(first).toMatchObject({ stap: 'eerste_contact', stapTitel: 'Uw vraag is binnen', ondersteuner: null, magAndereOndersteunerVragen: false, plan: null });
    expect(first.vraag).toBe(question().vraag);

    const theirs = await t.app.inject({ method: 'GET', url: '/api/v1/portaal/mijn-vragen', headers: neighbour.headers });
    expect(theirs.json().vragen).toEqual([]);
    const reads = await t.test.db.rows<{ n: number }>(sql`select count(*)::int as n from audit_log where activity = 'inwonersportaal' and action = 'lezen' and actor_user_id = ${neighbour.userId}::uuid`);
    expect(reads[0]!.n).toBe(1);

    // Staff cannot use the resident's view, a resident cannot use the staff's.
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/portaal/mijn-vragen', headers: supporter.headers })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/dossiers/werkvoorraad', headers: resident.headers })).statusCode).toBe(403);
  });

  it('lets a resident ask for another supporter: the case blocks until someone else is assigned', async () => {
    const url = `/api/v1/portaal/mijn-vragen/${ownReference}/ander-ondersteuner`;
    const none = await t.app.inject({ method: 'POST', url, headers: resident.headers, payload: { reden: null } });
    expect(none.statusCode).toBe(409);
    expect(none.json().detail).toMatch(/U heeft nog geen cliëntondersteuner/);

    const [link] = await t.test.db.rows<{ caseId: string }>(sql`select case_id::text as "caseId" from portal_questions where reference = ${ownReference}`);
    const me = (await t.app.inject({ method: 'GET', url: '/api/v1/sessies/huidige', headers: supporter.headers })).json();
    const assigned = await t.app.inject({ method: 'PUT', url: `/api/v1/dossiers/${link!.caseId}/ondersteuner`, headers: supporter.headers, payload: { soort: 'professioneel', medewerkerId: me.gebruiker.id } });
    expect(assigned.statusCode).toBe(200);
    // The resident reads their own plan (from the casework module), in their words.
    const today = dutchDate(new Date());
    await saveSupportPlan(
      t.test.db,
      link!.caseId,
      undefined,
      {
        results: [{ id: 'r1', description: 'Zelf mijn post kunnen lezen' }],
        agreements: [{ id: 'a1', description: 'Samen de brieven doornemen', party: 'client', who: '', resultIds: ['r1'] }],
        approvedOn: today,
      },
      { userId: null, today },
    );
    const view = (await t.app.inject({ method: 'GET', url: '/api/v1/portaal/mijn-vragen', headers: resident.headers })).json().vragen[0];
    expect(view).toMatchObject({ ondersteuner: { naam: 'Sanne', soort: 'professioneel' }, magAndereOndersteunerVragen: true });
    expect(view.plan).toEqual({
      versie: 1,
      akkoord: 'akkoord',
      akkoordDatum: today,
      resultaten: [{ omschrijving: 'Zelf mijn post kunnen lezen' }],
      afspraken: [{ omschrijving: 'Samen de brieven doornemen', wie: 'U zelf', uiterlijkDatum: null }],
    });

    // Someone else's reference: the same 404 as one that does not exist.
    const foreign = await t.app.inject({ method: 'POST', url, headers: neighbour.headers, payload: { reden: 'Zomaar' } });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().detail).toBe('Niet gevonden.');

    const asked = await t.app.inject({ method: 'POST', url, headers: resident.headers, payload: { reden: 'Ik twijfel of zij naar mij luistert.' } });
    expect(asked.statusCode).toBe(200);
    expect(asked.json()).toMatchObject({ andereOndersteunerGevraagd: { gevraagdDatum: dutchDate(new Date()), reden: 'Ik twijfel of zij naar mij luistert.' }, ondersteuner: null, magAndereOndersteunerVragen: false });
    const dossier = (await t.app.inject({ method: 'GET', url: `/api/v1/dossiers/${link!.caseId}`, headers: supporter.headers })).json();
    expect(dossier.geblokkeerd).toBe(true);
    const again = await t.app.inject({ method: 'POST', url, headers: resident.headers, payload: { reden: null } });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toMatch(/al om een andere cliëntondersteuner gevraagd/);
  });

  it('serves the question form as plain HTML that works without JavaScript', async () => {
    const form = await t.app.inject({ method: 'GET', url: '/portaal/vraag-stellen' });
    expect(form.statusCode).toBe(200);
    expect(form.headers['content-type']).toMatch(/text\/html/);
    expect(form.body).toContain('<form class="naast-portal-form" method="post" action="/portaal/vraag-stellen"');
    expect(form.body).toContain('<option value="utrecht">Utrecht</option>');

    const before = await countCases();
    const bad = await t.app.inject({ method: 'POST', url: '/portaal/vraag-stellen', remoteAddress: '10.1.1.1', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'gemeenteCode=utrecht&vraag=hulp&naam=%3Cb%3EPiet' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Er zijn 3 dingen niet goed ingevuld.');
    expect(bad.body).toContain('value="&lt;b&gt;Piet"'); // kept, escaped
    expect(bad.body).toContain('aria-invalid="true"');
    expect(await countCases()).toBe(before);

    const body = new URLSearchParams({ gemeenteCode: 'utrecht', vraag: 'Mijn moeder kan niet meer alleen boodschappen doen.', naam: 'Piet', email: 'piet@voorbeeld.nl', contactToestemming: 'ja' });
    body.append('levensdomeinen', 'zelfstandig_wonen_en_samenleven');
    const ok = await t.app.inject({ method: 'POST', url: '/portaal/vraag-stellen', remoteAddress: '10.1.1.2', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: body.toString() });
    expect(ok.statusCode).toBe(200);
    expect(ok.body).toContain('Uw vraag is verstuurd');
    expect(ok.body).toMatch(/NV-[2-9A-Z]{4}-[2-9A-Z]{4}/);
    expect(ok.body).toContain('per e-mail contact');
    expect(await countCases()).toBe(before + 1);

    // The API still takes JSON only: the form parser is the page's alone.
    const urlencodedApi = await t.app.inject({ method: 'POST', url: '/api/v1/portaal/vragen', remoteAddress: '10.1.1.3', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: body.toString() });
    expect(urlencodedApi.statusCode).toBe(415);
  });
});
