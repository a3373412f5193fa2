import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../src/db/sql.ts';
import { testEngines } from '../helpers/db.ts';
import { testApp, type TestApp } from '../helpers/app.ts';
import { grant, signIn, type SignedIn } from '../helpers/auth.ts';
import { caseClient, intake } from '../helpers/cases.ts';
import { addDays } from '../../src/domain/cases/index.ts';
import { createCase } from '../../src/services/cases/intake.ts';
import { advanceQuestion } from '../../src/services/cases/questions.ts';
import { anonymiseDueCases } from '../../src/services/cases/retention.ts';
import { readSupportPlan } from '../../src/services/cases/support-plan.ts';
import { pseudonymise } from '../../src/services/audit/pseudonym.ts';
import { dutchDate } from '../../src/services/monitor/escalations.ts';

const plan = (extra: Record<string, unknown> = {}) => ({
  resultaten: [{ omschrijving: 'Veilig de trap op en af', leefgebied: 'zelfstandig_wonen_en_samenleven' }, { omschrijving: 'Eén keer per week onder de mensen' }],
  afspraken: [
    { omschrijving: 'Traplift aanvragen bij de gemeente', wieSoort: 'client', resultaten: ['#0'] },
    { omschrijving: 'Boodschappen op zaterdag', wieSoort: 'netwerk', wie: 'Dochter Els', resultaten: ['#0'] },
    { omschrijving: 'Dagbesteding op dinsdag', wieSoort: 'aanbieder', wie: 'Thuiszorg West', resultaten: ['#1'], datum: '2015-04-01' },
  ],
  ...extra,
});

describe.each(testEngines)('plan, consents and household on %s', (engine) => {
  let t: TestApp;
  let sanne: SignedIn;
  let outsider: SignedIn;
  let api: ReturnType<typeof caseClient>;
  let caseId = '';
  let sonId = '';
  const today = dutchDate(new Date());
  beforeAll(async () => {
    t = await testApp(engine);
    api = caseClient(t);
    sanne = await signIn(t.test.db, [grant('clientondersteuner', 'gemeente', 'utrecht')], 'Sanne Ondersteuner');
    outsider = await signIn(t.test.db, [grant('clientondersteuner', 'gemeente', 'beek-l')], 'Buiten');
    caseId = (await api.as(sanne, 'POST', '', intake('Ria Jansen'))).json().id;
    sonId = (await api.as(sanne, 'POST', '', intake('Tom Jansen'))).json().id;
  });
  afterAll(async () => t?.close());

  const version = async (id: string) => (await api.as(sanne, 'GET', `/${id}`)).json().versie as number;

  it('gives and withdraws consents as records, keeping the history and the old shape in the client details', async () => {
    const given = await api.as(sanne, 'POST', `/${caseId}/toestemmingen`, { onderwerp: 'Gegevens over de woonsituatie', ontvanger: 'Thuiszorg West' }, { 'if-match': `"${await version(caseId)}"` });
    expect(given.statusCode).toBe(201);
    expect(given.json()).toMatchObject({ onderwerp: 'Gegevens over de woonsituatie', ontvanger: 'Thuiszorg West', gegevenDatum: today, ingetrokkenDatum: null, geldig: true, vastgelegdDoorNaam: 'Sanne Ondersteuner' });
    const second = (await api.as(sanne, 'POST', `/${caseId}/toestemmingen`, { onderwerp: 'Medische gegevens', ontvanger: 'Wijkteam Noord', toelichting: 'Mondeling' })).json();
    const bad = await api.as(sanne, 'POST', `/${caseId}/toestemmingen`, { onderwerp: 'x', ontvanger: 'y', gegevenDatum: addDays(today, 2) });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().invalidParams).toEqual([expect.objectContaining({ name: 'body.gegevenDatum', code: 'consent-in-future' })]);

    const withdrawn = await api.as(sanne, 'POST', `/${caseId}/toestemmingen/${second.id}/intrekken`, {});
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json()).toMatchObject({ ingetrokkenDatum: today, geldig: false, ingetrokkenDoorNaam: 'Sanne Ondersteuner' });
    const again = await api.as(sanne, 'POST', `/${caseId}/toestemmingen/${second.id}/intrekken`, {});
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toMatch(/al ingetrokken/);
    expect((await api.as(sanne, 'POST', `/${caseId}/toestemmingen/00000000-0000-4000-8000-000000000000/intrekken`, {})).statusCode).toBe(404);

    const dossier = (await api.as(sanne, 'GET', `/${caseId}`)).json();
    expect(dossier.toestemmingen.map((c: { ontvanger: string; geldig: boolean }) => [c.ontvanger, c.geldig])).toEqual([
      ['Thuiszorg West', true],
      ['Wijkteam Noord', false],
    ]);
    expect(dossier.client.toestemmingen).toEqual([
      { onderwerp: 'Gegevens over de woonsituatie', gegeven: true, vastgelegdDatum: today, toelichting: '' },
      { onderwerp: 'Medische gegevens', gegeven: false, vastgelegdDatum: today, toelichting: 'Mondeling' },
    ]);
    expect(await t.test.db.rows(sql`select 1 from case_consents where case_id = ${caseId}::uuid`)).toHaveLength(2);
  });

  it('keeps the client details form compatible: the old consent list only unchanged, network and representative editable', async () => {
    const dossier = (await api.as(sanne, 'GET', `/${caseId}`)).json();
    const body = {
      naam: 'Ria Jansen',
      netwerk: [{ naam: 'Els Jansen', relatie: 'dochter', telefoon: '06-1' }],
      vertegenwoordiger: { naam: 'Mr. De Wit', soort: 'bewindvoerder', telefoon: null },
    };
    const changed = await api.as(sanne, 'PUT', `/${caseId}/clientgegevens`, { ...body, toestemmingen: [] });
    expect(changed.statusCode).toBe(400);
    expect(changed.json().invalidParams).toEqual([expect.objectContaining({ name: 'body.toestemmingen', code: 'moved' })]);
    const echoed = await api.as(sanne, 'PUT', `/${caseId}/clientgegevens`, { ...body, toestemmingen: [...dossier.client.toestemmingen].reverse() });
    expect(echoed.statusCode).toBe(200);
    const omitted = await api.as(sanne, 'PUT', `/${caseId}/clientgegevens`, body);
    expect(omitted.statusCode).toBe(200);
    expect(omitted.json().client).toMatchObject({ netwerk: body.netwerk, vertegenwoordiger: body.vertegenwoordiger });
    expect(omitted.json().toestemmingen).toHaveLength(2);
  });

  it('turns consents given at intake (the older shape) into records', async () => {
    const client = { name: 'Portaal Inwoner', phone: null, email: null, address: null, targetGroups: [], network: [], representative: null };
    const question = { receivedVia: 'digitaal' as const, text: 'Vraag', lifeDomains: [], receivedOn: '2015-01-05', userId: null };
    const consents = [
      { subject: 'Contact opnemen', given: true, recordedOn: '2015-01-05', note: 'Via het portaal.' },
      { subject: 'Delen met de huisarts', given: false, recordedOn: '2015-01-05', note: '' },
    ];
    const created = await createCase(t.test.db, { municipalityCode: 'utrecht', client: { ...client, consents }, bsn: null, ageCategory: null, question });
    const dossier = (await api.as(sanne, 'GET', `/${created.id}`)).json();
    // Both were recorded on the same day in one transaction: their order in the history is not defined.
    expect(dossier.toestemmingen).toHaveLength(2);
    expect(dossier.toestemmingen).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ onderwerp: 'Contact opnemen', ontvanger: '', gegevenDatum: '2015-01-05', ingetrokkenDatum: null, toelichting: 'Via het portaal.' }),
        expect.objectContaining({ onderwerp: 'Delen met de huisarts', ingetrokkenDatum: '2015-01-05', toelichting: 'Niet gegeven.' }),
      ]),
    );
    const stored = await t.test.db.rows<{ client: unknown }>(sql`select client from cases where id = ${created.id}::uuid`);
    expect(JSON.stringify(stored[0]!.client)).not.toContain('consents');
  });

  it('warns (without blocking) when a referral has no current consent for that provider', async () => {
    const covered = await api.as(sanne, 'POST', `/${caseId}/verwijzingen`, { aanbieder: 'Stichting Thuiszorg West' });
    expect(covered.statusCode).toBe(201);
    expect(covered.json().waarschuwingen).toEqual([]);
    const withdrawn = await api.as(sanne, 'POST', `/${caseId}/verwijzingen`, { aanbieder: 'Wijkteam Noord' });
    expect(withdrawn.statusCode).toBe(201);
    expect(withdrawn.json().waarschuwingen).toEqual([expect.stringContaining('Er is geen geldige toestemming van de cliënt om gegevens te delen met Wijkteam Noord')]);
    expect((await api.as(sanne, 'GET', `/${caseId}`)).json().verwijzingen).toHaveLength(2);
  });

  it('records contact moments with their channel', async () => {
    const res = await api.as(sanne, 'POST', `/${caseId}/notities`, { soort: 'contactmoment', kanaal: 'huisbezoek', tekst: 'Plan besproken aan de keukentafel.' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ soort: 'contactmoment', kanaal: 'huisbezoek', vastgelegdDoorNaam: 'Sanne Ondersteuner' });
    // The author's name, for the case page's timeline; the intake's contact moment has one too.
    const notes = (await api.as(sanne, 'GET', `/${caseId}`)).json().notities as { tekst: string; vastgelegdDoorNaam: string | null }[];
    expect(notes.map((n) => n.vastgelegdDoorNaam)).toEqual(notes.map(() => 'Sanne Ondersteuner'));
  });

  it('keeps one versioned plan with results, agreements and who does what; the client agrees to a version', async () => {
    const empty = await api.as(sanne, 'GET', `/${caseId}/plan`);
    expect(empty.statusCode).toBe(200);
    expect(empty.headers.etag).toBe('"0"');
    expect(empty.json()).toMatchObject({ versie: 0, resultaten: [], afspraken: [], akkoord: null, status: 'niet_akkoord' });
    expect(await readSupportPlan(t.test.db, caseId)).toBeNull();

    const wrong = await api.as(sanne, 'PUT', `/${caseId}/plan`, plan({ afspraken: [{ omschrijving: '', wieSoort: 'netwerk', resultaten: ['onbekend'] }], akkoordDatum: addDays(today, 1) }), { 'if-match': '"0"' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().invalidParams.map((p: { name: string }) => p.name)).toEqual(['body.afspraken.0.omschrijving', 'body.afspraken.0.wie', 'body.afspraken.0.resultaten.0', 'body.akkoordDatum']);

    const first = await api.as(sanne, 'PUT', `/${caseId}/plan`, plan(), { 'if-match': '"0"' });
    expect(first.statusCode).toBe(200);
    expect(first.headers.etag).toBe('"1"');
    const v1 = first.json();
    expect(v1).toMatchObject({ versie: 1, status: 'niet_akkoord', aantalDossiersInHuishouden: 1, gewijzigdDoor: 'Sanne Ondersteuner', gewijzigdDatum: today });
    expect(v1.afspraken[1]).toMatchObject({ wieSoort: 'netwerk', wieSoortNaam: 'Iemand uit het netwerk', wie: 'Dochter Els', resultaten: [v1.resultaten[0].id] });
    expect(v1.afspraken[2].resultaten).toEqual([v1.resultaten[1].id]);

    const stale = await api.as(sanne, 'PUT', `/${caseId}/plan`, plan(), { 'if-match': '"0"' });
    expect(stale.statusCode).toBe(412);
    const agreed = await api.as(sanne, 'PUT', `/${caseId}/plan`, { resultaten: v1.resultaten, afspraken: v1.afspraken, akkoordDatum: today }, { 'if-match': '"1"' });
    expect(agreed.json()).toMatchObject({ versie: 2, status: 'akkoord', akkoord: { datum: today, versie: 2, huidigeVersie: true } });
    const v2 = agreed.json() as { resultaten: unknown[]; afspraken: unknown[] };
    const changed = await api.as(sanne, 'PUT', `/${caseId}/plan`, { resultaten: v2.resultaten, afspraken: v2.afspraken.slice(1), akkoordDatum: today }, { 'if-match': '"2"' });
    expect(changed.json()).toMatchObject({ versie: 3, status: 'eerdere_versie', akkoord: { versie: 2, huidigeVersie: false } });
    const versions = await t.test.db.rows(sql`select version from support_plan_versions v join support_plan_cases l on l.plan_id = v.plan_id where l.case_id = ${caseId}::uuid`);
    expect(versions).toHaveLength(3);

    // The resident portal's view: names only, no staff ids.
    const view = (await readSupportPlan(t.test.db, caseId))!;
    expect(view).toMatchObject({ version: 3, status: 'eerdere_versie', updatedBy: 'Sanne Ondersteuner', householdSize: 1 });
    expect(JSON.stringify(view)).not.toContain(sanne.userId);

    const audit = await t.test.db.rows<{ action: string }>(sql`select action from audit_log where data_subject = ${await pseudonymise(t.test.db, 'client', caseId, 'utrecht')}`);
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['lezen', 'schrijven']));
  });

  it('shares one plan in a household (one family, one plan), within one municipality only', async () => {
    const otherTown = (await api.as(outsider, 'POST', '', intake('Buiten Jansen'))).json().id;
    const refused = await api.as(sanne, 'POST', `/${sonId}/huishouden`, { dossierId: otherTown });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().invalidParams[0].name).toBe('body.dossierId');
    const joined = await api.as(sanne, 'POST', `/${sonId}/huishouden`, { dossierId: caseId });
    expect(joined.statusCode).toBe(200);
    expect(joined.json()).toMatchObject({ versie: 3, aantalDossiersInHuishouden: 2 });
    const sonPlan = (await api.as(sanne, 'GET', `/${sonId}/plan`)).json();
    expect(sonPlan.afspraken).toEqual((await api.as(sanne, 'GET', `/${caseId}/plan`)).json().afspraken);
    // Saving through either case changes the one plan.
    await api.as(sanne, 'PUT', `/${sonId}/plan`, { ...sonPlan, akkoordDatum: null }, { 'if-match': '"3"' });
    expect((await api.as(sanne, 'GET', `/${caseId}/plan`)).json().versie).toBe(4);
    // Two plans with content are not merged by guessing.
    const third = (await api.as(sanne, 'POST', '', intake('Kees Jansen'))).json().id;
    await api.as(sanne, 'PUT', `/${third}/plan`, plan(), { 'if-match': '"0"' });
    const clash = await api.as(sanne, 'POST', `/${third}/huishouden`, { dossierId: caseId });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().code).toBe('household-has-plan');
  });

  it('answers a supporter of another municipality with 404 for plan and consents', async () => {
    for (const [method, url, body] of [
      ['GET', `/${caseId}/plan`, undefined],
      ['PUT', `/${caseId}/plan`, plan()],
      ['POST', `/${caseId}/toestemmingen`, { onderwerp: 'a', ontvanger: 'b' }],
      ['POST', `/${caseId}/huishouden`, { dossierId: sonId }],
    ] as const) {
      expect((await api.as(outsider, method, url, body)).statusCode, `${method} ${url}`).toBe(404);
    }
  });

  it('anonymises consents and the household plan with the last case of the household', async () => {
    const close = async (id: string, on: string) => {
      const c = (await api.as(sanne, 'GET', `/${id}`)).json();
      await advanceQuestion(t.test.db, id, undefined, c.vragen[0].id, { to: 'afgesloten', on, closeReason: 'ingetrokken' });
    };
    await close(caseId, today);
    expect(await anonymiseDueCases(t.test.db, { today: addDays(today, 366 * 5), years: 5 })).toBeGreaterThanOrEqual(1);
    // The son's case is still open: the plan stays his, the mother's case leaves the household.
    const sonPlan = (await readSupportPlan(t.test.db, sonId))!;
    expect(sonPlan.householdSize).toBe(1);
    expect(sonPlan.agreements.length).toBeGreaterThan(0);
    expect(await readSupportPlan(t.test.db, caseId)).toBeNull();
    const consents = await t.test.db.rows<{ subject: string; recipient: string }>(sql`select subject, recipient from case_consents where case_id = ${caseId}::uuid`);
    expect(consents).toEqual([
      { subject: 'geanonimiseerd', recipient: 'geanonimiseerd' },
      { subject: 'geanonimiseerd', recipient: 'geanonimiseerd' },
    ]);
    await close(sonId, today);
    await anonymiseDueCases(t.test.db, { today: addDays(today, 366 * 5), years: 5 });
    const plans = await t.test.db.rows<{ content: unknown }>(sql`select p.content from support_plans p where not exists (select 1 from support_plan_cases l where l.plan_id = p.id and l.case_id <> ${sonId}::uuid)`);
    expect(JSON.stringify(plans)).not.toContain('Dochter Els');
  });
});
