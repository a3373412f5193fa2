import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../src/db/sql.ts';
import { readyDatabase, testEngines, type TestDatabase } from '../helpers/db.ts';
import { createCase } from '../../src/services/cases/intake.ts';
import { advanceQuestion } from '../../src/services/cases/questions.ts';
import { giveConsent } from '../../src/services/cases/consents.ts';
import { retentionSettings } from '../../src/services/cases/retention.ts';
import { pseudonymise } from '../../src/services/audit/pseudonym.ts';
import { JOB_SCHEMA, startJobRunner, type JobRunner } from '../../src/services/jobs/runner.ts';
import { RETENTION_JOB, retentionJob } from '../../src/services/jobs/retention-job.ts';

/** Waits until `check` holds (pg-boss polls), or fails after `ms`. */
async function eventually(check: () => Promise<boolean>, ms = 20_000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe.each(testEngines)('retention as a pg-boss job on %s', (engine) => {
  let test: TestDatabase;
  let runner: JobRunner;
  const messages: string[] = [];
  beforeAll(async () => {
    test = await readyDatabase(engine);
  });
  afterAll(async () => {
    await runner?.stop(2_000);
    await test?.cleanup();
  });

  it('reads its schedule from the environment, daily by default', () => {
    expect(retentionSettings({})).toEqual({ years: 5, cron: '30 2 * * *' });
    expect(retentionSettings({ NAAST_RETENTION_YEARS: '7', NAAST_RETENTION_CRON: '0 4 * * 1' })).toEqual({ years: 7, cron: '0 4 * * 1' });
    expect(() => retentionSettings({ NAAST_RETENTION_CRON: 'elke nacht' })).toThrow(/NAAST_RETENTION_CRON/);
  });

  it('schedules retention daily and, when run, anonymises an overdue closed case with pseudonyms only in the audit log', { timeout: 60_000 }, async () => {
    const client = { name: 'Henk Oud', phone: '06-99', email: null, address: 'Dorpsstraat 1', targetGroups: [], network: [], representative: null };
    const question = { receivedVia: 'telefonisch' as const, text: 'Vraag van Henk Oud', lifeDomains: [], receivedOn: '2008-01-07', userId: null };
    const created = await createCase(test.db, { municipalityCode: 'utrecht', client, bsn: '111222333', ageCategory: null, question });
    await giveConsent(test.db, created.id, undefined, { subject: 'Woonsituatie', recipient: 'Thuiszorg West', givenOn: '2008-01-07', note: '', userId: null }, '2008-01-07');
    await advanceQuestion(test.db, created.id, undefined, created.case.questions[0]!.id, { to: 'afgesloten', on: '2008-02-01', closeReason: 'ingetrokken' });
    const open = await createCase(test.db, { municipalityCode: 'utrecht', client: { ...client, name: 'Open Zaak' }, bsn: null, ageCategory: null, question });

    const log = { info: (m: string) => messages.push(m), error: (m: string) => messages.push(`FOUT ${m}`) };
    runner = await startJobRunner(test.db, [{ ...retentionJob(test.db, { years: 5, cron: '30 2 * * *' }, log), pollingSeconds: 0.5 }], { log, cronMonitorSeconds: 1 });
    const schedules = await runner.boss.getSchedules();
    expect(schedules).toEqual([expect.objectContaining({ name: RETENTION_JOB, cron: '30 2 * * *', timezone: 'Europe/Amsterdam' })]);
    const [tables] = await test.db.rows<{ n: number }>(sql`select count(*)::int as n from information_schema.tables where table_schema = ${JOB_SCHEMA}`);
    expect(tables!.n).toBeGreaterThan(0);

    const jobId = await runner.send(RETENTION_JOB);
    await eventually(async () => (await runner.boss.getJobById(RETENTION_JOB, jobId!))?.state === 'completed');
    expect(messages).toEqual(['bewaartermijn: 1 dossiers geanonimiseerd']);

    const rows = await test.db.rows<{ id: string; name: string; bsn: string | null; anonymised: boolean }>(
      sql`select id::text as id, client_name as name, bsn, anonymised_at is not null as anonymised from cases where id in (${created.id}::uuid, ${open.id}::uuid) order by client_name`,
    );
    expect(rows.find((r) => r.id === created.id)).toMatchObject({ name: 'geanonimiseerd', bsn: null, anonymised: true });
    expect(rows.find((r) => r.id === open.id)).toMatchObject({ name: 'Open Zaak', anonymised: false });
    const consents = await test.db.rows<{ recipient: string }>(sql`select recipient from case_consents where case_id = ${created.id}::uuid`);
    expect(consents).toEqual([{ recipient: 'geanonimiseerd' }]);

    // The audit log names the client by pseudonym only, never by name, BSN or case id.
    const audit = await test.db.rows<{ subject: string; action: string }>(sql`select data_subject as subject, action from audit_log where purpose like 'bewaartermijn%'`);
    expect(audit).toEqual([{ subject: await pseudonymise(test.db, 'client', created.id, 'utrecht'), action: 'verwijderen' }]);
    const everything = JSON.stringify(await test.db.rows(sql`select * from audit_log`));
    for (const secret of ['Henk Oud', '111222333', created.id]) expect(everything).not.toContain(secret);

    // A second run finds nothing due.
    const again = await runner.send(RETENTION_JOB, { today: '2030-01-01' });
    await eventually(async () => (await runner.boss.getJobById(RETENTION_JOB, again!))?.state === 'completed');
    expect(messages).toHaveLength(1);
  });

  it('fires the schedule when its time comes', { timeout: 60_000 }, async () => {
    // Every minute: pg-boss sends a job for a cron whose last tick lies within the past minute.
    const ran: string[] = [];
    await runner.stop(2_000);
    const log = { info: () => undefined, error: (m: string) => ran.push(`FOUT ${m}`) };
    runner = await startJobRunner(test.db, [{ name: 'proef-elke-minuut', cron: '* * * * *', pollingSeconds: 0.5, run: async () => void ran.push('gedaan') }], { log, cronMonitorSeconds: 1 });
    await eventually(async () => ran.includes('gedaan'), 30_000);
    expect(ran.filter((r) => r.startsWith('FOUT'))).toEqual([]);
  });
});
