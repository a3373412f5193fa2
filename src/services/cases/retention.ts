import { sql, type SQL } from '../../db/sql.ts';
import { inTransaction, type Database } from '../../db/client.ts';
import { ANONYMISED, DEFAULT_RETENTION_YEARS, type IsoDate } from '../../domain/cases/index.ts';
import { recordAudit } from '../audit/log.ts';
import { clientSubjects } from '../audit/pseudonym.ts';
import { dutchDate } from '../monitor/escalations.ts';
import { txRows, type Executor } from './store.ts';

/**
 * Retention (bewaartermijn, domain retention.ts): a case closed longer than the retention period ago
 * loses everything that points to a person — the client's name, contact details, network,
 * representative, what consents were about and with whom, the household plan's texts, the BSN, the text of notes, referrals and objections, and the name of
 * a MEE supporter — in set-based statements, all in one transaction. What accountability counts
 * stays: questions, steps and dates, self-direction, life domains, age category, target groups.
 * The audit log gets one row per case, under the client's pseudonym only.
 */
export interface RetentionSettings {
  years: number;
  /** When the daily job runs (cron, Dutch time; services/jobs/retention-job.ts). */
  cron: string;
}

/** 02:30 at night: after the day's work, before the next. */
export const DEFAULT_RETENTION_CRON = '30 2 * * *';

function positive(value: string | undefined, fallback: number, name: string, integer: boolean): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!(n > 0) || (integer && !Number.isInteger(n))) throw new Error(`${name} moet een ${integer ? 'geheel ' : ''}getal groter dan 0 zijn, niet "${value}".`);
  return n;
}

/** Five fields, each digits, `*`, ranges, lists or steps; pg-boss checks the rest when scheduling. */
function cronOf(value: string | undefined): string {
  if (value === undefined || value.trim() === '') return DEFAULT_RETENTION_CRON;
  const cron = value.trim();
  if (!/^([0-9*,/-]+\s+){4}[0-9*,/-]+$/.test(cron)) throw new Error(`NAAST_RETENTION_CRON moet een cron-uitdrukking van vijf velden zijn (bijvoorbeeld "30 2 * * *"), niet "${value}".`);
  return cron;
}

export function retentionSettings(env: NodeJS.ProcessEnv = process.env): RetentionSettings {
  return {
    years: positive(env.NAAST_RETENTION_YEARS, DEFAULT_RETENTION_YEARS, 'NAAST_RETENTION_YEARS', true),
    cron: cronOf(env.NAAST_RETENTION_CRON),
  };
}

/** Closed, not yet anonymised, and closed on or before `today` minus the period (29 February → 28 February, as the domain). */
const due = (today: IsoDate, years: number): SQL =>
  sql`select id from cases where anonymised_at is null and closed_on is not null and (closed_on + make_interval(years => ${years}::int))::date <= ${today}::date`;

/**
 * The household plan (support-plan.ts) is the family's: while another member's case is still kept, the
 * plan stays and only the anonymised case leaves the household; when the last member goes, the
 * plan's texts (every version) go too.
 */
async function anonymisePlans(tx: Executor, set: SQL): Promise<void> {
  const lastMembersGo = sql`select l.plan_id from support_plan_cases l where l.case_id in (${set})
    and not exists (select 1 from support_plan_cases o join cases c on c.id = o.case_id
                     where o.plan_id = l.plan_id and c.anonymised_at is null and c.id not in (${set}))`;
  const empty = sql`'{"results": [], "agreements": []}'::jsonb`;
  await tx.execute(sql`update support_plan_versions set content = ${empty}, saved_by = null where plan_id in (${lastMembersGo})`);
  await tx.execute(sql`update support_plans set content = ${empty}, updated_by = null, updated_at = now() where id in (${lastMembersGo})`);
  await tx.execute(sql`delete from support_plan_cases l where l.case_id in (${set}) and l.plan_id not in (${lastMembersGo})`);
}

/** Anonymises every case that is due; returns how many. */
export async function anonymiseDueCases(db: Database, options: { today?: IsoDate; years?: number } = {}): Promise<number> {
  const today = options.today ?? dutchDate(new Date());
  const years = options.years ?? retentionSettings().years;
  if (!Number.isInteger(years) || years < 1) throw new RangeError(`De bewaartermijn moet een geheel aantal jaren ≥ 1 zijn (gekregen: ${years}).`);
  const ids = await db.transaction(async (tx) => {
    const set = due(today, years);
    await tx.execute(sql`update case_notes set body = '' where case_id in (${set})`);
    await tx.execute(sql`update case_referrals set reason = '', outcome_note = '' where case_id in (${set})`);
    await tx.execute(sql`update case_objections set subject = ${ANONYMISED}, outcome_note = '' where case_id in (${set})`);
    await tx.execute(sql`update case_mee_transitions set mee_supporter_name = ${ANONYMISED} where case_id in (${set})`);
    // Consent records stay (that a consent existed, and when), without what or with whom.
    await tx.execute(sql`update case_consents set subject = ${ANONYMISED}, recipient = ${ANONYMISED}, note = '' where case_id in (${set})`);
    await anonymisePlans(tx, set);
    const rows = await txRows<{ id: string }>(
      tx,
      sql`update cases set
        client_name = ${ANONYMISED}, bsn = null, question_summary = '',
        client = jsonb_build_object('name', ${ANONYMISED}::text, 'phone', null, 'email', null, 'address', null,
          'targetGroups', coalesce(client -> 'targetGroups', '[]'::jsonb), 'network', '[]'::jsonb, 'representative', null,
          'informalSupporters', (select coalesce(jsonb_agg(s || jsonb_build_object('name', ${ANONYMISED}::text, 'phone', null)), '[]'::jsonb)
                                   from jsonb_array_elements(coalesce(client -> 'informalSupporters', '[]'::jsonb)) s)),
        aggregate = jsonb_set(aggregate, '{replacementRequests}',
          (select coalesce(jsonb_agg(r - 'reason'), '[]'::jsonb) from jsonb_array_elements(coalesce(aggregate -> 'replacementRequests', '[]'::jsonb)) r)),
        anonymised_at = now(), updated_at = now(), version = version + 1
       where id in (${set}) returning id::text as id`,
    );
    const ids = rows.map((r) => r.id);
    // The anonymisation and its audit rows commit together (issue 18 §1).
    if (ids.length > 0) {
      const inside = inTransaction(db, tx);
      const subjects = await clientSubjects(inside, ids);
      const entries = await Promise.all(
        ids.map(async (id) => ({
          actorUserId: null,
          actorRole: null,
          actorOrganisation: null,
          ...subjects.get(id)!,
          activity: 'dossier',
          purpose: `bewaartermijn van ${years} jaar verstreken: geanonimiseerd (AVG art. 5 lid 1 onder e)`,
          action: 'verwijderen' as const,
          outcome: 'toegestaan' as const,
          requestId: null,
          traceId: null,
        })),
      );
      await recordAudit(tx, entries);
    }
    return ids;
  });
  return ids.length;
}
