import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../src/db/sql.ts';
import { testEngines } from '../helpers/db.ts';
import { testApp, type TestApp } from '../helpers/app.ts';
import { grant, signIn, type SignedIn } from '../helpers/auth.ts';
import { caseClient, TEST_BSN } from '../helpers/cases.ts';
import { createCase } from '../../src/services/cases/intake.ts';
import { advanceQuestion } from '../../src/services/cases/questions.ts';
import { assignCaseSupporter } from '../../src/services/cases/assignments.ts';
import { continuity } from '../../src/services/cases/mee-continuity.ts';
import { anonymiseDueCases } from '../../src/services/cases/retention.ts';
import { pseudonymise } from '../../src/services/audit/pseudonym.ts';
import type { IsoDate } from '../../src/domain/cases/index.ts';

const HEADER = 'gemeente;client_naam;geboortejaar;startdatum;mee_organisatie;mee_ondersteuner;vraag;soort_ondersteuner';
const GOOD = [
  HEADER,
  'Utrecht;Piet Jansen;1950;2014-09-01;MEE Utrecht Gooi & Vecht;Karin de Boer;Hulp bij het aanvragen van een woningaanpassing;',
  'utrecht;Ans Bakker;1990;15-11-2014;MEE Utrecht Gooi & Vecht;Karin de Boer;Begeleiding bij werk;professioneel',
  'Utrecht;Kees Smit;;;MEE Utrecht Gooi & Vecht;Marja Smit;Dagbesteding zoeken;familie',
].join('\n');
const BAD = [
  HEADER,
  'Beek (L.);Iemand Anders;1970;2014-10-01;MEE Zuid-Limburg;Jo Pieters;Vraag;',
  'Utrecht;;19x0;2015-03-01;MEE Utrecht Gooi & Vecht;Karin de Boer;Vraag;tante',
].join('\n');

describe.each(testEngines)('MEE handover, evaluation sample and retention on %s', (engine) => {
  let t: TestApp;
  let beheer: SignedIn;
  let sanne: SignedIn;
  let api: ReturnType<typeof caseClient>;
  const imported: string[] = [];
  beforeAll(async () => {
    t = await testApp(engine);
    api = caseClient(t);
    beheer = await signIn(t.test.db, [grant('beheer', 'gemeente', 'utrecht')], 'Beheer');
    sanne = await signIn(t.test.db, [grant('clientondersteuner', 'gemeente', 'utrecht')], 'Sanne');
  });
  afterAll(async () => t?.close());

  const upload = (csv: string) =>
    t.app.inject({ method: 'POST', url: '/api/v1/dossiers/mee-overdracht/import', headers: { ...beheer.headers, 'content-type': 'text/csv' }, payload: csv });
  const caseCount = async () => Number((await t.test.db.rows<{ n: number }>(sql`select count(*)::int as n from cases`))[0]!.n);

  it('refuses a bad file as a whole, naming every row and column, and stores nothing', async () => {
    const res = await upload(BAD);
    expect(res.statusCode).toBe(400);
    const names = res.json().invalidParams.map((p: { name: string }) => p.name);
    expect(names).toEqual(['rij 2, kolom A (gemeente)', 'rij 3, kolom B (client_naam)', 'rij 3, kolom C (geboortejaar)', 'rij 3, kolom D (startdatum)', 'rij 3, kolom H (soort_ondersteuner)']);
    expect(await caseCount()).toBe(0);
    const missing = await upload('gemeente;client_naam\nUtrecht;Piet');
    expect(missing.statusCode).toBe(400);
    expect(missing.json().invalidParams.map((p: { name: string }) => p.name)).toContain('rij 1, kolom mee_ondersteuner');
  });

  it('imports running MEE trajectories as cases that keep the MEE supporter, audited under pseudonyms', async () => {
    const res = await upload(GOOD);
    expect(res.statusCode).toBe(201);
    expect(res.json().aantal).toBe(3);
    imported.push(...res.json().dossierIds);
    const first = (await api.as(sanne, 'GET', `/${imported[0]}`)).json();
    expect(first.client).toMatchObject({ naam: 'Piet Jansen', leeftijdscategorie: '65+' });
    expect(first.ondersteuner).toMatchObject({ soort: 'professioneel', naam: 'Karin de Boer' });
    expect(first.vragen[0]).toMatchObject({ stap: 'vragen_verhelderen', kanaal: 'signalering' });
    expect(first.notities[0]).toMatchObject({ soort: 'contactmoment', datum: '2014-09-01' });
    const third = (await api.as(sanne, 'GET', `/${imported[2]}`)).json();
    expect(third.ondersteuner).toMatchObject({ soort: 'informeel', naam: 'Marja Smit' });
    expect(third.geopendDatum).toBe('2015-01-01');
    const subjects = (await t.test.db.rows<{ s: string }>(sql`select data_subject as s from audit_log where purpose like 'continuïteit%'`)).map((r) => r.s);
    expect(subjects).toEqual(expect.arrayContaining([await pseudonymise(t.test.db, 'client', imported[0]!, 'utrecht')]));
    expect(subjects.join(' ')).not.toContain('Piet');
  });

  it('counts continuity on a reference date: still with MEE, completed, transferred, overdue', async () => {
    const report = async (peildatum: string) => (await api.as(sanne, 'GET', `/mee-overdracht/continuiteit?peildatum=${peildatum}`)).json();
    const early = await report('2015-02-01');
    expect(early).toMatchObject({ onderdrukt: false, totaal: { totaal: 3, bijMee: 3, afgerond: 0, overgedragen: 0, overTijd: 1 } });
    expect(early.perGemeente).toEqual([expect.objectContaining({ gemeenteCode: 'utrecht', totaal: 3 })]);
    await assignCaseSupporter(t.test.db, imported[1]!, undefined, { kind: 'informeel', name: 'Buurvrouw', relation: 'naaste', phone: null }, '2015-02-10');
    const closing = (await api.as(sanne, 'GET', `/${imported[2]}`)).json();
    await advanceQuestion(t.test.db, imported[2]!, undefined, closing.vragen[0].id, { to: 'afgesloten', on: '2015-03-01', closeReason: 'doorverwezen' });
    expect((await report('2015-03-15')).totaal).toEqual({ totaal: 3, bijMee: 1, afgerond: 1, overgedragen: 1, overTijd: 1 });
    // Regional or national callers see small counts suppressed.
    const suppressed = await continuity(t.test.db, ['utrecht'], '2015-03-15', true);
    expect(suppressed.totals).toEqual({ total: null, stillWithMee: null, completed: null, transferred: null, overdue: null });
    const outsider = await signIn(t.test.db, [grant('clientondersteuner', 'gemeente', 'beek-l')]);
    expect((await api.as(outsider, 'GET', '/mee-overdracht/continuiteit?peildatum=2015-03-15')).json().totaal.totaal).toBe(0);
  });

  async function closedCase(name: string, openedOn: IsoDate, closedOn: IsoDate | null, bsn: string | null = null): Promise<string> {
    const client = { name, phone: '06-1', email: null, address: 'Straat 1', targetGroups: [], network: [], representative: null };
    const question = { receivedVia: 'telefonisch' as const, text: `Vraag van ${name}`, lifeDomains: [], receivedOn: openedOn, userId: null };
    const created = await createCase(t.test.db, { municipalityCode: 'utrecht', client, bsn, ageCategory: null, question });
    if (closedOn) await advanceQuestion(t.test.db, created.id, undefined, created.case.questions[0]!.id, { to: 'afgesloten', on: closedOn, closeReason: 'ingetrokken' });
    return created.id;
  }

  it('draws a reproducible evaluation sample of closed cases with the method per client', async () => {
    for (let i = 0; i < 10; i++) await closedCase(`Steekproef ${i}`, '2016-01-04', `2016-02-${String(10 + i).padStart(2, '0')}`);
    const draw = (body: object) => api.as(sanne, 'POST', '/evaluatie-steekproef', body);
    const period = { vanafDatum: '2016-01-01', totEnMetDatum: '2016-12-31' };
    const a = await draw({ aandeel: 0.3, seed: 'lente-2016', ...period });
    expect(a.statusCode).toBe(201);
    const b = await draw({ aandeel: 0.3, seed: 'lente-2016', ...period });
    expect(a.json().aantalKandidaten).toBe(10);
    expect(a.json().dossiers).toHaveLength(3);
    expect(b.json().dossiers.map((d: { dossierId: string }) => d.dossierId)).toEqual(a.json().dossiers.map((d: { dossierId: string }) => d.dossierId));
    expect(a.json().dossiers[0]).toMatchObject({ methode: 'huisbezoek', regie: null, clientNaam: expect.stringMatching(/^Steekproef/) });
    const stored = await t.test.db.rows<{ n: number }>(sql`select count(*)::int as n from case_evaluation_sample_cases`);
    expect(stored[0]!.n).toBe(6);
    const random = (await draw({ aandeel: 1, ...period })).json();
    expect(random.seed).toMatch(/^[0-9a-f]{16}$/);
    expect(random.dossiers).toHaveLength(10);
    expect((await draw({ aandeel: 0 })).statusCode).toBe(400);
  });

  it('anonymises only cases closed longer than the retention period ago, keeping the counts', async () => {
    const old = await closedCase('Oud Dossier', '2009-03-02', '2009-06-01', TEST_BSN);
    const recent = await closedCase('Recent Dossier', '2012-03-01', '2012-06-01');
    const open = await closedCase('Open Dossier', '2008-01-07', null);
    const before = await caseCount();
    expect(await anonymiseDueCases(t.test.db, { today: '2014-05-31', years: 5 })).toBe(0);
    expect(await anonymiseDueCases(t.test.db, { today: '2015-01-01', years: 5 })).toBe(1);
    expect(await caseCount()).toBe(before);
    const rows = await t.test.db.rows<{ id: string; name: string; bsn: string | null; anonymised: boolean; phone: string | null }>(
      sql`select id::text as id, client_name as name, bsn, anonymised_at is not null as anonymised, client ->> 'phone' as phone from cases where id in (${old}::uuid, ${recent}::uuid, ${open}::uuid)`,
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(old)).toMatchObject({ name: 'geanonimiseerd', bsn: null, anonymised: true, phone: null });
    expect(byId.get(recent)).toMatchObject({ name: 'Recent Dossier', anonymised: false, phone: '06-1' });
    expect(byId.get(open)).toMatchObject({ name: 'Open Dossier', anonymised: false });
    const notes = await t.test.db.rows<{ body: string }>(sql`select body from case_notes where case_id = ${old}::uuid`);
    expect(notes).toEqual([{ body: '' }]);
    const audit = await t.test.db.rows<{ s: string; action: string }>(sql`select data_subject as s, action from audit_log where purpose like 'bewaartermijn%'`);
    expect(audit).toEqual([{ s: await pseudonymise(t.test.db, 'client', old, 'utrecht'), action: 'verwijderen' }]);
    expect(await anonymiseDueCases(t.test.db, { today: '2015-01-01', years: 5 })).toBe(0);
    // Five years on, the 2012 case and the MEE case closed on 1 March 2015 are due too.
    expect(await anonymiseDueCases(t.test.db, { today: '2020-03-01', years: 5 })).toBe(2);
  });
});
