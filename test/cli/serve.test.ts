import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sql } from '../../src/db/sql.ts';
import { emptyDatabase, testEngines, type TestDatabase } from '../helpers/db.ts';
import { runCli, startServer } from '../helpers/cli.ts';

describe('naast --help', () => {
  it('is Dutch by default and English with --lang en', () => {
    const nl = runCli(['--help']);
    expect(nl.status).toBe(0);
    expect(nl.stdout).toMatch(/Gebruik: naast/);
    expect(nl.stdout).toMatch(/start de webserver/);
    const en = runCli(['--lang', 'en', '--help']);
    expect(en.status).toBe(0);
    expect(en.stdout).toMatch(/start the web server/);
  });

  it('exits 2 on an unknown command', () => {
    expect(runCli(['bestaat-niet']).status).toBe(2);
  });
});

describe.each(testEngines)('naast serve and db migrate on %s', (engine) => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c();
  });

  async function environment(): Promise<NodeJS.ProcessEnv> {
    if (engine === 'pglite') {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'naast-serve-'));
      cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
      return { NAAST_DATA_DIR: dir, DATABASE_URL: '' };
    }
    const test: TestDatabase = await emptyDatabase('postgres');
    cleanups.push(() => test.cleanup());
    // The test helper's pool is only used to create the database; the CLI opens its own.
    const url = new URL(process.env.NAAST_TEST_DATABASE_URL!);
    const [row] = await test.db.rows<{ name: string }>(sql`select current_database() as name`);
    url.pathname = `/${row!.name}`;
    return { DATABASE_URL: url.toString() };
  }

  it('db migrate creates and migrates a new database', async () => {
    const env = await environment();
    const result = runCli(['db', 'migrate'], env);
    expect(result.stderr + result.stdout).toMatch(/schemaversie \d+/);
    expect(result.status).toBe(0);
  });

  it('serves health, stops cleanly on SIGTERM and keeps its data after a restart', async () => {
    const env = await environment();
    const first = await startServer(env);
    const health = await (await fetch(`${first.url}/api/v1/health`)).json();
    expect(health).toMatchObject({ status: 'ok', engine });
    expect(await first.stop()).toBe(0);

    const second = await startServer(env);
    const again = await (await fetch(`${second.url}/api/v1/health`)).json();
    expect(again.schemaVersion).toBe(health.schemaVersion);
    expect(await second.stop()).toBe(0);
  });
});
