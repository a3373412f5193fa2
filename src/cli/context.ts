import { readConfig } from '../config.ts';
import { openReadyDatabase } from '../db/index.ts';
import type { Database } from '../db/client.ts';

/**
 * Runs a CLI action with the same database the server uses (NAAST_DATA_DIR / DATABASE_URL),
 * created, migrated and loaded with reference data when new; always closed afterwards.
 */
export async function withDatabase<T>(action: (db: Database, schemaVersion: number) => Promise<T>): Promise<T> {
  const config = readConfig();
  const { db, schemaVersion } = await openReadyDatabase(config, {
    onProgress: (message) => process.stderr.write(`${message}\n`),
  });
  try {
    return await action(db, schemaVersion);
  } finally {
    await db.close();
  }
}
