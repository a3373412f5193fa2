import { sql } from '../../db/sql.ts';
import type { Database } from '../../db/client.ts';
import type { ResponseStatus } from '../../domain/monitor/status.ts';

export type EscalationReason = 'geescaleerd' | 'toelichting_verlopen';

export interface Escalation {
  round: { id: string; name: string };
  municipality: { code: string; name: string };
  reasons: EscalationReason[];
  supportTeam: string | null;
  clarificationDeadline: string | null;
  status: ResponseStatus;
}

// Built once: constructing a DateTimeFormat costs a few tenths of a millisecond, and this runs on every case request.
const DUTCH_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in the Netherlands (a deadline is a Dutch calendar day), as `YYYY-MM-DD`. */
export function dutchDate(now: Date): string {
  return DUTCH_DAY.format(now);
}

/**
 * The ministry's escalation list over all rounds: municipalities escalated by hand, and those whose
 * clarification deadline has passed without a new submission (or acceptance) since clarification
 * was last asked — or, when it never was, without any submission at all.
 */
export async function escalationList(db: Database, today: string = dutchDate(new Date())): Promise<Escalation[]> {
  const rows = await db.rows<{
    roundId: string;
    roundName: string;
    code: string;
    name: string;
    supportTeam: string | null;
    clarificationDeadline: string | null;
    escalated: boolean;
    overdue: boolean;
    status: ResponseStatus | null;
  }>(sql`
    select * from (
      select f.round_id as "roundId", r.name as "roundName", f.municipality_code as code, m.name,
             f.support_team as "supportTeam", f.clarification_deadline::text as "clarificationDeadline", f.escalated,
             (f.clarification_deadline < ${today}::date and not exists (
                select 1 from monitor_responses v
                 where v.round_id = f.round_id and v.municipality_code = f.municipality_code
                   and v.status in ('ingediend', 'geaccepteerd')
                   and v.saved_at > coalesce((select max(e.occurred_at) from monitor_followup_events e
                                               where e.round_id = f.round_id and e.municipality_code = f.municipality_code
                                                 and e.kind = 'toelichting_gevraagd'), '-infinity'::timestamptz))) as overdue,
             (select v.status from monitor_responses v where v.round_id = f.round_id and v.municipality_code = f.municipality_code
               order by v.version desc limit 1) as status,
             r.reference_date
        from monitor_followups f
        join monitor_rounds r on r.id = f.round_id
        join municipalities m on m.code = f.municipality_code
    ) x
    where x.escalated or coalesce(x.overdue, false)
    order by x.reference_date, x.name collate "C"`);
  return rows.map((r) => ({
    round: { id: r.roundId, name: r.roundName },
    municipality: { code: r.code, name: r.name },
    reasons: [...(r.escalated ? ['geescaleerd' as const] : []), ...(r.overdue ? ['toelichting_verlopen' as const] : [])],
    supportTeam: r.supportTeam,
    clarificationDeadline: r.clarificationDeadline,
    status: r.status ?? 'niet_gestart',
  }));
}
