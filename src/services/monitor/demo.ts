import { sql } from '../../db/sql.ts';
import type { Database } from '../../db/client.ts';
import { generateDemoMeeMonitor, generateDemoResponses, PROFILES_2014 } from '../../domain/monitor/demo.ts';
import { allocationByMunicipality } from './allocation.ts';
import { insertSubmittedResponses } from './responses.ts';
import { listRounds } from './rounds.ts';
import { listMunicipalities } from '../../db/register/queries.ts';

/**
 * Loads reproducible demo responses for the four 2014 rounds (all 403 municipalities), unless the
 * round already has responses. Returns the number of responses written.
 */
export async function loadDemoMonitor(db: Database, seed = 2014): Promise<number> {
  const rounds = new Map((await listRounds(db)).map((r) => [r.id, r]));
  const members = await listMunicipalities(db, { divisionYear: 2014 });
  const allocation = await allocationByMunicipality(db, 2014);
  const fallback = 300_000_00;
  const generated = generateDemoResponses(
    members.map((m) => ({ code: m.code, allocationCents: allocation.get(m.code) ?? fallback })),
    PROFILES_2014,
    seed,
  );
  let written = 0;
  for (const [roundId, perMunicipality] of generated) {
    if (!rounds.has(roundId)) continue;
    const [existing] = await db.rows<{ n: number }>(sql`select count(*)::int as n from monitor_responses where round_id = ${roundId}`);
    if (existing!.n > 0) continue;
    const rows = [...perMunicipality].flatMap(([code, answers]) => (answers ? [{ municipalityCode: code, answers, warnings: [] }] : []));
    written += await insertSubmittedResponses(db, roundId, rows, 'demo', null);
  }
  return written;
}

/**
 * Demo entries of MEE Nederland's monitor for 1 October 2014 (domain/monitor/demo.ts generateDemoMeeMonitor:
 * the figures of the letter of 15 October 2014), unless the round already has entries. Kept apart from
 * loadDemoMonitor so that a demo without a second source stays possible. Returns the number written.
 */
export async function loadDemoMeeMonitor(db: Database, seed = 2014): Promise<number> {
  const round = (await listRounds(db)).find((r) => r.id === '2014-10');
  if (!round) return 0;
  const [existing] = await db.rows<{ n: number }>(sql`select count(*)::int as n from mee_monitor_entries where round_id = ${round.id}`);
  if (existing!.n > 0) return 0;
  const stages = [...generateDemoMeeMonitor(await listMunicipalities(db, { divisionYear: round.divisionYear }), seed)];
  const values = sql.join(stages.map(([code, stage]) => sql`(${round.id}, ${code}, ${stage}, ${round.referenceDate}::date)`), sql`, `);
  await db.execute(sql`insert into mee_monitor_entries (round_id, municipality_code, stage, reported_on) values ${values}`);
  return stages.length;
}
