import type { Config } from '../config.ts';
import { openDatabase, type Database } from './client.ts';
import { migrate } from './migrate.ts';
import { loadReferenceData } from './reference/load.ts';

export type { Database } from './client.ts';

/**
 * Opens the configured database, creates and migrates it when new and loads the reference
 * data: every entry point (server, CLI, tests) goes through here, so a command works on a
 * fresh clone without starting the server first.
 */
export async function openReadyDatabase(
  config: Pick<Config, 'databaseUrl' | 'dataDir'> & Partial<Pick<Config, 'dbTimeouts'>>,
  options: { onProgress?: (message: string) => void } = {},
): Promise<{ db: Database; schemaVersion: number }> {
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.databaseUrl ? undefined : config.dataDir, timeouts: config.dbTimeouts });
  try {
    const { version, applied } = await migrate(db);
    if (applied.length > 0) options.onProgress?.(`Migraties uitgevoerd: ${applied.join(', ')}`);
    const loaded = await loadReferenceData(db);
    if (loaded.length > 0) options.onProgress?.(`Referentiegegevens geladen: ${loaded.join(', ')}`);
    return { db, schemaVersion: version };
  } catch (err) {
    await db.close();
    throw err;
  }
}
