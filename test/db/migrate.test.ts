import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../src/db/sql.ts';
import { migrate, readMigrations, schemaVersion, MigrationError } from '../../src/db/migrate.ts';
import { emptyDatabase, testEngines, type TestDatabase } from '../helpers/db.ts';

describe.each(testEngines)('migrations on %s', (engine) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await emptyDatabase(engine);
  });
  afterAll(async () => test?.cleanup());

  it('applies every migration to an empty database and records the schema version', async () => {
    const all = readMigrations();
    const result = await migrate(test.db);
    expect(result.applied).toHaveLength(all.length);
    expect(result.version).toBe(all.at(-1)!.version);
    expect(await schemaVersion(test.db)).toBe(result.version);
  });

  it('is idempotent: a second run applies nothing', async () => {
    const result = await migrate(test.db);
    expect(result.applied).toEqual([]);
  });

  it('refuses a migration whose file changed after it was applied (forward-only)', async () => {
    const changed = readMigrations().map((m, i) => (i === 0 ? { ...m, checksum: 'changed' } : m));
    await expect(migrate(test.db, changed)).rejects.toBeInstanceOf(MigrationError);
  });

  it('rolls a failing migration back completely and keeps the version', async () => {
    const before = await schemaVersion(test.db);
    const broken = [
      ...readMigrations(),
      { version: 9999, name: 'broken', checksum: 'x', sql: 'create table half_done (id int); select * from no_such_table;' },
    ];
    await expect(migrate(test.db, broken)).rejects.toThrow(/Migratie 9999/);
    expect(await schemaVersion(test.db)).toBe(before);
    const [row] = await test.db.rows<{ n: number }>(sql`select count(*)::int as n from information_schema.tables where table_name = 'half_done'`);
    expect(row!.n).toBe(0);
  });
});

describe('migration files', () => {
  it('are numbered without gaps and named in snake_case', () => {
    const files = fs.readdirSync(path.join(import.meta.dirname, '../../src/db/migrations')).filter((f) => f.endsWith('.sql'));
    files.sort();
    files.forEach((file, i) => expect(file).toMatch(new RegExp(`^${String(i + 1).padStart(4, '0')}_[a-z0-9_]+\\.sql$`)));
  });

  it('keep PGlite data across a close and reopen of the data folder', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'naast-pglite-'));
    const { openDatabase } = await import('../../src/db/client.ts');
    const first = await openDatabase({ dataDir: dir });
    await migrate(first);
    await first.close();
    const second = await openDatabase({ dataDir: dir });
    expect(await schemaVersion(second)).toBe(readMigrations().at(-1)!.version);
    await second.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
