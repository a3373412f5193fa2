import { sql } from '../../db/sql.ts';
import type { Database } from '../../db/client.ts';
import type { Stage } from '../../domain/monitor/questionnaire.ts';

export interface MonthPoint {
  /** Calendar month in Dutch time, "2014-10". */
  month: string;
  roundId: string;
  /** Current answers of this round that were given in this month. */
  answers: number;
  byStage: Partial<Record<Stage, number>>;
}

/**
 * The monthly trend (issue 20 §5): each municipality's current answer of each round, counted in the
 * calendar month in which it was given. "Given" is the submission of the answer that is current now: a
 * later acceptance or request for clarification copies the answers and does not move them. The month is
 * taken in Dutch time (Europe/Amsterdam): an answer at 00:30 on 1 November is a November answer, even
 * though it is still 31 October in UTC. So an October round's answers that came in November are
 * November answers, not October ones.
 */
export async function monthlyTrend(db: Database): Promise<MonthPoint[]> {
  const rows = await db.rows<{ month: string; roundId: string; stage: Stage | null; n: number }>(sql`
    with versions as (
      select round_id, municipality_code, version, status, stage,
             max(submitted_at) over (partition by round_id, municipality_code order by version) as given_at
        from monitor_responses
    ), current as (
      select distinct on (round_id, municipality_code) round_id, stage, given_at
        from versions
       where status <> 'concept'
       order by round_id, municipality_code, version desc
    )
    select to_char(given_at at time zone 'Europe/Amsterdam', 'YYYY-MM') as month, round_id as "roundId", stage, count(*)::int as n
      from current
     where given_at is not null
     group by 1, 2, 3
     order by 1, 2, 3`);
  const points = new Map<string, MonthPoint>();
  for (const r of rows) {
    const key = `${r.month}|${r.roundId}`;
    let point = points.get(key);
    if (!point) points.set(key, (point = { month: r.month, roundId: r.roundId, answers: 0, byStage: {} }));
    point.answers += r.n;
    if (r.stage) point.byStage[r.stage] = (point.byStage[r.stage] ?? 0) + r.n;
  }
  return [...points.values()];
}
