import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../helpers/db.ts';
import { testApp, type TestApp } from '../helpers/app.ts';
import { grant, signIn, type SignedIn } from '../helpers/auth.ts';
import { recordAudit, type AuditEntry } from '../../src/services/audit/log.ts';
import { sealPending } from '../../src/services/audit/seal.ts';
import { sql } from '../../src/db/sql.ts';

const entry = (i: number): AuditEntry => ({
  actorUserId: null,
  actorRole: 'clientondersteuner',
  actorOrganisation: 'gemeente/utrecht',
  dataSubject: `ps_${String(i).padStart(20, '0')}`,
  activity: 'zoektest',
  purpose: 'test',
  action: 'lezen',
  outcome: 'toegestaan',
  requestId: `zoek-${i}`,
  traceId: null,
  tenant: 'utrecht',
});

/** Issue 23 goal 4 / ADR 0013: the audit search pages by keyset and says whether its total is exact. */
describe.each(testEngines)('audit search (%s)', (engine) => {
  let t: TestApp;
  let officer: SignedIn;
  beforeAll(async () => {
    t = await testApp(engine);
    officer = await signIn(t.test.db, [grant('privacy', 'landelijk', 'nl')]);
    await recordAudit(t.test.db, Array.from({ length: 5 }, (_, i) => entry(i)));
  });
  afterAll(async () => t?.close());

  const get = (url: string) => t.app.inject({ method: 'GET', url, headers: officer.headers });

  it('follows rel="next" by number: each page continues below the last row of the one before', async () => {
    const first = await get('/api/v1/logboek?verwerkingsactiviteit=zoektest&paginaGrootte=2');
    expect(first.statusCode).toBe(200);
    expect(first.headers['x-total-count']).toBe('5');
    expect(first.headers['x-total-count-geschat']).toBe('false');
    const rows = first.json<{ volgnummer: number; verzoekId: string }[]>();
    expect(rows.map((r) => r.verzoekId)).toEqual(['zoek-4', 'zoek-3']);
    const next = /<([^>]+)>; rel="next"/.exec(String(first.headers.link))![1]!;
    expect(next).toContain(`voorVolgnummer=${rows[1]!.volgnummer}`);
    expect(next).toContain('pagina=2');
    const second = await get(next);
    expect(second.json<{ verzoekId: string }[]>().map((r) => r.verzoekId)).toEqual(['zoek-2', 'zoek-1']);
    // The page number travels along, so a client can say "pagina 2" and step back by offset.
    const prev = /<([^>]+)>; rel="prev"/.exec(String(second.headers.link))![1]!;
    expect(prev).toContain('pagina=1');
    expect(prev).not.toContain('voorVolgnummer');
    expect((await get(prev)).json<{ verzoekId: string }[]>().map((r) => r.verzoekId)).toEqual(['zoek-4', 'zoek-3']);
  });

  it('by period: newest first by time, and rel="next" continues in that order where number and time differ', async () => {
    // A row's time is its transaction's start, its number is drawn at the insert: they can disagree.
    for (const [id, at] of [['periode-10u', '2024-03-05T10:00:00Z'], ['periode-9u', '2024-03-05T09:00:00Z'], ['periode-11u', '2024-03-05T11:00:00Z']] as const) {
      await t.test.db.execute(sql`insert into audit_log (occurred_at, actor_role, activity, purpose, action, outcome, request_id, tenant)
        values (${at}::timestamptz, 'clientondersteuner', 'periodetest', 'test', 'lezen', 'toegestaan', ${id}, 'utrecht')`);
    }
    const seen: string[] = [];
    let url: string | undefined = '/api/v1/logboek?verwerkingsactiviteit=periodetest&vanafDatum=2024-03-05&totEnMetDatum=2024-03-05&paginaGrootte=1';
    while (url && seen.length < 5) {
      const res = await get(url);
      expect(res.statusCode).toBe(200);
      seen.push(...res.json<{ verzoekId: string }[]>().map((r) => r.verzoekId));
      url = /<([^>]+)>; rel="next"/.exec(String(res.headers.link))?.[1];
    }
    expect(seen).toEqual(['periode-11u', 'periode-10u', 'periode-9u']);
  });

  it('shows whether a row is sealed yet, and its hash once it is', async () => {
    await sealPending(t.test.db);
    const rows = (await get('/api/v1/logboek?verwerkingsactiviteit=zoektest')).json<{ verzegeld: boolean; hash: string }[]>();
    expect(rows.every((r) => r.verzegeld && /^[0-9a-f]{64}$/.test(r.hash))).toBe(true);
    const check = (await t.app.inject({ method: 'GET', url: '/api/v1/logboek/controle', headers: (await signIn(t.test.db, [grant('privacy', 'landelijk', 'nl')])).headers })).json<{
      intact: boolean;
      inAfwachting: number;
      laatsteZegel: { volgnummer: number } | null;
    }>();
    expect(check).toMatchObject({ intact: true, inAfwachting: 0 });
    expect(check.laatsteZegel).not.toBeNull();
  });
});
