/**
 * Sample-based evaluation (Bijlage 3 row 5, "Evaluatie"): "Steekproefsgewijze evaluatie via formulieren
 * of bezoek aan de burger" (self-direction 1–3), "via bezoek aan burger" (4), "via vertrouwenspersoon bij
 * burger" (5). A share of the closed cases is drawn with a seeded generator so the draw can be repeated
 * and checked; each drawn case gets the method that fits the client.
 */
import { compareDates, type IsoDate } from './calendar.ts';
import type { SelfDirection } from './matrix-axes.ts';
import { caseClosedOn, type Case } from './model.ts';
import { mulberry32 } from './prng.ts';

export type EvaluationMethod = 'formulier' | 'huisbezoek' | 'vertrouwenspersoon';

export const EVALUATION_METHOD_LABELS: Readonly<Record<EvaluationMethod, string>> = {
  formulier: 'Evaluatieformulier',
  huisbezoek: 'Bezoek aan de cliënt',
  vertrouwenspersoon: 'Via een vertrouwenspersoon van de cliënt',
};

/** Row 5 of Bijlage 3, column by column. */
export const EVALUATION_METHODS_BY_LEVEL: Readonly<Record<SelfDirection, readonly EvaluationMethod[]>> = {
  1: ['formulier', 'huisbezoek'],
  2: ['formulier', 'huisbezoek'],
  3: ['formulier', 'huisbezoek'],
  4: ['huisbezoek'],
  5: ['vertrouwenspersoon'],
};

export interface SampleOptions {
  /** Share of the closed cases to draw, 0 < share ≤ 1 (e.g. 0.1). */
  readonly share: number;
  /** Same seed and same cases → same sample. */
  readonly seed: string | number;
  /** Only cases closed within this period (inclusive). */
  readonly period?: { readonly from: IsoDate; readonly to: IsoDate };
  /** For levels 1–3, where the table allows a form or a visit. */
  readonly preferredMethod?: 'formulier' | 'huisbezoek';
}

export interface SampledCase {
  readonly caseId: string;
  readonly closedOn: IsoDate;
  readonly selfDirection?: SelfDirection;
  readonly method: EvaluationMethod;
}

/**
 * The client's level for evaluation: the least self-direction over his questions, because the method
 * must reach the client as he is at his most vulnerable (a form does not reach someone who avoids contact).
 */
export function caseSelfDirection(c: Case): SelfDirection | undefined {
  const levels = c.questions.flatMap((q) => (q.selfDirection === undefined ? [] : [q.selfDirection]));
  return levels.length === 0 ? undefined : (Math.max(...levels) as SelfDirection);
}

export function evaluationMethod(level: SelfDirection | undefined, preferred: 'formulier' | 'huisbezoek' = 'formulier'): EvaluationMethod {
  // Unclassified: a visit works for levels 1–4 and lets the visitor judge; a form might reach no one.
  if (level === undefined) return 'huisbezoek';
  const methods = EVALUATION_METHODS_BY_LEVEL[level];
  return methods.includes(preferred) ? preferred : methods[0]!;
}

/** How many of `n` cases to draw: the share rounded, but at least one when there are any. */
export function sampleSize(n: number, share: number): number {
  if (!(share > 0 && share <= 1)) throw new RangeError(`Het steekproefaandeel moet groter dan 0 en ten hoogste 1 zijn (gekregen: ${share}).`);
  return n === 0 ? 0 : Math.min(n, Math.max(1, Math.round(share * n)));
}

export function drawEvaluationSample(cases: readonly Case[], options: SampleOptions): SampledCase[] {
  const { period } = options;
  const candidates = cases
    .map((c) => ({ c, closedOn: caseClosedOn(c) }))
    .filter((x): x is { c: Case; closedOn: IsoDate } => x.closedOn !== undefined)
    .filter(({ closedOn }) => !period || (compareDates(closedOn, period.from) >= 0 && compareDates(closedOn, period.to) <= 0))
    // Sorting first makes the draw independent of the order the database returns the cases in.
    .sort((a, b) => (a.c.id < b.c.id ? -1 : a.c.id > b.c.id ? 1 : 0));
  const k = sampleSize(candidates.length, options.share);
  const random = mulberry32(options.seed);
  const pool = [...candidates];
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (pool.length - i)); // partial Fisher–Yates
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool
    .slice(0, k)
    .sort((a, b) => (a.c.id < b.c.id ? -1 : 1))
    .map(({ c, closedOn }) => {
      const level = caseSelfDirection(c);
      return { caseId: c.id, closedOn, ...(level ? { selfDirection: level } : {}), method: evaluationMethod(level, options.preferredMethod) };
    });
}
