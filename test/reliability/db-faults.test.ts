import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../helpers/cli.ts';
import { grant } from '../helpers/auth.ts';
import { intake } from '../helpers/cases.ts';
import { openReadyDatabase } from '../../src/db/index.ts';
import { createUser } from '../../src/services/identity/users.ts';
import { createSession } from '../../src/services/identity/sessions.ts';
import { SESSION_COOKIE } from '../../src/api/plugins/auth.ts';
import { freePort, pgTool } from '../helpers/pg-server.ts';

/**
 * Database faults (issue 18 §1): a real `naast serve` child process on its OWN throw-away PostgreSQL
 * server (initdb + pg_ctl on a free port, so this suite may stop, start and pause it), under write load
 * (new cases, notes, monitor answers, small MEE imports), while
 *   (a) connections are terminated mid-transaction (pg_terminate_backend on every active or idle-in-
 *       transaction backend, many times),
 *   (b) the server is stopped (`pg_ctl stop -m fast`) and started again,
 *   (c) the server is paused (SIGSTOP on every server process) and resumed (SIGCONT).
 * Afterwards, read straight from the database: acknowledged writes lost, duplicates, acknowledged writes
 * without their audit row, imports half-present, and process exits must all be 0. While the database is
 * away, requests answer 503 with Retry-After and liveness keeps answering quickly.
 * Heavy: runs in scripts/reliability.sh (NAAST_RELIABILITY=1); needs initdb and pg_ctl on the PATH.
 */
const hasPgTools = spawnSync('pg_ctl', ['--version']).status === 0;
const suite = process.env.NAAST_RELIABILITY === '1' && hasPgTools ? describe : describe.skip;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const asRoot = process.getuid?.() === 0;


interface Session {
  headers: Record<string, string>;
}

const HEADER = 'gemeente;client_naam;geboortejaar;startdatum;mee_organisatie;mee_ondersteuner;vraag';
const IMPORT_ROWS = 10;
const MEE = 'mee-utrecht-gooi-vecht';
const ACTIVITY_HEADER = 'datum;gemeenteCode;aanbiederCode;dienst;minuten;doelgroep;leeftijdscategorie;levensdomein;wijk';
const ACTIVITY_ROWS = 200;
const requirements = () => Object.fromEntries(['a', 'b', 'c', 'd', 'e', 'f'].map((id) => [id, { antwoord: 'ja', toelichting: '' }]));
const answers = (toelichting: string) => ({ fase: 'college', eisen: requirements(), budgetMee2015Cent: 3_000_000_00, andereAanbieders: [], toelichting });

suite('database faults on a real PostgreSQL server (terminate, stop/start, pause)', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'naast-dbfaults-'));
  const dataDir = path.join(root, 'data');
  let port = 0;
  let url = '';
  let users: { ondersteuner: Session; gemeente: Session; beheer: Session; aanbieder: Session };
  const figures = {
    acknowledged: 0,
    lost: 0,
    duplicates: 0,
    withoutAudit: 0,
    partialImports: 0,
    processExits: 0,
    /** Errors caught only by serve's last-resort handler: a connection without its own error listener. */
    caughtBySafetyNet: 0,
    terminated: 0,
    unavailableWithRetryAfter: 0,
    unavailableWithoutRetryAfter: 0,
    serverErrors: 0,
    slowestLivenessMs: 0,
  };
  const statuses: Record<string, number> = {};

  const pgCtl = (...args: string[]) => pgTool('pg_ctl', ['-D', dataDir, ...args]);
  const start = () => pgCtl('-o', `-p ${port} -k ${root} -c listen_addresses=127.0.0.1`, '-l', path.join(root, 'log'), '-w', 'start');
  const stopServer = () => pgCtl('-m', 'fast', '-w', 'stop');

  /** One short admin query on its own connection (the server may be going away: errors are answers). */
  async function admin<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
    const client = new pg.Client({ connectionString: url.replace(/\/naast$/, '/postgres'), connectionTimeoutMillis: 3000 });
    client.on('error', () => undefined);
    try {
      await client.connect();
      return (await client.query<T>(text, values)).rows;
    } finally {
      await client.end().catch(() => undefined);
    }
  }

  beforeAll(async () => {
    port = await freePort();
    if (asRoot) execFileSync('chown', ['postgres', root]);
    pgTool('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8']);
    start();
    url = `postgres://postgres@127.0.0.1:${port}/naast`;
    await admin('create database naast');
    const { db } = await openReadyDatabase({ databaseUrl: url, dataDir: '' });
    const session = async (grants: Parameters<typeof createUser>[1]['grants'], name: string): Promise<Session> => {
      const user = await createUser(db, { username: name, displayName: name, grants });
      const s = await createSession(db, user.id, 'password');
      return { headers: { cookie: `${SESSION_COOKIE}=${s.secret}`, 'x-csrf-token': s.csrfToken } };
    };
    users = {
      ondersteuner: await session([grant('clientondersteuner', 'gemeente', 'utrecht')], 'fout-sanne'),
      gemeente: await session([grant('gemeente-beleid', 'gemeente', 'utrecht')], 'fout-anna'),
      beheer: await session([grant('beheer', 'landelijk', 'nl')], 'fout-beheer'),
      aanbieder: await session([grant('aanbieder', 'mee-organisatie', MEE)], 'fout-aanbieder'),
    };
    await db.close();
  });

  afterAll(() => {
    console.log(
      `[db-faults] acknowledged writes ${figures.acknowledged}, lost ${figures.lost}, duplicates ${figures.duplicates}, without audit row ${figures.withoutAudit}, ` +
        `partial imports ${figures.partialImports}, process exits ${figures.processExits}, caught only by the safety net ${figures.caughtBySafetyNet}; backends terminated ${figures.terminated}, ` +
        `503 with Retry-After ${figures.unavailableWithRetryAfter} (without ${figures.unavailableWithoutRetryAfter}), 500 ${figures.serverErrors}, ` +
        `slowest liveness ${figures.slowestLivenessMs} ms; ${JSON.stringify(statuses)}`,
    );
    try {
      pgCtl('-m', 'immediate', 'stop');
    } catch {
      /* not running */
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('loses, doubles and unaudits no acknowledged write, and the process never exits', async () => {
    const server = await startServer({
      DATABASE_URL: url,
      NAAST_WEB_DIR: '/nonexistent',
      NAAST_DB_CONNECT_TIMEOUT_MS: '2000',
      NAAST_DB_STATEMENT_TIMEOUT_MS: '10000',
      NAAST_DB_LOCK_TIMEOUT_MS: '5000',
      NAAST_DB_IDLE_TX_TIMEOUT_MS: '10000',
    });
    let serverOutput = '';
    const serverErrors: string[] = [];
    const onServerOutput = (c: Buffer) => {
      serverOutput = (serverOutput + c.toString()).slice(-4000);
      for (const line of c.toString().split('\n')) {
        if (/"level":(50|60)/.test(line) && serverErrors.length < 5) serverErrors.push(line.slice(0, 600));
        if (line.includes('Databasefout buiten een verzoek opgevangen')) figures.caughtBySafetyNet++;
      }
    };
    server.child.stderr!.on('data', onServerOutput);
    server.child.stdout!.on('data', onServerOutput);
    server.child.on('exit', () => figures.processExits++);
    const base = server.url;

    const call = async (user: Session, method: string, url: string, body?: unknown, requestId = crypto.randomUUID()) => {
      const isText = typeof body === 'string';
      const res = await fetch(`${base}${url}`, {
        method,
        headers: { ...user.headers, 'x-request-id': requestId, ...(body === undefined ? {} : { 'content-type': isText ? 'text/csv' : 'application/json' }) },
        body: body === undefined ? undefined : isText ? body : JSON.stringify(body),
        signal: AbortSignal.timeout(40_000),
      });
      const key = `${method} ${url.split('?')[0]!.replace(/[0-9a-f-]{36}/, ':id').split('/').slice(3, 5).join('/')} ${res.status}`;
      statuses[key] = (statuses[key] ?? 0) + 1;
      if (res.status === 503) {
        if (res.headers.get('retry-after')) figures.unavailableWithRetryAfter++;
        else figures.unavailableWithoutRetryAfter++;
        expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
        expect(((await res.clone().json()) as { detail: string }).detail).toBe('De database is even niet bereikbaar. Probeer het over een halve minuut opnieuw.');
      }
      if (res.status === 500) figures.serverErrors++;
      return res;
    };

    const created = await call(users.ondersteuner, 'POST', '/api/v1/dossiers', intake('Fout Basis'));
    expect(created.status).toBe(201);
    const caseId = ((await created.json()) as { id: string }).id;
    const monitorUrl = '/api/v1/monitor/rondes/2014-10/antwoorden/utrecht';

    const acked = {
      cases: [] as { name: string; requestId: string }[],
      notes: [] as { text: string; requestId: string }[],
      monitor: [] as string[],
      imports: [] as string[],
    };
    const attemptedImports: string[] = [];
    const attemptedActivities: string[] = [];
    const ackedActivities: string[] = [];
    let stop = false;
    const loop = async (body: (k: number) => Promise<void>) => {
      for (let k = 0; !stop; k++) {
        try {
          await body(k);
        } catch {
          await sleep(100); // no answer (the request timed out): the write is unacknowledged
        }
      }
    };
    const workers = [
      ...[0, 1, 2].map((w) =>
        loop(async (k) => {
          const name = `Fout ${w}-${k}`;
          const requestId = crypto.randomUUID();
          const r = await call(users.ondersteuner, 'POST', '/api/v1/dossiers', intake(name), requestId);
          if (r.status === 201) acked.cases.push({ name, requestId });
          else await sleep(200);
        }),
      ),
      loop(async (k) => {
        const text = `fout-notitie ${k}`;
        const requestId = crypto.randomUUID();
        const r = await call(users.ondersteuner, 'POST', `/api/v1/dossiers/${caseId}/notities`, { soort: 'notitie', tekst: text }, requestId);
        if (r.status === 201) acked.notes.push({ text, requestId });
        else await sleep(200);
      }),
      loop(async (k) => {
        const text = `fout-monitor ${k}`;
        const r = await call(users.gemeente, 'PUT', monitorUrl, answers(text));
        if (r.status === 200) acked.monitor.push(text);
        else await sleep(200);
      }),
      loop(async (k) => {
        const tag = `Imp ${k}`;
        attemptedImports.push(tag);
        const file = [HEADER, ...Array.from({ length: IMPORT_ROWS }, (_, i) => `Utrecht;${tag} ${i};1950;2014-09-01;MEE Utrecht Gooi & Vecht;Karin de Boer;Vraag ${i}`)].join('\n');
        const r = await call(users.beheer, 'POST', '/api/v1/dossiers/mee-overdracht/import', file);
        if (r.status === 201) acked.imports.push(tag);
        else await sleep(300);
      }),
      // The activity import streams COPY on its own pooled connection (src/services/activities/sinks.ts).
      loop(async (k) => {
        const tag = `Act ${k}`;
        attemptedActivities.push(tag);
        const file = [ACTIVITY_HEADER, ...Array.from({ length: ACTIVITY_ROWS }, (_, i) => `${1 + (i % 28)}-3-2015;utrecht;${MEE};${tag};${1 + (i % 90)};;;;`)].join('\n');
        const r = await call(users.aanbieder, 'POST', `/api/v1/activiteiten/import?bestandsnaam=fout-${k}.csv`, file);
        if (r.status === 200 || r.status === 201) ackedActivities.push(tag);
        else await sleep(300);
      }),
    ];

    /** Liveness must answer, and quickly, whatever the database does. */
    const liveness = async () => {
      const started = performance.now();
      const r = await fetch(`${base}/api/v1/health`, { signal: AbortSignal.timeout(5000) });
      const ms = Math.round(performance.now() - started);
      figures.slowestLivenessMs = Math.max(figures.slowestLivenessMs, ms);
      expect(r.status).toBe(200);
      return ms;
    };
    const readiness = async () => (await fetch(`${base}/api/v1/health/ready`, { signal: AbortSignal.timeout(10_000) })).status;
    const waitReady = async () => {
      for (let waited = 0; waited < 60_000; waited += 250) {
        if ((await readiness().catch(() => 0)) === 200) return;
        await sleep(250);
      }
      throw new Error(`not ready again within 60 s:\n${serverOutput}`);
    };

    await sleep(2000);

    // (a) Connections terminated mid-transaction, on every write path that is running.
    for (let i = 0; i < 40; i++) {
      const [row] = await admin<{ n: number }>(
        `select count(pg_terminate_backend(pid))::int as n from pg_stat_activity
          where datname = 'naast' and pid <> pg_backend_pid() and (state in ('active', 'idle in transaction') or $1)`,
        [i % 10 === 9],
      ).catch(() => [{ n: 0 }]);
      figures.terminated += row!.n;
      await sleep(150);
    }
    await liveness();
    await waitReady();
    await sleep(1000);

    // (b) The server stopped and started again.
    stopServer();
    await sleep(500);
    expect(await readiness()).toBe(503);
    await liveness();
    const whileDown = await call(users.ondersteuner, 'POST', '/api/v1/dossiers', intake('Fout Tijdens Stop'));
    expect(whileDown.status).toBe(503);
    expect(whileDown.headers.get('retry-after')).toBe('30');
    await sleep(3000);
    start();
    await waitReady();
    await sleep(1500);

    // (c) The server paused (SIGSTOP on every server process) during requests, then resumed.
    const postmaster = Number(fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    const children = spawnSync('pgrep', ['-P', String(postmaster)], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean).map(Number);
    const paused = [postmaster, ...children];
    for (const pid of paused) process.kill(pid, 'SIGSTOP');
    try {
      await sleep(1000);
      await liveness();
      const readyStarted = performance.now();
      expect(await readiness()).toBe(503);
      // The readiness check gives up after its own 2 s limit instead of hanging with the database.
      expect(performance.now() - readyStarted).toBeLessThan(5000);
      await sleep(3000);
      await liveness();
    } finally {
      for (const pid of paused) {
        try {
          process.kill(pid, 'SIGCONT');
        } catch {
          /* exited meanwhile */
        }
      }
    }
    await waitReady();
    await sleep(3000);

    stop = true;
    await Promise.all(workers);
    await liveness();
    expect(server.child.exitCode).toBeNull();

    // Read straight from the database.
    const client = new pg.Client({ connectionString: url });
    client.on('error', () => undefined);
    await client.connect();
    try {
      const names = new Map((await client.query<{ name: string; n: number }>(`select client_name as name, count(*)::int as n from cases group by client_name`)).rows.map((r) => [r.name, r.n]));
      const notes = new Map((await client.query<{ body: string; n: number }>(`select body, count(*)::int as n from case_notes where case_id = $1 group by body`, [caseId])).rows.map((r) => [r.body, r.n]));
      const monitor = (await client.query<{ text: string; n: number }>(`select answers::text as text, 1 as n from monitor_responses where round_id = '2014-10' and municipality_code = 'utrecht'`)).rows.map((r) => r.text);
      const audited = new Set(
        (await client.query<{ id: string }>(`select distinct request_id as id from audit_log where action = 'schrijven' and outcome = 'toegestaan' and request_id is not null`)).rows.map((r) => r.id),
      );

      figures.acknowledged = acked.cases.length + acked.notes.length + acked.monitor.length + acked.imports.length;
      for (const c of acked.cases) {
        if (!names.has(c.name)) figures.lost++;
        if (!audited.has(c.requestId)) figures.withoutAudit++;
      }
      for (const n of acked.notes) {
        if (!notes.has(n.text)) figures.lost++;
        if (!audited.has(n.requestId)) figures.withoutAudit++;
      }
      for (const [, n] of names) if (n > 1) figures.duplicates += n - 1;
      for (const [, n] of notes) if (n > 1) figures.duplicates += n - 1;
      for (const text of acked.monitor) {
        const versions = monitor.filter((m) => m.includes(`"${text}"`)).length;
        if (versions === 0) figures.lost++;
        if (versions > 1) figures.duplicates += versions - 1;
      }
      for (const tag of attemptedImports) {
        const rows = [...names].filter(([name]) => name.startsWith(`${tag} `)).length;
        if (rows !== 0 && rows !== IMPORT_ROWS) figures.partialImports++;
        if (acked.imports.includes(tag) && rows !== IMPORT_ROWS) figures.lost++;
      }
      const activityRows = new Map(
        (await client.query<{ service: string; n: number }>(`select service, count(*)::int as n from provider_activities group by service`)).rows.map((r) => [r.service, r.n]),
      );
      for (const tag of attemptedActivities) {
        const rows = activityRows.get(tag) ?? 0;
        if (rows !== 0 && rows !== ACTIVITY_ROWS) figures.partialImports++;
        if (rows > ACTIVITY_ROWS) figures.duplicates++;
        if (ackedActivities.includes(tag) && rows !== ACTIVITY_ROWS) figures.lost++;
      }
      figures.acknowledged += ackedActivities.length;
    } finally {
      await client.end();
    }
    await server.stop();
    figures.processExits--; // the SIGTERM just sent is ours

    if (serverErrors.length > 0) console.log(`[db-faults] error lines in the server log (pg-boss reports its own terminated connections here too):\n${serverErrors.join('\n')}`);
    expect(figures.acknowledged).toBeGreaterThan(20);
    expect(figures.terminated).toBeGreaterThan(0);
    expect(figures.lost, 'acknowledged writes lost').toBe(0);
    expect(figures.duplicates, 'duplicates').toBe(0);
    expect(figures.withoutAudit, 'acknowledged writes without their audit row').toBe(0);
    expect(figures.partialImports, 'imports half-present').toBe(0);
    expect(figures.processExits, 'process exits').toBe(0);
    expect(figures.caughtBySafetyNet, 'database errors that only the last-resort handler caught').toBe(0);
    expect(figures.unavailableWithoutRetryAfter, '503 without Retry-After').toBe(0);
    // A database fault is a 503, never a 500 (src/db/faults.ts; the COPY import reports a lost connection as such).
    expect(figures.serverErrors, `500 answers; server error lines: ${serverErrors.join('\n')}`).toBe(0);
  }, 240_000);

  it('starts while the database is down: waits with backoff, logs each attempt, and serves once it is up', async () => {
    stopServer();
    const startedAt = Date.now();
    const starting = startServer({ DATABASE_URL: url, NAAST_WEB_DIR: '/nonexistent', NAAST_DB_CONNECT_TIMEOUT_MS: '1000', LOG_LEVEL: 'info' });
    await sleep(3500);
    start();
    const server = await starting;
    try {
      expect(Date.now() - startedAt).toBeGreaterThan(3000);
      expect(server.output()).toMatch(/Database niet bereikbaar \(poging 1, /);
      const live = await fetch(`${server.url}/api/v1/health/ready`);
      expect(live.status).toBe(200);
    } finally {
      await server.stop();
    }
  }, 90_000);
});
