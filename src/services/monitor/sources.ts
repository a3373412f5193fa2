import { sql } from '../../db/sql.ts';
import type { Database } from '../../db/client.ts';
import { share } from '../../domain/monitor/share.ts';
import { figuresSentences, measuresFromStages, stageCounts, statementSentence, type SourceFigures, type Statement } from '../../domain/monitor/statements.ts';
import type { Stage } from '../../domain/monitor/questionnaire.ts';
import { roundSummary } from './summary.ts';
import { requireRound, type Round } from './rounds.ts';

const statementSelect = sql`
  select id, source, reference_date::text as "referenceDate", reference_date_text as "referenceDateText", published_on::text as "publishedOn",
         round_id as "roundId", measure, quantifier, percent, numerator, denominator, quote, citation, note
    from monitor_statements`;

/** The seeds' statements (stored data), oldest reference first; with a round only those about that round. */
export async function listStatements(db: Database, roundId?: string): Promise<Statement[]> {
  const where = roundId === undefined ? sql`` : sql`where round_id = ${roundId}`;
  return db.rows<Statement>(sql`${statementSelect} ${where} order by published_on, reference_date nulls last, id`);
}

export interface RoundSources {
  round: Round;
  /** The transition monitor as answered in Naast, and the MEE monitor as imported (null: nothing imported). */
  tvs: SourceFigures;
  mee: SourceFigures | null;
  /** What the seeds say about this round, per source. */
  statements: Statement[];
  sentences: string[];
}

/**
 * Both sources of one round side by side (seeds/000_6cdda7e4ab47aefe.txt, vraag 1: "zowel via het
 * Transitievolgsysteem als de interne monitor van MEE Nederland"), every figure a share of all
 * municipalities of the division with the unknown part shown on its own.
 */
export async function roundSources(db: Database, roundId: string): Promise<RoundSources> {
  const round = await requireRound(db, roundId);
  const { summary } = await roundSummary(db, round.id);
  const n = summary.municipalities;
  const tvs: SourceFigures = {
    source: 'tvs',
    basis: `antwoorden in Naast, vragenlijst versie ${round.questionnaire.version}`,
    referenceDate: round.referenceDate,
    measures: measuresFromStages(summary.byStage, n),
    unknown: share(summary.nonResponse, n),
  };
  const entries = await db.rows<{ stage: Stage }>(sql`
    select e.stage from mee_monitor_entries e
      join division_members dm on dm.municipality_code = e.municipality_code and dm.division_year = ${round.divisionYear}
     where e.round_id = ${round.id}`);
  const mee: SourceFigures | null = entries.length
    ? { source: 'mee_monitor', basis: 'ingelezen in Naast', referenceDate: round.referenceDate, measures: measuresFromStages(stageCounts(entries.map((e) => e.stage)), n), unknown: share(n - entries.length, n) }
    : null;
  const statements = await listStatements(db, round.id);
  return {
    round,
    tvs,
    mee,
    statements,
    sentences: [...figuresSentences(tvs), ...(mee ? figuresSentences(mee) : []), ...statements.map(statementSentence)],
  };
}
