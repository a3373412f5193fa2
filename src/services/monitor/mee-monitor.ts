import { sql } from '../../db/sql.ts';
import type { Database } from '../../db/client.ts';
import { listMunicipalities } from '../../db/register/queries.ts';
import { STAGES, type Stage } from '../../domain/monitor/questionnaire.ts';
import { reconcile, type ReconciliationRow } from '../../domain/monitor/reconcile.ts';
import { isDateInRange } from '../../domain/date-range.ts';
import { parseSpreadsheetDate } from '../../domain/spreadsheet-cells.ts';
import { parseTable, TableImportError, type CellProblem } from '../tabular/import.ts';
import { MAX_MUNICIPALITY_TABLE_ROWS } from '../tabular/limits.ts';
import { byRow, outOfScopeProblems, type ImportScope } from '../tabular/scope.ts';
import { currentResponses } from './responses.ts';
import { roundMunicipalities } from './summary.ts';
import { requireRound, type Round } from './rounds.ts';
import { resolveMunicipalities } from '../register/municipality-resolver.ts';

/** The MEE monitor (second source): per municipality the stage MEE sees, optionally with its date. */
export const MEE_COLUMNS = ['gemeente', 'fase', 'datum'] as const;
const REQUIRED_COLUMNS = ['gemeente', 'fase'] as const;

export interface MeeEntry {
  municipalityCode: string;
  stage: Stage;
  reportedOn: string | null;
}

/** Name (in any spelling that slugs the same) or CBS code → municipality code, for one division. */
/** Text → municipality code in a division: name, official name, variant or CBS code (0363 or GM0363). */
export const municipalityLookup = (db: Database, divisionYear: number): Promise<(text: string) => string | undefined> => resolveMunicipalities(db, divisionYear);

/** A real calendar date in `YYYY-MM-DD` (not 2014-02-30), 1900–2100 (date-range.ts). */
export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || !isDateInRange(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/**
 * Reads an MEE monitor file (`gemeente;fase;datum`) for a round: every problem with its line and
 * column at once, and nothing usable unless every row is right. A row of a municipality outside the
 * uploader's scope is one of those problems.
 */
export async function parseMeeMonitorFile(db: Database, round: Round, content: Buffer, fileName: string, scope: ImportScope): Promise<MeeEntry[]> {
  const table = await parseTable(content, fileName, MAX_MUNICIPALITY_TABLE_ROWS);
  const problems: CellProblem[] = REQUIRED_COLUMNS.filter((c) => !table.header.includes(c)).map((column) => ({ row: 1, column, message: 'deze kolom ontbreekt in rij 1 (de kolomnamen)' }));
  if (problems.length) throw new TableImportError(problems, { header: table.header });
  const find = await municipalityLookup(db, round.divisionYear);
  const seen = new Map<string, number>();
  const entries: MeeEntry[] = [];
  table.rows.forEach((row, i) => {
    const line = table.rowNumbers[i]!;
    const add = (column: string, message: string) => problems.push({ row: line, column, message });
    const name = row.gemeente ?? '';
    const code = name ? find(name) : undefined;
    if (!name) add('gemeente', 'vul de gemeente in (naam of CBS-code)');
    else if (!code) add('gemeente', `"${name}" is geen gemeente in de indeling ${round.divisionYear}`);
    else if (seen.has(code)) add('gemeente', `"${name}" staat ook al op rij ${seen.get(code)}`);
    if (code && !seen.has(code)) seen.set(code, line);
    const stage = (row.fase ?? '').toLowerCase() as Stage;
    if (!STAGES.includes(stage)) add('fase', `"${row.fase ?? ''}" is geen fase; kies uit ${STAGES.join(', ')}`);
    const text = row.datum ?? '';
    const date = text ? parseSpreadsheetDate(text) : null;
    if (text && !date) add('datum', `"${text}" is geen datum tussen 1900 en 2100; schrijf die als JJJJ-MM-DD of D-M-JJJJ, bijvoorbeeld 2014-10-01 of 1-10-2014`);
    if (code) entries.push({ municipalityCode: code, stage, reportedOn: date });
  });
  const names = new Map(table.rows.map((row, i) => [table.rowNumbers[i]!, row.gemeente ?? '']));
  problems.push(...(await outOfScopeProblems([...seen].map(([code, line]) => ({ row: line, column: 'gemeente', municipalityCode: code, label: names.get(line)! })), scope)));
  if (problems.length) throw new TableImportError(byRow(problems), { header: table.header });
  return entries;
}

/**
 * Replaces the round's MEE monitor entries with the file's, in one transaction (all or nothing).
 * A national uploader replaces the whole round; anyone else only the municipalities they may act for
 * (otherwise a municipality's file would wipe the entries of all the others).
 */
export async function importMeeMonitor(db: Database, round: Round, content: Buffer, fileName: string, scope: ImportScope): Promise<number> {
  const entries = await parseMeeMonitorFile(db, round, content, fileName, scope);
  const own: string[] = [];
  if (!scope.all) for (const m of await listMunicipalities(db, { divisionYear: round.divisionYear })) if (await scope.allows(m.code)) own.push(m.code);
  await db.transaction(async (tx) => {
    // One import per round at a time: otherwise both delete nothing, both insert, and the second fails on the key.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`naast:mee-monitor:${round.id}`}))`);
    if (scope.all) await tx.execute(sql`delete from mee_monitor_entries where round_id = ${round.id}`);
    else await tx.execute(sql`delete from mee_monitor_entries where round_id = ${round.id} and municipality_code = any(${`{${own.map((c) => JSON.stringify(c)).join(',')}}`}::text[])`);
    for (let i = 0; i < entries.length; i += 500) {
      const values = sql.join(
        entries.slice(i, i + 500).map((e) => sql`(${round.id}, ${e.municipalityCode}, ${e.stage}, ${e.reportedOn}::date)`),
        sql`, `,
      );
      await tx.execute(sql`insert into mee_monitor_entries (round_id, municipality_code, stage, reported_on) values ${values}`);
    }
  });
  return entries.length;
}

export interface ComparisonRow extends ReconciliationRow {
  name: string;
  meeReportedOn: string | null;
}

export interface Comparison {
  round: Round;
  /** Whether any MEE monitor entries exist for the round at all. */
  meeImported: boolean;
  counts: Record<ReconciliationRow['kind'], number>;
  rows: ComparisonRow[];
}

/**
 * Per municipality of the round's division: the stage of its newest submitted answer in the
 * transition monitor against the MEE monitor's stage. Drafts do not count as an answer.
 */
export async function compareWithMeeMonitor(db: Database, roundId: string): Promise<Comparison> {
  const round = await requireRound(db, roundId);
  const municipalities = await roundMunicipalities(db, round);
  const tvs = (await currentResponses(db, round.id, true)).map((r) => ({ municipalityCode: r.municipalityCode, stage: r.answers.stage }));
  const mee = await db.rows<{ municipalityCode: string; stage: Stage; reportedOn: string | null }>(sql`
    select municipality_code as "municipalityCode", stage, reported_on::text as "reportedOn"
      from mee_monitor_entries where round_id = ${round.id}`);
  const reportedOn = new Map(mee.map((m) => [m.municipalityCode, m.reportedOn]));
  const names = new Map(municipalities.map((m) => [m.code, m.name]));
  const rows = reconcile(municipalities.map((m) => m.code), tvs, mee).map((r) => ({
    ...r,
    name: names.get(r.municipalityCode)!,
    meeReportedOn: reportedOn.get(r.municipalityCode) ?? null,
  }));
  const counts = { gelijk: 0, verschil: 0, alleen_tvs: 0, alleen_mee: 0, geen_van_beide: 0 };
  for (const r of rows) counts[r.kind]++;
  return { round, meeImported: mee.length > 0, counts, rows };
}
