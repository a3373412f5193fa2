import crypto from 'node:crypto';
import fs from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Database, type Engine } from '../../src/db/client.ts';
import { migrate } from '../../src/db/migrate.ts';
import { loadReferenceData } from '../../src/db/reference/load.ts';

/** The engines every database test runs on: PGlite always, the server when configured. */
export const testEngines: Engine[] = process.env.NAAST_TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

export interface TestDatabase {
  db: Database;
  cleanup(): Promise<void>;
}

/**
 * A fresh, empty database of the given engine: an in-memory PGlite, or a new database on the
 * test server (one per test file, so files can run in parallel). Not migrated.
 */
export async function emptyDatabase(engine: Engine): Promise<TestDatabase> {
  if (engine === 'pglite') return pgliteDatabase();
  return serverDatabase();
}

/** An in-memory PGlite: empty, or started from a dumped data folder. */
async function pgliteDatabase(template?: Blob): Promise<TestDatabase> {
  const db = await openDatabase({ pgliteTemplate: template });
  return { db, cleanup: () => db.close() };
}

async function serverDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env.NAAST_TEST_DATABASE_URL!;
  const name = `naast_test_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase({ databaseUrl: url.toString(), poolSize: 4 });
  return {
    db,
    async cleanup() {
      await db.close();
      const again = new pg.Client({ connectionString: adminUrl });
      await again.connect();
      await again.query(`drop database if exists ${name} with (force)`);
      await again.end();
    },
  };
}

let template: Blob | undefined;

/**
 * The dump of a migrated PGlite with the reference data that the global setup made for this run
 * (test/setup/pglite-template.ts); undefined when a test runs without it (then built per database).
 */
function pgliteTemplate(): Blob | undefined {
  if (template) return template;
  const file = inject('pgliteTemplatePath');
  if (!file || !fs.existsSync(file)) return undefined;
  template = new Blob([fs.readFileSync(file)]);
  return template;
}

/** A fresh database, migrated and loaded with the reference data, as a new installation has. */
export async function readyDatabase(engine: Engine): Promise<TestDatabase> {
  const ready = engine === 'pglite' ? pgliteTemplate() : undefined;
  if (ready) return pgliteDatabase(ready);
  const test = await emptyDatabase(engine);
  await migrate(test.db);
  await loadReferenceData(test.db);
  return test;
}
