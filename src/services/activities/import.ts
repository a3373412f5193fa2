import crypto from 'node:crypto';
import { sql } from '../../db/sql.ts';
import type { Database } from '../../db/client.ts';
import { ACTIVITY_COLUMNS, checkHeader, readActivity, type Activity, type ActivityColumn, type ActivityProblem } from '../../domain/activities/index.ts';
import { TooLargeError } from '../../domain/errors.ts';
import { TableImportError, type CellProblem } from '../tabular/import.ts';
import { csvBatches, type CsvRecord } from '../tabular/csv.ts';
import { LineBuffer } from './lines.ts';
import { rollbackWith, withSink } from './sinks.ts';

/** Problems listed in full; beyond this only the count grows (a bad export can have a million). */
export const MAX_LISTED_PROBLEMS = 100;
/** Upload limit: a million rows of this format take about 100 MB (measured); room for long texts. */
export const MAX_IMPORT_BYTES = 256 * 1024 * 1024;

/** The file cannot be accepted: the first problems with row and column, and how many there are. */
export class ActivityImportError extends TableImportError {
  constructor(problems: CellProblem[], total: number) {
    // The columns are fixed, so every problem gets its spreadsheet letter ("kolom A (datum)").
    super(problems, { total, header: ACTIVITY_COLUMNS.map((c) => c.toLowerCase()) });
  }
}

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
  /** May the caller import this row? A Dutch problem for one column, or null. */
  permit?: (activity: Activity) => { column: ActivityColumn; message: string } | null;
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
  const hash = crypto.createHash('sha256');
  const source = limited(input.source, input.maxBytes ?? MAX_IMPORT_BYTES);

  const outcome = await withSink(db, importId, async (sink): Promise<ImportActivitiesResult | { duplicateOf: string }> => {
    const problems: CellProblem[] = [];
    let total = 0;
    const report = (row: number, column: string, message: string) => {
      total++;
      if (problems.length < MAX_LISTED_PROBLEMS) problems.push({ row, column, message });
    };
    let providerCode: string | null = null;
    let rowCount = 0;
    let minutes = 0;
    let header = true;
    const hashed = new LineBuffer(HASH_BATCH_BYTES + 4096);
    const rowProblems: ActivityProblem[] = []; // reused: most rows have none
    const isMunicipality = (code: string) => municipalities.has(code);
    // The rows come in batches (one promise per batch, not per row) and each batch is read in a plain
    // loop: the per-row work is what limits a million-row import (issue 23 goal 2).
    for await (const batch of csvBatches(source)) {
      for (let i = 0; i < batch.length; i++) {
        const record: CsvRecord = batch[i]!;
        if (header) {
          header = false;
          const wrong = checkHeader(record.fields);
          if (wrong) throw new ActivityImportError([{ row: 1, column: '-', message: wrong }], 1);
          continue;
        }
        const a = readActivity(record.fields, isMunicipality, rowProblems);
        if (a === null) {
          for (const p of rowProblems) report(record.row, p.column, p.message);
          rowProblems.length = 0;
          continue;
        }
        providerCode ??= a.providerCode;
        if (a.providerCode !== providerCode) {
          report(record.row, 'aanbiederCode', `Eén aanbieder per bestand: de eerste rij met gegevens noemt "${providerCode}".`);
          continue;
        }
        const refused = input.permit?.(a);
        if (refused) {
          report(record.row, refused.column, refused.message);
          continue;
        }
        rowCount++;
        minutes += a.minutes;
        // Hashed in batches: one update call per row cost more than the hashing itself (same digest).
        hashed.addHashLine(a);
        if (hashed.length >= HASH_BATCH_BYTES) {
          hash.update(hashed.view());
          hashed.clear();
        }
        // After the first problem nothing is written any more; reading on finds the other problems.
        if (total === 0) {
          const writing = sink.add(a);
          if (writing) await writing;
        }
      }
    }
    if (header) throw new ActivityImportError([{ row: 1, column: '-', message: 'Het bestand is leeg.' }], 1);
    if (total > 0) throw new ActivityImportError(problems, total);
    if (rowCount === 0) throw new ActivityImportError([{ row: 2, column: '-', message: 'Het bestand bevat geen activiteiten.' }], 1);

    const meta = { providerCode: providerCode!, fileName: input.fileName, rowCount, sha256: hash.update(hashed.view()).digest('hex'), userId: input.userId };
    // Looked up after the rollback: on PGlite the transaction holds the only connection.
    if (!(await sink.complete(meta))) rollbackWith({ duplicateOf: meta.sha256 });
    return { importId, providerCode: meta.providerCode, fileName: meta.fileName, rowCount, minutes, alreadyImported: false, importedAt: new Date().toISOString() };
  }, input.ownPartitionRows);
  return 'duplicateOf' in outcome ? earlierImport(db, outcome.duplicateOf) : outcome;
}

const HASH_BATCH_BYTES = 64 * 1024;

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
