import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../src/db/sql.ts';
import { testEngines } from '../helpers/db.ts';
import { testApp, type TestApp } from '../helpers/app.ts';
import { grant, signIn, type SignedIn } from '../helpers/auth.ts';

/** One stored version of a municipality's answers, with the moments we need (straight into 0004's table). */
async function version(t: TestApp, roundId: string, code: string, v: number, status: string, stage: string, savedAt: string, submittedAt: string | null) {
  await t.test.db.execute(sql`
    insert into monitor_responses (round_id, municipality_code, version, status, answers, answered_by, saved_at, submitted_at)
    values (${roundId}, ${code}, ${v}, ${status}, ${JSON.stringify({ stage })}::jsonb, 'gemeente', ${savedAt}::timestamptz, ${submittedAt}::timestamptz)`);
}

describe.each(testEngines)('monitor changes since the previous round and the monthly trend (%s)', (engine) => {
  let t: TestApp;
  let ministry: SignedIn;
  beforeAll(async () => {
    t = await testApp(engine);
    ministry = await signIn(t.test.db, [grant('landelijk', 'landelijk', 'nl')]);
    // May: Utrecht at civil-servant level, Amstelveen at college level.
    await version(t, '2014-05', 'utrecht', 1, 'ingediend', 'ambtelijk', '2014-05-06T10:00:00Z', '2014-05-06T10:00:00Z');
    await version(t, '2014-05', 'amstelveen', 1, 'ingediend', 'college', '2014-05-06T10:00:00Z', '2014-05-06T10:00:00Z');
    // October: Utrecht moves to college, submitted on 6 October and accepted in November (the acceptance
    // copies the answer; it was given in October). Amstelveen stays at college, but answers at 00:30 on
    // 1 November Dutch time (still 31 October in UTC). Aalsmeer only has a concept: it did not answer.
    await version(t, '2014-10', 'utrecht', 1, 'ingediend', 'college', '2014-10-06T10:00:00Z', '2014-10-06T10:00:00Z');
    await version(t, '2014-10', 'utrecht', 2, 'geaccepteerd', 'college', '2014-11-04T09:00:00Z', null);
    await version(t, '2014-10', 'amstelveen', 1, 'ingediend', 'college', '2014-10-31T23:30:00Z', '2014-10-31T23:30:00Z');
    await version(t, '2014-10', 'aalsmeer', 1, 'concept', 'definitief', '2014-10-07T10:00:00Z', null);
  });
  afterAll(async () => t?.close());
  const get = (url: string) => t.app.inject({ method: 'GET', url: `/api/v1/monitor${url}`, headers: ministry.headers });

  it('lists the municipalities whose stage changed, and the counts per stage now and in the previous round', async () => {
    const res = await get('/rondes/2014-10/veranderingen');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.ronde.id).toBe('2014-10');
    expect(body.vorigeRonde.id).toBe('2014-05');
    expect(body.aantalGemeenten).toBe(403);
    expect(body.veranderd).toEqual([{ gemeente: { code: 'utrecht', naam: 'Utrecht' }, vorige: 'ambtelijk', nu: 'college' }]);
    const per = Object.fromEntries(body.perStatus.map((s: { status: string; nu: number; vorige: number }) => [s.status, [s.nu, s.vorige]]));
    expect(per).toMatchObject({ ambtelijk: [0, 1], college: [2, 1], definitief: [0, 0], geen_antwoord: [401, 401] });
    const sum = (side: 0 | 1) => Object.values<number[]>(per).reduce((a, b) => a + b[side]!, 0);
    expect([sum(0), sum(1)]).toEqual([403, 403]);
  });

  it('has no previous round for the first round, and answers 404 in Dutch for an unknown round', async () => {
    const first = (await get('/rondes/2014-04/veranderingen')).json();
    expect(first).toMatchObject({ vorigeRonde: null, veranderd: [] });
    const unknown = await get('/rondes/2099-01/veranderingen');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().detail).toMatch(/bestaat niet/);
  });

  it('puts each answer in the month it was given, in Dutch time; a later acceptance does not move it', async () => {
    const res = await get('/trend/maanden');
    expect(res.statusCode, res.body).toBe(200);
    const points = res.json().map((p: { maand: string; rondeId: string; antwoorden: number; perFase: Record<string, number> }) => [p.maand, p.rondeId, p.antwoorden, p.perFase.college]);
    expect(points).toEqual([
      ['2014-05', '2014-05', 2, 1],
      ['2014-10', '2014-10', 1, 1], // Utrecht: given in October, accepted in November
      ['2014-11', '2014-10', 1, 1], // Amstelveen: 00:30 on 1 November in the Netherlands
    ]);
  });
});
