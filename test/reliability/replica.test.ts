import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.ts';
import { openReadyDatabase } from '../../src/db/index.ts';
import { openStaleReader, type StaleReader } from '../../src/db/replica.ts';
import { buildServer } from '../../src/api/server.ts';
import { sql } from '../../src/db/sql.ts';
import type { Database } from '../../src/db/client.ts';
import type { AppInstance } from '../../src/api/types.ts';
import { signIn, grant } from '../helpers/auth.ts';
import { freePort, pgTool } from '../helpers/pg-server.ts';

/**
 * Read replicas for real (issue 23 §5): a primary and a streaming-replication standby (pg_basebackup -R)
 * on this machine, the app configured with both (DATABASE_URL + DATABASE_READ_URL). A write on the
 * primary reaches a stale-tolerant endpoint (the activities summary, a report) through the standby; with
 * replay paused on the standby the endpoint shows the standby's older figure, which proves who served
 * it; a replica beyond the lag limit, a stopped standby and a standby that comes back are all handled.
 * Needs initdb, pg_ctl and pg_basebackup; runs in scripts/reliability.sh (NAAST_RELIABILITY=1).
 */
const hasPgTools = spawnSync('pg_basebackup', ['--version']).status === 0 && spawnSync('pg_ctl', ['--version']).status === 0;
const suite = process.env.NAAST_RELIABILITY === '1' && hasPgTools ? describe : describe.skip;
const asRoot = process.getuid?.() === 0;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));


suite('read replica: a streaming standby serves stale-tolerant reads, the primary takes over when it fails', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'naast-replica-'));
  const primaryDir = path.join(root, 'primary');
  const standbyDir = path.join(root, 'standby');
  let primaryPort = 0;
  let standbyPort = 0;
  let db: Database;
  let readDb: StaleReader;
  let app: AppInstance;
  let headers: Record<string, string>;
  const logged: string[] = [];

  const start = (dir: string, port: number) => pgTool('pg_ctl', ['-D', dir, '-o', `-p ${port} -k ${root} -c listen_addresses=127.0.0.1`, '-l', `${dir}.log`, '-w', 'start']);
  const stop = (dir: string) => pgTool('pg_ctl', ['-D', dir, '-m', 'fast', '-w', 'stop']);

  /** One query on the standby, on its own connection. */
  async function onStandby<T extends pg.QueryResultRow>(text: string): Promise<T[]> {
    const client = new pg.Client({ connectionString: `postgres://postgres@127.0.0.1:${standbyPort}/naast`, connectionTimeoutMillis: 3000 });
    client.on('error', () => undefined);
    await client.connect();
    try {
      return (await client.query<T>(text)).rows;
    } finally {
      await client.end();
    }
  }

  /** Minutes in the summary for Utrecht in 2015, as the endpoint answers. */
  async function summaryMinutes(): Promise<number> {
    const res = await app.inject({ method: 'GET', url: '/api/v1/activiteiten/samenvatting?gemeenteCode=utrecht&van=2015-01-01&tot=2015-12-31', headers });
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as { totaal: { minuten: number } }).totaal.minuten;
  }

  /** A delivered activity written straight on the primary. */
  async function deliver(minutes: number): Promise<void> {
    const importId = crypto.randomUUID();
    await db.transaction(async (tx) => {
      await tx.execute(sql`insert into provider_activity_imports (id, provider_code, file_name, row_count, sha256) values (${importId}, 'replica-test', 'test.csv', 1, ${importId})`);
      await tx.execute(sql`insert into provider_activities (import_id, provider_code, municipality_code, activity_date, service, minutes)
        values (${importId}, 'replica-test', 'utrecht', '2015-03-01', 'informatie en advies', ${minutes})`);
    });
  }

  /** Waits until the standby has replayed everything the primary has written so far. */
  async function waitForReplay(): Promise<void> {
    const [{ lsn }] = (await db.rows<{ lsn: string }>(sql`select pg_current_wal_lsn()::text as lsn`)) as [{ lsn: string }];
    for (let i = 0; i < 200; i++) {
      const [row] = await onStandby<{ done: boolean }>(`select pg_last_wal_replay_lsn() >= '${lsn}'::pg_lsn as done`);
      if (row?.done) return;
      await sleep(50);
    }
    throw new Error('the standby did not replay within 10 s');
  }

  beforeAll(async () => {
    primaryPort = await freePort();
    standbyPort = await freePort();
    if (asRoot) execFileSync('chown', ['postgres', root]);
    // initdb's default pg_hba.conf (trust) already allows replication connections from 127.0.0.1.
    pgTool('initdb', ['-D', primaryDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8']);
    start(primaryDir, primaryPort);
    pgTool('psql', ['-h', '127.0.0.1', '-p', String(primaryPort), '-U', 'postgres', '-c', 'create database naast']);
    const config = readConfig({
      DATABASE_URL: `postgres://postgres@127.0.0.1:${primaryPort}/naast`,
      DATABASE_READ_URL: `postgres://postgres@127.0.0.1:${standbyPort}/naast`,
      NAAST_DB_READ_MAX_LAG_MS: '60000',
    });
    ({ db } = await openReadyDatabase(config));
    // The standby: a base backup of the migrated primary, -R writes standby.signal and primary_conninfo.
    pgTool('pg_basebackup', ['-h', '127.0.0.1', '-p', String(primaryPort), '-U', 'postgres', '-D', standbyDir, '-R', '-X', 'stream', '-c', 'fast']);
    start(standbyDir, standbyPort);
    // checkEveryMs 0: every read checks the standby first, so the test needs no waiting for a timer.
    readDb = await openStaleReader(db, config.databaseReadUrl!, { maxLagMs: config.readMaxLagMs, checkEveryMs: 0, log: (m) => logged.push(m) });
    app = await buildServer({ db, readDb, development: true });
    ({ headers } = await signIn(db, [grant('landelijk', 'landelijk', 'nl')]));
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await readDb?.close();
    await db?.close();
    for (const dir of [standbyDir, primaryDir]) {
      try {
        stop(dir);
      } catch {
        /* already stopped */
      }
    }
    fs.rmSync(root, { recursive: true, force: true });
  }, 30_000);

  it('serves the summary from the standby after replay, and shows the standby is what answered', async () => {
    await deliver(30);
    await waitForReplay();
    expect(await summaryMinutes()).toBe(30);
    expect(readDb.target()).toBe('replica');
    const [conn] = await onStandby<{ n: number }>(`select count(*)::int as n from pg_stat_activity where application_name = 'naast-read'`);
    expect(conn!.n).toBeGreaterThan(0);

    // Replay paused: the primary has 75 minutes, the standby still 30. The endpoint answers 30, so the
    // standby served it; the same read on the primary would say 75.
    await onStandby('select pg_wal_replay_pause()');
    await deliver(45);
    expect((await db.rows<{ m: number }>(sql`select sum(minutes)::int as m from provider_activities where municipality_code = 'utrecht'`))[0]!.m).toBe(75);
    expect(await summaryMinutes()).toBe(30);

    // A stricter lag limit sees the paused standby as too far behind and reads the primary instead.
    const strict = await openStaleReader(db, `postgres://postgres@127.0.0.1:${standbyPort}/naast`, { maxLagMs: 0, checkEveryMs: 0 });
    try {
      await sleep(20);
      expect(await strict.check()).toBe('primary');
      expect((await strict.rows<{ m: number }>(sql`select sum(minutes)::int as m from provider_activities`))[0]!.m).toBe(75);
    } finally {
      await strict.close();
    }

    await onStandby('select pg_wal_replay_resume()');
    await waitForReplay();
    expect(await summaryMinutes()).toBe(75);
    expect(readDb.target()).toBe('replica');
  }, 30_000);

  it('falls back to the primary when the standby stops, and returns to it when it is back', async () => {
    stop(standbyDir);
    await deliver(15);
    // No error for the user: the primary answers, with the newest figure.
    expect(await summaryMinutes()).toBe(90);
    expect(readDb.target()).toBe('primary');
    expect(logged.some((m) => m.includes('fall back to the primary'))).toBe(true);
    // Writes were never affected.
    await deliver(10);
    expect(await summaryMinutes()).toBe(100);

    start(standbyDir, standbyPort);
    await waitForReplay();
    // While on the primary, the check runs beside the reads; here it is awaited, then the standby serves again.
    expect(await readDb.check()).toBe('replica');
    expect(await summaryMinutes()).toBe(100);
    expect(readDb.target()).toBe('replica');
    expect(logged.filter((m) => m.includes('go to the read replica')).length).toBeGreaterThanOrEqual(2);
  }, 30_000);
});
