import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { sql } from './sql.ts';
import type { Database } from './client.ts';

export const migrationsDir = path.join(path.dirname(new URL(import.meta.url).pathname), 'migrations');

export interface Migration {
  version: number;
  name: string;
  sql: string;
  checksum: string;
}

/** Migration files are `NNNN_name.sql`; the number is the schema version they bring. */
export function readMigrations(dir = migrationsDir): Migration[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((file) => {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      return {
        version: Number(file.slice(0, 4)),
        name: file.slice(5, -4),
        sql: text,
        checksum: crypto.createHash('sha256').update(text).digest('hex'),
      };
    });
}

interface AppliedRow {
  version: number;
  name: string;
  checksum: string;
}

export class MigrationError extends Error {}

/**
 * Applies pending migrations, each in its own transaction together with its row in
 * `schema_migrations`. Forward-only: an applied migration whose file changed is an error,
 * never silently re-run. Returns the schema version afterwards.
 */
export async function migrate(db: Database, migrations = readMigrations()): Promise<{ version: number; applied: string[] }> {
  await db.script(`create table if not exists schema_migrations (
    version integer primary key,
    name text not null,
    checksum text not null,
    applied_at timestamptz not null default now()
  )`);
  const applied: string[] = [];
  for (const migration of migrations) {
    const done = await appliedMigrations(db);
    const existing = done.get(migration.version);
    if (existing) {
      if (existing.checksum !== migration.checksum) {
        throw new MigrationError(
          `Migratie ${migration.version} (${migration.name}) is al uitgevoerd maar het bestand is daarna gewijzigd. ` +
            'Migraties zijn alleen vooruit: maak een nieuwe migratie.',
        );
      }
      continue;
    }
    const record = `insert into schema_migrations (version, name, checksum) values (${migration.version}, '${migration.name}', '${migration.checksum}');`;
    try {
      // The advisory lock serialises two processes that start on the same server at once.
      await db.script(`select pg_advisory_xact_lock(727274);\n${migration.sql}\n;${record}`);
      applied.push(`${String(migration.version).padStart(4, '0')}_${migration.name}`);
    } catch (err) {
      if ((await appliedMigrations(db)).has(migration.version)) continue; // another process won the race
      throw new MigrationError(`Migratie ${migration.version} (${migration.name}) is mislukt: ${(err as Error).message}`);
    }
  }
  return { version: await schemaVersion(db), applied };
}

async function appliedMigrations(db: Database): Promise<Map<number, AppliedRow>> {
  const rows = await db.rows<AppliedRow>(sql`select version, name, checksum from schema_migrations`);
  return new Map(rows.map((r) => [Number(r.version), r]));
}

export async function schemaVersion(db: Database): Promise<number> {
  const [row] = await db.rows<{ version: number | null }>(sql`select max(version)::int as version from schema_migrations`);
  return Number(row?.version ?? 0);
}
