import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { sql } from '../../src/db/sql.ts';
import { migrate, readMigrations } from '../../src/db/migrate.ts';
import { recordAudit, verifyAuditChain, type AuditEntry } from '../../src/services/audit/log.ts';
import { AuditSealer, SEAL_CHUNK, sealPending, sealStep } from '../../src/services/audit/seal.ts';
import { emptyDatabase, testEngines, type TestDatabase } from '../helpers/db.ts';

/** Issue 23 / ADR 0013: audit rows appended without a lock and sealed into the hash chain in batches. */
const entry = (i: number): AuditEntry => ({
  actorUserId: null,
  actorRole: 'privacy',
  actorOrganisation: 'gemeente/utrecht',
  dataSubject: `ps_${String(i).padStart(20, '0')}`,
  activity: 'dossier',
  purpose: 'test',
  action: 'schrijven',
  outcome: 'toegestaan',
  requestId: `req-${i}`,
  traceId: null,
  tenant: i % 2 ? 'utrecht' : null,
});

/** Runs SQL as the database owner with the append-only triggers off (what an attacker with owner rights could do). */
const asOwner = (t: TestDatabase, statement: string) =>
  t.db.script(`alter table audit_log disable trigger user; ${statement}; alter table audit_log enable trigger user;`);

/** Rows without hashes: neither in audit_log_hashes (migration 0036) nor in their own columns (before it). */
const unsealedCount = async (t: TestDatabase) =>
  (await t.db.rows<{ n: number }>(sql`select count(*)::int as n from audit_log a where a.row_hash is null and not exists (select 1 from audit_log_hashes h where h.seq = a.seq)`))[0]!.n;

/** Each row's hashes, wherever they are kept. */
const hashesOf = (t: TestDatabase) =>
  t.db.rows<{ seq: number; prev: string; hash: string }>(
    sql`select a.seq, coalesce(h.prev_hash, a.prev_hash) as prev, coalesce(h.row_hash, a.row_hash) as hash from audit_log a left join audit_log_hashes h on h.seq = a.seq order by a.seq`,
  );

const seqs = async (t: TestDatabase) => (await t.db.rows<{ seq: number }>(sql`select seq from audit_log order by seq`)).map((r) => Number(r.seq));

describe.each(testEngines)('the sealed audit log on %s', (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await emptyDatabase(engine);
    // Rows written under the old chain (a trigger with a global lock) before migration 0028.
    await migrate(t.db, readMigrations().filter((m) => m.version < 28));
    await recordAudit(t.db, [entry(1), entry(2), entry(3)]);
    await migrate(t.db);
  });
  afterAll(async () => t?.cleanup());

  it('keeps the hashes of rows from before the migration valid and continues their chain', async () => {
    const before = await verifyAuditChain(t.db);
    expect(before).toMatchObject({ intact: true, checked: 3, pending: 0 });
    await recordAudit(t.db, [entry(4), entry(5)]);
    expect(await unsealedCount(t)).toBe(2);
    const after = await verifyAuditChain(t.db);
    expect(after).toMatchObject({ intact: true, checked: 5, pending: 0 });
    expect(after.head!.seq).toBe((await seqs(t)).at(-1));
  });

  it('seals concurrent appends from several connections in seq order; a rolled-back number is a gap, not a fault', async () => {
    const rolledBack = t.db.transaction(async (tx) => {
      await recordAudit(tx, [entry(90)]);
      throw new Error('rollback');
    });
    await expect(rolledBack).rejects.toThrow('rollback');
    await Promise.all(Array.from({ length: 24 }, (_, i) => recordAudit(t.db, [entry(100 + i), entry(200 + i)])));
    await sealPending(t.db);
    const rows = await hashesOf(t);
    expect(rows.every((r) => r.hash !== null)).toBe(true);
    // In seq order: each row points at the one before it.
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.prev).toBe(rows[i - 1]!.hash);
    const result = await verifyAuditChain(t.db);
    expect(result).toMatchObject({ intact: true, checked: 5 + 48, pending: 0, problems: [] });
    const numbers = rows.map((r) => Number(r.seq));
    expect(numbers.at(-1)! - numbers[0]! + 1).toBeGreaterThan(numbers.length); // the rolled-back number left a gap
  });

  const sealCount = async () => (await t.db.rows<{ n: number }>(sql`select count(*)::int as n from audit_log_seals`))[0]!.n;

  it('seals in chunks when limited: each chunk a seal of its own, the next call going on under the same horizon', async () => {
    await recordAudit(t.db, Array.from({ length: 7 }, (_, i) => entry(300 + i)));
    const seals = await sealCount();
    // The first call takes a horizon only; on a shared server another transaction may hold it back a moment.
    let horizon = (await sealStep(t.db, null, 3)).next;
    let step = await sealStep(t.db, horizon, 3);
    for (let tries = 0; step.sealed === 0 && tries < 250; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      horizon = step.next;
      step = await sealStep(t.db, horizon, 3);
    }
    const chunks = [step];
    for (let i = 0; i < 2; i++) chunks.push((step = await sealStep(t.db, step.next, 3)));
    expect(chunks.map((c) => c.sealed)).toEqual([3, 3, 1]);
    expect(chunks.slice(0, 2).map((c) => [c.next, c.pending])).toEqual([
      [horizon, true],
      [horizon, true],
    ]);
    expect(chunks[2]!.pending).toBe(false);
    expect(await sealCount()).toBe(seals + 3);
    expect(await verifyAuditChain(t.db)).toMatchObject({ intact: true, pending: 0, problems: [] });
  });

  it('lets the sealing job seal a backlog in chunks of SEAL_CHUNK rows, all in one run', async () => {
    const sealer = new AuditSealer(t.db, 60_000);
    try {
      await recordAudit(t.db, Array.from({ length: 2 * SEAL_CHUNK[engine] + 5 }, (_, i) => entry(1000 + i)));
      const seals = await sealCount();
      // The first run takes a horizon only; on a shared server another transaction may hold it back a moment.
      for (let tries = 0; (await sealCount()) === seals && tries < 250; tries++) {
        await sealer.run();
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(await sealCount()).toBe(seals + 3);
      expect(await verifyAuditChain(t.db)).toMatchObject({ intact: true, pending: 0, problems: [] });
    } finally {
      await sealer.stop();
    }
  });

  it('allows no change through SQL except sealing, and sealing only once with the right hash', async () => {
    await recordAudit(t.db, [entry(300)]);
    const [last] = await t.db.rows<{ seq: number }>(sql`select max(seq)::int as seq from audit_log`);
    const unsealed = last!.seq;
    await expect(t.db.execute(sql`update audit_log set purpose = 'anders' where seq = ${unsealed}`)).rejects.toThrow(/alleen-toevoegen/);
    await expect(t.db.execute(sql`update audit_log set prev_hash = 'x', row_hash = 'y' where seq = ${unsealed}`)).rejects.toThrow(/alleen-toevoegen/);
    await expect(t.db.execute(sql`update audit_log_seals set head_hash = 'y'`)).rejects.toThrow(/alleen-toevoegen/);
    await expect(t.db.execute(sql`delete from audit_log_seals`)).rejects.toThrow(/alleen-toevoegen/);
    await sealPending(t.db);
    const sealed = (await hashesOf(t)).find((r) => Number(r.seq) === unsealed);
    expect(sealed!.hash).toMatch(/^[0-9a-f]{64}$/);
    await expect(t.db.execute(sql`update audit_log set row_hash = ${sealed!.hash} where seq = ${unsealed}`)).rejects.toThrow(/alleen-toevoegen/);
    // Since migration 0036 the hashes are kept apart, and are append-only there too.
    await expect(t.db.execute(sql`update audit_log_hashes set row_hash = 'y' where seq = ${unsealed}`)).rejects.toThrow(/alleen-toevoegen/);
    await expect(t.db.execute(sql`delete from audit_log_hashes where seq = ${unsealed}`)).rejects.toThrow(/alleen-toevoegen/);
    // An inserted row cannot pass itself off as sealed, nor choose its own number.
    await t.db.execute(sql`insert into audit_log (seq, activity, purpose, action, outcome, prev_hash, row_hash) values (1, 'x', 'x', 'lezen', 'toegestaan', 'a', 'b')`);
    const [forged] = await t.db.rows<{ seq: number; hash: string | null }>(sql`select seq, row_hash as hash from audit_log where activity = 'x'`);
    expect(forged!.hash).toBeNull();
    expect(Number(forged!.seq)).toBeGreaterThan(unsealed);
    expect((await verifyAuditChain(t.db)).intact).toBe(true);
  });

  describe('tampering by the database owner', () => {
    /** A fresh log of 12 sealed rows, for one kind of tampering each. */
    async function sealedLog(): Promise<{ log: TestDatabase; numbers: number[] }> {
      const log = await emptyDatabase(engine);
      await migrate(log.db);
      for (let i = 0; i < 4; i++) await recordAudit(log.db, [entry(i * 3), entry(i * 3 + 1), entry(i * 3 + 2)]);
      await sealPending(log.db);
      return { log, numbers: await seqs(log) };
    }

    it('detects a changed sealed row', async () => {
      const { log, numbers } = await sealedLog();
      try {
        await asOwner(log, `update audit_log set outcome = 'geweigerd' where seq = ${numbers[4]}`);
        const result = await verifyAuditChain(log.db);
        expect(result.intact).toBe(false);
        expect(result.problems).toContainEqual({ seq: numbers[4], problem: expect.stringMatching(/gewijzigd/) });
      } finally {
        await log.cleanup();
      }
    });

    it('detects a changed hash of a sealed row (kept apart since migration 0036)', async () => {
      const { log, numbers } = await sealedLog();
      try {
        await log.db.script(`alter table audit_log_hashes disable trigger user;
          update audit_log_hashes set row_hash = repeat('b', 64) where seq = ${numbers[7]};
          alter table audit_log_hashes enable trigger user;`);
        const result = await verifyAuditChain(log.db);
        expect(result.intact).toBe(false);
        expect(result.problems).toContainEqual({ seq: numbers[7], problem: expect.stringMatching(/gewijzigd/) });
      } finally {
        await log.cleanup();
      }
    });

    it('detects a sealed row removed from the middle, and one removed from the end', async () => {
      const { log, numbers } = await sealedLog();
      try {
        await asOwner(log, `delete from audit_log where seq = ${numbers.at(-1)}`);
        const end = await verifyAuditChain(log.db);
        expect(end.intact).toBe(false);
        expect(end.problems.some((p) => p.seq === numbers.at(-1) && /zegel/.test(p.problem))).toBe(true);
        await asOwner(log, `delete from audit_log where seq = ${numbers[5]}`);
        const middle = await verifyAuditChain(log.db);
        expect(middle.problems.some((p) => p.seq === numbers[6] && /vorige regel/.test(p.problem))).toBe(true);
      } finally {
        await log.cleanup();
      }
    });

    it('detects a row inserted among sealed rows, unsealed or with made-up hashes', async () => {
      const { log, numbers } = await sealedLog();
      try {
        await asOwner(log, `insert into audit_log (seq, activity, purpose, action, outcome) values (0, 'ingevoegd', 'x', 'lezen', 'toegestaan')`);
        const unsealed = await verifyAuditChain(log.db);
        expect(unsealed.problems).toContainEqual({ seq: 0, problem: expect.stringMatching(/ingevoegd/) });
        await asOwner(log, `delete from audit_log where seq = 0;
          insert into audit_log (seq, activity, purpose, action, outcome, prev_hash, row_hash) values (0, 'ingevoegd', 'x', 'lezen', 'toegestaan', repeat('0', 64), repeat('a', 64))`);
        const forged = await verifyAuditChain(log.db);
        expect(forged.intact).toBe(false);
        expect(forged.problems.some((p) => p.seq === numbers[0] && /vorige regel/.test(p.problem))).toBe(true);
      } finally {
        await log.cleanup();
      }
    });
  });
});

describe.skipIf(!testEngines.includes('postgres'))('sealing while a transaction is still open (postgres)', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await emptyDatabase('postgres');
    await migrate(t.db);
  });
  afterAll(async () => t?.cleanup());

  it('does not seal past a number whose transaction may still commit; seals it in order after the commit', async () => {
    const { url } = t.db.driver as { url: string };
    const slow = new pg.Client({ connectionString: url });
    await slow.connect();
    try {
      await slow.query('begin');
      await slow.query(`insert into audit_log (activity, purpose, action, outcome) values ('traag', 'test', 'lezen', 'toegestaan')`);
      await recordAudit(t.db, [entry(1)]); // a higher number, committed first
      let step = await sealStep(t.db, null);
      step = await sealStep(t.db, step.next);
      expect(step.sealed).toBe(0);
      expect(step.pending).toBe(true);
      await slow.query('commit');
      expect(await sealPending(t.db)).toBe(2);
      const rows = await t.db.rows<{ activity: string }>(sql`select activity from audit_log order by seq`);
      expect(rows.map((r) => r.activity)).toEqual(['traag', 'dossier']);
      expect(await verifyAuditChain(t.db)).toMatchObject({ intact: true, checked: 2, pending: 0 });
    } finally {
      await slow.end();
    }
  });

  it('reports rows of a transaction left open as pending, not as faults', async () => {
    const { url } = t.db.driver as { url: string };
    const open = new pg.Client({ connectionString: url });
    await open.connect();
    try {
      await open.query('begin');
      await open.query(`insert into audit_log (activity, purpose, action, outcome) values ('open', 'test', 'lezen', 'toegestaan')`);
      await recordAudit(t.db, [entry(2)]);
      const started = Date.now();
      await sealPending(t.db, 300);
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(await unsealedCount(t)).toBe(1); // the committed row waits behind the open one
      await open.query('rollback');
      expect(await verifyAuditChain(t.db)).toMatchObject({ intact: true, pending: 0 });
    } finally {
      await open.end();
    }
  });
});

describe.each(testEngines)('migration 0036 (hashes kept apart, ADR 0017) on %s', (engine) => {
  it('verifies rows sealed in their own columns before it and rows sealed into audit_log_hashes after it as one chain', async () => {
    const t = await emptyDatabase(engine);
    try {
      await migrate(t.db, readMigrations().filter((m) => m.version < 36));
      await recordAudit(t.db, [entry(1), entry(2)]);
      await sealPending(t.db);
      await migrate(t.db);
      await recordAudit(t.db, [entry(3), entry(4), entry(5)]);
      await sealPending(t.db);
      const [apart] = await t.db.rows<{ n: number }>(sql`select count(*)::int as n from audit_log_hashes`);
      expect(apart!.n).toBe(3);
      const rows = await hashesOf(t);
      for (let i = 1; i < rows.length; i++) expect(rows[i]!.prev).toBe(rows[i - 1]!.hash);
      expect(await verifyAuditChain(t.db)).toMatchObject({ intact: true, checked: 5, pending: 0, problems: [] });
      // The old rows' hashes are fixed for good: no UPDATE of audit_log is allowed any more.
      await expect(t.db.execute(sql`update audit_log set row_hash = null where seq = ${Number(rows[0]!.seq)}`)).rejects.toThrow(/alleen-toevoegen/);
    } finally {
      await t.cleanup();
    }
  });
});
