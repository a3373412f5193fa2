import { sql, type SQL } from '../../db/sql.ts';
import type { Database } from '../../db/client.ts';
import { addDays, type Bsn, type Case, type IsoDate, type Step, type SupporterAssignment } from '../../domain/cases/index.ts';
import type { InformalSupporter } from './client.ts';
import { objectionsOf, type ObjectionRecord } from './objections.ts';
import { userNames } from './people.ts';

/**
 * Work lists, search and caseload over the municipalities the caller works for. They read the columns
 * derived on every save (store.ts), so no query has to open the aggregate to filter.
 */

export const WORK_LISTS = ['mijn', 'ongetoewezen', 'termijnen', 'alle'] as const;
export type WorkListKind = (typeof WORK_LISTS)[number];

export interface CaseSummary {
  id: string;
  municipalityCode: string;
  clientName: string;
  supporter: { id: string; name: string; kind: SupporterAssignment['kind'] } | null;
  openedOn: IsoDate;
  closedOn: IsoDate | null;
  blocked: boolean;
  questions: { id: string; step: Step }[];
  /** Statutory periods that still run (nothing filed yet), soonest first. */
  deadlines: ObjectionRecord[];
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
}

const parse = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;
const inList = (values: readonly string[]) => sql.join(values.map((v) => sql`${v}`), sql`, `);

/** Capped: a list longer than this is no work list any more, and the caller pages through it anyway. */
const MAX_ROWS = 2000;

async function summaries(db: Database, where: SQL, order: SQL, today: IsoDate): Promise<CaseSummary[]> {
  const rows = await db.rows<SummaryRow>(sql`
    select c.id::text as id, c.municipality_code as "municipalityCode", c.client_name as "clientName", c.opened_on::text as "openedOn",
           c.closed_on::text as "closedOn", c.blocked, c.aggregate, c.client -> 'informalSupporters' as informal
      from cases c where c.anonymised_at is null and ${where} order by ${order}, c.id limit ${MAX_ROWS}`);
  const aggregates = rows.map((r) => parse<Case>(r.aggregate));
  const users = await userNames(db, aggregates.flatMap((c) => (c.supporter ? [c.supporter.personId] : [])));
  const running = (await objectionsOf(db, rows.map((r) => r.id), today)).filter((o) => o.running);
  return rows.map((row, i) => {
    const c = aggregates[i]!;
    const informal = parse<InformalSupporter[] | null>(row.informal) ?? [];
    const s = c.supporter;
    const name = s ? (users.get(s.personId) ?? informal.find((x) => x.id === s.personId)?.name ?? 'Onbekende medewerker') : '';
    return {
      id: row.id,
      municipalityCode: row.municipalityCode,
      clientName: row.clientName,
      supporter: s ? { id: s.personId, name, kind: s.kind } : null,
      openedOn: row.openedOn,
      closedOn: row.closedOn,
      blocked: row.blocked,
      questions: c.questions.map((q) => ({ id: q.id, step: q.step })),
      deadlines: running.filter((o) => o.caseId === row.id),
    };
  });
}

export interface WorkListQuery {
  municipalities: readonly string[];
  kind: WorkListKind;
  userId: string;
  step?: Step | undefined;
  today: IsoDate;
  /** For `termijnen`: periods whose last day is at most this many days away (lapsed ones included). */
  withinDays: number;
}

/**
 * mijn: open cases I support; ongetoewezen: open cases without a supporter, longest waiting first;
 * termijnen: cases with a period that ends soon or has lapsed, soonest first; alle: every open case.
 * Each can be narrowed to the cases with a question at one step.
 */
export async function workList(db: Database, q: WorkListQuery): Promise<CaseSummary[]> {
  if (q.municipalities.length === 0) return [];
  const step = q.step ? sql`and ${q.step} = any(c.open_steps)` : sql``;
  const base = sql`c.municipality_code in (${inList(q.municipalities)}) ${step}`;
  const soonest = sql`(select min(o.deadline_on) from case_objections o where o.case_id = c.id and o.filed_on is null and o.outcome is null)`;
  switch (q.kind) {
    case 'mijn':
      return summaries(db, sql`${base} and c.closed_on is null and c.supporter_id = ${q.userId}`, sql`c.blocked desc, c.opened_on`, q.today);
    case 'ongetoewezen':
      return summaries(db, sql`${base} and c.closed_on is null and c.supporter_id is null`, sql`c.opened_on`, q.today);
    case 'termijnen':
      return summaries(db, sql`${base} and ${soonest} <= ${addDays(q.today, q.withinDays)}::date`, sql`${soonest}`, q.today);
    case 'alle':
      return summaries(db, sql`${base} and c.closed_on is null`, sql`c.opened_on`, q.today);
  }
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
export async function searchCases(db: Database, s: CaseSearch, today: IsoDate): Promise<CaseSummary[]> {
  if (s.municipalities.length === 0) return [];
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
  return summaries(db, where, sql`c.client_name, c.opened_on`, today);
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
