import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../src/db/sql.ts';
import { testEngines } from '../helpers/db.ts';
import { testApp, type TestApp } from '../helpers/app.ts';
import { grant, signIn, type SignedIn } from '../helpers/auth.ts';
import { intake } from '../helpers/cases.ts';
import { loadDemoMonitor } from '../../src/services/monitor/demo.ts';
import { ALL_ROLES } from './support/routes.ts';
import { IMPORT_FILES } from './support/csv.ts';

/**
 * Two people at once: two sessions editing the same monitor answer or case with the same (soon stale)
 * If-Match → exactly one wins, the other gets 412, and the winner's change is what is stored (no lost
 * update). The same file imported twice at the same moment → both succeed and the result equals one
 * import (idempotent), or one succeeds and the other is refused; never a 5xx or a doubled import.
 */
const RACES = Number(process.env.RACES ?? 5);
const requirements = () => Object.fromEntries(['a', 'b', 'c', 'd', 'e', 'f'].map((id) => [id, { antwoord: 'ja', toelichting: '' }]));
const answers = (toelichting: string) => ({ fase: 'college', eisen: requirements(), budgetMee2015Cent: 3_000_000_00, andereAanbieders: [], toelichting });

describe.each(testEngines)('concurrent edits and imports on %s', (engine) => {
  let t: TestApp;
  let anna: SignedIn;
  let bert: SignedIn;
  let sanne: SignedIn;
  let sem: SignedIn;
  let admin: SignedIn;
  const figures = { races: 0, lostUpdates: 0, doubledImports: 0 };
  beforeAll(async () => {
    t = await testApp(engine);
    await loadDemoMonitor(t.test.db);
    anna = await signIn(t.test.db, [grant('gemeente-beleid', 'gemeente', 'utrecht')]);
    bert = await signIn(t.test.db, [grant('gemeente-beleid', 'gemeente', 'utrecht')]);
    sanne = await signIn(t.test.db, [grant('clientondersteuner', 'gemeente', 'utrecht')]);
    sem = await signIn(t.test.db, [grant('clientondersteuner', 'gemeente', 'utrecht')]);
    admin = await signIn(t.test.db, ALL_ROLES);
  });
  afterAll(async () => {
    console.log(`[concurrency ${engine}] ${figures.races} races, lost updates ${figures.lostUpdates}, doubled imports ${figures.doubledImports}`);
    await t?.close();
  });
  const inject = (user: SignedIn, method: 'GET' | 'PUT' | 'POST', url: string, payload?: object, headers: Record<string, string> = {}) =>
    t.app.inject({ method, url, headers: { ...user.headers, ...headers }, ...(payload ? { payload } : {}) });

  it('two sessions saving the same monitor answer with the same If-Match: one 200, one 412, the winner is stored', async () => {
    const url = '/api/v1/monitor/rondes/2014-11/antwoorden/utrecht';
    for (let i = 0; i < RACES; i++) {
      figures.races++;
      const etag = (await inject(anna, 'GET', url)).headers.etag as string;
      const [a, b] = await Promise.all([inject(anna, 'PUT', url, answers(`anna ${i}`), { 'if-match': etag }), inject(bert, 'PUT', url, answers(`bert ${i}`), { 'if-match': etag })]);
      expect([a.statusCode, b.statusCode].sort()).toEqual([200, 412]);
      const winner = a.statusCode === 200 ? `anna ${i}` : `bert ${i}`;
      const now = await inject(anna, 'GET', url);
      expect(now.headers.etag).toBe(`"${Number(etag.replace(/\D/g, '')) + 1}"`);
      const stored = JSON.stringify(now.json());
      if (!stored.includes(winner)) figures.lostUpdates++;
      expect(stored).toContain(winner);
    }
  });

  it('two sessions changing the same case with the same If-Match: one 201, one 412, one note stored', async () => {
    const created = await inject(sanne, 'POST', '/api/v1/dossiers', intake('Cliënt Gelijktijdig'));
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    const notes = async () => (await t.test.db.rows<{ n: number }>(sql`select count(*)::int as n from case_notes where case_id = ${id}::uuid and body like 'race %'`))[0]!.n;
    for (let i = 0; i < RACES; i++) {
      figures.races++;
      const etag = (await inject(sanne, 'GET', `/api/v1/dossiers/${id}`)).headers.etag as string;
      const note = (who: string) => ({ soort: 'notitie', tekst: `race ${i} ${who}` });
      const [a, b] = await Promise.all([
        inject(sanne, 'POST', `/api/v1/dossiers/${id}/notities`, note('sanne'), { 'if-match': etag }),
        inject(sem, 'POST', `/api/v1/dossiers/${id}/notities`, note('sem'), { 'if-match': etag }),
      ]);
      expect([a.statusCode, b.statusCode].sort(), `${a.body} ${b.body}`).toEqual([201, 412]);
      expect(await notes()).toBe(i + 1);
      const after = await inject(sanne, 'GET', `/api/v1/dossiers/${id}`);
      expect(after.headers.etag).toBe(`"${Number(etag.replace(/\D/g, '')) + 1}"`);
    }
  });

  it('the same file imported twice at the same moment, at every import: idempotent or one refused, never a 5xx or a double', async () => {
    const params: Record<string, string> = { rondeId: '2014-05', bestedingsjaar: '2016' };
    for (const [key, file] of Object.entries(IMPORT_FILES)) {
      figures.races++;
      const url = key.split(' ')[1]!.replace(/:(\w+)/g, (_, n: string) => params[n]!);
      const body = [file.header, ...file.rows].map((r) => r.join(';')).join('\n');
      const upload = () => t.app.inject({ method: 'POST', url, headers: { ...admin.headers, 'content-type': 'text/csv' }, payload: body });
      const [a, b] = await Promise.all([upload(), upload()]);
      const statuses = [a.statusCode, b.statusCode];
      expect(statuses.every((s) => s < 500), `${key}: ${a.body} ${b.body}`).toBe(true);
      expect(statuses.some((s) => s < 300), `${key}: ${a.body} ${b.body}`).toBe(true);
      // After the race, one more import of the same file must change nothing that matters: the state is that of one import.
      const afterRace = await importState(key);
      const third = await upload();
      expect(third.statusCode, third.body).toBeLessThan(300);
      const afterThird = await importState(key);
      if (JSON.stringify(afterRace) !== JSON.stringify(afterThird)) figures.doubledImports++;
      expect(afterThird, key).toEqual(afterRace);
    }
  });

  /** What an import leaves behind, without version counters and timestamps (those may move on a repeat). */
  async function importState(key: string): Promise<unknown> {
    if (key.includes('/budget/')) return t.test.db.rows(sql`select municipality_code, amount_cents, note from planned_spending where year = 2016 order by municipality_code`);
    if (key.includes('/mee-monitor/')) return t.test.db.rows(sql`select municipality_code, stage, reported_on::text from mee_monitor_entries where round_id = '2014-05' order by municipality_code`);
    if (key.includes('/antwoorden/')) {
      return t.test.db.rows(sql`
        select distinct on (municipality_code) municipality_code, status, answers from monitor_responses
         where round_id = '2014-05' and municipality_code in (select municipality_code from monitor_responses where answered_by = 'import')
         order by municipality_code, version desc`);
    }
    return t.test.db.rows(sql`select m.municipality_code, c.client_name, m.mee_supporter_name, m.started_on::text from case_mee_transitions m join cases c on c.id = m.case_id order by 1, 2, 3, 4`);
  }
});
