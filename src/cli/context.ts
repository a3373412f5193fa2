import fs from 'node:fs';
import { readConfig } from '../config.ts';
import { NotFoundError, UnavailableError } from '../domain/errors.ts';
import { openReadyDatabase } from '../db/index.ts';
import { classifyDatabaseError } from '../db/faults.ts';
import type { Database } from '../db/client.ts';

/**
 * Runs a CLI action with the same database the server uses (NAAST_DATA_DIR / DATABASE_URL),
 * created, migrated and loaded with reference data when new; always closed afterwards.
 */
export async function withDatabase<T>(action: (db: Database, schemaVersion: number) => Promise<T>): Promise<T> {
  const config = readConfig();
  const { db, schemaVersion } = await openReadyDatabase(config, {
    onProgress: (message) => process.stderr.write(`${message}\n`),
  }).catch((err: unknown) => {
    throw unreachable(err) ?? err;
  });
  try {
    return await action(db, schemaVersion);
  } finally {
    await db.close();
  }
}

/** Connection errors of a database server that is down or unknown: the family's "unavailable" (exit 7). */
function unreachable(err: unknown): UnavailableError | null {
  // The same classification as the server's 503 (src/db/faults.ts).
  if (!classifyDatabaseError(err)) return null;
  return new UnavailableError('De database is niet bereikbaar. Controleer DATABASE_URL en of de databaseserver draait, en probeer het opnieuw.', { code: 'database-onbereikbaar' });
}

/** A file named on the command line must exist (exit code 4, "niet gevonden", otherwise). */
export function requireFile(file: string): void {
  if (!fs.existsSync(file)) throw new NotFoundError(`Bestand niet gevonden: ${file}`, { code: 'bestand-niet-gevonden' });
}
