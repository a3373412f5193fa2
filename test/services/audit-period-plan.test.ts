import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../src/db/sql.ts';
import { readyDatabase, testEngines, type TestDatabase } from '../helpers/db.ts';
import { searchAudit } from '../../src/services/audit/log.ts';
import { explain, recording, type PlanNode } from '../../bench/scale-plans.ts';

function* nodes(plan: PlanNode): Generator<PlanNode> {
  yield plan;
  for (const child of plan.Plans ?? []) yield* nodes(child);
}
const shape = (plan: PlanNode) => [...nodes(plan)].map((n) => `${n['Node Type']}${n['Index Name'] ? ` ${n['Index Name']}` : ''}`);

/**
 * Issue 23 goal 4: a municipality's audit search by period costs about the same at any volume. Its rows
 * (tenant, or for a row from before tenants the actor's municipality) lie in one range of
 * audit_log_reader_time (migration 0033), in time order: the page is a backward range scan that stops
 * after the page (no bitmap over the whole month and no sort), and the count reads the index only.
 * Before, the OR over tenant and actor_organisation read every row of the month from the table twice
 * (1,712 pages per request at scale 1). The planner decides with real statistics (ANALYZE, no enable_* settings).
 */
describe.each(testEngines)('audit search by period uses one index range (%s)', (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await readyDatabase(engine);
    // 60,000 rows over two years for 40 municipalities; every 40th row is one from before tenants
    // existed, written by an actor of Utrecht (tenant null), which Utrecht's officer also reads.
    await t.db.execute(sql`
      insert into audit_log (occurred_at, actor_organisation, activity, purpose, action, outcome, tenant)
      select timestamptz '2022-01-01 00:00:00+00' + g * interval '17 minutes',
             case when g % 40 = 0 then 'gemeente/utrecht' else 'gemeente/g' || (g % 40) end,
             'dossier', 'cliëntondersteuning', 'lezen', 'toegestaan',
             case when g % 40 = 0 then null when g % 40 = 1 then 'utrecht' else 'g' || (g % 40) end
        from generate_series(1, 60000) g`);
    await t.db.execute(sql`vacuum analyze audit_log`);
  }, 120_000);
  afterAll(async () => t?.cleanup());

  it('reads a page of a month of one municipality by an ordered index range and counts it from the index', async () => {
    const recorder = recording(t.db);
    const filter = { from: '2022-06-01', to: '2022-06-30', tenants: ['utrecht'], limit: 20, offset: 0 };
    const page = await searchAudit(recorder.db, filter);
    const [count, rows] = recorder.take();
    expect(shape(await explain(t.db, count!))).toContain('Index Only Scan audit_log_reader_time');
    const pagePlan = shape(await explain(t.db, rows!));
    expect(pagePlan).toContain('Index Scan audit_log_reader_time');
    expect(pagePlan.filter((n) => n === 'Sort' || n.startsWith('Bitmap'))).toEqual([]);

    // The same rows and total as the rule written out (migration 0016): its tenant, or a legacy row of its actor's municipality.
    const expected = await t.db.rows<{ seq: string }>(sql`
      select seq from audit_log
       where occurred_at >= date '2022-06-01' and occurred_at < date '2022-07-01'
         and (tenant = 'utrecht' or (tenant is null and actor_organisation = 'gemeente/utrecht'))
       order by occurred_at desc, seq desc`);
    expect(page.total).toBe(expected.length);
    expect(page.totalEstimated).toBe(false);
    expect(page.rows.map((r) => r.seq)).toEqual(expected.slice(0, 20).map((r) => Number(r.seq)));
    expect(page.rows.some((r) => r.tenant === null)).toBe(true);
    // The next page by keyset continues where this one ended.
    const next = await searchAudit(t.db, { ...filter, beforeSeq: page.rows.at(-1)!.seq });
    expect(next.rows.map((r) => r.seq)).toEqual(expected.slice(20, 40).map((r) => Number(r.seq)));
  });

  it('gives an officer of several municipalities the rows of each, legacy rows included', async () => {
    const page = await searchAudit(t.db, { from: '2022-06-01', to: '2022-06-30', tenants: ['utrecht', 'g2'], limit: 500, offset: 0 });
    const expected = await t.db.rows<{ seq: string }>(sql`
      select seq from audit_log
       where occurred_at >= date '2022-06-01' and occurred_at < date '2022-07-01'
         and (tenant in ('utrecht', 'g2') or (tenant is null and actor_organisation in ('gemeente/utrecht', 'gemeente/g2')))
       order by occurred_at desc, seq desc`);
    expect(page.total).toBe(expected.length);
    expect(page.rows.map((r) => r.seq)).toEqual(expected.map((r) => Number(r.seq)));
    expect(new Set(page.rows.map((r) => r.tenant))).toEqual(new Set(['utrecht', 'g2', null]));
  });
});
