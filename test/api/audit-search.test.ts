import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../helpers/db.ts';
import { testApp, type TestApp } from '../helpers/app.ts';
import { grant, signIn, type SignedIn } from '../helpers/auth.ts';
import { recordAudit, type AuditEntry } from '../../src/services/audit/log.ts';
import { sealPending } from '../../src/services/audit/seal.ts';

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
