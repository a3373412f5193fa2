import { describe, expect, it } from 'vitest';
import { equatedDaysCoverage, LAST_DECREE_YEAR } from './atw-decrees.ts';
import { assessTimeliness, deadlineUncertainty, objectionDeadline } from './deadlines.ts';

describe('a last day no decree covers may still move (Atw art. 3 lid 3)', () => {
  it('knows which years a decree we can cite covers', () => {
    expect(LAST_DECREE_YEAR).toBe(2028);
    expect([2014, 2019, 2020, 2022, 2023, 2028, 2029].map(equatedDaysCoverage)).toEqual([
      'verified', 'verified', 'not_verified', 'not_verified', 'verified', 'verified', 'not_published',
    ]);
  });

  it('says so in Dutch after the last published decree', () => {
    const d = objectionDeadline('2028-12-01'); // ends 12 January 2029
    expect(d.endsOn).toBe('2029-01-12');
    expect(d.mayStillMove).toBe(true);
    expect(d.mayStillMoveBecause).toBe(
      "Voor 2029 is nog geen besluit gepubliceerd dat extra dagen gelijkstelt met een feestdag (artikel 3 lid 3 Algemene termijnenwet). Wordt 12 januari 2029 zo'n dag, dan schuift de termijn op naar de eerstvolgende werkdag. Ga uit van 12 januari 2029 als laatste dag.",
    );
  });

  it('says so for a year whose decree we could not check, and not for a covered year', () => {
    expect(deadlineUncertainty('2021-05-14').mayStillMoveBecause).toMatch(/^Het besluit dat voor 2021 .* niet kunnen controleren\./);
    expect(deadlineUncertainty('2026-12-31')).toEqual({ mayStillMove: false, mayStillMoveBecause: null });
  });

  it('extends over the days the decrees equate (2026: 2 January; 2027: 7 May)', () => {
    expect(objectionDeadline('2025-11-20').endsOn).toBe('2026-01-05'); // Thu 1 Jan, Fri 2 Jan equated, weekend
    expect(objectionDeadline('2027-03-25')).toMatchObject({ plainEndsOn: '2027-05-06', endsOn: '2027-05-10' });
    expect(objectionDeadline('2027-03-25').extendedBecause).toEqual([
      'donderdag 6 mei 2027 (Hemelvaartsdag)',
      'vrijdag 7 mei 2027 (Bij Koninklijk Besluit gelijkgestelde dag)',
      'zaterdag 8 mei 2027',
      'zondag 9 mei 2027',
    ]);
  });
});

describe('timeliness from the date of posting and the date of receipt (Awb 6:9)', () => {
  const d = objectionDeadline('2014-09-01'); // last day 13 October 2014

  it('received by the last day: in time under lid 1', () => {
    expect(assessTimeliness(d, { receivedOn: '2014-10-13', postedOn: null })).toEqual({
      inTime: true,
      ground: 'ontvangen_binnen_termijn',
      explanation: 'Op tijd: het kwam binnen op 13 oktober 2014, uiterlijk op de laatste dag van de termijn (13 oktober 2014) (artikel 6:9 lid 1 Awb).',
    });
  });

  it('posted by the last day and received within a week: in time under lid 2', () => {
    expect(assessTimeliness(d, { receivedOn: '2014-10-20', postedOn: '2014-10-13' })).toMatchObject({
      inTime: true,
      ground: 'gepost_binnen_termijn',
      explanation: expect.stringContaining('uiterlijk 20 oktober 2014) (artikel 6:9 lid 2 Awb)'),
    });
  });

  it('posted in time but received after the week: late', () => {
    expect(assessTimeliness(d, { receivedOn: '2014-10-21', postedOn: '2014-10-13' })).toMatchObject({ inTime: false, ground: 'te_laat' });
  });

  it('posted after the last day: late, whenever it arrives', () => {
    expect(assessTimeliness(d, { receivedOn: '2014-10-15', postedOn: '2014-10-14' })?.explanation).toBe(
      'Te laat: het is op 14 oktober 2014 op de post gedaan, na de laatste dag van de termijn (13 oktober 2014) (artikel 6:9 Awb).',
    );
  });

  it('received late without a posting date: late, with a hint that the posting date may save it', () => {
    expect(assessTimeliness(d, { receivedOn: '2014-10-15', postedOn: null })?.explanation).toMatch(/Vul dan de datum in waarop het op de post is gedaan/);
  });

  it('posted in time, not yet received: open, and says by when it must arrive', () => {
    expect(assessTimeliness(d, { receivedOn: null, postedOn: '2014-10-10' })).toMatchObject({
      inTime: null,
      ground: 'wacht_op_ontvangst',
      explanation: expect.stringContaining('uiterlijk 20 oktober 2014 binnenkomt'),
    });
    expect(assessTimeliness(d, { receivedOn: null, postedOn: null })).toBeNull();
  });

  it('adds the supporter\'s Awb 6:11 assessment to a late filing, and only to a late one', () => {
    const excusable = { excusable: true, reason: 'De cliënt lag in het ziekenhuis', decidedOn: '2014-10-22' };
    expect(assessTimeliness(d, { receivedOn: '2014-10-21', postedOn: null }, excusable)?.explanation).toMatch(
      /verschoonbaar \(22 oktober 2014\): De cliënt lag in het ziekenhuis\. Dan mag het bestuursorgaan het bezwaar niet om de termijn niet-ontvankelijk verklaren \(artikel 6:11 Awb\)\.$/,
    );
    expect(assessTimeliness(d, { receivedOn: '2014-10-21', postedOn: null }, { ...excusable, excusable: false })?.explanation).toMatch(
      /niet verschoonbaar \(22 oktober 2014, artikel 6:11 Awb\): De cliënt lag in het ziekenhuis\.$/,
    );
    expect(assessTimeliness(d, { receivedOn: '2014-10-10', postedOn: null }, excusable)?.explanation).not.toMatch(/6:11/);
  });
});
