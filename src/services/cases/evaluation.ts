import crypto from 'node:crypto';
import { sql } from '../../db/sql.ts';
import type { Database } from '../../db/client.ts';
import { drawEvaluationSample, sampleSize, type Case, type IsoDate, type SampledCase } from '../../domain/cases/index.ts';
import { CaseInputError } from './errors.ts';

/**
 * Sample-based evaluation (Bijlage 3 row 5): draws a share of the closed cases of one municipality
 * with the domain's seeded draw and keeps the draw (seed, period, the cases and their method), so it
 * can be repeated and checked. Anonymised cases are left out: nobody can be asked any more.
 */
export interface SampleRequest {
  municipalityCode: string;
  share: number;
  seed?: string;
  from?: IsoDate;
  to?: IsoDate;
  userId: string | null;
}

export interface SampledCaseRecord extends SampledCase {
  clientName: string;
}

export interface EvaluationSample {
  id: string;
  municipalityCode: string;
  share: number;
  seed: string;
  from: IsoDate | null;
  to: IsoDate | null;
  candidates: number;
  cases: SampledCaseRecord[];
}

const parse = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;

export async function drawSample(db: Database, input: SampleRequest): Promise<EvaluationSample> {
  try {
    sampleSize(1, input.share);
  } catch (err) {
    throw new CaseInputError('body.aandeel', 'share', (err as Error).message);
  }
  const from = input.from ?? null;
  const to = input.to ?? null;
  if (from && to && from > to) throw new CaseInputError('body.totEnMetDatum', 'period', 'De einddatum ligt vóór de begindatum.');
  const seed = input.seed ?? crypto.randomBytes(8).toString('hex');
  const rows = await db.rows<{ id: string; aggregate: unknown; name: string }>(sql`
    select id::text as id, aggregate, client_name as name from cases
     where municipality_code = ${input.municipalityCode} and closed_on is not null and anonymised_at is null
       and (${from}::date is null or closed_on >= ${from}::date) and (${to}::date is null or closed_on <= ${to}::date)`);
  const cases = rows.map((r) => parse<Case>(r.aggregate));
  const period = { from: from ?? '0001-01-01', to: to ?? '9999-12-31' };
  const drawn = drawEvaluationSample(cases, { share: input.share, seed, period });
  const names = new Map(rows.map((r) => [r.id, r.name]));
  const id = crypto.randomUUID();
  await db.transaction(async (tx) => {
    await tx.execute(sql`insert into case_evaluation_samples (id, municipality_code, share, seed, period_from, period_to, candidates, drawn_by)
      values (${id}::uuid, ${input.municipalityCode}, ${input.share}, ${seed}, ${from}::date, ${to}::date, ${rows.length}, ${input.userId}::uuid)`);
    if (drawn.length === 0) return;
    const values = sql.join(
      drawn.map((s) => sql`(${id}::uuid, ${s.caseId}::uuid, ${s.closedOn}::date, ${s.selfDirection ?? null}::smallint, ${s.method})`),
      sql`, `,
    );
    await tx.execute(sql`insert into case_evaluation_sample_cases (sample_id, case_id, closed_on, self_direction, method) values ${values}`);
  });
  return {
    id,
    municipalityCode: input.municipalityCode,
    share: input.share,
    seed,
    from,
    to,
    candidates: rows.length,
    cases: drawn.map((s) => ({ ...s, clientName: names.get(s.caseId) ?? '' })),
  };
}
