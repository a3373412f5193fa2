import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../src/db/sql.ts';
import { readyDatabase, testEngines, type TestDatabase } from '../helpers/db.ts';
import { takeIn, type CaseIntake } from '../../src/services/cases/intake.ts';
import { CaseInputError } from '../../src/services/cases/errors.ts';
import { verifyAuditChain, type AuditEntry } from '../../src/services/audit/log.ts';
import { Grouper } from '../../src/db/group.ts';

/** Case creation in one statement, grouped (ADR 0015). */
const intake = (text: string, overrides: Partial<CaseIntake> = {}): CaseIntake => ({
  municipalityCode: 'utrecht',
  client: { name: 'Els de Vries', phone: null, email: null, address: null, targetGroups: [], network: [], representative: null },
  bsn: null,
  ageCategory: null,
  question: { receivedVia: 'telefonisch', text, lifeDomains: [], receivedOn: '2026-11-30', userId: null },
  ...overrides,
});

const audit = (requestId: string): AuditEntry => ({
  actorUserId: null,
  actorRole: 'clientondersteuner',
  actorOrganisation: 'gemeente/utrecht',
  dataSubject: `ps_${requestId}`,
  activity: 'dossier',
  purpose: 'test',
  action: 'schrijven',
  outcome: 'toegestaan',
  requestId,
  traceId: null,
  tenant: 'utrecht',
});

describe.each(testEngines)('case creation in one statement on %s', (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await readyDatabase(engine);
  });
  afterAll(async () => {
    await t?.cleanup();
  });

  it('sets the work-list columns the view case_work_columns derives, without a refresh', async () => {
    const words = `  Kan de\ttrap niet meer op,\n   wil graag  hulp.  \n\nTweede alinea hoort er niet bij. ${'x'.repeat(400)}`;
    const long = `${'woord '.repeat(80)}`;
    for (const text of [words, long, 'Kort.']) {
      const { record } = await takeIn(t.db, intake(text));
      const [stored] = await t.db.rows(sql`select last_contact_on::text as a, question_summary as b, next_deadline_on::text as c, next_deadline_kind as d from cases where id = ${record.id}::uuid`);
      const [derived] = await t.db.rows(sql`select last_contact_on::text as a, question_summary as b, next_deadline_on::text as c, next_deadline_kind as d from case_work_columns where id = ${record.id}::uuid`);
      expect(stored).toEqual(derived);
    }
  });

  it('groups concurrent creations: each case with its contact moment and audit row; an unknown municipality refuses only its own', async () => {
    const before = await t.db.rows<{ n: number }>(sql`select count(*)::int as n from audit_log`);
    const results = await Promise.allSettled(
      Array.from({ length: 12 }, (_, i) => takeIn(t.db, intake(`Vraag ${i}`, i === 5 ? { municipalityCode: 'bestaat-niet' } : {}), { audit: audit(`group-${i}`), grouped: true })),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(11);
    const refused = results[5] as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(CaseInputError);
    for (const r of results) {
      if (r.status !== 'fulfilled') continue;
      expect(r.value.notes).toHaveLength(1);
      expect(r.value.notes[0]).toMatchObject({ kind: 'contactmoment', channel: 'telefonisch', occurredOn: '2026-11-30' });
    }
    const after = await t.db.rows<{ n: number }>(sql`select count(*)::int as n from audit_log`);
    expect(after[0]!.n - before[0]!.n).toBe(11);
    const rows = await t.db.rows<{ request_id: string }>(sql`select request_id from audit_log where request_id like 'group-%'`);
    expect(rows.map((r) => r.request_id)).not.toContain('group-5');
    expect((await verifyAuditChain(t.db)).intact).toBe(true);
  });

  it('when a group statement fails, writes every other creation of it on its own', async () => {
    // A channel the check constraint refuses makes the whole group's statement fail.
    const bad = intake('Kanaal bestaat niet');
    const results = await Promise.allSettled([
      takeIn(t.db, intake('Eerste'), { audit: audit('fallback-0'), grouped: true }),
      takeIn(t.db, { ...bad, question: { ...bad.question, receivedVia: 'duif' as never } }, { audit: audit('fallback-1'), grouped: true }),
      takeIn(t.db, intake('Derde'), { audit: audit('fallback-2'), grouped: true }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    const rows = await t.db.rows<{ request_id: string }>(sql`select request_id from audit_log where request_id like 'fallback-%' order by request_id`);
    expect(rows.map((r) => r.request_id)).toEqual(['fallback-0', 'fallback-2']);
  });
});

describe('Grouper', () => {
  it('writes items that wait together, at most `slots` groups at once, and alone after a failed group', async () => {
    const groups: number[][] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const grouper = new Grouper<number, number>(
      async (items) => {
        groups.push(items);
        if (groups.length === 1) await gate;
        if (items.length > 1 && items.includes(13)) throw new Error('group failed');
        if (items.includes(13)) throw new Error('thirteen');
        return items.map((i) => i * 2);
      },
      1,
      10,
    );
    const first = grouper.submit(1);
    await new Promise((r) => setImmediate(r));
    const rest = [2, 13, 4].map((i) => grouper.submit(i));
    release();
    const settled = await Promise.allSettled([first, ...rest]);
    expect(settled.map((s) => (s.status === 'fulfilled' ? s.value : (s.reason as Error).message))).toEqual([2, 4, 'thirteen', 8]);
    expect(groups).toEqual([[1], [2, 13, 4], [2], [13], [4]]);
  });
});
