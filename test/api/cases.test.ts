import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../src/db/sql.ts';
import { testEngines } from '../helpers/db.ts';
import { testApp, type TestApp } from '../helpers/app.ts';
import { grant, signIn, type SignedIn } from '../helpers/auth.ts';
import { caseClient, intake, TEST_BSN } from '../helpers/cases.ts';
import { addDays, suggestSupport } from '../../src/domain/cases/index.ts';
import { pseudonymise } from '../../src/services/audit/pseudonym.ts';
import { dutchDate } from '../../src/services/monitor/escalations.ts';

describe.each(testEngines)('dossiers API on %s', (engine) => {
  let t: TestApp;
  let sanne: SignedIn;
  let outsider: SignedIn;
  let api: ReturnType<typeof caseClient>;
  let caseId = '';
  let questionId = '';
  const today = dutchDate(new Date());
  beforeAll(async () => {
    t = await testApp(engine);
    api = caseClient(t);
    sanne = await signIn(t.test.db, [grant('clientondersteuner', 'gemeente', 'utrecht')], 'Sanne');
    outsider = await signIn(t.test.db, [grant('clientondersteuner', 'gemeente', 'beek-l')], 'Buiten');
  });
  afterAll(async () => t?.close());
  const step = (to: string, extra: Record<string, unknown> = {}) => api.as(sanne, 'POST', `/${caseId}/vragen/${questionId}/stap`, { naar: to, ...extra });

  it('takes in a question by phone, with the BSN checked by the 11-test and shown masked', async () => {
    const wrong = await api.as(sanne, 'POST', '', intake('Jan de Vries', { bsn: '111222334' }));
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().invalidParams).toEqual([expect.objectContaining({ name: 'body.bsn', reason: expect.stringContaining('elfproef') })]);
    const res = await api.as(sanne, 'POST', '', intake('Jan de Vries', { bsn: TEST_BSN, netwerk: [{ naam: 'Els de Vries', relatie: 'dochter' }] }));
    expect(res.statusCode).toBe(201);
    expect(res.headers.etag).toBe('"1"');
    const dossier = res.json();
    caseId = dossier.id;
    questionId = dossier.vragen[0].id;
    expect(dossier.client).toMatchObject({ naam: 'Jan de Vries', bsnGemaskeerd: '******333', leeftijdscategorie: '65+', netwerk: [{ naam: 'Els de Vries', relatie: 'dochter', telefoon: null }] });
    expect(dossier.vragen[0]).toMatchObject({ stap: 'eerste_contact', kanaal: 'telefonisch', mogelijkeStappen: ['gesprek', 'afgesloten'] });
    expect(dossier.notities).toEqual([expect.objectContaining({ soort: 'contactmoment', kanaal: 'telefonisch', vraagId: questionId, datum: today })]);
  });

  it('walks the question through the process: classification gives the Bijlage 3 suggestion, overriding it needs a reason', async () => {
    expect((await step('gesprek')).statusCode).toBe(200);
    expect((await step('vragen_verhelderen')).statusCode).toBe(200);
    const early = await step('oplossingen_afspreken');
    expect(early.statusCode).toBe(409);
    expect(early.json().detail).toContain('Leg eerst het soort vraag en de mate van regie');

    const classified = await api.as(sanne, 'POST', `/${caseId}/vragen/${questionId}/classificatie`, { vraagtype: 3, regie: 2 });
    expect(classified.statusCode).toBe(200);
    expect(classified.json()).toMatchObject({ vraagtype: 3, regie: 2, vorm: suggestSupport(3, 2).form });
    const noReason = await api.as(sanne, 'PUT', `/${caseId}/vragen/${questionId}/ondersteuningsvorm`, { vorm: 'Huisbezoek met dochter erbij' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().invalidParams[0]).toMatchObject({ name: 'body.reden', reason: expect.stringContaining('Geef een reden') });
    const chosen = await api.as(sanne, 'PUT', `/${caseId}/vragen/${questionId}/ondersteuningsvorm`, { vorm: 'Huisbezoek met dochter erbij', reden: 'De cliënt wil zijn dochter erbij.' });
    expect(chosen.json()).toMatchObject({ afgeweken: true, voorgesteldeVorm: suggestSupport(3, 2).form, beslotenDatum: today });

    expect((await step('oplossingen_afspreken')).statusCode).toBe(200);
    const dossier = (await step('toewijzing_voorzieningen')).json();
    expect(dossier.vragen[0]).toMatchObject({ stap: 'toewijzing_voorzieningen', voorstel: { vorm: suggestSupport(3, 2).form }, keuze: { gekozenVorm: 'Huisbezoek met dochter erbij' } });
    expect(dossier.vragen[0].geschiedenis.map((h: { naar: string }) => h.naar)).toEqual(['eerste_contact', 'gesprek', 'vragen_verhelderen', 'oplossingen_afspreken', 'toewijzing_voorzieningen']);
  });

  it('refers to a provider and records the outcome', async () => {
    const referral = await api.as(sanne, 'POST', `/${caseId}/verwijzingen`, { aanbieder: 'Thuiszorg Utrecht', reden: 'Hulp bij het huishouden', vraagId: questionId });
    expect(referral.statusCode).toBe(201);
    const outcome = await api.as(sanne, 'PUT', `/${caseId}/verwijzingen/${referral.json().id}/uitkomst`, { uitkomst: 'geholpen' });
    expect(outcome.json()).toMatchObject({ aanbieder: 'Thuiszorg Utrecht', uitkomst: 'geholpen', uitkomstDatum: today });
  });

  it('computes the objection period with the Atw extension, warns before it lapses, and records filing and outcome', async () => {
    const complaint = await api.as(sanne, 'POST', `/${caseId}/bezwaren`, { soort: 'klacht', onderwerp: 'Bejegening', verzendDatum: '2015-02-20' });
    expect(complaint.statusCode).toBe(400);
    const old = await api.as(sanne, 'POST', `/${caseId}/bezwaren`, { soort: 'bezwaar', onderwerp: 'Besluit woningaanpassing', verzendDatum: '2015-02-20' });
    expect(old.statusCode).toBe(201);
    // Six weeks end on Goede Vrijdag 3 April 2015; the weekend and Easter push the last day to Tuesday 7 April.
    expect(old.json().termijn).toEqual({
      startDatum: '2015-02-21',
      gewoneEindDatum: '2015-04-03',
      eindDatum: '2015-04-07',
      verlengdVanwege: ['vrijdag 3 april 2015 (Goede Vrijdag)', 'zaterdag 4 april 2015', 'zondag 5 april 2015 (Eerste Paasdag)', 'maandag 6 april 2015 (Tweede Paasdag)'],
      kanNogVeranderen: false,
      kanNogVeranderenUitleg: null,
    });
    expect(old.json()).toMatchObject({ verlopen: true, waarschuwing: null });

    const recent = await api.as(sanne, 'POST', `/${caseId}/bezwaren`, { soort: 'bezwaar', onderwerp: 'Besluit huishoudelijke hulp', verzendDatum: addDays(today, -35) });
    expect(recent.json()).toMatchObject({ verlopen: false, waarschuwing: expect.stringMatching(/^De bezwaartermijn verloopt over \d+ dagen, op /) });
    const list = await api.as(sanne, 'GET', '/werkvoorraad?soort=termijnen');
    const row = list.json().find((r: { id: string }) => r.id === caseId);
    expect(row.termijnen.map((d: { bezwaarId: string }) => d.bezwaarId)).toEqual([old.json().id, recent.json().id]);

    const filed = await api.as(sanne, 'PUT', `/${caseId}/bezwaren/${old.json().id}`, { ingediendDatum: '2015-04-07', uitkomst: 'gegrond', uitkomstDatum: '2015-06-01' });
    expect(filed.json()).toMatchObject({ tijdig: true, verlopen: false, uitkomst: 'gegrond' });
  });

  it('closes the question with a reason, and with it the case', async () => {
    expect((await step('arrangement')).statusCode).toBe(200);
    expect((await step('evaluatie')).statusCode).toBe(200);
    const noReason = await step('afgesloten');
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().detail).toContain('Geef een reden om de vraag af te sluiten');
    const closed = await step('afgesloten', { afsluitreden: 'afgerond' });
    expect(closed.json()).toMatchObject({ geslotenDatum: today, vragen: [{ stap: 'afgesloten', afsluitreden: 'afgerond', mogelijkeStappen: [] }] });
  });

  it('refuses a stale If-Match with 412 and accepts the current one', async () => {
    const current = await api.as(sanne, 'GET', `/${caseId}`);
    const etag = current.headers.etag as string;
    const body = { naam: 'Jan de Vries', telefoon: '030-1234567', leeftijdscategorie: '65+' };
    const saved = await api.as(sanne, 'PUT', `/${caseId}/clientgegevens`, body, { 'if-match': etag });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().client).toMatchObject({ telefoon: '030-1234567', bsnGemaskeerd: '******333' });
    const stale = await api.as(sanne, 'PUT', `/${caseId}/clientgegevens`, body, { 'if-match': etag });
    expect(stale.statusCode).toBe(412);
  });

  it('finds the case by BSN only through the POST body, and by name fragment', async () => {
    const byBsn = await api.as(sanne, 'POST', '/zoeken', { bsn: '111.222.333', alleenOpen: false });
    expect(byBsn.json().map((r: { id: string }) => r.id)).toEqual([caseId]);
    const byName = await api.as(sanne, 'POST', '/zoeken', { naam: 'DE VRIES', alleenOpen: false });
    expect(byName.json().map((r: { id: string }) => r.id)).toContain(caseId);
    expect((await api.as(sanne, 'POST', '/zoeken', { naam: '%' })).json()).toEqual([]);
  });

  it('logs every read and write under a pseudonym, never the name or BSN', async () => {
    const subject = await pseudonymise(t.test.db, 'client', caseId, 'utrecht');
    const count = async () => (await t.test.db.rows<{ n: number }>(sql`select count(*)::int as n from audit_log where data_subject = ${subject} and action = 'lezen'`))[0]!.n;
    const before = await count();
    await api.as(sanne, 'GET', `/${caseId}`);
    await api.as(sanne, 'POST', '/zoeken', { bsn: TEST_BSN, alleenOpen: false });
    expect(await count()).toBe(before + 2);
    // A list logs each case it shows under the tenant of the case's municipality, taken from the list itself.
    const listed = await api.as(sanne, 'GET', '/werkvoorraad?soort=termijnen&binnenDagen=365&paginaGrootte=100');
    expect(listed.json().map((r: { id: string }) => r.id)).toContain(caseId);
    expect(await count()).toBe(before + 3);
    const tenants = await t.test.db.rows<{ tenant: string | null }>(sql`select distinct tenant from audit_log where data_subject = ${subject}`);
    expect(tenants.map((r) => r.tenant)).toEqual(['utrecht']);
    const writes = await t.test.db.rows<{ outcome: string }>(sql`select outcome from audit_log where data_subject = ${subject} and action = 'schrijven'`);
    expect(writes.length).toBeGreaterThan(15);
    expect(writes.some((w) => w.outcome === 'geweigerd')).toBe(true);
    const [all] = await t.test.db.rows<{ text: string }>(sql`select string_agg(row_to_json(a)::text, ' ') as text from audit_log a`);
    expect(all!.text).not.toContain('Vries');
    expect(all!.text).not.toContain(TEST_BSN);
  });

  it('answers a supporter of another municipality with the same 404 as an unknown case', async () => {
    const foreign = await api.as(outsider, 'GET', `/${caseId}`);
    const unknown = await api.as(outsider, 'GET', '/00000000-0000-4000-8000-000000000000');
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json()).toMatchObject({ detail: 'Niet gevonden.' });
    expect(foreign.json().detail).toBe(unknown.json().detail);
    expect((await api.as(outsider, 'POST', `/${caseId}/notities`, { soort: 'notitie', tekst: 'x' })).statusCode).toBe(404);
    expect((await api.as(outsider, 'POST', '/zoeken', { bsn: TEST_BSN, alleenOpen: false })).json()).toEqual([]);
  });

  it('never puts the whole BSN in any response', () => {
    expect(api.bodies.length).toBeGreaterThan(30);
    for (const body of api.bodies) expect(body).not.toContain(TEST_BSN);
  });
});
