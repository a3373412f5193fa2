import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readyDatabase, testEngines, type TestDatabase } from '../helpers/db.ts';
import { sql } from '../../src/db/sql.ts';
import { openDatabase } from '../../src/db/client.ts';
import { loadDemoMonitor } from '../../src/services/monitor/demo.ts';
import { roundSummary } from '../../src/services/monitor/summary.ts';
import { reusedWhileUnchanged } from '../../src/services/freshness.ts';

// Issue 23 goal 3: the summary's freshness query is skipped while this process wrote nothing since the
// last one; any statement that may write (on any handle of this process) makes the next request check again.
describe.each(testEngines)('monitor summary freshness (%s)', (engine) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await readyDatabase(engine);
    await loadDemoMonitor(test.db);
  }, 60_000);
  afterAll(async () => test?.cleanup());

  /** A check that counts how often it ran; trusted for a minute (no test waits that long). */
  const counting = (maxAgeMs = 60_000) => {
    let runs = 0;
    const check = reusedWhileUnchanged(async () => {
      runs++;
      return (await test.db.rows<{ n: number }>(sql`select count(*)::int as n from monitor_responses`))[0]!.n;
    }, maxAgeMs);
    return { check, runs: () => runs };
  };

  it('reuses the last check while nothing was written, also after plain reads', async () => {
    const { check, runs } = counting();
    const first = await check();
    expect(await check()).toBe(first);
    await test.db.rows(sql`select 1 as one`);
    await check();
    expect(runs()).toBe(1);
  });

  it('checks again after any statement that may write, and after a transaction', async () => {
    const { check, runs } = counting();
    await check();
    await test.db.execute(sql`update monitor_rounds set name = name where false`);
    await check();
    expect(runs()).toBe(2);
    await test.db.transaction(async (tx) => tx.rows(sql`select 1 as one`));
    await check();
    expect(runs()).toBe(3);
    // A writable CTE starts with WITH, not SELECT: counted as a write.
    await test.db.rows(sql`with changed as (update monitor_rounds set name = name where false returning id) select count(*) as n from changed`);
    await check();
    expect(runs()).toBe(4);
  });

  it('does not trust a check older than its age limit', async () => {
    const { check, runs } = counting(0);
    await check();
    await check();
    expect(runs()).toBe(2);
  });

  it('shows an answer saved in this process in the very next summary', async () => {
    const round = '2014-10';
    const before = await roundSummary(test.db, round);
    expect(await roundSummary(test.db, round)).toBe(before);
    await test.db.execute(sql`delete from monitor_responses where round_id = ${round}
      and municipality_code = (select municipality_code from monitor_responses where round_id = ${round} order by 1 limit 1)`);
    const after = await roundSummary(test.db, round);
    expect(after.summary.responded).toBe(before.summary.responded - 1);
  });

  // A write on another handle of this process (the primary, while the summary reads a read handle) counts too.
  it.runIf(engine === 'postgres')('counts a write on another handle of this process', async () => {
    const round = '2014-11';
    const before = await roundSummary(test.db, round);
    expect(await roundSummary(test.db, round)).toBe(before);
    const other = await openDatabase({ databaseUrl: (test.db.driver as { url: string }).url, poolSize: 1 });
    try {
      await other.execute(sql`delete from monitor_responses where round_id = ${round}
        and municipality_code = (select municipality_code from monitor_responses where round_id = ${round} order by 1 limit 1)`);
    } finally {
      await other.close();
    }
    expect((await roundSummary(test.db, round)).summary.responded).toBe(before.summary.responded - 1);
  });
});
