import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listMunicipalities } from '../../src/db/register/queries.ts';
import { allocations } from '../../src/services/budget/allocations.ts';
import { budgetCheck } from '../../src/services/budget/check.ts';
import { importCounts, importUsage, parseCount } from '../../src/services/budget/counts-import.ts';
import { poolsAgainstUse } from '../../src/services/budget/pool-use.ts';
import { primaryAllocation } from '../../src/services/budget/primary.ts';
import { TableImportError } from '../../src/services/tabular/import.ts';
import { readyDatabase, testEngines, type TestDatabase } from '../helpers/db.ts';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const csv = (lines: string[]) => Buffer.from(`${lines.join('\n')}\n`);

describe.each(testEngines)('budget from primary inputs (%s)', (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await readyDatabase(engine);
  });
  afterAll(async () => t?.cleanup());

  it('2014: computes all 408 rows from the whole 2013 client counts; every difference with Bijlage 5 has a reason', async () => {
    const p = await primaryAllocation(t.db, 2014);
    expect(p.divisionYear).toBe(2013);
    expect(p.rows).toHaveLength(408);
    expect(sum(p.rows.map((r) => r.clients))).toBe(94_848);
    expect(p.rows.every((r) => r.clientsDerived && Number.isInteger(r.clients))).toBe(true);
    expect(sum(p.rows.map((r) => r.clientSupport.cents))).toBe(178_669_214_00);
    expect(sum(p.rows.map((r) => r.ivh.cents))).toBe(1_802_511_00);
    // CBS inhabitants on 1 January 2013 (SOURCES.md §5.2): every share comes from the counts, none from the stand-in.
    expect(p.rows.every((r) => r.inhabitants !== null && r.inhabitantsBasis === 'counts')).toBe(true);
    expect(sum(p.rows.map((r) => r.inhabitants!))).toBe(16_779_575);
    // With the counts, Bijlage 5 is reproduced to the euro in 398 rows; the other 10 differ by € 1 in one column,
    // explained by rounding, and no row differs because of the inputs.
    expect(p.summary).toMatchObject({ compared: 408, equal: 398, rounding: 10, inhabitantsStandIn: 0, inputs: 0 });
    const differing = p.rows.filter((r) => r.published!.clientSupport.reason !== null || r.published!.ivh.reason !== null);
    expect(differing.map((r) => r.info.name).sort()).toEqual(['Amersfoort', 'Amsterdam', 'De Ronde Venen', 'Leeuwarden', 'Lopik', 'Rotterdam', 'Schiedam', 'Terschelling', 'Utrecht', 'Zeevang']);
    for (const r of differing) {
      for (const f of [r.published!.clientSupport, r.published!.ivh]) {
        expect(Math.abs(f.differenceCents)).toBeLessThanOrEqual(100);
        if (f.reason !== null) expect([f.reason, f.explanation.length > 0]).toEqual(['rounding', true]);
      }
    }
  });

  it('the CLI/API source "primary" gives the same rows with the counts, and the published check still holds', async () => {
    const { rows } = await allocations(t.db, { year: 2014, source: 'primary' });
    expect(rows).toHaveLength(408);
    expect(rows.find((r) => r.info.name === 'Aa en Hunze')).toMatchObject({ clients: 100, inhabitants: 25_541 });
    expect((await budgetCheck(t.db, 2014)).ok).toBe(true);
  });

  it('next year: imported inhabitants and clients for the 403 municipalities of 2014 give a new allocation, explained from the counts', async () => {
    const members = await listMunicipalities(t.db, { divisionYear: 2014 });
    expect(members).toHaveLength(403);
    const file = csv(['gemeente;inwoners;clienten', ...members.map((m, i) => `${m.cbsCode ?? m.name};${10_000 + i * 37};${20 + (i % 50)}`)]);
    const result = await importCounts(t.db, 2015, file, 'aantallen-2015.csv', 'illustratief testbestand');
    expect(result).toEqual({ count: 403, divisionYear: 2014 });
    const p = await primaryAllocation(t.db, 2015);
    expect(p.rows).toHaveLength(403);
    expect(p.budgetsYear).toBe(2014);
    expect(sum(p.rows.map((r) => r.clientSupport.cents))).toBe(178_669_214_00);
    expect(p.rows.every((r) => r.inhabitantsBasis === 'counts' && r.published === null)).toBe(true);
    const labels = p.rows[0]!.clientSupport.provenance.inputs.map((i) => i.label);
    expect(labels.slice(0, 4)).toEqual(['inwoners gemeente', 'inwoners MEE-organisatie', 'MEE-cliënten gemeente', 'MEE-cliënten MEE-organisatie']);
  });

  it('an import with problems lists each with row and column, and saves nothing', async () => {
    const before = await primaryAllocation(t.db, 2015);
    const file = csv(['gemeente;inwoners;clienten', 'Assen;12.345;10', 'Atlantis;1;1', 'Assen;1;1', 'Emmen;twaalf;3', 'Ede;;']);
    const err = (await importCounts(t.db, 2015, file, 'fout.csv', 'test').catch((e) => e)) as TableImportError;
    expect(err).toBeInstanceOf(TableImportError);
    expect(err.problems.map((p) => [p.row, p.column])).toEqual([
      [3, 'gemeente'],
      [4, 'gemeente'],
      [5, 'inwoners'],
      [6, 'inwoners'],
    ]);
    expect(err.problems[0]!.message).toBe('"Atlantis" is geen gemeente van deze gemeentelijke indeling.');
    expect((await primaryAllocation(t.db, 2015)).rows).toEqual(before.rows);
    await expect(importCounts(t.db, 2015, file, 'fout.csv', ' ')).rejects.toThrow(/bron/);
    await expect(importCounts(t.db, 2031, file, 'fout.csv', 'x')).rejects.toThrow(/indeling van 1 januari 2030 is niet bekend/);
  });

  it('reads counts as spreadsheets write them', () => {
    expect([parseCount('12345'), parseCount('12.345'), parseCount('1 234 567'), parseCount('12345,0'), parseCount(''), parseCount('12,5'), parseCount('-3')]).toEqual([
      12345, 12345, 1234567, 12345, null, 'invalid', 'invalid',
    ]);
  });

  it('regional pool against actual use: without use nothing moves; with uneven use some gain and some lose', async () => {
    const none = await poolsAgainstUse(t.db, 2014);
    expect(none.useSource).toBe('casework');
    expect(none.pools.every((p) => p.noUse)).toBe(true);

    const published = await allocations(t.db, { year: 2014, source: 'published' });
    const drenthe = published.rows.filter((r) => r.info.youthRegion.code === 'drenthe');
    // Use: every municipality of Drenthe 100 clients, whatever its budget.
    await importUsage(t.db, 2014, csv(['gemeente;clienten', ...drenthe.map((r) => `${r.info.name};100`)]), 'gebruik.csv', 'illustratief');
    const pools = await poolsAgainstUse(t.db, 2014);
    expect(pools.useSource).toBe('import');
    const region = pools.pools.find((p) => p.youthRegionId === 'drenthe')!;
    expect(region.poolCents).toBe(sum(drenthe.map((r) => r.clientSupportCents)));
    expect(sum(region.members.map((m) => m.differenceCents))).toBe(0);
    expect(region.members.some((m) => m.outcome === 'wint')).toBe(true);
    expect(region.members.some((m) => m.outcome === 'verliest')).toBe(true);
    const assen = region.members.find((m) => m.municipalityId === 'assen')!;
    expect(assen.differenceCents).toBe(assen.contributionCents - assen.costOfUseCents);
  });
});
