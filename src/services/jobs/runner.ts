import PgBoss from 'pg-boss';
import type { Database } from '../../db/client.ts';
import { pgliteBossDb } from './pglite-adapter.ts';
import { safeErrorText } from '../log-safety.ts';

/**
 * The job runner: pg-boss on both engines (docs/decisions/0008-jobs-pg-boss.md). On the PostgreSQL
 * server pg-boss has a small pool of its own from DATABASE_URL; on PGlite it goes through the one
 * embedded connection (pglite-adapter.ts). Its tables live in their own schema (`pgboss`), apart from
 * Naast's migrations. Schedules are cron expressions in Dutch time; pg-boss makes sure a scheduled job
 * is sent once per tick even with several servers on one database.
 */
export interface JobDefinition {
  /** Queue name (letters, digits, hyphens). */
  name: string;
  /** Cron expression (minute hour day month weekday), Europe/Amsterdam; omit for send-only jobs. */
  cron?: string;
  /** How often an idle worker looks for work; daily jobs need no fast polling. */
  pollingSeconds?: number;
  run(data: unknown): Promise<void>;
}

export interface JobLog {
  info(msg: string): void;
  error(msg: string): void;
}

export interface JobRunner {
  /** Queue one run now (e.g. from a test or an admin command). Returns the job id. */
  send(name: string, data?: object): Promise<string | null>;
  boss: PgBoss;
  /** Waits for running jobs (up to `timeoutMs`), then stops polling and closes pg-boss's own pool. */
  stop(timeoutMs?: number): Promise<void>;
}

export const JOB_SCHEMA = 'pgboss';
export const JOB_TIMEZONE = 'Europe/Amsterdam';

export interface RunnerOptions {
  /** DATABASE_URL for the server engine; taken from the application's pool when absent. */
  databaseUrl?: string | undefined;
  log: JobLog;
  /** Seconds between cron checks (pg-boss: 1–45); tests use 1. */
  cronMonitorSeconds?: number;
}

function bossFor(db: Database, options: RunnerOptions): PgBoss {
  const common = {
    schema: JOB_SCHEMA,
    // Few queues, little traffic: keep pg-boss's own housekeeping quiet, above all on the single PGlite connection.
    cronMonitorIntervalSeconds: options.cronMonitorSeconds ?? 30,
    cronWorkerIntervalSeconds: options.cronMonitorSeconds ?? 30,
  };
  if (db.engine === 'pglite') return new PgBoss({ ...common, db: pgliteBossDb(db) });
  const url = options.databaseUrl ?? (db.driver.engine === 'postgres' ? db.driver.url : undefined);
  if (!url) throw new Error('De taakplanner heeft DATABASE_URL nodig.');
  return new PgBoss({ ...common, connectionString: url, max: 2, application_name: 'naast-jobs' });
}

/**
 * Starts pg-boss (creating or migrating its schema), creates each queue, puts each schedule in place
 * (an existing schedule of the same name is replaced, so a changed cron takes effect on restart) and
 * starts one worker per queue. A failing job is logged and retried by pg-boss (its default: twice).
 */
export async function startJobRunner(db: Database, jobs: readonly JobDefinition[], options: RunnerOptions): Promise<JobRunner> {
  const boss = bossFor(db, options);
  boss.on('error', (err: Error) => options.log.error(`taakplanner: ${safeErrorText(err)}`));
  try {
    await boss.start();
    await registerJobs(boss, jobs, options);
  } catch (err) {
    // Half started (the database went away): stop it, so a retry (serve.ts) leaves no pool or timers behind.
    await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
    throw err;
  }
  let stopped = false;
  return {
    boss,
    send: (name, data = {}) => boss.send(name, data),
    async stop(timeoutMs = 10_000) {
      if (stopped) return;
      stopped = true;
      // `wait: true` resolves only after running jobs finished (or the timeout) and pg-boss's pool closed.
      await boss.stop({ graceful: true, wait: true, timeout: timeoutMs });
    },
  };
}

async function registerJobs(boss: PgBoss, jobs: readonly JobDefinition[], options: RunnerOptions): Promise<void> {
  for (const job of jobs) {
    await boss.createQueue(job.name);
    if (job.cron) await boss.schedule(job.name, job.cron, {}, { tz: JOB_TIMEZONE });
    else await boss.unschedule(job.name);
    await boss.work(job.name, { pollingIntervalSeconds: job.pollingSeconds ?? 60, batchSize: 1 }, async ([item]) => {
      try {
        await job.run(item?.data);
      } catch (err) {
        options.log.error(`taak ${job.name} mislukt: ${safeErrorText(err)}`);
        throw err;
      }
    });
  }
}
