import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { listMunicipalities } from '../../db/register/queries.ts';
import { summarise, type MonitoredMunicipality, type RoundSummary } from '../../domain/monitor/summary.ts';
import { summarySentences } from '../../domain/monitor/sentences.ts';
import { currentResponses } from './responses.ts';
import { listRounds, requireRound, type Round } from './rounds.ts';

export async function roundMunicipalities(db: Database, round: Round): Promise<MonitoredMunicipality[]> {
  return (await listMunicipalities(db, { divisionYear: round.divisionYear })).map((m) => ({
    code: m.code,
    name: m.name,
    youthRegion: { code: m.youthRegionCode, name: m.youthRegionName },
    mee: { code: m.meeCode, name: m.meeName },
  }));
}

type SummaryResult = { round: Round; summary: RoundSummary; sentences: string[] };
const summaries = new WeakMap<Database, Map<string, { stamp: string; value: SummaryResult }>>();

/**
 * The national summary of a round, cached until the round's answers change. Answers are only ever
 * appended (every save is a new version), so their count and newest save time identify the state.
 */
export async function roundSummary(db: Database, roundId: string): Promise<SummaryResult> {
  const [row] = await db.rows<{ stamp: string }>(sql`
    select count(*)::text || '/' || coalesce(max(saved_at)::text, '') as stamp from monitor_responses where round_id = ${roundId}`);
  let perDb = summaries.get(db);
  if (!perDb) summaries.set(db, (perDb = new Map()));
  const cached = perDb.get(roundId);
  if (cached && cached.stamp === row!.stamp) return cached.value;
  const value = await computeRoundSummary(db, roundId);
  perDb.set(roundId, { stamp: row!.stamp, value });
  return value;
}

async function computeRoundSummary(db: Database, roundId: string): Promise<SummaryResult> {
  const round = await requireRound(db, roundId);
  const responses = await currentResponses(db, round.id, true);
  const summary = summarise(await roundMunicipalities(db, round), responses, { contractsDue: round.contractsDue });
  return { round, summary, sentences: summarySentences(summary, round.referenceDate) };
}

/** Stage shares and response rate per round, for the trend chart. */
export async function trend(db: Database): Promise<{ round: Round; summary: RoundSummary }[]> {
  const rounds = await listRounds(db);
  return Promise.all(rounds.map(async (r) => ({ round: r, summary: (await roundSummary(db, r.id)).summary })));
}
