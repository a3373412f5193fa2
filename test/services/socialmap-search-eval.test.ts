import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readyDatabase, testEngines, type TestDatabase } from '../helpers/db.ts';
import { loadDemoSocialMap } from '../../src/services/socialmap/demo.ts';
import { DEFAULT_FLOOR, EVAL_SET, HOLDOUT_SET, readEvalSet, runEval } from '../../src/services/socialmap/search-eval.ts';
import { TARGET_SUBGROUPS } from '../../src/domain/socialmap/taxonomy.ts';

/** Issue 19 §2: the relevance set keeps its floor in `npm test` too (the same run as `npm run eval:search`). */
describe.each(testEngines)('resident search relevance (%s)', (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await readyDatabase(engine);
    await loadDemoSocialMap(t.db);
  }, 60_000);
  afterAll(async () => t?.cleanup());

  it('the set has 60+ questions over every target group, the held-out set is separate', () => {
    const set = readEvalSet(EVAL_SET);
    const holdout = readEvalSet(HOLDOUT_SET);
    expect(set.length).toBeGreaterThanOrEqual(60);
    expect(new Set(set.map((q) => q.group))).toEqual(new Set(TARGET_SUBGROUPS.map((g) => g.code)));
    expect(holdout.length).toBeGreaterThanOrEqual(15);
    expect(holdout.filter((h) => set.some((q) => q.question === h.question))).toEqual([]);
  });

  it(`top-3 hit rate at least ${DEFAULT_FLOOR * 100}%`, async () => {
    const result = await runEval(t.db, readEvalSet(EVAL_SET));
    expect(result.rate, JSON.stringify(result.misses, null, 1)).toBeGreaterThanOrEqual(DEFAULT_FLOOR);
  }, 120_000);
});
