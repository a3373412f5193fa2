import { sql, type SQL } from '../../db/sql.ts';
import type { Database } from '../../db/client.ts';
import { caseClosedOn, checkAssignment, isBlocked, type AssignmentRole, type Bsn, type Case, type IsoDate, type NameOf, type PersonId, type SupportChoice } from '../../domain/cases/index.ts';
import type { ClientDetails } from './client.ts';
import { CaseNotFoundError, CaseRefusedError, CaseVersionConflictError } from './errors.ts';
import { isUuid, namesFor, type Rows } from './people.ts';

/** One case as stored: the domain aggregate plus what the domain does not model. */
export interface CaseRecord {
  id: string;
  municipalityCode: string;
  case: Case;
  client: ClientDetails;
  /** Per question id: what the supporter settled on after the Bijlage 3 suggestion. */
  choices: Readonly<Record<string, SupportChoice>>;
  bsn: Bsn | null;
  version: number;
}

export type Executor = { execute(query: SQL): Promise<unknown> };
/** A transaction that can also answer lookups (`rows`), for `people.ts` and the like. */
export type Transaction = Executor & Rows;

/** Rows of a statement run inside a transaction (both drivers answer with `rows`). */
export async function txRows<T>(tx: Executor, query: SQL): Promise<T[]> {
  return ((await tx.execute(query)) as { rows: T[] }).rows;
}

const parse = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;

interface CaseRow {
  id: string;
  municipalityCode: string;
  aggregate: unknown;
  client: unknown;
  choices: unknown;
  bsn: string | null;
  version: number;
}

const recordSelect = sql`select id::text as id, municipality_code as "municipalityCode", aggregate, client, support_choices as choices, bsn, version from cases`;

const toRecord = (row: CaseRow): CaseRecord => ({
  id: row.id,
  municipalityCode: row.municipalityCode,
  case: parse<Case>(row.aggregate),
  client: parse<ClientDetails>(row.client),
  choices: parse<Record<string, SupportChoice>>(row.choices),
  bsn: row.bsn as Bsn | null,
  version: row.version,
});

const notFound = () => new CaseNotFoundError('Dit dossier bestaat niet.');

/** The municipality a case belongs to (for the access check), or null for an unknown id. */
export async function municipalityOfCase(db: Database, id: string): Promise<string | null> {
  if (!isUuid(id)) return null;
  const [row] = await db.rows<{ code: string }>(sql`select municipality_code as code from cases where id = ${id}::uuid`);
  return row?.code ?? null;
}

export async function loadCase(db: Database, id: string): Promise<CaseRecord> {
  if (!isUuid(id)) throw notFound();
  const [row] = await db.rows<CaseRow>(sql`${recordSelect} where id = ${id}::uuid`);
  if (!row) throw notFound();
  return toRecord(row);
}

/** Everyone with a role in the case, once per person and role; former supporters keep theirs. */
function peopleOf(c: Case): { personId: PersonId; role: AssignmentRole; assignedOn: IsoDate }[] {
  const all = [
    ...[...(c.supporter ? [c.supporter] : []), ...c.formerSupporters].map((s) => ({ personId: s.personId, role: 'ondersteuner' as const, assignedOn: s.assignedOn })),
    ...c.decisionMakers.map((d) => ({ personId: d.personId, role: 'beslisser' as const, assignedOn: d.assignedOn })),
  ];
  return all.filter((p, i) => all.findIndex((q) => q.personId === p.personId && q.role === p.role) === i);
}

/**
 * Adds the rows that are new. A person who already holds the OTHER role is not skipped: the insert
 * then hits the primary key, and the database refuses what the domain should already have refused.
 */
async function syncPeople(tx: Executor, caseId: string, c: Case): Promise<void> {
  const people = peopleOf(c);
  if (people.length === 0) return;
  const values = sql.join(people.map((p) => sql`(${p.personId}, ${p.role}, ${p.assignedOn}::date)`), sql`, `);
  await tx.execute(sql`
    insert into case_people (case_id, person_id, role, assigned_on)
    select ${caseId}::uuid, p.person_id, p.role, p.assigned_on from (values ${values}) as p (person_id, role, assigned_on)
     where not exists (select 1 from case_people e where e.case_id = ${caseId}::uuid and e.person_id = p.person_id and e.role = p.role)`);
}

/** A column of `cases` that the aggregate fills: its name, its SQL type and the value (a JS value; jsonb as object). */
export interface CaseColumn {
  name: string;
  type: 'jsonb' | 'text' | 'text[]' | 'boolean' | 'date';
  value: unknown;
}

/** The columns work lists and search use, derived from the aggregate so they can never disagree with it. */
export function caseColumns(r: CaseRecord): CaseColumn[] {
  const { bsn: _inColumn, ...aggregate } = r.case;
  const openSteps = [...new Set(r.case.questions.filter((q) => q.step !== 'afgesloten').map((q) => q.step))];
  return [
    { name: 'aggregate', type: 'jsonb', value: aggregate },
    { name: 'client', type: 'jsonb', value: r.client },
    { name: 'support_choices', type: 'jsonb', value: r.choices },
    { name: 'bsn', type: 'text', value: r.bsn },
    { name: 'client_name', type: 'text', value: r.client.name },
    { name: 'supporter_id', type: 'text', value: r.case.supporter?.personId ?? null },
    { name: 'open_steps', type: 'text[]', value: openSteps },
    { name: 'blocked', type: 'boolean', value: isBlocked(r.case) },
    { name: 'opened_on', type: 'date', value: r.case.openedOn },
    { name: 'closed_on', type: 'date', value: caseClosedOn(r.case) ?? null },
  ];
}

/** One column value as a query parameter with its cast (jsonb sent as text, an array as its literal: steps hold no commas). */
function columnParameter(c: CaseColumn): SQL {
  if (c.type === 'jsonb') return sql`${JSON.stringify(c.value)}::jsonb`;
  if (c.type === 'text[]') return sql`${`{${(c.value as string[]).join(',')}}`}::text[]`;
  return sql`${c.value as string | boolean | null}::${sql.raw(c.type)}`;
}

function columnValues(r: CaseRecord): [string, SQL][] {
  return caseColumns(r).map((c) => [c.name, columnParameter(c)]);
}

/** `column = value, …` for an update. */
const columns = (r: CaseRecord): SQL => sql.join(columnValues(r).map(([name, value]) => sql`${sql.raw(name)} = ${value}`), sql`, `);

/**
 * The work-list columns (migration 0024) come from the records beside the aggregate, so they are set
 * in SQL after those records are written: the latest contact moment; the client's own words of each
 * open question (the first paragraph of its intake contact moment, records.ts/intake.ts); and the
 * soonest deadline still to act on. That is a running objection or appeal period (Awb 6:7 and 6:8,
 * extended by the Algemene termijnenwet; computed by the domain and stored, objections.ts), lapsed ones
 * included because they still need an answer, or, for an open case, the date of an agreement in the
 * household's plan (support-plan.ts) that no contact moment has followed up yet (no contact on or after
 * that day). The derivation is the view case_work_columns (migration 0024, also its backfill); `set`
 * selects the cases (`x`, any column of cases); the view is read for those cases only.
 */
export async function refreshWorkColumns(tx: Executor, set: SQL): Promise<void> {
  await tx.execute(sql`update cases c set last_contact_on = w.last_contact_on, question_summary = w.question_summary,
       next_deadline_on = w.next_deadline_on, next_deadline_kind = w.next_deadline_kind
  from (select w.* from cases x join case_work_columns w on w.id = x.id where ${set}) w
 where c.id = w.id`);
}

/** `refreshWorkColumns` for the given case ids. */
export const caseIdsIn = (ids: readonly string[]): SQL => sql`x.id in (${sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `)})`;

/**
 * The work-list columns of a case just taken in, whose only record is its intake contact moment: what
 * the view case_work_columns (migration 0024) derives for it, set by the insert itself so that no
 * refresh statement has to read the view afterwards (ADR 0015). The last contact is that moment's day;
 * the summary is the first paragraph of its words, white space folded, cut at 300 characters (the
 * view's expression; its `\s` is `[[:space:]]`); no deadline can run yet (no objection, no plan).
 * `contactOn` and `words` are SQL expressions. test/services/cases-intake-columns.test.ts compares the
 * result with the view.
 */
export function intakeWorkColumns(contactOn: SQL, words: SQL): { name: string; value: SQL }[] {
  return [
    { name: 'last_contact_on', value: contactOn },
    { name: 'question_summary', value: sql`left(btrim(regexp_replace(split_part(${words}, chr(10) || chr(10), 1), '[[:space:]]+', ' ', 'g')), 300)` },
  ];
}

/**
 * A new case row with its people (an imported case has its MEE supporter already, which intake's
 * creation statement, creation.ts, never has). Writes nothing and answers false when the municipality
 * does not exist. The row is filled by the same `caseColumns` as every update and as intake's
 * statement, so derived columns have one definition.
 */
async function insertCaseWith(tx: Executor, record: CaseRecord): Promise<boolean> {
  const pairs = columnValues(record);
  const names = sql.raw(pairs.map(([name]) => name).join(', '));
  const values = sql.join(pairs.map(([, value]) => value), sql`, `);
  const [row] = await txRows<{ n: number }>(
    tx,
    sql`with new_case as (
      insert into cases (id, municipality_code, ${names})
      select ${record.id}::uuid, m.code, ${values} from municipalities m where m.code = ${record.municipalityCode}
      returning id)
    select count(*)::int as n from new_case`,
  );
  if (row!.n === 0) return false;
  await syncPeople(tx, record.id, record.case);
  return true;
}

/**
 * A new case inside a transaction the caller holds (bulk imports: all or nothing). The caller calls
 * `refreshWorkColumns` once its contact moments are written.
 */
export async function insertCaseIn(tx: Executor, record: CaseRecord): Promise<void> {
  if (!(await insertCaseWith(tx, record))) throw new Error(`Onbekende gemeente: ${record.municipalityCode}`);
}

export interface CaseChange {
  record: CaseRecord;
  /** Further writes in the same transaction (a note, a referral, …). */
  after?: (tx: Executor) => Promise<void>;
}

/**
 * Load, change and save a case in one transaction: the row is locked, the version compared with
 * If-Match (undefined skips that), raised by one, and `case_people` brought in line. Every write of a
 * case goes through here, so the version moves on every change and the constraint is always checked.
 */
export async function updateCase(
  db: Database,
  id: string,
  expectedVersion: number | undefined,
  change: (current: CaseRecord, tx: Transaction) => CaseChange | Promise<CaseChange>,
): Promise<CaseRecord> {
  if (!isUuid(id)) throw notFound();
  let attempted: Case | undefined;
  try {
    return await db.transaction(async (tx) => {
      const [row] = await txRows<CaseRow>(tx, sql`${recordSelect} where id = ${id}::uuid for update`);
      if (!row) throw notFound();
      const current = toRecord(row);
      if (expectedVersion !== undefined && expectedVersion !== current.version) throw new CaseVersionConflictError();
      const { record, after } = await change(current, { execute: (q) => tx.execute(q), rows: <T>(q: SQL) => txRows<T>(tx, q) });
      attempted = record.case;
      const written = await txRows(tx, sql`update cases set ${columns(record)}, version = version + 1, updated_at = now()
        where id = ${id}::uuid and version = ${current.version} returning version`);
      if (written.length === 0) throw new CaseVersionConflictError();
      await syncPeople(tx, id, record.case);
      await after?.(tx);
      await refreshWorkColumns(tx, caseIdsIn([id]));
      return { ...record, version: current.version + 1 };
    });
  } catch (err) {
    if (attempted && isUniqueViolation(err)) throw await independenceRefusal(db, id, attempted);
    throw err;
  }
}

/** 23505 from either driver, also when a wrapper put the driver's error in `cause`. */
function isUniqueViolation(err: unknown): boolean {
  for (let e = err as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    if (e.code === '23505') return true;
  }
  return false;
}

/**
 * The database refused a person in two roles. Answer with the same Dutch sentence the domain uses
 * when it knows why (from the committed case); otherwise (the rows disagree with the aggregate, e.g.
 * written by another path) with an equivalent sentence built from the row that is in the way.
 */
async function independenceRefusal(db: Database, id: string, attempted: Case): Promise<CaseRefusedError> {
  const committed = await loadCase(db, id);
  const held = new Map(
    (await db.rows<{ personId: string; role: AssignmentRole }>(sql`select person_id as "personId", role from case_people where case_id = ${id}::uuid`)).map((r) => [r.personId, r.role]),
  );
  const clash = peopleOf(attempted).find((p) => held.has(p.personId) && held.get(p.personId) !== p.role);
  const nameOf: NameOf = await namesFor(db, { ...committed, case: attempted });
  if (!clash) return new CaseRefusedError('decides-for-client', 'Beslissen en ondersteunen mogen niet in één hand liggen; de wijziging is niet opgeslagen.');
  const domain = checkAssignment(committed.case, clash.personId, clash.role, nameOf);
  if (!domain.ok) return new CaseRefusedError(domain.error.code, domain.error.message);
  const name = nameOf(clash.personId);
  return clash.role === 'ondersteuner'
    ? new CaseRefusedError(
        'decides-for-client',
        `${name} kan niet de cliëntondersteuner van deze cliënt zijn, omdat ${name} voor deze cliënt als beslisser is vastgelegd. Beslissen en ondersteunen mogen niet in één hand liggen.`,
      )
    : new CaseRefusedError(
        'supports-client',
        `${name} kan niet beslissen over een aanvraag van deze cliënt, omdat ${name} voor deze cliënt als cliëntondersteuner is vastgelegd. Beslissen en ondersteunen mogen niet in één hand liggen.`,
      );
}
