import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readyDatabase, testEngines, type TestDatabase } from '../helpers/db.ts';
import { loadDemoPolicy } from '../../src/services/policy/demo.ts';
import { getFramework } from '../../src/services/policy/store.ts';
import { municipalityChecklist, municipalityPlan } from '../../src/services/policy/analysis.ts';
import { municipalityGaps } from '../../src/services/policy/coverage.ts';
import { planMarkdown, PLAN_SECTION_HEADING } from '../../src/domain/policy/index.ts';

describe.each(testEngines)('policy demo for Utrecht (%s)', (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await readyDatabase(engine);
  });
  afterAll(async () => t?.cleanup());

  it('loads a framework on the demo social map, once, with gaps and something left to do', async () => {
    expect(await loadDemoPolicy(t.db)).toBe(true);
    expect(await loadDemoPolicy(t.db)).toBe(false);
    const { framework, version } = await getFramework(t.db, 'utrecht');
    expect(version).toBe(1);
    expect(framework.variants).toEqual(['sociale-wijkteams', 'onafhankelijke-organisatie']);
    expect(framework.arrangements.length).toBeGreaterThanOrEqual(3);
    const gaps = await municipalityGaps(t.db, 'utrecht');
    expect(gaps.length).toBeGreaterThan(0);
    expect(gaps.some((g) => g.targetGroup === 'dak-en-thuislozen')).toBe(true);
    const { items, coverage } = await municipalityChecklist(t.db, 'utrecht');
    expect(coverage.overlaps).toBeGreaterThan(0);
    expect(items.find((i) => i.code === 'onafhankelijk')!.missing.join(' ')).toMatch(/statuut/);
    expect(items.find((i) => i.code === 'outreachend')!.status).not.toBe('voldaan');
    expect(planMarkdown(await municipalityPlan(t.db, 'utrecht', '2015-01-01'))).toContain(`## ${PLAN_SECTION_HEADING}`);
  });
});
