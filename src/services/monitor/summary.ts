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

/** The national summary of a round: counts over the submitted answers of its division's municipalities. */
export async function roundSummary(db: Database, roundId: string): Promise<{ round: Round; summary: RoundSummary; sentences: string[] }> {
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
