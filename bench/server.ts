/**
 * The server under load, a child process of bench/run.ts (which loads it with autocannon from its
 * own process). The real app from `buildServer` on a bench database (PGlite in a temp folder, or the
 * PostgreSQL server of DATABASE_URL), seeded with the monitor demo data for 403 municipalities × 10
 * rounds, plus a Fastify hello-world route registered here only: the limit of this machine, measured
 * in the same server instance as the paths. Raw database baselines run here too, on request (IPC).
 */
import fs from 'node:fs';
import { reportIndexesSettled } from '../src/services/activities/report-index.ts';
import { sql } from '../src/db/sql.ts';
import pg from 'pg';
import type { PGlite } from '@electric-sql/pglite';
import { openReadyDatabase } from '../src/db/index.ts';
import { buildServer } from '../src/api/server.ts';
import type { Database } from '../src/db/client.ts';
import type { Grant } from '../src/domain/access/index.ts';
import { createUser } from '../src/services/identity/users.ts';
import { createSession } from '../src/services/identity/sessions.ts';
import { SESSION_COOKIE } from '../src/api/plugins/auth.ts';
import { loadDemoMonitor } from '../src/services/monitor/demo.ts';
import { generateDemoResponses, PROFILES_2014 } from '../src/domain/monitor/demo.ts';
import { insertSubmittedResponses } from '../src/services/monitor/responses.ts';
import { listMunicipalities } from '../src/db/register/queries.ts';
import { percentile } from './stats.ts';

const databaseUrl = process.env.DATABASE_URL || undefined;
const { db } = await openReadyDatabase({ databaseUrl, dataDir: process.env.BENCH_DATA_DIR! });
const rounds = await seedMonitor(db);

const app = await buildServer({ db, webDir: process.env.BENCH_WEB_DIR ?? '', development: true, logger: false });
// The limit: the cheapest route Fastify can serve, through the same hooks (security headers).
app.get('/bench/hello', { config: { access: { public: true } } }, async () => ({ hello: 'world' }));
await app.listen({ port: 0, host: '127.0.0.1' });
const port = (app.server.address() as { port: number }).port;

const headers = {
  landelijk: await sessionHeaders(db, [{ role: 'landelijk', organisation: { kind: 'landelijk', code: 'nl' } }]),
  ondersteuner: await sessionHeaders(db, [{ role: 'clientondersteuner', organisation: { kind: 'gemeente', code: 'utrecht' } }]),
  beheer: await sessionHeaders(db, [{ role: 'beheer', organisation: { kind: 'landelijk', code: 'nl' } }]),
};
process.send!({ type: 'ready', url: `http://127.0.0.1:${port}`, engine: db.engine, rounds, headers });

// The handler catches every error itself, so the promise it returns never rejects.
process.on('message', (message: { cmd: string; [k: string]: unknown }) => void handle(message));

async function handle(message: { cmd: string; [k: string]: unknown }): Promise<void> {
  try {
    if (message.cmd === 'raw-case') process.send!({ type: 'result', result: await rawCases(Number(message.seconds), Number(message.concurrency)) });
    else if (message.cmd === 'raw-copy-pglite') process.send!({ type: 'result', result: await rawCopyPglite(String(message.file)) });
    else if (message.cmd === 'report-indexes-settled') {
      // The report index of an import's own partition is built after its answer (migration 0035): the bench
      // waits for it before measuring anything else, and reports how long it took.
      const started = performance.now();
      await reportIndexesSettled(db);
      process.send!({ type: 'result', result: Math.round(performance.now() - started) });
    }
    else if (message.cmd === 'count-activities') {
      const [row] = await db.rows<{ n: number }>(sql`select count(*)::int as n from provider_activities`);
      process.send!({ type: 'result', result: row!.n });
    } else if (message.cmd === 'stop') {
      await app.close();
      await db.close();
      process.exit(0);
    }
  } catch (err) {
    process.send!({ type: 'error', message: (err as Error).stack ?? String(err) });
  }
}

async function sessionHeaders(database: Database, grants: Grant[]): Promise<Record<string, string>> {
  const user = await createUser(database, { username: `bench-${grants[0]!.role}`, displayName: `Bench ${grants[0]!.role}`, grants });
  const session = await createSession(database, user.id, 'password');
  return { cookie: `${SESSION_COOKIE}=${session.secret}`, 'x-csrf-token': session.csrfToken };
}

/** The four demo rounds of 2014 and six more (copies of round 2014-11, bench database only): 10 rounds. */
async function seedMonitor(database: Database): Promise<number> {
  await loadDemoMonitor(database);
  const extra = Array.from({ length: 6 }, (_, i) => `bench-${i + 1}`);
  for (const id of extra) {
    await database.rows(sql`insert into monitor_rounds (id, name, reference_date, opens_on, deadline, questionnaire_id, questionnaire_version, division_year, contracts_due)
      select ${id}, name || ' (bench ' || ${id} || ')', reference_date, opens_on, deadline, questionnaire_id, questionnaire_version, division_year, contracts_due
      from monitor_rounds where id = '2014-11' on conflict do nothing`);
  }
  const members = await listMunicipalities(database, { divisionYear: 2014 });
  const profiles = extra.map((roundId, i) => ({ ...PROFILES_2014[i % 4]!, roundId }));
  const generated = generateDemoResponses(members.map((m) => ({ code: m.code, allocationCents: 300_000_00 })), profiles, 2015);
  for (const [roundId, perMunicipality] of generated) {
    const [existing] = await database.rows<{ n: number }>(sql`select count(*)::int as n from monitor_responses where round_id = ${roundId}`);
    if (existing!.n > 0) continue;
    const rows = [...perMunicipality].flatMap(([code, answers]) => (answers ? [{ municipalityCode: code, answers, warnings: [] }] : []));
    await insertSubmittedResponses(database, roundId, rows, 'demo', null);
  }
  const [count] = await database.rows<{ n: number }>(sql`select count(distinct round_id)::int as n from monitor_responses`);
  return count!.n;
}

const RAW_TABLES = `
  create table if not exists bench_raw_cases (id uuid primary key, municipality_code text not null, client jsonb not null, created_at timestamptz not null default now());
  create table if not exists bench_raw_audit (id bigserial primary key, case_id uuid not null, action text not null, at timestamptz not null default now());`;
const RAW_CASE = 'insert into bench_raw_cases (id, municipality_code, client) values ($1, $2, $3)';
const RAW_AUDIT = `insert into bench_raw_audit (case_id, action) values ($1, 'schrijven')`;

/**
 * The raw limit of "create a case": a transaction of two INSERTs (case + audit row), straight through
 * the driver (pg with a pool as large as the app's, or PGlite itself), `concurrency` at once.
 */
async function rawCases(seconds: number, concurrency: number) {
  await db.script(RAW_TABLES);
  const client = JSON.stringify({ naam: 'Bench', telefoon: '06-12345678', leeftijdscategorie: '65+' });
  let transaction: () => Promise<void>;
  let close = async () => undefined as void;
  if (databaseUrl) {
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
    transaction = async () => {
      const c = await pool.connect();
      try {
        const id = crypto.randomUUID();
        await c.query('begin');
        await c.query(RAW_CASE, [id, 'utrecht', client]);
        await c.query(RAW_AUDIT, [id]);
        await c.query('commit');
      } finally {
        c.release();
      }
    };
    close = () => pool.end();
  } else {
    const pglite = (db.driver as { pglite: PGlite }).pglite;
    transaction = async () => {
      await pglite.transaction(async (tx) => {
        const id = crypto.randomUUID();
        await tx.query(RAW_CASE, [id, 'utrecht', client]);
        await tx.query(RAW_AUDIT, [id]);
      });
    };
  }
  const latencies: number[] = [];
  const end = Date.now() + seconds * 1000;
  const worker = async () => {
    while (Date.now() < end) {
      const start = performance.now();
      await transaction();
      latencies.push(performance.now() - start);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = (performance.now() - started) / 1000;
  await close();
  latencies.sort((a, b) => a - b);
  return { reqPerSec: Math.round(latencies.length / elapsed), p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99), errors: 0 };
}

/** PGlite's own COPY of the whole CSV file (one blob) into a plain table: the raw import baseline on PGlite. */
async function rawCopyPglite(file: string) {
  const pglite = (db.driver as { pglite: PGlite }).pglite;
  await pglite.exec(`drop table if exists bench_raw_activities;
    create table bench_raw_activities (activity_date date, municipality_code text, provider_code text, service text, minutes integer,
      target_group text, age_category text, life_domain text, district text)`);
  const started = performance.now();
  const blob = await fs.openAsBlob(file);
  await pglite.query(`copy bench_raw_activities from '/dev/blob' with (format csv, delimiter ';', header true)`, [], { blob });
  const ms = performance.now() - started;
  const [row] = (await pglite.query<{ n: number }>('select count(*)::int as n from bench_raw_activities')).rows;
  await pglite.exec('drop table bench_raw_activities');
  return { rows: row!.n, ms };
}
