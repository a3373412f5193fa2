import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/db/client.ts';
import { migrate } from '../../src/db/migrate.ts';
import { loadReferenceData } from '../../src/db/reference/load.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A dumped PGlite data folder, migrated and loaded with the reference data (test/helpers/db.ts). */
    pgliteTemplatePath: string;
  }
}

/**
 * Vitest global setup: builds one migrated PGlite database with the reference data per test run and
 * hands its dump to every test file. A fresh PGlite spends about 3 s in initdb, migrations and the
 * reference load (WASM); from the dump it starts in about 1.3 s, and some 120 test databases per run
 * start this way. Built anew for every run, so it always matches the migrations of the working tree.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const db = await openDatabase({});
  try {
    await migrate(db);
    await loadReferenceData(db);
    if (db.driver.engine !== 'pglite') throw new Error('PGlite verwacht');
    const dump = await db.driver.pglite.dumpDataDir('none');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'naast-pglite-template-'));
    const file = path.join(dir, 'ready.tar');
    fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    project.provide('pgliteTemplatePath', file);
    return () => fs.rmSync(dir, { recursive: true, force: true });
  } finally {
    await db.close();
  }
}
