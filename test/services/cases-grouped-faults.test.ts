import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../src/db/sql.ts';
import { readyDatabase, testEngines, type TestDatabase } from '../helpers/db.ts';
import { intakeCreation, takeIn, type CaseIntake } from '../../src/services/cases/intake.ts';
import { writeCreations } from '../../src/services/cases/creation.ts';
import { verifyAuditChain, type AuditEntry } from '../../src/services/audit/log.ts';
import { sealPending } from '../../src/services/audit/seal.ts';
import { claimKey, type KeyRef } from '../../src/services/idempotency/store.ts';

/**
 * ADR 0015's group commit when a group fails: a member that breaks a constraint, or the connection that
 * dies under the group's statement. Every other member is then written on its own exactly once, with its
 * own audit row (its own actor and tenant) and its own Idempotency-Key mark; nothing is stored twice.
 */
const intake = (name: string, municipalityCode: string): CaseIntake => ({
  municipalityCode,
  client: { name, phone: null, email: null, address: null, targetGroups: [], network: [], representative: null },
  bsn: null,
  ageCategory: null,
  question: { receivedVia: 'telefonisch', text: `Vraag van ${name}`, lifeDomains: [], receivedOn: '2026-11-30', userId: null },
});

const auditFor = (requestId: string, tenant: string, actorUserId: string): AuditEntry => ({
  actorUserId,
  actorRole: 'clientondersteuner',
  actorOrganisation: `gemeente/${tenant}`,
  dataSubject: `ps_${requestId}`,
  activity: 'dossier',
  purpose: `doel ${requestId}`,
  action: 'schrijven',
  outcome: 'toegestaan',
  requestId,
  traceId: null,
  tenant,
});

interface Member {
  name: string;
  tenant: string;
  requestId: string;
  actor: string;
  key: KeyRef;
}

describe.each(testEngines)('grouped case creation: audit order and failing groups, on %s', (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await readyDatabase(engine);
  });
  afterAll(async () => {
    await t?.cleanup();
  });

  /** Members of different users and municipalities, each with a claimed Idempotency-Key. */
  async function members(tag: string, count: number): Promise<Member[]> {
    const list = Array.from({ length: count }, (_, i) => {
      const actor = crypto.randomUUID();
      return { name: `${tag} ${i}`, tenant: i % 2 === 0 ? 'utrecht' : 'amsterdam', requestId: `${tag}-${i}`, actor, key: { scope: actor, route: 'POST /api/v1/dossiers', key: crypto.randomUUID() } };
    });
    for (const m of list) expect((await claimKey(t.db, m.key, 'fp')).kind).toBe('claimed');
    return list;
  }

  const submit = (m: Member, change: (c: CaseIntake) => CaseIntake = (c) => c) =>
    takeIn(t.db, change(intake(m.name, m.tenant)), { audit: auditFor(m.requestId, m.tenant, m.actor), key: m.key, grouped: true });

  /** What the database holds for a member: its cases, its audit rows and its key's state. */
  async function storedFor(m: Member) {
    const cases = await t.db.rows<{ id: string; municipality_code: string }>(sql`select id::text, municipality_code from cases where client_name = ${m.name}`);
    const audit = await t.db.rows<{ tenant: string; actor: string; purpose: string }>(
      sql`select tenant, actor_user_id::text as actor, purpose from audit_log where request_id = ${m.requestId}`,
    );
    const [key] = await t.db.rows<{ state: string }>(sql`select state from idempotency_keys where scope = ${m.key.scope} and key = ${m.key.key}`);
    return { cases, audit, key: key?.state };
  }

  async function expectStoredOnce(m: Member, caseId: string) {
    const stored = await storedFor(m);
    expect(stored.cases, m.name).toEqual([{ id: caseId, municipality_code: m.tenant }]);
    expect(stored.audit, m.name).toEqual([{ tenant: m.tenant, actor: m.actor, purpose: `doel ${m.requestId}` }]);
    expect(stored.key, m.name).toBe('uitgevoerd');
  }

  it('a group appends its audit rows in its members\' order, in one transaction, and the chain verifies', async () => {
    const list = await members(`Order ${engine}`, 6);
    const results = await Promise.all(list.map((m) => submit(m)));
    const rows = await t.db.rows<{ request_id: string; tx: string }>(
      sql`select request_id, xmin::text as tx from audit_log where request_id like ${`Order ${engine}-%`} order by seq`,
    );
    expect(rows.map((r) => r.request_id)).toEqual(list.map((m) => m.requestId));
    // Submitted in one turn of the event loop: one group, so one statement and one commit.
    expect(new Set(rows.map((r) => r.tx)).size).toBe(1);
    for (const [i, m] of list.entries()) await expectStoredOnce(m, results[i]!.record.id);
    const verified = await verifyAuditChain(t.db);
    expect(verified).toMatchObject({ intact: true, pending: 0 });
  });

  it('a member breaking a constraint fails alone; the others are stored, audited and keyed once', async () => {
    const list = await members(`Constraint ${engine}`, 5);
    // A channel the check constraint refuses: the group's statement fails as a whole.
    const results = await Promise.allSettled(
      list.map((m, i) => submit(m, i === 2 ? (c) => ({ ...c, question: { ...c.question, receivedVia: 'duif' as never } }) : undefined)),
    );
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    for (const [i, m] of list.entries()) {
      const r = results[i]!;
      if (r.status === 'fulfilled') await expectStoredOnce(m, r.value.record.id);
      else expect(await storedFor(m)).toEqual({ cases: [], audit: [], key: 'bezig' });
    }
    await sealPending(t.db);
    expect((await verifyAuditChain(t.db)).intact).toBe(true);
  });

  it('a creation stored by an attempt whose answer was lost is answered from what was stored, not written twice', async () => {
    const [m] = await members(`Lost answer ${engine}`, 1);
    const creation = intakeCreation(intake(m!.name, m!.tenant), { audit: auditFor(m!.requestId, m!.tenant, m!.actor), key: m!.key });
    const [first] = await writeCreations(t.db, [creation]);
    // The group's fallback tries the same creation again (its statement committed, the answer broke off).
    const [again] = await writeCreations(t.db, [creation]);
    expect(again).toEqual(first);
    await expectStoredOnce(m!, creation.record.id);
  });

  it.runIf(engine === 'postgres')('the connection dying under a group: every member is stored and audited once, none twice', async () => {
    const list = await members(`Fault ${engine}`, 4);
    const pending = await t.db.transaction(async (tx) => {
      // Appends to the audit log wait behind this lock: the group's statement is in flight when its backend dies.
      await tx.execute(sql`lock table audit_log in exclusive mode`);
      const submitted = list.map((m) => submit(m));
      const mine = (await tx.rows<{ pid: number }>(sql`select pg_backend_pid() as pid`))[0]!.pid;
      let victim: number | undefined;
      for (let i = 0; i < 500 && victim === undefined; i++) {
        // Statistics views keep one snapshot per transaction: take a fresh one for every look.
        await tx.rows(sql`select pg_stat_clear_snapshot()`);
        const [row] = await tx.rows<{ pid: number }>(
          sql`select pid from pg_stat_activity where datname = current_database() and pid <> ${mine} and wait_event_type = 'Lock' and query like '%jsonb_to_recordset%'`,
        );
        victim = row?.pid;
        if (victim === undefined) await new Promise((r) => setTimeout(r, 10));
      }
      expect(victim, 'the group statement waits on the lock').toBeDefined();
      await tx.rows(sql`select pg_terminate_backend(${victim!}::int)`);
      return submitted;
    });
    const results = await Promise.allSettled(pending);
    // One statement for all four failed; each was then tried on its own after the lock was gone.
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'fulfilled']);
    for (const [i, m] of list.entries()) await expectStoredOnce(m, (results[i] as PromiseFulfilledResult<{ record: { id: string } }>).value.record.id);
    await sealPending(t.db);
    expect((await verifyAuditChain(t.db)).intact).toBe(true);
  });
});
