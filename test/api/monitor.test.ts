import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../src/db/sql.ts';
import { testEngines } from '../helpers/db.ts';
import { testApp, type TestApp } from '../helpers/app.ts';
import { grant, signIn, type SignedIn } from '../helpers/auth.ts';
import { loadDemoMonitor } from '../../src/services/monitor/demo.ts';
import { listMunicipalities } from '../../src/db/register/queries.ts';

const requirements = (answer = 'ja') => Object.fromEntries(['a', 'b', 'c', 'd', 'e', 'f'].map((id) => [id, { antwoord: answer, toelichting: '' }]));
const answers = (over: Record<string, unknown> = {}) => ({ fase: 'college', eisen: requirements(), budgetMee2015Cent: 3_000_000_00, andereAanbieders: ['Sociaal wijkteam'], toelichting: '', ...over });
const csvType = { 'content-type': 'text/csv' };

describe.each(testEngines)('monitor API on %s', (engine) => {
  let t: TestApp;
  let ministry: SignedIn;
  let utrecht: SignedIn;
  beforeAll(async () => {
    t = await testApp(engine);
    await loadDemoMonitor(t.test.db);
    ministry = await signIn(t.test.db, [grant('landelijk', 'landelijk', 'nl')]);
    utrecht = await signIn(t.test.db, [grant('gemeente-beleid', 'gemeente', 'utrecht')]);
  });
  afterAll(async () => t?.close());
  const as = (user: SignedIn, method: 'GET' | 'PUT' | 'POST', url: string, payload?: unknown, headers: Record<string, string> = {}) =>
    t.app.inject({ method, url: `/api/v1/monitor${url}`, headers: { ...user.headers, ...headers }, ...(payload === undefined ? {} : { payload: payload as object }) });
  const count = async (table: string, roundId: string) =>
    (await t.test.db.rows<{ n: number }>(sql`select count(*)::int as n from ${sql.identifier(table)} where round_id = ${roundId}`))[0]!.n;

  it('has the four 2014 rounds, all in the division of 2014', async () => {
    const rounds = (await t.app.inject({ method: 'GET', url: '/api/v1/monitor/rondes' })).json();
    expect(rounds.map((r: { id: string }) => r.id)).toEqual(['2014-04', '2014-05', '2014-10', '2014-11']);
    expect(rounds.every((r: { indeling: number }) => r.indeling === 2014)).toBe(true);
    expect(rounds[2]).toMatchObject({ peildatum: '2014-10-01', deadlineDatum: '2014-10-08', contractenVerwacht: true });
  });

  it('summarises the demo data over 403 municipalities, in line with the seed (84% at college level)', async () => {
    const responded = await count('monitor_responses', '2014-10');
    const s = (await as(ministry, 'GET', '/rondes/2014-10/samenvatting')).json();
    expect(s).toMatchObject({ aantalGemeenten: 403, geantwoord: responded });
    expect(Object.values<number>(s.perFase).reduce((a, b) => a + b, 0)).toBe(responded);
    const college = Math.round(((s.perFase.college + s.perFase.definitief) / responded) * 100);
    expect(college).toBeGreaterThanOrEqual(82);
    expect(college).toBeLessThanOrEqual(86);
    expect(s.achterblijvers.filter((l: { redenen: string[] }) => l.redenen.includes('geen_antwoord'))).toHaveLength(403 - responded);
    expect(s.zinnen[0]).toContain(`${responded} van de 403 gemeenten`);
  });

  it('lets a municipality save drafts with ETags, refuses a stale If-Match, and submits with every error at once', async () => {
    const url = '/rondes/2014-10/antwoorden/utrecht';
    const before = await as(utrecht, 'GET', url);
    const etag = before.headers.etag as string;
    const draft = await as(utrecht, 'PUT', url, answers({ fase: null, eisen: {} }), { 'if-match': etag });
    expect(draft.statusCode).toBe(200);
    expect(draft.json().status).toBe('concept');
    expect(draft.headers.etag).toBe(`"${Number(etag.replace(/"/g, '')) + 1}"`);
    const stale = await as(utrecht, 'PUT', url, answers(), { 'if-match': etag });
    expect(stale.statusCode).toBe(412);
    const incomplete = await as(utrecht, 'POST', `${url}/indienen`, answers({ fase: null, eisen: { c: { antwoord: 'nee', toelichting: '' } } }), { 'if-match': draft.headers.etag as string });
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.json().invalidParams.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['body.stage', 'body.requirements.a.answer', 'body.requirements.f.answer', 'body.requirements.c.explanation']),
    );
    const low = await as(utrecht, 'POST', `${url}/indienen`, answers({ budgetMee2015Cent: 1_000_00 }), { 'if-match': draft.headers.etag as string });
    expect(low.statusCode).toBe(200);
    expect(low.json()).toMatchObject({ status: 'ingediend', waarschuwingen: [expect.objectContaining({ regel: 'budget-laag', niveau: 'waarschuwing' })] });
  });

  it("answers another municipality's answers with the same 404 as a municipality that does not exist", async () => {
    const foreign = await as(utrecht, 'GET', '/rondes/2014-10/antwoorden/beek-l');
    const unknown = await as(utrecht, 'GET', '/rondes/2014-10/antwoorden/bestaat-niet');
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json()).toEqual(unknown.json());
    expect((await as(utrecht, 'PUT', '/rondes/2014-10/antwoorden/beek-l', answers())).statusCode).toBe(404);
  });

  it('lets a youth region answer for all its members at once, with an override for one', async () => {
    const members = await listMunicipalities(t.test.db, { divisionYear: 2014, youthRegionCode: 'kop-van-noord-holland' });
    const region = await signIn(t.test.db, [grant('regio', 'jeugdregio', 'kop-van-noord-holland')]);
    const other = members[1]!.code;
    const res = await as(region, 'POST', '/rondes/2014-11/jeugdregios/kop-van-noord-holland/antwoorden', {
      antwoorden: answers(),
      afwijkingen: [{ gemeenteCode: other, antwoorden: answers({ fase: 'definitief', budgetMee2015Cent: 2_000_000_00 }) }],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().gemeenten.sort()).toEqual(members.map((m) => m.code).sort());
    const overridden = (await as(region, 'GET', `/rondes/2014-11/antwoorden/${other}`)).json();
    expect(overridden.versies[0]).toMatchObject({ status: 'ingediend', beantwoordDoor: 'jeugdregio:kop-van-noord-holland', antwoorden: { fase: 'definitief' } });
    expect((await as(region, 'GET', `/rondes/2014-11/antwoorden/${members[0]!.code}`)).json().versies[0].antwoorden.fase).toBe('college');
  });

  it('the ministry asks for clarification with a deadline, follows it up, and accepts; every version is kept', async () => {
    const url = '/rondes/2014-10/antwoorden/utrecht';
    const asked = await as(ministry, 'POST', `${url}/toelichting-vragen`, { toelichtingDeadlineDatum: '2014-10-20', notitie: 'Waarom is het budget zo laag?' });
    expect(asked.statusCode).toBe(200);
    expect(asked.json().status).toBe('toelichting_gevraagd');
    const followup = (await as(ministry, 'GET', '/rondes/2014-10/opvolging')).json().find((r: { gemeente: { code: string } }) => r.gemeente.code === 'utrecht');
    expect(followup.opvolging).toMatchObject({ toelichtingDeadlineDatum: '2014-10-20', gebeurtenissen: [expect.objectContaining({ soort: 'toelichting_gevraagd' })] });
    expect(followup.opvolging.gebeurtenissen[0].notitie).toContain('Waarom is het budget zo laag?');

    // The deadline passed without a new submission: on the escalation list, until Utrecht answers.
    const overdue = (await as(ministry, 'GET', '/escalaties')).json();
    expect(overdue).toContainEqual(expect.objectContaining({ gemeente: { code: 'utrecht', naam: 'Utrecht' }, redenen: ['toelichting_verlopen'] }));
    expect((await as(utrecht, 'POST', `${url}/indienen`, answers({ toelichting: 'Het budget volgt de regionale afspraak.' }))).statusCode).toBe(200);
    expect((await as(ministry, 'GET', '/escalaties')).json().some((e: { gemeente: { code: string } }) => e.gemeente.code === 'utrecht')).toBe(false);

    const accepted = await as(ministry, 'POST', `${url}/accepteren`);
    expect(accepted.json().status).toBe('geaccepteerd');
    const history = (await as(utrecht, 'GET', url)).json();
    expect(history.status).toBe('geaccepteerd');
    expect(history.versies.map((v: { status: string }) => v.status).slice(0, 5)).toEqual(['geaccepteerd', 'ingediend', 'toelichting_gevraagd', 'ingediend', 'concept']);
    expect(history.versies.map((v: { versie: number }) => v.versie)).toEqual([...Array(history.versies.length).keys()].map((i) => history.versies.length - i));
    // Asking without a body still works as it always did, and starts a follow-up without a deadline.
    const statuses = (await as(ministry, 'GET', '/rondes/2014-10/gemeenten')).json();
    const submitted = statuses.find((g: { status: string }) => g.status === 'ingediend').gemeente.code;
    const plain = await as(ministry, 'POST', `/rondes/2014-10/antwoorden/${submitted}/toelichting-vragen`);
    expect(plain.json().status).toBe('toelichting_gevraagd');
    const record = (await as(ministry, 'GET', '/rondes/2014-10/opvolging')).json().find((r: { gemeente: { code: string } }) => r.gemeente.code === submitted);
    expect(record.opvolging).toMatchObject({ toelichtingDeadlineDatum: null, versie: 1, gebeurtenissen: [expect.objectContaining({ soort: 'toelichting_gevraagd' })] });
  });

  it('imports responses all-or-nothing: one bad row stores nothing and names its line and column', async () => {
    const before = await count('monitor_responses', '2014-04');
    const header = 'gemeente;fase;a;b;c;d;e;f;budget_mee_2015_eur;toelichting\n';
    const bad = `${header}Utrecht;college;ja;ja;ja;ja;ja;ja;3.000.000;\nGM0888;misschien;ja;jein;ja;ja;ja;ja;;\n`;
    const res = await as(ministry, 'POST', '/rondes/2014-04/antwoorden/import', bad, csvType);
    expect(res.statusCode).toBe(400);
    expect(res.json().invalidParams).toEqual(expect.arrayContaining([expect.objectContaining({ rij: 3, kolom: 'fase' }), expect.objectContaining({ rij: 3, kolom: 'b' })]));
    expect(await count('monitor_responses', '2014-04')).toBe(before);
    const good = `${header}Utrecht;college;ja;ja;ja;ja;ja;ja;3.000.000;\nGM0888;definitief;ja;ja;gedeeltelijk;ja;ja;ja;120.000;\n`;
    const ok = await as(ministry, 'POST', '/rondes/2014-04/antwoorden/import', good, csvType);
    expect(ok.json()).toEqual({ aantal: 2 });
    expect(await count('monitor_responses', '2014-04')).toBe(before + 2);
  });

  it('imports the MEE monitor all-or-nothing and compares it with the transition monitor', async () => {
    const empty = (await as(ministry, 'GET', '/rondes/2014-10/vergelijking')).json();
    expect(empty.meeMonitorIngelezen).toBe(false);
    const rows: { gemeente: { code: string; naam: string }; transitiemonitor: string | null }[] = empty.gemeenten;
    const utrechtStage = rows.find((r) => r.gemeente.code === 'utrecht')!.transitiemonitor!;
    const other = rows.find((r) => r.gemeente.code !== 'utrecht' && r.transitiemonitor)!;
    const silent = rows.find((r) => !r.transitiemonitor)!;
    const otherStage = other.transitiemonitor === 'definitief' ? 'college' : 'definitief';

    const bad = `gemeente;fase;datum\nGM0344;${utrechtStage};2014-10-01\nNergenshuizen;college;2014-10-01\n${other.gemeente.naam};bijna;31-9-2014\n`;
    const refused = await as(ministry, 'POST', '/rondes/2014-10/mee-monitor/import', bad, csvType);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().invalidParams.map((p: { name: string }) => p.name)).toEqual(['rij 3, kolom A (gemeente)', 'rij 4, kolom B (fase)', 'rij 4, kolom C (datum)']);
    expect(await count('mee_monitor_entries', '2014-10')).toBe(0);

    const good = `gemeente;fase;datum\nGM0344;${utrechtStage};2014-10-01\n${other.gemeente.naam};${otherStage};\n${silent.gemeente.naam};ambtelijk;2014-09-30\n`;
    expect((await as(ministry, 'POST', '/rondes/2014-10/mee-monitor/import', good, csvType)).json()).toEqual({ aantal: 3 });
    const responded = rows.filter((r) => r.transitiemonitor).length;
    const compared = (await as(utrecht, 'GET', '/rondes/2014-10/vergelijking')).json();
    expect(compared.meeMonitorIngelezen).toBe(true);
    expect(compared.aantallen).toEqual({ gelijk: 1, verschil: 1, alleenTvs: responded - 2, alleenMee: 1, geenVanBeide: 403 - responded - 1 });
    const differences = (await as(ministry, 'GET', '/rondes/2014-10/vergelijking?alleenVerschillen=true')).json().gemeenten;
    expect(differences).toHaveLength(responded);
    expect(differences.find((r: { gemeente: { code: string } }) => r.gemeente.code === other.gemeente.code)).toMatchObject({ meeMonitor: otherStage, soort: 'verschil' });
    expect(differences.find((r: { gemeente: { code: string } }) => r.gemeente.code === silent.gemeente.code)).toMatchObject({ meeMonitorDatum: '2014-09-30', soort: 'alleen_mee' });
    const download = await as(ministry, 'GET', '/rondes/2014-10/vergelijking?alleenVerschillen=true&formaat=csv');
    expect(download.body.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('gemeente;transitiemonitor;mee_monitor;mee_monitor_datum;verschil_stappen;soort');

    // A new import replaces the round's entries.
    const again = `gemeente;fase\nUtrecht;${utrechtStage}\n`;
    await as(ministry, 'POST', '/rondes/2014-10/mee-monitor/import', again, csvType);
    expect(await count('mee_monitor_entries', '2014-10')).toBe(1);
    expect((await as(ministry, 'GET', '/rondes/2099-01/vergelijking')).statusCode).toBe(404);
  });

  it('follows up a lagging municipality with If-Match, logs events and puts escalations on the list', async () => {
    const list = (await as(ministry, 'GET', '/rondes/2014-10/opvolging')).json();
    const lagging = list.find((r: { achterblijver: boolean; opvolging: { versie: number } }) => r.achterblijver && r.opvolging.versie === 0);
    expect(lagging.redenen.length).toBeGreaterThan(0);
    const url = `/rondes/2014-10/opvolging/${lagging.gemeente.code}`;
    const first = await as(ministry, 'PUT', url, { ondersteuningsteam: 'Team Noord', toelichtingDeadlineDatum: null, geescaleerd: false }, { 'if-match': '"0"' });
    expect(first.statusCode).toBe(200);
    expect(first.headers.etag).toBe('"1"');
    const second = await as(ministry, 'PUT', url, { ondersteuningsteam: 'Team Noord', toelichtingDeadlineDatum: '2014-10-31', geescaleerd: true }, { 'if-match': '"1"' });
    expect(second.json()).toMatchObject({ versie: 2, geescaleerd: true, toelichtingDeadlineDatum: '2014-10-31' });
    const stale = await as(ministry, 'PUT', url, { ondersteuningsteam: null, toelichtingDeadlineDatum: null, geescaleerd: false }, { 'if-match': '"1"' });
    expect(stale.statusCode).toBe(412);
    const event = await as(ministry, 'POST', `${url}/gebeurtenissen`, { soort: 'contact', notitie: 'Gebeld met de wethouder.' });
    expect(event.statusCode).toBe(201);
    expect(event.json().gebeurtenissen.map((e: { soort: string }) => e.soort)).toEqual(['team_toegewezen', 'escalatie', 'contact']);
    expect((await as(ministry, 'POST', `${url}/gebeurtenissen`, { soort: 'geaccepteerd', notitie: '' })).statusCode).toBe(400);
    expect((await as(ministry, 'PUT', '/rondes/2014-10/opvolging/boskoop', { ondersteuningsteam: null, toelichtingDeadlineDatum: null, geescaleerd: true })).statusCode).toBe(404);

    const escalations = (await as(ministry, 'GET', '/escalaties')).json();
    expect(escalations).toContainEqual(expect.objectContaining({ ronde: { id: '2014-10', naam: 'Meting 1 oktober 2014' }, gemeente: lagging.gemeente, ondersteuningsteam: 'Team Noord' }));
    expect(escalations.find((e: { gemeente: { code: string } }) => e.gemeente.code === lagging.gemeente.code).redenen).toContain('geescaleerd');
    const download = await as(ministry, 'GET', '/escalaties?formaat=csv');
    expect(download.headers['content-type']).toMatch(/text\/csv/);
    expect(download.body.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('ronde;gemeente;redenen;ondersteuningsteam;toelichting_deadline;status');
    expect((await as(utrecht, 'GET', '/escalaties')).statusCode).toBe(403);
  });
});
