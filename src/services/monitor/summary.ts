import { sql } from '../../db/sql.ts';
import type { Database } from '../../db/client.ts';
import { listMunicipalities } from '../../db/register/queries.ts';
import { summarise, type MonitoredMunicipality, type RoundSummary } from '../../domain/monitor/summary.ts';
import { summarySentences } from '../../domain/monitor/sentences.ts';
import { currentResponses } from './responses.ts';
import { listRounds, requireRound, type Round } from './rounds.ts';
import { reusedWhileUnchanged } from '../freshness.ts';

export async function roundMunicipalities(db: Database, round: Round): Promise<MonitoredMunicipality[]> {
  return (await listMunicipalities(db, { divisionYear: round.divisionYear })).map((m) => ({
    code: m.code,
    name: m.name,
    youthRegion: { code: m.youthRegionCode, name: m.youthRegionName },
    mee: { code: m.meeCode, name: m.meeName },
  }));
}

export type SummaryResult = { round: Round; summary: RoundSummary; sentences: string[] };

interface RoundCache {
  /** The freshness check, coalesced over concurrent requests (services/freshness.ts). */
  stamp: () => Promise<string>;
  entry: { stamp: string; value: Promise<SummaryResult> } | null;
}
const summaries = new WeakMap<Database, Map<string, RoundCache>>();

/**
 * How long a freshness check is trusted when this process wrote nothing since (services/freshness.ts):
 * answers saved by another process show up in the summary after at most this long.
 */
export const OTHER_WRITERS_LAG_MS = 100;

/**
 * The national summary of a round, cached until the round's answers change (answersStamp). That
 * check is one small query per batch of concurrent requests, and none at all while this process
 * wrote nothing since the last one (at most OTHER_WRITERS_LAG_MS ago); the summary itself is computed
 * once per state (concurrent requests share the computation). The result is shared: do not mutate.
 */
export async function roundSummary(db: Database, roundId: string): Promise<SummaryResult> {
  let perDb = summaries.get(db);
  if (!perDb) summaries.set(db, (perDb = new Map()));
  let round = perDb.get(roundId);
  if (!round) {
    round = { stamp: reusedWhileUnchanged(() => answersStamp(db, roundId), OTHER_WRITERS_LAG_MS), entry: null };
    // Only rounds that exist are kept (an unknown id is a 404 and must not grow the map).
    if (perDb.size < 1000) perDb.set(roundId, round);
  }
  const stamp = await round.stamp();
  if (round.entry?.stamp === stamp) return round.entry.value;
  const value = computeRoundSummary(db, roundId);
  const entry = { stamp, value };
  round.entry = entry;
  value.catch(() => {
    if (round.entry === entry) round.entry = null;
    perDb.delete(roundId);
  });
  return value;
}

/**
 * The version of the round's answers: a trigger on monitor_responses raises it in the same transaction
 * as every insert, update, delete or truncate (migration 0029), so this is one primary-key row instead
 * of a count over the round's answers (issue 23). No row yet: the round has had no answers since.
 */
async function answersStamp(db: Database, roundId: string): Promise<string> {
  const [row] = await db.rows<{ stamp: string }>(sql`select version::text as stamp from monitor_round_versions where round_id = ${roundId}`);
  return row?.stamp ?? 'none';
}

async function computeRoundSummary(db: Database, roundId: string): Promise<SummaryResult> {
  const round = await requireRound(db, roundId);
  const responses = await currentResponses(db, round.id, true);
  const summary = summarise(await roundMunicipalities(db, round), responses, { contractsDue: round.contractsDue, definitiveMeaning: round.questionnaire.definitiveQuestion?.meaning ?? null });
  return { round, summary, sentences: summarySentences(summary, round.referenceDate) };
}

/** Stage shares and response rate per round, for the trend chart. */
export async function trend(db: Database): Promise<{ round: Round; summary: RoundSummary }[]> {
  const rounds = await listRounds(db);
  return Promise.all(rounds.map(async (r) => ({ round: r, summary: (await roundSummary(db, r.id)).summary })));
}
