import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MissingSplitSharesError } from '../../src/domain/budget/index.ts';
import { allocations } from '../../src/services/budget/allocations.ts';
import { budgetCheck } from '../../src/services/budget/check.ts';
import { frictionCosts, keyScenario, youthRegionPools } from '../../src/services/budget/analysis.ts';
import { parseSplitSharesFile } from '../../src/services/budget/split-shares.ts';
import { importPlannedSpending } from '../../src/services/budget/spending.ts';
import { readyDatabase, testEngines, type TestDatabase } from '../helpers/db.ts';

const fixture = path.join(import.meta.dirname, '../fixtures/split-shares-illustrative.csv');
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe.each(testEngines)('budget model on the 2014 reference data (%s)', (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await readyDatabase(engine);
  });
  afterAll(async () => t?.cleanup());

  it('loads 408 municipalities whose published budgets add up to Tabel 3', async () => {
    const { rows, divisionYear } = await allocations(t.db, { year: 2014, source: 'published' });
    expect(divisionYear).toBe(2013);
    expect(rows).toHaveLength(408);
    expect(sum(rows.map((r) => r.clientSupportCents))).toBe(178_669_214_00);
    expect(sum(rows.map((r) => r.ivhCents))).toBe(1_802_511_00);
  });

  it('recomputes the published table to the euro for all 408 rows', async () => {
    const published = await allocations(t.db, { year: 2014, source: 'published' });
    const computed = await allocations(t.db, { year: 2014, source: 'computed' });
    expect(computed.rows).toEqual(published.rows);
  });

  it('budget check passes for all 22 MEE organisations', async () => {
    const check = await budgetCheck(t.db, 2014);
    expect(check.organisations).toHaveLength(22);
    expect(check.ok).toBe(true);
  });

  it('refuses to roll a split forward without shares, naming exactly the missing ones', async () => {
    const attempt = allocations(t.db, { year: 2014, source: 'published', division: 2014 });
    await expect(attempt).rejects.toBeInstanceOf(MissingSplitSharesError);
    const err = (await attempt.catch((e) => e)) as MissingSplitSharesError;
    expect(err.missing.map((m) => `${m.from} → ${m.to}`).sort()).toEqual([
      'Boarnsterhim → De Friese Meren',
      'Boarnsterhim → Heerenveen',
      'Boarnsterhim → Leeuwarden',
      'Boarnsterhim → Súdwest Fryslân',
    ]);
  });

  it('rolls the budgets forward to the 403 municipalities of 2014: mergers add up, splits keep the total', async () => {
    const shares = await parseSplitSharesFile(fs.readFileSync(fixture), fixture);
    const before = await allocations(t.db, { year: 2014, source: 'published' });
    const after = await allocations(t.db, { year: 2014, source: 'published', division: 2014, splitShares: shares });
    expect(after.rows).toHaveLength(403);
    expect(sum(after.rows.map((r) => r.clientSupportCents))).toBe(178_669_214_00);
    expect(sum(after.rows.map((r) => r.ivhCents))).toBe(1_802_511_00);
    const cents = (rows: typeof before.rows, name: string) => rows.find((r) => r.info.name === name)!.clientSupportCents;
    expect(cents(after.rows, 'Alphen a/d Rijn')).toBe(
      cents(before.rows, 'Alphen a/d Rijn') + cents(before.rows, 'Boskoop') + cents(before.rows, 'Rijnwoude'),
    );
    const names = new Set(after.rows.map((r) => r.info.name));
    for (const gone of ['Boskoop', 'Rijnwoude', 'Boarnsterhim', 'Lemsterland', 'Skarsterlân', 'Gaasterlân-Sleat']) expect(names.has(gone)).toBe(false);
    expect(names.has('De Friese Meren')).toBe(true);
  });

  it('a key scenario keeps every organisation total and 20/80 reproduces the baseline', async () => {
    const same = await keyScenario(t.db, 2014, 20);
    expect(same.every((r) => r.differenceCents === 0)).toBe(true);
    const half = await keyScenario(t.db, 2014, 50);
    expect(half).toHaveLength(408);
    expect(sum(half.map((r) => r.differenceCents))).toBe(0);
  });

  it('regional pools cover all 41 youth regions and sum to the national budget', async () => {
    const { pools } = await youthRegionPools(t.db, 2014);
    expect(pools).toHaveLength(41);
    expect(sum(pools.map((p) => p.poolTotalCents))).toBe(178_669_214_00);
  });

  it('friction costs: the gap per municipality and per MEE organisation', async () => {
    const { rows } = await allocations(t.db, { year: 2014, source: 'published' });
    const beek = rows.find((r) => r.info.name === 'Beek (L.)')!;
    await importPlannedSpending(t.db, 2015, [{ municipalityCode: beek.info.code, amountCents: beek.clientSupportCents - 10_000_00, note: null }]);
    const f = await frictionCosts(t.db, 2014, 2015);
    expect(f.rows.find((r) => r.municipalityId === beek.info.code)!.gapCents).toBe(10_000_00);
    const org = f.perOrganisation.find((o) => o.groupId === beek.info.mee.code)!;
    expect(org.gapCents).toBe(10_000_00);
    expect(org.withPlanned).toBe(1);
    expect(f.national.withoutPlanned).toBe(407);
  });
});
