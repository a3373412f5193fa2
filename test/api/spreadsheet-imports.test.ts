import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../src/db/sql.ts';
import { testEngines } from '../helpers/db.ts';
import { testApp, type TestApp } from '../helpers/app.ts';
import { grant, signIn, type SignedIn } from '../helpers/auth.ts';
import { loadDemoMonitor } from '../../src/services/monitor/demo.ts';

/**
 * Issue 18 §2: XLSX files made by LibreOffice Calc (test/fixtures/spreadsheets/make-fixtures.sh) go
 * through the imports' routes with number cells, date cells, serial dates, empty cells and an empty row.
 */
const fixture = (name: string) => fs.readFileSync(new URL(`../fixtures/spreadsheets/${name}`, import.meta.url));
const xlsxType = { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };

describe.each(testEngines)('imports of LibreOffice files on %s', (engine) => {
  let t: TestApp;
  let ministry: SignedIn;
  let beheer: SignedIn;
  beforeAll(async () => {
    t = await testApp(engine);
    await loadDemoMonitor(t.test.db);
    ministry = await signIn(t.test.db, [grant('landelijk', 'landelijk', 'nl')]);
    beheer = await signIn(t.test.db, [grant('beheer', 'gemeente', 'utrecht')], 'Beheer');
  }, 120_000);
  afterAll(async () => t?.close());
  const post = (user: SignedIn, url: string, name: string) => t.app.inject({ method: 'POST', url: `/api/v1${url}`, headers: { ...user.headers, ...xlsxType }, payload: fixture(name) });
  const codeOf = async (name: string) => (await t.test.db.rows<{ code: string }>(sql`select code from municipalities where name = ${name} limit 1`))[0]!.code;

  it('MEE monitor: date cell, Dutch text date, Excel serial and an empty date', async () => {
    const res = await post(ministry, '/monitor/rondes/2014-11/mee-monitor/import', 'mee-monitor.xlsx');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ aantal: 4 });
    const rows = await t.test.db.rows<{ municipality_code: string; stage: string; reported_on: string | null }>(sql`
      select municipality_code, stage, to_char(reported_on, 'YYYY-MM-DD') as reported_on from mee_monitor_entries where round_id = '2014-11'`);
    const by = new Map(rows.map((r) => [r.municipality_code, r]));
    expect(by.get(await codeOf('Amsterdam'))).toMatchObject({ stage: 'college', reported_on: '2014-10-01' });
    expect(by.get(await codeOf('Utrecht'))).toMatchObject({ stage: 'ambtelijk', reported_on: '2014-10-02' });
    expect(by.get(await codeOf('Rotterdam'))).toMatchObject({ stage: 'definitief', reported_on: '2014-10-03' });
    expect(rows.filter((r) => r.reported_on === null)).toHaveLength(1);
  });

  it('monitor responses: the MEE budget to the cent from a number cell and from Dutch text', async () => {
    const res = await post(ministry, '/monitor/rondes/2014-11/antwoorden/import', 'monitor-responses.xlsx');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ aantal: 2 });
    const budget = async (name: string) =>
      (await t.test.db.rows<{ cents: number }>(sql`
        select (answers ->> 'budgetMee2015Cents')::bigint::int as cents from monitor_responses
         where round_id = '2014-11' and municipality_code = ${await codeOf(name)} order by version desc limit 1`))[0]!.cents;
    expect(await budget('Amsterdam')).toBe(3_000_000_50);
    expect(await budget('Utrecht')).toBe(1_250_000_75);
  });

  it('MEE case handover: birth year as a number, start date as a date cell and as a serial, empty optional cells', async () => {
    const res = await post(beheer, '/dossiers/mee-overdracht/import', 'mee-handover.xlsx');
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().aantal).toBe(2);
    const notes = await t.test.db.rows<{ d: string }>(sql`select to_char(occurred_on, 'YYYY-MM-DD') as d from case_notes where kind = 'contactmoment' order by occurred_on`);
    expect(notes.map((n) => n.d)).toEqual(['2014-09-01', '2014-11-15']);
  });
});
