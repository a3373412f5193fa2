import { sql, type SQL } from '../../db/sql.ts';
import type { Database } from '../../db/client.ts';
import { addDays, daysBetween, nextStepOf, type Bsn, type Case, type IsoDate, type Step, type SupporterAssignment } from '../../domain/cases/index.ts';
import type { InformalSupporter } from './client.ts';
import { objectionsOf, type ObjectionRecord } from './objections.ts';
import { userNames } from './people.ts';

/**
 * Work lists, search and caseload over the municipalities the caller works for. They read the columns
 * derived on every save (store.ts, migration 0024), so filtering, ordering and paging are done by the
 * database in one indexed query, and only the rows of the page are read.
 */

export const WORK_LISTS = ['mijn', 'ongetoewezen', 'termijnen', 'alle'] as const;
export type WorkListKind = (typeof WORK_LISTS)[number];

/**
 * What the next deadline is: an objection or appeal period (Awb 6:7 and 6:8, Algemene termijnenwet) or
 * the date of an agreement in the client's plan that no contact has followed up yet (store.ts).
 */
export const DEADLINE_KINDS = ['bezwaartermijn', 'beroepstermijn', 'afspraak'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export interface NextDeadline {
  on: IsoDate;
  kind: DeadlineKind;
  /** Negative once it has passed. */
  daysLeft: number;
  lapsed: boolean;
}

export interface CaseSummary {
  id: string;
  municipalityCode: string;
  clientName: string;
  supporter: { id: string; name: string; kind: SupporterAssignment['kind'] } | null;
  openedOn: IsoDate;
  closedOn: IsoDate | null;
  blocked: boolean;
  /** Every question with its step and the step it normally takes next (null once closed). */
  questions: { id: string; step: Step; nextStep: Step | null }[];
  /** The client's own words of the open questions, shortened. */
  questionSummary: string;
  lastContactOn: IsoDate | null;
  nextDeadline: NextDeadline | null;
  /** Statutory periods that still run (nothing filed yet), soonest first. */
  deadlines: ObjectionRecord[];
}

export interface Paging {
  page: number;
  pageSize: number;
}

export interface Page<T> {
  items: T[];
  total: number;
}

interface SummaryRow {
  id: string;
  municipalityCode: string;
  clientName: string;
  openedOn: IsoDate;
  closedOn: IsoDate | null;
  blocked: boolean;
  aggregate: unknown;
  informal: unknown;
  questionSummary: string;
  lastContactOn: IsoDate | null;
  nextDeadlineOn: IsoDate | null;
  nextDeadlineKind: DeadlineKind | null;
}

const parse = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;
const inList = (values: readonly string[]) => sql.join(values.map((v) => sql`${v}`), sql`, `);

/** Overdue first (the earliest dates), then the nearest deadline, then the longest without contact. */
const URGENCY = sql`c.next_deadline_on, c.last_contact_on, c.id`;

/**
 * One page of cases: a count and one query for the rows of the page; the supporters' names and the
 * running periods of those rows are one query each (no query per row).
 */
async function summaries(db: Database, where: SQL, order: SQL, today: IsoDate, paging: Paging): Promise<Page<CaseSummary>> {
  const scope = sql`from cases c where c.anonymised_at is null and ${where}`;
  const [count] = await db.rows<{ total: number }>(sql`select count(*)::int as total ${scope}`);
  const rows = await db.rows<SummaryRow>(sql`
    select c.id::text as id, c.municipality_code as "municipalityCode", c.client_name as "clientName", c.opened_on::text as "openedOn",
           c.closed_on::text as "closedOn", c.blocked, c.aggregate, c.client -> 'informalSupporters' as informal,
           c.question_summary as "questionSummary", c.last_contact_on::text as "lastContactOn",
           c.next_deadline_on::text as "nextDeadlineOn", c.next_deadline_kind as "nextDeadlineKind"
      ${scope} order by ${order} limit ${paging.pageSize} offset ${(paging.page - 1) * paging.pageSize}`);
  const aggregates = rows.map((r) => parse<Case>(r.aggregate));
  const users = await userNames(db, aggregates.flatMap((c) => (c.supporter ? [c.supporter.personId] : [])));
  const running = (await objectionsOf(db, rows.map((r) => r.id), today, 'running')).filter((o) => o.running);
  const runningByCase = new Map<string, ObjectionRecord[]>();
  for (const o of running) {
    const list = runningByCase.get(o.caseId);
    if (list) list.push(o);
    else runningByCase.set(o.caseId, [o]);
  }
  const items = rows.map((row, i) => {
    const c = aggregates[i]!;
    const informal = parse<InformalSupporter[] | null>(row.informal) ?? [];
    const s = c.supporter;
    const name = s ? (users.get(s.personId) ?? informal.find((x) => x.id === s.personId)?.name ?? 'Onbekende medewerker') : '';
    const daysLeft = row.nextDeadlineOn ? daysBetween(today, row.nextDeadlineOn) : null;
    return {
      id: row.id,
      municipalityCode: row.municipalityCode,
      clientName: row.clientName,
      supporter: s ? { id: s.personId, name, kind: s.kind } : null,
      openedOn: row.openedOn,
      closedOn: row.closedOn,
      blocked: row.blocked,
      questions: c.questions.map((q) => ({ id: q.id, step: q.step, nextStep: nextStepOf(q.step) })),
      questionSummary: row.questionSummary,
      lastContactOn: row.lastContactOn,
      nextDeadline:
        row.nextDeadlineOn && row.nextDeadlineKind && daysLeft !== null
          ? { on: row.nextDeadlineOn, kind: row.nextDeadlineKind, daysLeft, lapsed: daysLeft < 0 }
          : null,
      deadlines: runningByCase.get(row.id) ?? [],
    };
  });
  return { items, total: count?.total ?? 0 };
}

export interface WorkListQuery {
  municipalities: readonly string[];
  kind: WorkListKind;
  userId: string;
  /** Only the cases of this municipality (one of `municipalities`; another one gives an empty list). */
  municipality?: string | undefined;
  step?: Step | undefined;
  today: IsoDate;
  /**
   * Only cases whose next deadline is at most this many days away (passed ones included). The
   * `termijnen` list always has such a bound (the API's default); the other lists only when asked.
   */
  withinDays?: number | undefined;
  paging: Paging;
}

/**
 * mijn: open cases I support; ongetoewezen: open cases without a supporter; termijnen: cases with a
 * deadline that ends soon or has passed (a closed case too: an objection can follow its last step);
 * alle: every open case. All in order of urgency (URGENCY), narrowed by municipality, step and deadline.
 */
export async function workList(db: Database, q: WorkListQuery): Promise<Page<CaseSummary>> {
  const scope = q.municipality ? q.municipalities.filter((m) => m === q.municipality) : q.municipalities;
  if (scope.length === 0) return { items: [], total: 0 };
  const filters: SQL[] = [sql`c.municipality_code in (${inList(scope)})`];
  if (q.step) filters.push(sql`${q.step} = any(c.open_steps)`);
  if (q.withinDays !== undefined) filters.push(sql`c.next_deadline_on <= ${addDays(q.today, q.withinDays)}::date`);
  if (q.kind !== 'termijnen') filters.push(sql`c.closed_on is null`);
  if (q.kind === 'mijn') filters.push(sql`c.supporter_id = ${q.userId}`);
  if (q.kind === 'ongetoewezen') filters.push(sql`c.supporter_id is null`);
  if (q.kind === 'termijnen') filters.push(sql`c.next_deadline_on is not null`);
  return summaries(db, sql.join(filters, sql` and `), URGENCY, q.today, q.paging);
}

export interface CaseSearch {
  municipalities: readonly string[];
  name?: string | undefined;
  step?: Step | undefined;
  supporterId?: string | undefined;
  /** Only ever from a POST body: a BSN in a URL ends up in access logs and browser history. */
  bsn?: Bsn | null | undefined;
  onlyOpen: boolean;
}

/** Name fragments match anywhere in the name, case-insensitively; `%` and `_` are taken literally. */
export async function searchCases(db: Database, s: CaseSearch, today: IsoDate, paging: Paging): Promise<Page<CaseSummary>> {
  if (s.municipalities.length === 0) return { items: [], total: 0 };
  const fragment = s.name?.trim().toLowerCase().replace(/[\\%_]/g, (m) => `\\${m}`);
  const where = sql.join(
    [
      sql`c.municipality_code in (${inList(s.municipalities)})`,
      ...(fragment ? [sql`lower(c.client_name) like ${`%${fragment}%`} escape '\\'`] : []),
      ...(s.step ? [sql`${s.step} = any(c.open_steps)`] : []),
      ...(s.supporterId ? [sql`c.supporter_id = ${s.supporterId}`] : []),
      ...(s.bsn ? [sql`c.bsn = ${s.bsn}`] : []),
      ...(s.onlyOpen ? [sql`c.closed_on is null`] : []),
    ],
    sql` and `,
  );
  return summaries(db, where, sql`c.client_name, c.opened_on, c.id`, today, paging);
}

export interface CaseloadRow {
  supporter: { id: string; name: string };
  municipalityCode: string;
  openCases: number;
  openQuestions: number;
  blockedCases: number;
}

/** Open cases and questions per professional supporter, including those with none (for assigning). */
export async function caseload(db: Database, municipalities: readonly string[]): Promise<CaseloadRow[]> {
  if (municipalities.length === 0) return [];
  const rows = await db.rows<{ id: string; name: string; municipalityCode: string; openCases: number; openQuestions: number; blockedCases: number }>(sql`
    select u.id::text as id, u.display_name as name, g.organisation_code as "municipalityCode",
           count(c.id)::int as "openCases", coalesce(sum(oq.n), 0)::int as "openQuestions",
           count(c.id) filter (where c.blocked)::int as "blockedCases"
      from role_assignments g
      join users u on u.id = g.user_id and not u.disabled
      left join cases c on c.supporter_id = u.id::text and c.municipality_code = g.organisation_code and c.closed_on is null and c.anonymised_at is null
      left join lateral (select count(*) as n from jsonb_array_elements(c.aggregate -> 'questions') q where q ->> 'step' <> 'afgesloten') oq on true
     where g.role = 'clientondersteuner' and g.organisation_kind = 'gemeente' and g.organisation_code in (${inList(municipalities)})
     group by u.id, u.display_name, g.organisation_code
     order by g.organisation_code, u.display_name, u.id`);
  return rows.map(({ id, name, ...rest }) => ({ supporter: { id, name }, ...rest }));
}
