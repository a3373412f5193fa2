import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readyDatabase, type TestDatabase } from '../helpers/db.ts';
import { buildServer } from '../../src/api/server.ts';
import { sql } from '../../src/db/sql.ts';
import type { AppInstance } from '../../src/api/types.ts';
import { loadDemoMonitor } from '../../src/services/monitor/demo.ts';
import { generate, type ScaleCounts } from '../../bench/scale-data.ts';
import { endpoints, makeTemplates, signInAll, MUNICIPALITY, type Endpoint, type Users } from '../../bench/scale-endpoints.ts';
import { explain, isRead, LARGE_TABLES, oneLine, recording, seqScans, type Recorder } from '../../bench/scale-plans.ts';

/**
 * Issue 23 §4: the hot queries use their indexes at national volume. The bench's own data set
 * (bench/scale-data.ts) at a small scale, ANALYZEd, so the planner decides with real statistics (no
 * `enable_seqscan = off`). Every request of every hot endpoint of `npm run bench:scale` (work lists,
 * case page, contact moment, intake, monitor summary, audit search by person and by period, activities
 * summary, accountability report and recompute, council report, public social map, HSDS API) is sent
 * once through the real app; each read statement it sent is EXPLAINed, and none may scan a large table
 * sequentially. PostgreSQL only: the scale question is the server's (PGlite is the single-user engine).
 */
const SCALE = 0.005;
/** Tables smaller than this (8 kB pages) in the test's data are left out: a sequential scan is right there. */
const MIN_PAGES = 30;
const suite = process.env.NAAST_TEST_DATABASE_URL ? describe : describe.skip;

suite('hot queries at national volume use their indexes (EXPLAIN, PostgreSQL)', () => {
  let test: TestDatabase;
  let recorder: Recorder;
  let app: AppInstance;
  let users: Users;
  let counts: ScaleCounts;
  let list: Endpoint[];
  let large: string[] = [];

  beforeAll(async () => {
    test = await readyDatabase('postgres');
    const db = test.db;
    recorder = recording(db);
    app = await buildServer({ db: recorder.db, development: true });
    await loadDemoMonitor(db);
    users = await signInAll(db);
    const caseIds = await makeTemplates(app, users);
    // 20 monitor rounds and 10 providers per municipality as at scale 1, so these tables are not tiny either.
    counts = await generate(db, SCALE, { caseIds, supporterId: users.ondersteuner.userId }, { municipality: MUNICIPALITY, userId: users.ondersteuner.userId }, () => undefined, {
      rounds: 20,
      providersPerMunicipality: 10,
      // Enough for the audit indexes to matter, fewer than 0.005 would give: the test stays short.
      audit: 60_000,
    });
    await db.execute(sql`analyze`);
    // A table of a few pages is read whole, as it should be; the rule is for tables an index can help.
    const sizes = await db.rows<{ name: string; pages: number }>(sql`select relname as name, relpages::int as pages from pg_class where relname = any(${sql.array(LARGE_TABLES)}::text[]) and relkind = 'r'`);
    large = sizes.filter((t) => t.pages >= MIN_PAGES).map((t) => t.name);
    list = await endpoints(db, users, counts, app);
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await test?.cleanup();
  });

  it('sends no read that scans a large table from start to end', async () => {
    const problems: string[] = [];
    let explained = 0;
    for (const e of list) {
      recorder.take();
      const r = e.request(0);
      const res = await app.inject({ method: r.method, url: r.url, headers: r.headers, ...(r.payload ? { payload: r.payload } : {}) });
      expect(res.statusCode, `${e.name}: ${res.body.slice(0, 300)}`).toBeLessThan(300);
      for (const q of recorder.take().filter(isRead)) {
        const scanned = seqScans(await explain(test.db, q), large);
        explained++;
        if (scanned.length) problems.push(`${e.name}: Seq Scan on ${scanned.join(', ')} in: ${oneLine(q)}`);
      }
    }
    expect(explained).toBeGreaterThan(list.length);
    // The check means something only when the big tables are big: these must be among them.
    expect(large).toEqual(expect.arrayContaining(['cases', 'case_notes', 'audit_log', 'provider_activities_shared', 'monitor_responses', 'socialmap_services']));
    expect(problems).toEqual([]);
  }, 120_000);
});
