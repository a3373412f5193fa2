import crypto from 'node:crypto';
import { ACTIVITY_COLUMNS, checkHeader, readActivity, type Activity, type ActivityProblem } from '../../domain/activities/index.ts';
import type { Permit } from '../../domain/activities/permit.ts';
import { TableImportError, type CellProblem } from '../tabular/import-error.ts';
import { csvBatches, type CsvRecord } from '../tabular/csv.ts';
import { LineBuffer } from './lines.ts';

/** Problems listed in full; beyond this only the count grows (a bad export can have a million). */
export const MAX_LISTED_PROBLEMS = 100;

/** The file cannot be accepted: the first problems with row and column, and how many there are. */
export class ActivityImportError extends TableImportError {
  constructor(problems: CellProblem[], total: number) {
    // The columns are fixed, so every problem gets its spreadsheet letter ("kolom A (datum)").
    super(problems, { total, header: ACTIVITY_COLUMNS.map((c) => c.toLowerCase()) });
  }
}

/** What the rows of a valid file add up to. */
export interface ActivityRows {
  providerCode: string;
  rowCount: number;
  minutes: number;
  /** Over the normalised rows (LineBuffer.addHashLine), not the bytes: see importActivities. */
  sha256: string;
}

/**
 * The per-row work of the activity import, with no database: CSV parse, validation, permission, the
 * hash. `write` gets each valid row while the file has no problem yet (after the first problem nothing
 * is written any more; reading on finds the other problems). Throws ActivityImportError (or the CSV
 * reader's TableImportError) for a file that cannot be accepted. Runs in the request's thread or in
 * the import worker thread (import-worker.ts), with the same outcome.
 */
export async function readActivityRows(
  source: AsyncIterable<Buffer | string>,
  options: { municipalities: ReadonlySet<string>; permit?: Permit | null },
  write: (a: Activity) => Promise<void> | void,
): Promise<ActivityRows> {
  const { municipalities, permit } = options;
  const hash = crypto.createHash('sha256');
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
      const refused = permit?.(a);
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
      if (total === 0) {
        const writing = write(a);
        if (writing) await writing;
      }
    }
  }
  if (header) throw new ActivityImportError([{ row: 1, column: '-', message: 'Het bestand is leeg.' }], 1);
  if (total > 0) throw new ActivityImportError(problems, total);
  if (rowCount === 0) throw new ActivityImportError([{ row: 2, column: '-', message: 'Het bestand bevat geen activiteiten.' }], 1);
  return { providerCode: providerCode!, rowCount, minutes, sha256: hash.update(hashed.view()).digest('hex') };
}

const HASH_BATCH_BYTES = 64 * 1024;
