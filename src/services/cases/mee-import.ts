import crypto from 'node:crypto';
import { sql } from '../../db/sql.ts';
import type { Database } from '../../db/client.ts';
import {
  advance,
  assignSupporter,
  compareDates,
  newCase,
  newQuestion,
  TRANSITION_DATE,
  withQuestion,
  type AgeCategory,
  type Case,
  type InformalRelation,
  type IsoDate,
  type SupporterAssignment,
} from '../../domain/cases/index.ts';
import { parseTable, TableImportError, type CellProblem } from '../tabular/import.ts';
import { parseSpreadsheetDate } from '../../domain/spreadsheet-cells.ts';
import { INFORMAL_RELATIONS, type ClientDetails, type InformalSupporter } from './client.ts';
import { unwrap } from './errors.ts';
import { insertNote } from './records.ts';
import { caseIdsIn, insertCaseIn, refreshWorkColumns, type CaseRecord } from './store.ts';
import { resolveMunicipalities } from '../register/municipality-resolver.ts';

/**
 * Running MEE cases on the transition date (§4.3, "continuïteit van de ondersteuning"): MEE delivers
 * its list of running trajectories; each row becomes a case of the municipality whose supporter is the
 * MEE supporter, who keeps supporting the client until the trajectory is finished (on average four
 * months). All or nothing: one wrong cell and nothing is stored, with every problem named.
 */
export const MEE_COLUMNS = ['gemeente', 'client_naam', 'geboortejaar', 'startdatum', 'mee_organisatie', 'mee_ondersteuner', 'vraag'] as const;
/** Optional: `professioneel` (the default: a MEE employee) or the relation of an informal supporter. */
export const MEE_KIND_COLUMN = 'soort_ondersteuner';

/**
 * The question starts where the municipality can pick it up without inventing anything: MEE already
 * talked with the client, so the question stands at clarification; the next step asks for the
 * Bijlage 3 row and column, which the supporter settles with the client.
 */
export const MEE_QUESTION_STEP = 'vragen_verhelderen' as const;

export interface MeeImportRow {
  line: number;
  municipalityCode: string;
  clientName: string;
  ageCategory: AgeCategory | null;
  startedOn: IsoDate | null;
  meeOrganisation: string;
  supporterName: string;
  supporterKind: 'professioneel' | InformalRelation;
  question: string;
}

/** Age on the transition date, in the categories of §2.3. */
export function ageCategoryFor(birthYear: number, on: IsoDate = TRANSITION_DATE): AgeCategory {
  const age = Number(on.slice(0, 4)) - birthYear;
  return age < 18 ? '0-18' : age < 25 ? '18-25' : age < 65 ? '25-65' : '65+';
}

/** The one spreadsheet date reading (ISO, d-m-yyyy, Excel serial; 1900–2100): domain/spreadsheet-cells.ts. */
const parseDate = (text: string): IsoDate | null => parseSpreadsheetDate(text) as IsoDate | null;

/**
 * Reads and checks the file. `mayImportFor` says whether the caller may import for a municipality;
 * a municipality he may not act for gets the same answer as one that does not exist.
 */
export async function parseMeeFile(db: Database, content: Buffer, mayImportFor: (code: string) => Promise<boolean>, fileName = ''): Promise<MeeImportRow[]> {
  const table = await parseTable(content, fileName);
  const problems: CellProblem[] = MEE_COLUMNS.filter((c) => !table.header.includes(c)).map((column) => ({ row: 1, column, message: 'deze kolom ontbreekt in rij 1 (de kolomnamen)' }));
  if (problems.length) throw new TableImportError(problems, { header: table.header });
  if (table.rows.length === 0) throw new TableImportError([{ row: 2, column: '-', message: 'het bestand bevat geen rijen met gegevens' }]);
  const find = await resolveMunicipalities(db);
  const allowed = new Map<string, boolean>();
  const result: MeeImportRow[] = [];
  for (const [i, row] of table.rows.entries()) {
    const line = table.rowNumbers[i]!;
    const add = (column: string, message: string) => problems.push({ row: line, column, message });
    const name = row.gemeente ?? '';
    let code = find(name);
    if (code && !allowed.has(code)) allowed.set(code, await mayImportFor(code));
    if (code && !allowed.get(code)) code = undefined;
    if (!name) add('gemeente', 'vul de gemeente in (naam, code of CBS-code)');
    else if (!code) add('gemeente', `"${name}" is geen gemeente waarvoor u mag importeren`);
    const clientName = row.client_naam ?? '';
    if (!clientName) add('client_naam', 'vul de naam van de cliënt in');
    else if (clientName.length > 200) add('client_naam', 'de naam is langer dan 200 tekens');
    let ageCategory: AgeCategory | null = null;
    if (row.geboortejaar) {
      const year = Number(row.geboortejaar);
      if (!/^\d{4}$/.test(row.geboortejaar) || year < 1890 || year > 2015) add('geboortejaar', `"${row.geboortejaar}" is geen geboortejaar (vier cijfers, uiterlijk 2015)`);
      else ageCategory = ageCategoryFor(year);
    }
    let startedOn: IsoDate | null = null;
    if (row.startdatum) {
      startedOn = parseDate(row.startdatum);
      if (!startedOn) add('startdatum', `"${row.startdatum}" is geen datum tussen 1900 en 2100 (JJJJ-MM-DD of DD-MM-JJJJ)`);
      else if (compareDates(startedOn, TRANSITION_DATE) >= 0) add('startdatum', 'het traject moet vóór 1 januari 2015 zijn begonnen (lopend op de overgangsdatum)');
    }
    const meeOrganisation = row.mee_organisatie ?? '';
    if (!meeOrganisation) add('mee_organisatie', 'vul de MEE-organisatie in');
    const supporterName = row.mee_ondersteuner ?? '';
    if (!supporterName) add('mee_ondersteuner', 'vul de naam van de MEE-ondersteuner in');
    const kindText = (row[MEE_KIND_COLUMN] ?? '').toLowerCase() || 'professioneel';
    const kinds: readonly string[] = ['professioneel', ...INFORMAL_RELATIONS];
    if (!kinds.includes(kindText)) add(MEE_KIND_COLUMN, `"${row[MEE_KIND_COLUMN]}" is geen soort; kies uit ${kinds.join(', ')}`);
    const question = row.vraag ?? '';
    if (!question) add('vraag', 'vul de vraag van de cliënt in');
    else if (question.length > 4000) add('vraag', 'de vraag is langer dan 4000 tekens');
    if (code) {
      const supporterKind = kindText as MeeImportRow['supporterKind'];
      result.push({ line, municipalityCode: code, clientName, ageCategory, startedOn, meeOrganisation, supporterName, supporterKind, question });
    }
  }
  if (problems.length) throw new TableImportError(problems, { header: table.header });
  return result;
}

/** The case of one row: opened on the start date (or the transition date), the MEE supporter beside the client. */
function caseOf(row: MeeImportRow): { record: CaseRecord; supporterId: string; questionId: string; openedOn: IsoDate } {
  const id = crypto.randomUUID();
  const openedOn = row.startedOn ?? TRANSITION_DATE;
  const questionId = crypto.randomUUID();
  let c: Case = newCase({ id, clientId: id, openedOn, ...(row.ageCategory ? { ageCategory: row.ageCategory } : {}) });
  // MEE signalled the client to the municipality: the channel for questions that others bring in.
  c = withQuestion(c, newQuestion({ id: questionId, receivedVia: 'signalering' }, openedOn));
  for (const to of ['gesprek', MEE_QUESTION_STEP] as const) c = withQuestion(c, unwrap(advance(c.questions[0]!, to, { case: c, on: openedOn })));
  const informal: InformalSupporter[] = [];
  const supporterId = `mee-${crypto.randomUUID()}`;
  let assignment: SupporterAssignment;
  if (row.supporterKind === 'professioneel') {
    assignment = { kind: 'professioneel', personId: supporterId, assignedOn: openedOn };
  } else {
    informal.push({ id: supporterId, name: row.supporterName, relation: row.supporterKind, phone: null });
    assignment = { kind: 'informeel', personId: supporterId, relation: row.supporterKind, assignedOn: openedOn };
  }
  c = unwrap(assignSupporter(c, assignment));
  const client: ClientDetails = {
    name: row.clientName,
    phone: null,
    email: null,
    address: null,
    targetGroups: [],
    network: [],
    representative: null,
    informalSupporters: informal,
  };
  return { record: { id, municipalityCode: row.municipalityCode, case: c, client, choices: {}, bsn: null, version: 1 }, supporterId, questionId, openedOn };
}

/** A row's identity: the same trajectory delivered twice is the same case. */
const trajectoryKey = (r: { municipalityCode: string; clientName: string; meeOrganisation: string; supporterName: string; startedOn: string | null }) =>
  JSON.stringify([r.municipalityCode, r.clientName, r.meeOrganisation, r.supporterName, r.startedOn ?? ''] as const);

/**
 * Stores every row in one transaction; returns the case ids in file order. Idempotent: imports run
 * one at a time (advisory lock), and a trajectory that an earlier import already stored is not stored
 * again (its existing case id is returned), so the same file imported twice, or twice at once, gives
 * the cases of one import (test/reliability/concurrency.test.ts).
 */
export async function importMeeCases(db: Database, rows: MeeImportRow[], userId: string | null): Promise<string[]> {
  const ids: string[] = [];
  const created: string[] = [];
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('naast:mee-overdracht'))`);
    const existing = new Map<string, string[]>();
    const stored = (await tx.execute(sql`
      select m.case_id::text as id, m.municipality_code as "municipalityCode", c.client_name as "clientName", m.mee_organisation as "meeOrganisation",
             m.mee_supporter_name as "supporterName", m.started_on::text as "startedOn"
        from case_mee_transitions m join cases c on c.id = m.case_id order by m.imported_at, m.case_id`)) as unknown as {
      rows: { id: string; municipalityCode: string; clientName: string; meeOrganisation: string; supporterName: string; startedOn: string | null }[];
    };
    for (const r of stored.rows) existing.set(trajectoryKey(r), [...(existing.get(trajectoryKey(r)) ?? []), r.id]);
    for (const row of rows) {
      const already = existing.get(trajectoryKey(row))?.shift();
      if (already) {
        ids.push(already);
        continue;
      }
      const { record, supporterId, questionId, openedOn } = caseOf(row);
      await insertCaseIn(tx, record);
      await insertNote(tx, record.id, { kind: 'contactmoment', questionId, channel: 'signalering', occurredOn: openedOn, body: row.question, recordedBy: userId });
      await tx.execute(sql`insert into case_mee_transitions (case_id, municipality_code, mee_organisation, mee_supporter_id, mee_supporter_name, started_on, imported_by)
        values (${record.id}::uuid, ${row.municipalityCode}, ${row.meeOrganisation}, ${supporterId}, ${row.supporterName}, ${row.startedOn}::date, ${userId}::uuid)`);
      ids.push(record.id);
      created.push(record.id);
    }
    // One set-based statement for the whole import, after every contact moment is written.
    if (created.length > 0) await refreshWorkColumns(tx, caseIdsIn(created));
  });
  return ids;
}
