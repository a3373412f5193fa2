import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../src/db/sql.ts';
import { emptyDatabase, testEngines } from '../helpers/db.ts';
import { runCli } from '../helpers/cli.ts';
import { grant, signIn } from '../helpers/auth.ts';
import { intake } from '../helpers/cases.ts';
import { buildServer } from '../../src/api/server.ts';
import { openReadyDatabase } from '../../src/db/index.ts';
import type { Database } from '../../src/db/client.ts';
import { loadDemoMonitor } from '../../src/services/monitor/demo.ts';
import { tableChecksums } from './support/rows.ts';

/**
 * `naast backup` / `naast restore` round trip on each engine: identical row counts and checksums
 * per table, the audit log's hash chain still intact (`naast audit verify`), a restore into a
 * non-empty target refused without --force (Dutch, English through the catalogue).
 */
describe.each(testEngines)('backup and restore on %s', (engine) => {
  const cleanups: (() => Promise<void> | void)[] = [];
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'naast-backup-'));
  cleanups.push(() => fs.rmSync(tmp, { recursive: true, force: true }));
  let source: NodeJS.ProcessEnv;
  let target: NodeJS.ProcessEnv;
  let before: Awaited<ReturnType<typeof tableChecksums>>;
  const file = path.join(tmp, engine === 'pglite' ? 'naast.tar.gz' : 'naast.dump');
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c();
  });

  async function serverDatabase(): Promise<NodeJS.ProcessEnv> {
    if (engine === 'pglite') return { NAAST_DATA_DIR: fs.mkdtempSync(path.join(tmp, 'db-')), DATABASE_URL: '' };
    const test = await emptyDatabase('postgres');
    const [row] = await test.db.rows<{ name: string }>(sql`select current_database() as name`);
    await test.db.close();
    cleanups.push(() => test.cleanup());
    const url = new URL(process.env.NAAST_TEST_DATABASE_URL!);
    url.pathname = `/${row!.name}`;
    return { DATABASE_URL: url.toString() };
  }
  const open = async (env: NodeJS.ProcessEnv): Promise<Database> => (await openReadyDatabase({ databaseUrl: env.DATABASE_URL || undefined, dataDir: env.NAAST_DATA_DIR ?? '' })).db;

  beforeAll(async () => {
    source = await serverDatabase();
    target = await serverDatabase();
    if (engine === 'pglite') fs.rmSync(target.NAAST_DATA_DIR!, { recursive: true });
    // A source with monitor answers, a case and audited reads and writes (so the hash chain has rows).
    const db = await open(source);
    await loadDemoMonitor(db);
    const app = await buildServer({ db, webDir: '/nonexistent' });
    await app.ready();
    const sanne = await signIn(db, [grant('clientondersteuner', 'gemeente', 'utrecht')]);
    const created = await app.inject({ method: 'POST', url: '/api/v1/dossiers', headers: sanne.headers, payload: intake('Cliënt Back-up') });
    expect(created.statusCode, created.body).toBe(201);
    await app.inject({ method: 'GET', url: `/api/v1/dossiers/${created.json().id}`, headers: sanne.headers });
    await app.close();
    before = await tableChecksums(db);
    expect(before.audit_log!.rows).toBeGreaterThan(0);
    await db.close();
  });

  it('backs up with progress and restores into an empty target: identical row counts and checksums per table', () => {
    const made = runCli(['backup', file], source);
    expect(made.status, made.stderr).toBe(0);
    expect(made.stderr).toMatch(/Back-up klaar/);
    if (engine === 'postgres') expect(made.stderr).toMatch(/tabel \d+ van \d+: /);
    expect(fs.statSync(file).size).toBeGreaterThan(1000);
    expect(fs.existsSync(`${file}.deels`)).toBe(false);
    const restored = runCli(['restore', file], target);
    expect(restored.status, restored.stderr).toBe(0);
    expect(restored.stderr).toMatch(/Back-up teruggezet/);
  });

  it('gives the same tables, rows and checksums, and the audit log verifies', async () => {
    const db = await open(target);
    const after = await tableChecksums(db);
    await db.close();
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const table of Object.keys(before)) expect(after[table], table).toEqual(before[table]);
    const verified = runCli(['audit', 'verify'], target);
    expect(verified.status, verified.stdout + verified.stderr).toBe(0);
    expect(verified.stdout).toMatch(/intact/);
  });

  it('refuses to restore into a target that is not empty, unless --force (Dutch, English with --lang en)', async () => {
    const refused = runCli(['restore', file], target);
    expect(refused.status).toBe(5); // conflict (README, "Exitcodes")
    expect(refused.stderr).toMatch(/is niet leeg .*--force/);
    const english = runCli(['--lang', 'en', 'restore', file], target);
    expect(english.stderr).toMatch(/is not empty .*--force/);
    const wrongKind = runCli(['restore', path.join(tmp, 'bestaat-niet.dump')], target);
    expect(wrongKind.status).toBe(4); // not found
    expect(wrongKind.stderr).toMatch(/bestaat niet/);
    const forced = runCli(['restore', '--force', file], target);
    expect(forced.status, forced.stderr).toBe(0);
    if (engine === 'pglite') expect(forced.stderr).toMatch(/opzij gezet/);
    const db = await open(target);
    const after = await tableChecksums(db);
    await db.close();
    for (const table of Object.keys(before)) expect(after[table], table).toEqual(before[table]);
  });
});
