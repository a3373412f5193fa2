import { describe, expect, it } from 'vitest';
import { closedCase, caseWith, questionAt } from './fixtures.testdata.ts';
import { drawEvaluationSample, EVALUATION_METHODS_BY_LEVEL, evaluationMethod, sampleSize } from './evaluation.ts';
import { suggestSupport } from './matrix.ts';
import { SELF_DIRECTION_LEVELS, type SelfDirection } from './matrix-axes.ts';

const cases = Array.from({ length: 200 }, (_, i) =>
  closedCase(`d-${String(i).padStart(3, '0')}`, `2015-0${1 + (i % 6)}-15`, ((i % 5) + 1) as SelfDirection),
);

describe('evaluation sample (Bijlage 3 row 5)', () => {
  it('the methods per level follow the text of row 5', () => {
    const words = { formulier: 'formulieren', huisbezoek: 'bezoek', vertrouwenspersoon: 'vertrouwenspersoon' };
    for (const level of SELF_DIRECTION_LEVELS) {
      const form = suggestSupport(5, level).form;
      for (const m of EVALUATION_METHODS_BY_LEVEL[level]) expect(form).toContain(words[m]);
    }
    expect([evaluationMethod(1), evaluationMethod(2, 'huisbezoek'), evaluationMethod(4, 'formulier'), evaluationMethod(5)]).toEqual([
      'formulier',
      'huisbezoek',
      'huisbezoek',
      'vertrouwenspersoon',
    ]);
    expect(evaluationMethod(undefined)).toBe('huisbezoek');
  });

  it('is reproducible with the same seed, independent of input order', () => {
    const a = drawEvaluationSample(cases, { share: 0.1, seed: 'evaluatie-2015' });
    const b = drawEvaluationSample([...cases].reverse(), { share: 0.1, seed: 'evaluatie-2015' });
    expect(b).toEqual(a);
    expect(drawEvaluationSample(cases, { share: 0.1, seed: 'andere seed' })).not.toEqual(a);
  });

  it('draws the configured share, distinct closed cases, each with the method for its level', () => {
    for (const share of [0.05, 0.1, 0.25, 0.5, 1]) {
      const s = drawEvaluationSample(cases, { share, seed: 7 });
      expect(s).toHaveLength(Math.round(share * 200));
      expect(new Set(s.map((x) => x.caseId)).size).toBe(s.length);
      for (const x of s) expect(x.method).toBe(evaluationMethod(x.selfDirection));
    }
  });

  it('is proportional over many seeds: every case has about the same chance', () => {
    const hits = new Map<string, number>();
    for (let seed = 0; seed < 400; seed++) {
      for (const x of drawEvaluationSample(cases, { share: 0.1, seed })) hits.set(x.caseId, (hits.get(x.caseId) ?? 0) + 1);
    }
    // Expected 40 draws per case (400 × 10%); binomial sd ≈ 6.
    const counts = cases.map((c) => hits.get(c.id) ?? 0);
    expect(Math.min(...counts)).toBeGreaterThan(15);
    expect(Math.max(...counts)).toBeLessThan(70);
  });

  it('takes at least one when there are any, none when there are none, and only closed cases in the period', () => {
    expect(drawEvaluationSample(cases.slice(0, 3), { share: 0.01, seed: 1 })).toHaveLength(1);
    expect(drawEvaluationSample([], { share: 0.5, seed: 1 })).toEqual([]);
    const open = caseWith([questionAt('q', 'arrangement')], { id: 'open' });
    expect(drawEvaluationSample([open], { share: 1, seed: 1 })).toEqual([]);
    const inMarch = drawEvaluationSample(cases, { share: 1, seed: 1, period: { from: '2015-03-01', to: '2015-03-31' } });
    expect(inMarch.every((x) => x.closedOn.startsWith('2015-03'))).toBe(true);
    expect(inMarch.length).toBeGreaterThan(0);
    expect(() => sampleSize(10, 0)).toThrow(RangeError);
    expect(() => sampleSize(10, 1.5)).toThrow(RangeError);
  });

  it('uses the least self-direction over the questions of a case', () => {
    const c = { ...closedCase('x', '2015-02-01', 1) };
    const two = { ...c, questions: [...c.questions, { ...c.questions[0]!, id: 'x-q2', selfDirection: 5 as const }] };
    expect(drawEvaluationSample([two], { share: 1, seed: 1 })[0]).toMatchObject({ selfDirection: 5, method: 'vertrouwenspersoon' });
  });
});
