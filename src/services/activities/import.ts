import crypto from 'node:crypto';
import { sql } from '../../db/sql.ts';
import type { Database } from '../../db/client.ts';
import { permitFor, type ImportAccess, type Permit } from '../../domain/activities/permit.ts';
import { TooLargeError } from '../../domain/errors.ts';
import { idleImportWorker } from './import-worker-client.ts';
import { readActivityRows } from './rows.ts';
import { rollbackWith, withSink } from './sinks.ts';

// The per-row work and its errors live in rows.ts (also run by the import worker).
export { ActivityImportError, MAX_LISTED_PROBLEMS } from './rows.ts';

/** Upload limit: a million rows of this format take about 100 MB (measured); room for long texts. */
export const MAX_IMPORT_BYTES = 256 * 1024 * 1024;

export class ImportTooLargeError extends TooLargeError {
  constructor(readonly limit: number) {
    super(`Het bestand is groter dan ${Math.round(limit / 1024 / 1024)} MB. Splits het in delen.`);
  }
}

export interface ImportActivitiesInput {
  /** The file's bytes, streamed (a request body, a file read stream). */
  source: AsyncIterable<Buffer | string>;
  fileName: string;
  userId: string | null;
  /** May the caller import this row? A Dutch problem for one column, or null. Runs the import in this thread. */
  permit?: Permit;
  /** Who imports, as data (permitFor builds the check, also in the import worker); `permit` wins when both are given. */
  access?: ImportAccess;
  maxBytes?: number;
  /** From this many rows the import becomes a partition of its own (default OWN_PARTITION_ROWS; tests set it low). */
  ownPartitionRows?: number;
}

export interface ImportActivitiesResult {
  importId: string;
  providerCode: string;
  fileName: string;
  rowCount: number;
  minutes: number;
  /** True when the same rows (same sha256 over the normalised rows) were imported before: nothing was added. */
  alreadyImported: boolean;
  importedAt: string;
}

/**
 * Imports a provider's activity file (CSV, `datum;gemeenteCode;aanbiederCode;dienst;minuten;…`):
 * streaming, so memory stays flat in the file size; all or nothing, in one transaction; every bad
 * row reported with row and column (the first 100 in full, and the total). Importing the same rows
 * again changes nothing and returns the earlier import: the sha256 is over the rows as read (dates
 * as ISO, codes trimmed), not the bytes, so the same file saved again by a spreadsheet program (other
 * encoding, separator, quotes, date notation or line ends) still counts once.
 */
export async function importActivities(db: Database, input: ImportActivitiesInput): Promise<ImportActivitiesResult> {
  const municipalities = await municipalityCodes(db);
  const importId = crypto.randomUUID();
  const source = limited(input.source, input.maxBytes ?? MAX_IMPORT_BYTES);

  const permit = input.permit ?? (input.access ? permitFor(input.access.grants, input.access.meeAreas) : null);
  // On PGlite the per-row work runs in the import worker thread, beside PGlite's COPY on this one
  // (issue 23 goal 2); not with a permit function of the caller's own (a function cannot be sent
  // there), nor when the worker is busy or does not start: then here, with the same outcome.
  const worker = db.driver.engine === 'pglite' && !input.permit ? await idleImportWorker() : null;

  const outcome = await withSink(db, importId, async (sink): Promise<ImportActivitiesResult | { duplicateOf: string }> => {
    const rows =
      worker && sink.addCopyLines
        ? await worker.read(source, municipalities, input.access ?? null, sink.addCopyLines)
        : await readActivityRows(source, { municipalities, permit }, (a) => sink.add(a));
    const { providerCode, rowCount, minutes } = rows;
    const meta = { providerCode, fileName: input.fileName, rowCount, sha256: rows.sha256, userId: input.userId };
    // Looked up after the rollback: on PGlite the transaction holds the only connection.
    if (!(await sink.complete(meta))) rollbackWith({ duplicateOf: meta.sha256 });
    return { importId, providerCode, fileName: meta.fileName, rowCount, minutes, alreadyImported: false, importedAt: new Date().toISOString() };
  }, input.ownPartitionRows);
  return 'duplicateOf' in outcome ? earlierImport(db, outcome.duplicateOf) : outcome;
}

/** Passes the bytes on while enforcing the size limit. */
async function* limited(source: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<Buffer | string> {
  let bytes = 0;
  for await (const chunk of source) {
    bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
    if (bytes > maxBytes) throw new ImportTooLargeError(maxBytes);
    yield chunk;
  }
}

async function earlierImport(db: Database, sha256: string): Promise<ImportActivitiesResult> {
  const [row] = await db.rows<{ id: string; provider_code: string; file_name: string; row_count: number; imported_at: string | Date }>(sql`
    select id, provider_code, file_name, row_count, imported_at from provider_activity_imports where sha256 = ${sha256}`);
  // The import id as a value, not a join: the planner then reads only the import's own partition, or
  // the shared partition through its import_id index (migration 0030).
  const [sum] = await db.rows<{ minutes: number | null }>(sql`select sum(minutes)::int as minutes from provider_activities where import_id = ${row!.id}`);
  return {
    importId: row!.id,
    providerCode: row!.provider_code,
    fileName: row!.file_name,
    rowCount: row!.row_count,
    minutes: sum?.minutes ?? 0,
    alreadyImported: true,
    importedAt: new Date(row!.imported_at).toISOString(),
  };
}

const municipalityCache = new WeakMap<Database, Promise<Set<string>>>();

/** Every municipality code of the register: reference data that does not change while running. */
function municipalityCodes(db: Database): Promise<Set<string>> {
  let codes = municipalityCache.get(db);
  if (!codes) {
    codes = db.rows<{ code: string }>(sql`select code from municipalities`).then((rows) => new Set(rows.map((r) => r.code)));
    municipalityCache.set(db, codes);
    codes.catch(() => municipalityCache.delete(db));
  }
  return codes;
}
