import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../src/db/sql.ts';
import { testEngines } from '../helpers/db.ts';
import { testApp, type TestApp } from '../helpers/app.ts';
import { grant, signIn, type SignedIn } from '../helpers/auth.ts';
import { createCase } from '../../src/services/cases/intake.ts';
import { clientSubject, pseudonymise } from '../../src/services/audit/pseudonym.ts';
import { recordAudit, verifyAuditChain, type AuditEntry } from '../../src/services/audit/log.ts';

const entry = (over: Partial<AuditEntry>): AuditEntry => ({
  actorUserId: null,
  actorRole: 'clientondersteuner',
  actorOrganisation: null,
  dataSubject: null,
  activity: 'dossier',
  purpose: 'cliëntondersteuning',
  action: 'lezen',
  outcome: 'toegestaan',
  requestId: null,
  traceId: null,
  ...over,
});

/** Issue 17 §4: the audit log per tenant, and pseudonyms per tenant. */
describe.each(testEngines)('audit log per tenant (%s)', (engine) => {
  let t: TestApp;
  let utrechtOfficer: SignedIn;
  let nationalOfficer: SignedIn;
  let sanne: SignedIn;
  let caseId: string;
  beforeAll(async () => {
    t = await testApp(engine);
    utrechtOfficer = await signIn(t.test.db, [grant('privacy', 'gemeente', 'utrecht')]);
    nationalOfficer = await signIn(t.test.db, [grant('privacy', 'landelijk', 'nl')]);
    sanne = await signIn(t.test.db, [grant('clientondersteuner', 'gemeente', 'utrecht')]);
    const client = { name: 'Henk Test', phone: null, email: null, address: null, targetGroups: [], network: [], representative: null };
    const question = { receivedVia: 'telefonisch' as const, text: 'Vraag', lifeDomains: [], receivedOn: '2015-01-07', userId: null };
    caseId = (await createCase(t.test.db, { municipalityCode: 'utrecht', client, bsn: null, ageCategory: null, question })).id;
  });
  afterAll(async () => t?.close());

  const search = (who: SignedIn, query = '') => t.app.inject({ method: 'GET', url: `/api/v1/logboek?paginaGrootte=500${query}`, headers: who.headers });

  it('derives a different pseudonym for the same person in every tenant', async () => {
    const [utrecht, zeist, national] = await Promise.all([
      pseudonymise(t.test.db, 'gebruiker', 'u-1', 'utrecht'),
      pseudonymise(t.test.db, 'gebruiker', 'u-1', 'zeist'),
      pseudonymise(t.test.db, 'gebruiker', 'u-1', null),
    ]);
    expect(new Set([utrecht, zeist, national]).size).toBe(3);
    expect(utrecht).toMatch(/^ps_[0-9a-f]{20}$/);
    expect(await pseudonymise(t.test.db, 'gebruiker', 'u-1', 'utrecht')).toBe(utrecht);
    expect(await clientSubject(t.test.db, caseId)).toEqual({ dataSubject: await pseudonymise(t.test.db, 'client', caseId, 'utrecht'), tenant: 'utrecht' });
  });

  it('lets the privacy officer of Utrecht read Utrecht’s rows only; a national officer reads all; the chain stays intact', async () => {
    await recordAudit(t.test.db, [
      entry({ actorOrganisation: 'gemeente/zeist', dataSubject: await pseudonymise(t.test.db, 'client', 'z-1', 'zeist'), tenant: 'zeist', requestId: 'zeist-row' }),
      entry({ actorOrganisation: 'aanbieder/mee', dataSubject: await pseudonymise(t.test.db, 'client', 'u-9', 'utrecht'), tenant: 'utrecht', requestId: 'utrecht-row' }),
      // Written before migration 0016 (no tenant): it counts for the actor's municipality.
      entry({ actorOrganisation: 'gemeente/utrecht', dataSubject: 'ps_00000000000000000001', requestId: 'legacy-utrecht' }),
      entry({ actorOrganisation: 'gemeente/zeist', dataSubject: 'ps_00000000000000000002', requestId: 'legacy-zeist' }),
    ]);
    // A real read of a Utrecht case by a Utrecht supporter: logged under Utrecht with Utrecht's pseudonym.
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/dossiers/${caseId}`, headers: sanne.headers })).statusCode).toBe(200);

    const utrecht = await search(utrechtOfficer);
    expect(utrecht.statusCode).toBe(200);
    const ids = utrecht.json().map((r: { verzoekId: string | null }) => r.verzoekId);
    expect(ids).toEqual(expect.arrayContaining(['utrecht-row', 'legacy-utrecht']));
    expect(ids).not.toContain('zeist-row');
    expect(ids).not.toContain('legacy-zeist');
    expect(utrecht.json().map((r: { betrokkene: string }) => r.betrokkene)).toContain(await pseudonymise(t.test.db, 'client', caseId, 'utrecht'));
    // Searching for another tenant's pseudonym finds nothing.
    const zeistSubject = await pseudonymise(t.test.db, 'client', 'z-1', 'zeist');
    expect((await search(utrechtOfficer, `&betrokkene=${zeistSubject}`)).json()).toEqual([]);
    expect(Number(utrecht.headers['x-total-count'])).toBe(utrecht.json().length);

    const all = (await search(nationalOfficer)).json().map((r: { verzoekId: string | null }) => r.verzoekId);
    expect(all).toEqual(expect.arrayContaining(['utrecht-row', 'legacy-utrecht', 'zeist-row', 'legacy-zeist']));
    expect(await verifyAuditChain(t.test.db)).toMatchObject({ intact: true, problems: [] });
    const tenants = await t.test.db.rows<{ tenant: string | null }>(sql`select tenant from audit_log where request_id in ('zeist-row', 'legacy-zeist') order by seq`);
    expect(tenants).toEqual([{ tenant: 'zeist' }, { tenant: null }]);
  });

  it('does not cache a failed load of the pseudonym key: the next call tries again', async () => {
    const saved = process.env.NAAST_PSEUDONYM_KEY;
    delete process.env.NAAST_PSEUDONYM_KEY;
    // A fresh database handle (the key is cached per handle) over a database whose settings table is away.
    const fresh = await (await import('../helpers/db.ts')).readyDatabase(engine);
    try {
      await fresh.db.rows(sql`alter table app_settings rename to app_settings_away`);
      await expect(pseudonymise(fresh.db, 'gebruiker', 'u-1', 'utrecht')).rejects.toThrow();
      await fresh.db.rows(sql`alter table app_settings_away rename to app_settings`);
      expect(await pseudonymise(fresh.db, 'gebruiker', 'u-1', 'utrecht')).toMatch(/^ps_/);
    } finally {
      if (saved !== undefined) process.env.NAAST_PSEUDONYM_KEY = saved;
      await fresh.cleanup();
    }
  });
});
