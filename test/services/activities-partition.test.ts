import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../src/db/sql.ts';
import { readyDatabase, testEngines, type TestDatabase } from '../helpers/db.ts';
import { ActivityImportError, importActivities } from '../../src/services/activities/import.ts';
import { summarizeActivities } from '../../src/services/activities/summary.ts';
import { reportIndexesSettled, scheduleReportIndexes } from '../../src/services/activities/report-index.ts';

/*
 * Issue 23 goal 2, migrations 0030 and 0035: a large import becomes a partition of its own (COPY into a
 * fresh table, attached without an index, its report index built after the commit), a small one is moved
 * into the shared partition. The threshold is
 * set low here so a small file takes the large-import path; behaviour must be the same on both paths.
 */
const HEADER = 'datum;gemeenteCode;aanbiederCode;dienst;minuten;doelgroep;leeftijdscategorie;levensdomein;wijk';
const file = (rows: string[]) => Readable.from([Buffer.from(`${HEADER}\n${rows.join('\n')}\n`)]);
const REPORT_INDEX = /\(municipality_code, activity_date\) INCLUDE \(provider_code, import_id, service, minutes/;
const rowsOf = (provider: string, n: number) => Array.from({ length: n }, (_, i) => `2015-05-${String(1 + (i % 28)).padStart(2, '0')};utrecht;${provider};Huisbezoek;${10 + (i % 5)};;65+;;`);

describe.each(testEngines)('activity import, partition per import, on %s', (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await readyDatabase(engine);
  });
  afterAll(async () => t?.cleanup());

  const count = async () => (await t.db.rows<{ n: number }>(sql`select count(*)::int as n from provider_activities`))[0]!.n;
  const partitions = async () =>
    (await t.db.rows<{ name: string }>(sql`select c.relname as name from pg_inherits i join pg_class c on c.oid = i.inhrelid where i.inhparent = 'provider_activities_bulk'::regclass order by 1`)).map((r) => r.name);
  const indexesOf = async (table: string) =>
    (await t.db.rows<{ def: string }>(sql`select pg_get_indexdef(indexrelid) as def from pg_index where indrelid = ${table}::regclass`)).map((i) => i.def);
  /** Import tables that are not partitions: none may stay behind. */
  const loose = async () =>
    (await t.db.rows<{ name: string }>(sql`select relname as name from pg_class where relname ~ '^provider_activities_[0-9a-f]{32}$' and relkind = 'r' and not relispartition`)).map((r) => r.name);

  it('makes a large import a partition of its own, with the report index, readable by the summary', async () => {
    const r = await importActivities(t.db, { source: file(rowsOf('groot', 50)), fileName: 'groot.csv', userId: null, ownPartitionRows: 20 });
    expect(r).toMatchObject({ rowCount: 50, minutes: 600, alreadyImported: false });
    const names = await partitions();
    expect(names).toEqual([`provider_activities_${r.importId.replace(/-/g, '')}`]);
    const [rows] = await t.db.rows<{ n: number }>(sql`select count(*)::int as n from ${sql.identifier(names[0]!)}`);
    expect(rows!.n).toBe(50);
    // Readable at once, index or not.
    const s = await summarizeActivities(t.db, { municipalityCode: 'utrecht', from: '2015-05-01', to: '2015-05-31' });
    expect(s.totals).toEqual({ minutes: 600, rows: 50 });
    await reportIndexesSettled(t.db);
    expect(await indexesOf(names[0]!)).toEqual([expect.stringMatching(REPORT_INDEX)]);
    expect(await loose()).toEqual([]);
  });

  it('builds a report index that is missing or invalid (a crash between the commit and the build)', async () => {
    const [name] = await partitions();
    await t.db.script(`drop index ${name}_report`);
    expect(await indexesOf(name!)).toEqual([]);
    await scheduleReportIndexes(t.db);
    expect(await indexesOf(name!)).toEqual([expect.stringMatching(REPORT_INDEX)]);
    // What a failed CREATE INDEX CONCURRENTLY leaves: an index marked invalid. It is made again.
    await t.db.script(`update pg_index set indisvalid = false where indexrelid = '${name}_report'::regclass`);
    await scheduleReportIndexes(t.db);
    const [valid] = await t.db.rows<{ ok: boolean }>(sql`select indisvalid as ok from pg_index where indexrelid = ${`${name}_report`}::regclass`);
    expect(valid!.ok).toBe(true);
    expect(await indexesOf(name!)).toEqual([expect.stringMatching(REPORT_INDEX)]);
  });

  it('moves a small import into the shared partition and drops its table', async () => {
    const before = await partitions();
    const r = await importActivities(t.db, { source: file(rowsOf('klein', 5)), fileName: 'klein.csv', userId: null, ownPartitionRows: 20 });
    expect(r).toMatchObject({ rowCount: 5, minutes: 60 });
    expect(await partitions()).toEqual(before);
    const [shared] = await t.db.rows<{ n: number }>(sql`select count(*)::int as n from provider_activities_shared where import_id = ${r.importId}`);
    expect(shared!.n).toBe(5);
    expect(await loose()).toEqual([]);
  });

  it('adds nothing for a duplicate large import and reports the earlier one with its minutes', async () => {
    const before = { rows: await count(), partitions: await partitions() };
    const again = await importActivities(t.db, { source: file(rowsOf('groot', 50)), fileName: 'weer.csv', userId: null, ownPartitionRows: 20 });
    expect(again).toMatchObject({ alreadyImported: true, rowCount: 50, minutes: 600, fileName: 'groot.csv' });
    expect({ rows: await count(), partitions: await partitions() }).toEqual(before);
    expect(await loose()).toEqual([]);
  });

  it('keeps nothing of a large import with a bad row after its good rows, and names the row', async () => {
    const before = { rows: await count(), partitions: await partitions() };
    // More than a PGlite chunk (10,000 rows): its table exists when the bad row comes, and must go.
    const rows = [...rowsOf('fout', 10_050), '2015-02-30;utrecht;fout;Huisbezoek;10;;;;'];
    const err = await importActivities(t.db, { source: file(rows), fileName: 'fout.csv', userId: null, ownPartitionRows: 20 }).catch((e) => e);
    expect(err).toBeInstanceOf(ActivityImportError);
    expect(err.problems).toEqual([expect.objectContaining({ row: 10_052, column: 'datum' })]);
    expect({ rows: await count(), partitions: await partitions() }).toEqual(before);
    expect(await loose()).toEqual([]);
  });
});
