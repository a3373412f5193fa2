import crypto from 'node:crypto';
import { sql } from '../../db/sql.ts';
import type { Database } from '../../db/client.ts';
import {
  approvalStatus,
  EMPTY_PLAN,
  PLAN_PARTY_LABELS,
  revisePlan,
  type ApprovalStatus,
  type IsoDate,
  type LifeDomain,
  type PlanAgreement,
  type PlanContent,
  type PlanParty,
  type PlanRevision,
  type PlanResult,
  type SupportPlan,
} from '../../domain/cases/index.ts';
import { CaseInputError, CaseRefusedError, CaseVersionConflictError } from './errors.ts';
import { isUuid, userNames, type Rows } from './people.ts';
import { refuseWhenBlocked } from './records.ts';
import { caseIdsIn, loadCase, refreshWorkColumns, txRows, type Executor } from './store.ts';

/**
 * The client's own support plan (eigen plan, domain support-plan.ts), one per household: the cases of
 * family members share it through `support_plan_cases`. The plan has its own version (ETag) apart from
 * the case's, because it belongs to several cases. A case without a plan reads as an empty plan,
 * version 0; the first save creates it.
 */

/** What the client sees of his plan (the resident portal shows this): names, never staff ids. */
export interface SupportPlanView {
  /** For If-Match; 0 when nothing has been saved yet. */
  version: number;
  results: { id: string; description: string; lifeDomain: LifeDomain | null }[];
  agreements: { id: string; description: string; party: PlanParty; partyLabel: string; who: string; resultIds: string[]; dueOn: IsoDate | null }[];
  /** The client's agreement, to this version (`current`) or an earlier one. */
  approval: { on: IsoDate; version: number; current: boolean } | null;
  status: ApprovalStatus;
  /** How many cases (family members) share this plan; 1 for a plan of one client. */
  householdSize: number;
  updatedOn: IsoDate | null;
  /** Display name of whoever saved the last version. */
  updatedBy: string | null;
}

interface PlanRow {
  id: string;
  content: unknown;
  approvedOn: IsoDate | null;
  approvedVersion: number | null;
  version: number;
  updatedBy: string | null;
  updatedOn: IsoDate;
  members: number;
}

const parse = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;

const planSelect = (caseId: string, lock = false) => sql`
  select p.id::text as id, p.content, p.approved_on::text as "approvedOn", p.approved_version as "approvedVersion", p.version,
         p.updated_by::text as "updatedBy", (p.updated_at at time zone 'Europe/Amsterdam')::date::text as "updatedOn",
         (select count(*)::int from support_plan_cases m where m.plan_id = p.id) as members
    from support_plans p join support_plan_cases l on l.plan_id = p.id
   where l.case_id = ${caseId}::uuid ${lock ? sql`for update of p` : sql``}`;

function toPlan(row: PlanRow): SupportPlan {
  const content = parse<PlanContent>(row.content);
  return {
    results: content.results ?? [],
    agreements: content.agreements ?? [],
    version: row.version,
    ...(row.approvedOn && row.approvedVersion !== null ? { approval: { on: row.approvedOn, version: row.approvedVersion } } : {}),
  };
}

function viewOf(plan: SupportPlan, extra: { members: number; updatedOn: IsoDate | null; updatedBy: string | null }): SupportPlanView {
  return {
    version: plan.version,
    results: plan.results.map((r) => ({ id: r.id, description: r.description, lifeDomain: r.lifeDomain ?? null })),
    agreements: plan.agreements.map((a) => ({
      id: a.id,
      description: a.description,
      party: a.party,
      partyLabel: PLAN_PARTY_LABELS[a.party],
      who: a.who,
      resultIds: [...a.resultIds],
      dueOn: a.dueOn ?? null,
    })),
    approval: plan.approval ? { ...plan.approval, current: plan.approval.version === plan.version } : null,
    status: approvalStatus(plan),
    householdSize: extra.members,
    updatedOn: extra.updatedOn,
    updatedBy: extra.updatedBy,
  };
}

async function viewOfRow(db: Rows, row: PlanRow): Promise<SupportPlanView> {
  const names = row.updatedBy ? await userNames(db, [row.updatedBy]) : new Map<string, string>();
  return viewOf(toPlan(row), { members: row.members, updatedOn: row.updatedOn, updatedBy: row.updatedBy ? (names.get(row.updatedBy) ?? null) : null });
}

/**
 * The plan of the case's household, or null when the case has none yet (or does not exist). Used by
 * the supporter's workspace and by the resident portal, which shows the client his own plan.
 */
export async function readSupportPlan(db: Database, caseId: string): Promise<SupportPlanView | null> {
  if (!isUuid(caseId)) return null;
  const [row] = await db.rows<PlanRow>(planSelect(caseId));
  return row ? viewOfRow(db, row) : null;
}

/** The plan for the supporter's workspace: an empty plan (version 0) when none was saved yet. */
export async function planForCase(db: Database, caseId: string): Promise<SupportPlanView> {
  await loadCase(db, caseId); // 404 for an unknown case
  return (await readSupportPlan(db, caseId)) ?? viewOf(EMPTY_PLAN, { members: 1, updatedOn: null, updatedBy: null });
}

export interface PlanInput {
  results: PlanResult[];
  agreements: PlanAgreement[];
  approvedOn?: IsoDate;
}

/** Is this a unique violation (23505) from either driver (also when wrapped in `cause`)? */
function isUniqueViolation(err: unknown): boolean {
  for (let e = err as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    if (e.code === '23505') return true;
  }
  return false;
}

async function createPlanIn(tx: Executor, caseId: string, municipalityCode: string, joinedOn: IsoDate): Promise<string> {
  const id = crypto.randomUUID();
  await tx.execute(sql`insert into support_plans (id, municipality_code) values (${id}::uuid, ${municipalityCode})`);
  await tx.execute(sql`insert into support_plan_cases (case_id, plan_id, joined_on) values (${caseId}::uuid, ${id}::uuid, ${joinedOn}::date)`);
  return id;
}

/**
 * Saves a new version of the household's plan. `expectedVersion` is compared with the plan's version
 * (0 for a case without a plan); the plan row is locked, so two supporters of one family cannot
 * overwrite each other. Working on the plan is support work: refused while the case is blocked.
 */
export async function saveSupportPlan(
  db: Database,
  caseId: string,
  expectedVersion: number | undefined,
  input: PlanInput,
  by: { userId: string | null; today: IsoDate },
): Promise<SupportPlanView> {
  const record = await loadCase(db, caseId);
  refuseWhenBlocked(record.case);
  const revision: PlanRevision = { results: input.results, agreements: input.agreements, ...(input.approvedOn ? { approvedOn: input.approvedOn } : {}) };
  try {
    await db.transaction(async (tx) => {
      let [row] = await txRows<PlanRow>(tx, planSelect(caseId, true));
      if (!row) {
        if (expectedVersion !== undefined && expectedVersion !== 0) throw new CaseVersionConflictError();
        await createPlanIn(tx, caseId, record.municipalityCode, by.today);
        [row] = await txRows<PlanRow>(tx, planSelect(caseId, true));
      }
      const current = toPlan(row!);
      if (expectedVersion !== undefined && expectedVersion !== current.version) throw new CaseVersionConflictError();
      const next = revisePlan(current, revision, by.today);
      if (!next.ok) throw CaseInputError.of(next.error);
      const plan = next.value;
      const content = JSON.stringify({ results: plan.results, agreements: plan.agreements });
      const written = await txRows(
        tx,
        sql`update support_plans set content = ${content}::jsonb, approved_on = ${plan.approval?.on ?? null}::date,
          approved_version = ${plan.approval?.version ?? null}::int, version = ${plan.version}, updated_by = ${by.userId}::uuid, updated_at = now()
          where id = ${row!.id}::uuid and version = ${current.version} returning id`,
      );
      if (written.length === 0) throw new CaseVersionConflictError();
      await tx.execute(sql`insert into support_plan_versions (plan_id, version, content, approved_on, approved_version, saved_by)
        values (${row!.id}::uuid, ${plan.version}, ${content}::jsonb, ${plan.approval?.on ?? null}::date, ${plan.approval?.version ?? null}::int, ${by.userId}::uuid)`);
      // The plan's agreement dates are deadlines on the work list of every member of the household.
      await refreshWorkColumns(tx, sql`x.id in (select case_id from support_plan_cases where plan_id = ${row!.id}::uuid)`);
    });
  } catch (err) {
    // Two first saves for one case at once: the loser finds the plan the winner created.
    if (isUniqueViolation(err)) throw new CaseVersionConflictError();
    throw err;
  }
  return (await readSupportPlan(db, caseId))!;
}

const isEmpty = (row: PlanRow): boolean => {
  const plan = toPlan(row);
  return plan.results.length === 0 && plan.agreements.length === 0;
};

/**
 * One family, one plan: the case joins the household of `otherCaseId` (same municipality only) and
 * from then on shares its plan. When the other case has no plan yet, this case's plan becomes theirs
 * together. Two plans that both have content are never merged by guessing: that is refused, and the
 * supporter first empties one of them.
 */
export async function joinHousehold(db: Database, caseId: string, otherCaseId: string, today: IsoDate): Promise<SupportPlanView> {
  const record = await loadCase(db, caseId);
  const unknownOther = () =>
    new CaseInputError('body.dossierId', 'unknown', 'Er is geen ander dossier met dit id in dezelfde gemeente. Een huishouden kan alleen dossiers van één gemeente bevatten.');
  if (!isUuid(otherCaseId) || otherCaseId === caseId) throw unknownOther();
  const [other] = await db.rows<{ code: string }>(sql`select municipality_code as code from cases where id = ${otherCaseId}::uuid and anonymised_at is null`);
  if (!other || other.code !== record.municipalityCode) throw unknownOther();
  try {
    await db.transaction(async (tx) => {
      const [mine] = await txRows<PlanRow>(tx, planSelect(caseId, true));
      const [theirs] = await txRows<PlanRow>(tx, planSelect(otherCaseId, true));
      if (mine && theirs && mine.id === theirs.id) return; // already one household
      if (!theirs) {
        const planId = mine?.id ?? (await createPlanIn(tx, caseId, record.municipalityCode, today));
        await tx.execute(sql`insert into support_plan_cases (case_id, plan_id, joined_on) values (${otherCaseId}::uuid, ${planId}::uuid, ${today}::date)`);
        await refreshWorkColumns(tx, caseIdsIn([caseId, otherCaseId]));
        return;
      }
      if (mine) {
        if (mine.members > 1 || !isEmpty(mine)) {
          throw new CaseRefusedError(
            'household-has-plan',
            'Beide dossiers hebben al een eigen plan. Plannen worden niet automatisch samengevoegd: neem de afspraken over in één plan, maak het andere leeg en koppel dan opnieuw.',
          );
        }
        await tx.execute(sql`delete from support_plan_cases where case_id = ${caseId}::uuid`);
        await tx.execute(sql`delete from support_plans where id = ${mine.id}::uuid`);
      }
      await tx.execute(sql`insert into support_plan_cases (case_id, plan_id, joined_on) values (${caseId}::uuid, ${theirs.id}::uuid, ${today}::date)`);
      await refreshWorkColumns(tx, caseIdsIn([caseId, otherCaseId]));
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new CaseVersionConflictError();
    throw err;
  }
  return (await readSupportPlan(db, caseId))!;
}
