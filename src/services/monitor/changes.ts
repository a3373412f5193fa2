import { sql } from '../../db/sql.ts';
import type { Database } from '../../db/client.ts';
import { STAGES, type Stage } from '../../domain/monitor/questionnaire.ts';
import { listRounds, requireRound, type Round } from './rounds.ts';

/** A municipality's state in a round: its stage, or no (submitted) answer at all. */
export type RoundStatus = Stage | 'geen_antwoord';
export const ROUND_STATUSES: readonly RoundStatus[] = [...STAGES, 'geen_antwoord'];

export interface RoundChanges {
  round: Round;
  /** The round with the latest reference date before this one; null for the first round. */
  previous: Round | null;
  municipalities: number;
  /** Per status: how many municipalities have it now and had it in the previous round. */
  counts: { status: RoundStatus; now: number; before: number }[];
  /** Municipalities whose status differs from the previous round, by name. */
  changed: { code: string; name: string; before: RoundStatus; now: RoundStatus }[];
}

/**
 * What changed since the previous round (issue 20 §2): for every municipality of this round's division,
 * its current submitted stage here and in the previous round, in one set-based query. A concept does not
 * count (as in the national summary); a municipality that did not exist in the previous round's
 * division simply had no answer there.
 */
export async function roundChanges(db: Database, roundId: string): Promise<RoundChanges> {
  const round = await requireRound(db, roundId);
  const previous = (await listRounds(db)).filter((r) => r.referenceDate < round.referenceDate).at(-1) ?? null;
  const rows = await db.rows<{ code: string; name: string; now: RoundStatus; before: RoundStatus }>(sql`
    with latest as (
      select distinct on (round_id, municipality_code) round_id, municipality_code, stage
        from monitor_responses
       where round_id in (${round.id}, ${previous?.id ?? null}) and status <> 'concept'
       order by round_id, municipality_code, version desc
    )
    select m.code, m.name,
           coalesce(n.stage, 'geen_antwoord') as now,
           coalesce(b.stage, 'geen_antwoord') as before
      from division_members d
      join municipalities m on m.code = d.municipality_code
      left join latest n on n.round_id = ${round.id} and n.municipality_code = m.code
      left join latest b on b.round_id = ${previous?.id ?? null} and b.municipality_code = m.code
     where d.division_year = ${round.divisionYear}
     order by m.name collate "C"`);
  const count = (status: RoundStatus, side: 'now' | 'before') => rows.filter((r) => r[side] === status).length;
  return {
    round,
    previous,
    municipalities: rows.length,
    counts: ROUND_STATUSES.map((status) => ({ status, now: count(status, 'now'), before: previous ? count(status, 'before') : 0 })),
    changed: previous ? rows.filter((r) => r.now !== r.before) : [],
  };
}
