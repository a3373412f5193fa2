import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../src/db/sql.ts';
import { recordAudit, traceIdFrom, verifyAuditChain, type AuditEntry } from '../../src/services/audit/log.ts';
import { openDatabase } from '../../src/db/client.ts';
import { migrate } from '../../src/db/migrate.ts';
import { readyDatabase, testEngines, type TestDatabase } from '../helpers/db.ts';
import { runCli } from '../helpers/cli.ts';

const entry = (i: number): AuditEntry => ({
  actorUserId: null,
  actorRole: 'clientondersteuner',
  actorOrganisation: 'gemeente/utrecht',
  dataSubject: `ps_${String(i).padStart(20, '0')}`,
  activity: 'dossier',
  purpose: 'cliëntondersteuning',
  action: 'lezen',
  outcome: 'toegestaan',
  requestId: `req-${i}`,
  traceId: null,
});

describe.each(testEngines)('the audit log on %s', (engine) => {
  let t: TestDatabase;
  let seqs: number[] = [];
  beforeAll(async () => {
    t = await readyDatabase(engine);
    await recordAudit(t.db, [entry(1), entry(2)]);
    await Promise.all(Array.from({ length: 12 }, (_, i) => recordAudit(t.db, [entry(i + 3)])));
    // Renumber nothing: sequence numbers may skip, so the tests below address rows by position.
    seqs = (await t.db.rows<{ seq: number }>(sql`select seq from audit_log order by seq`)).map((r) => Number(r.seq));
  });
  afterAll(async () => t?.cleanup());

  it('chains every row to the previous one, also under concurrent writers', async () => {
    const result = await verifyAuditChain(t.db);
    expect(result).toMatchObject({ intact: true, checked: 14, pending: 0, problems: [] });
  });

  it('refuses UPDATE, DELETE and TRUNCATE through SQL', async () => {
    await expect(t.db.rows(sql`update audit_log set purpose = 'anders' where seq = ${seqs[0]}`)).rejects.toThrow();
    await expect(t.db.rows(sql`delete from audit_log where seq = ${seqs[1]}`)).rejects.toThrow();
    await expect(t.db.rows(sql`truncate audit_log`)).rejects.toThrow();
    expect((await verifyAuditChain(t.db)).intact).toBe(true);
  });

  it('detects a row changed by the database owner who bypassed the trigger', async () => {
    await t.db.script(`alter table audit_log disable trigger audit_log_no_update;
      update audit_log set data_subject = 'ps_vervalst' where seq = ${seqs[2]};
      alter table audit_log enable trigger audit_log_no_update;`);
    const result = await verifyAuditChain(t.db);
    expect(result.intact).toBe(false);
    expect(result.problems.map((p) => p.seq)).toContain(seqs[2]);
  });

  it('detects a row removed from the middle', async () => {
    await t.db.script(`alter table audit_log disable trigger audit_log_no_update;
      delete from audit_log where seq = ${seqs[4]};
      alter table audit_log enable trigger audit_log_no_update;`);
    const result = await verifyAuditChain(t.db);
    expect(result.problems.some((p) => p.seq === seqs[5] && /vorige regel/.test(p.problem))).toBe(true);
  });
});

describe('traceIdFrom', () => {
  it('takes the trace id from a valid W3C traceparent only', () => {
    expect(traceIdFrom('00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01')).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(traceIdFrom('00-00000000000000000000000000000000-00f067aa0ba902b7-01')).toBeNull();
    expect(traceIdFrom('rubbish')).toBeNull();
    expect(traceIdFrom(undefined)).toBeNull();
  });
});

describe('naast audit verify', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'naast-audit-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('exits 0 on an intact log and 1 after tampering', async () => {
    const db = await openDatabase({ dataDir: dir });
    await migrate(db);
    await recordAudit(db, [entry(1), entry(2), entry(3)]);
    await db.close();
    const ok = runCli(['audit', 'verify'], { NAAST_DATA_DIR: dir, DATABASE_URL: '' });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/intact: 3 regels/);

    const owner = await openDatabase({ dataDir: dir });
    await owner.script(`alter table audit_log disable trigger audit_log_no_update;
      update audit_log set outcome = 'geweigerd' where seq = 2;
      alter table audit_log enable trigger audit_log_no_update;`);
    await owner.close();
    const tampered = runCli(['audit', 'verify'], { NAAST_DATA_DIR: dir, DATABASE_URL: '' });
    expect(tampered.status).toBe(1);
    expect(tampered.stdout).toMatch(/regel 2/);
  });
});
