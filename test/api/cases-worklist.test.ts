import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../src/db/sql.ts';
import { testEngines } from '../helpers/db.ts';
import { testApp, type TestApp } from '../helpers/app.ts';
import { grant, signIn, type SignedIn } from '../helpers/auth.ts';
import { addDays, nextStepOf, STEPS } from '../../src/domain/cases/index.ts';
import { assignCaseSupporter } from '../../src/services/cases/assignments.ts';
import { addQuestion, createCase } from '../../src/services/cases/intake.ts';
import { addObjection, updateObjection } from '../../src/services/cases/objections.ts';
import { advanceQuestion } from '../../src/services/cases/questions.ts';
import { addNote } from '../../src/services/cases/records.ts';
import { saveSupportPlan } from '../../src/services/cases/support-plan.ts';
import { workList, type WorkListQuery } from '../../src/services/cases/worklists.ts';

/** A fixed "today", so every deadline below is the same on every run. */
const today = '2026-03-02';
const client = (name: string) => ({ name, phone: null, email: null, address: null, targetGroups: [], network: [], representative: null });
const question = (text: string, receivedOn: string) => ({ receivedVia: 'telefonisch' as const, text, lifeDomains: [], receivedOn, userId: null });
const contact = (occurredOn: string) => ({ kind: 'contactmoment' as const, questionId: null, channel: 'telefonisch' as const, occurredOn, body: 'Gebeld.', recordedBy: null });

describe.each(testEngines)('work list on %s', (engine) => {
  let t: TestApp;
  let sanne: SignedIn;
  const ids: Record<string, string> = {};
  const names = (page: { items: { clientName: string }[] }) => page.items.map((c) => c.clientName);
  const list = (extra: Partial<WorkListQuery> = {}) =>
    workList(t.test.db, { municipalities: ['utrecht', 'beek-l'], kind: 'alle', userId: sanne.userId, today, paging: { page: 1, pageSize: 50 }, ...extra });
  const get = (query: string) => t.app.inject({ method: 'GET', url: `/api/v1/dossiers/werkvoorraad?peildatum=${today}&${query}`, headers: sanne.headers });

  beforeAll(async () => {
    t = await testApp(engine);
    sanne = await signIn(t.test.db, [grant('clientondersteuner', 'gemeente', 'utrecht')], 'Sanne');
    const db = t.test.db;
    const make = async (name: string, text: string, on: string, code = 'utrecht') => {
      const c = await createCase(db, { municipalityCode: code, client: client(name), bsn: null, ageCategory: null, question: question(text, on) });
      ids[name] = c.id;
      return c;
    };
    // Anna: an objection period that has passed (decision sent 60 days ago, six weeks: Awb 6:7).
    await make('Anna', 'Mijn uitkering is gestopt.\n\n— Gesteld via het inwonersportaal. Referentie NV-XXXX', addDays(today, -30));
    await addObjection(db, ids.Anna!, undefined, { kind: 'bezwaar', subject: 'Besluit', decisionSentOn: addDays(today, -60), questionId: null, userId: null }, today);
    // Bram: two plan agreements, one passed three days ago without contact since, one in five days.
    await make('Bram', 'Hulp bij de administratie', addDays(today, -10));
    const agreement = (id: string, dueOn: string) => ({ id, description: 'Bellen met de woningcorporatie', party: 'client' as const, who: '', resultIds: [], dueOn });
    await saveSupportPlan(db, ids.Bram!, undefined, { results: [], agreements: [agreement('a1', addDays(today, 5)), agreement('a2', addDays(today, -3))] }, { userId: null, today });
    // Cor and Dirk: no deadline; Cor has waited longest for contact.
    await make('Cor', 'Eenzaam sinds mijn vrouw overleed', addDays(today, -40));
    await make('Dirk', 'Vraag over de mantelzorg', addDays(today, -5));
    // Elly: closed, but an appeal period runs (it came after the last step).
    const elly = await make('Elly', 'Bezwaar tegen de indicatie', addDays(today, -90));
    await advanceQuestion(db, elly.id, undefined, elly.case.questions[0]!.id, { to: 'afgesloten', on: addDays(today, -20), closeReason: 'direct_beantwoord' });
    await addObjection(db, elly.id, undefined, { kind: 'beroep', subject: 'Beslissing op bezwaar', decisionSentOn: addDays(today, -35), questionId: null, userId: null }, today);
    // Frits: another municipality the caller does not work for.
    await make('Frits', 'Vraag in Beek', addDays(today, -50), 'beek-l');
    await assignCaseSupporter(db, ids.Dirk!, undefined, { kind: 'professioneel', userId: sanne.userId }, today);
  });
  afterAll(async () => t?.close());

  it('orders by urgency: passed deadlines first, then the nearest, then the longest without contact', async () => {
    const all = await list({ municipalities: ['utrecht'] });
    expect(names(all)).toEqual(['Anna', 'Bram', 'Cor', 'Dirk']);
    expect(all.total).toBe(4);
    const [anna, bram, cor] = all.items;
    expect(anna!.nextDeadline).toMatchObject({ kind: 'bezwaartermijn', lapsed: true });
    expect(anna!.nextDeadline!.on).toBe(anna!.deadlines[0]!.deadline!.endsOn);
    expect(bram!.nextDeadline).toEqual({ on: addDays(today, -3), kind: 'afspraak', daysLeft: -3, lapsed: true });
    expect(cor).toMatchObject({ nextDeadline: null, lastContactOn: addDays(today, -40) });
  });

  it('shows the client question in his own words, the last contact and the next step of each question', async () => {
    const [anna] = (await list({ municipalities: ['utrecht'] })).items;
    // Only the client's words: the portal's note under them is left out.
    expect(anna).toMatchObject({ questionSummary: 'Mijn uitkering is gestopt.', lastContactOn: addDays(today, -30) });
    expect(anna!.questions).toEqual([{ id: expect.any(String), step: 'eerste_contact', nextStep: 'gesprek' }]);
    const withSecond = await addQuestion(t.test.db, ids.Anna!, undefined, question('En ik kan de huur niet betalen.', addDays(today, -2)));
    const after = (await list({ municipalities: ['utrecht'] })).items.find((c) => c.id === ids.Anna);
    expect(after).toMatchObject({ questionSummary: 'Mijn uitkering is gestopt. · En ik kan de huur niet betalen.', lastContactOn: addDays(today, -2) });
    // A closed question leaves the summary.
    await advanceQuestion(t.test.db, ids.Anna!, undefined, withSecond.case.questions[0]!.id, { to: 'afgesloten', on: today, closeReason: 'direct_beantwoord' });
    const closed = (await list({ municipalities: ['utrecht'] })).items.find((c) => c.id === ids.Anna);
    expect(closed!.questionSummary).toBe('En ik kan de huur niet betalen.');
  });

  it('follows the process of Figuur 1 for the next step, closing after evaluation', () => {
    expect(STEPS.map(nextStepOf)).toEqual(['gesprek', 'vragen_verhelderen', 'oplossingen_afspreken', 'toewijzing_voorzieningen', 'arrangement', 'evaluatie', 'afgesloten', null]);
  });

  it('moves a case when a contact follows up an agreement or an objection is filed', async () => {
    await addNote(t.test.db, ids.Bram!, undefined, contact(addDays(today, -1)));
    const bram = (await list()).items.find((c) => c.id === ids.Bram);
    expect(bram).toMatchObject({ lastContactOn: addDays(today, -1), nextDeadline: { on: addDays(today, 5), kind: 'afspraak', lapsed: false } });
    await addNote(t.test.db, ids.Cor!, undefined, contact(today));
    expect(names(await list({ municipalities: ['utrecht'] }))).toEqual(['Anna', 'Bram', 'Dirk', 'Cor']);
    const anna = (await list()).items.find((c) => c.id === ids.Anna)!;
    await updateObjection(t.test.db, ids.Anna!, undefined, anna.deadlines[0]!.id, { filedOn: addDays(today, -1), outcome: null, outcomeOn: null, note: '' }, today);
    const filed = (await list()).items.find((c) => c.id === ids.Anna)!;
    expect(filed.nextDeadline).toBeNull();
  });

  it('filters by list, municipality, step and deadline, and pages in the database', async () => {
    expect(names(await list({ kind: 'mijn' }))).toEqual(['Dirk']);
    expect(names(await list({ kind: 'ongetoewezen', municipalities: ['utrecht'] }))).toEqual(['Bram', 'Anna', 'Cor']);
    expect(names(await list({ kind: 'termijnen', withinDays: 14 }))).toEqual(['Bram', 'Elly']);
    expect(names(await list({ kind: 'termijnen', withinDays: 2 }))).toEqual([]);
    expect(names(await list({ withinDays: 5 }))).toEqual(['Bram']);
    expect(names(await list({ municipality: 'beek-l' }))).toEqual(['Frits']);
    expect(names(await list({ municipality: 'amsterdam' }))).toEqual([]);
    expect(names(await list({ step: 'gesprek' }))).toEqual([]);
    const page2 = await list({ paging: { page: 2, pageSize: 2 } });
    expect(page2.total).toBe(5);
    expect(names(page2)).toEqual(['Dirk', 'Anna']);
  });

  it('answers over HTTP with the new columns, the filters in the query string and paging headers', async () => {
    const res = await get('soort=alle&paginaGrootte=2');
    expect(res.statusCode).toBe(200);
    expect(res.headers['x-total-count']).toBe('4');
    expect(res.headers.link).toContain('rel="next"');
    const [bram] = res.json();
    expect(bram).toMatchObject({
      clientNaam: 'Bram',
      vraagSamenvatting: 'Hulp bij de administratie',
      laatsteContactDatum: addDays(today, -1),
      volgendeTermijn: { datum: addDays(today, 5), soort: 'afspraak', grondslag: null, dagenOver: 5, verlopen: false },
      vragen: [{ stap: 'eerste_contact', volgendeStap: 'gesprek' }],
    });
    const deadlines = (await get('soort=termijnen')).json();
    expect(deadlines.map((c: { clientNaam: string }) => c.clientNaam)).toEqual(['Bram', 'Elly']);
    expect(deadlines[1].volgendeTermijn).toMatchObject({ soort: 'beroepstermijn', grondslag: expect.stringMatching(/6:7/) });
    expect((await get('gemeente=beek-l')).json()).toEqual([]); // not a municipality Sanne works for
    expect((await get('binnenDagen=-1')).statusCode).toBe(400);
  });

  it('fills the columns of rows that existed before migration 0024 (backfill)', async () => {
    const before = await t.test.db.rows(sql`select id, last_contact_on, question_summary, next_deadline_on, next_deadline_kind from cases order by id`);
    await t.test.db.execute(sql`update cases set last_contact_on = null, question_summary = '', next_deadline_on = null, next_deadline_kind = null`);
    const migration = readFileSync(new URL('../../src/db/migrations/0024_case_worklist.sql', import.meta.url), 'utf8');
    const backfill = migration.match(/^update cases c set[\s\S]*?where c\.id = w\.id;/m)![0];
    await t.test.db.script(backfill);
    expect(await t.test.db.rows(sql`select id, last_contact_on, question_summary, next_deadline_on, next_deadline_kind from cases order by id`)).toEqual(before);
  });
});
