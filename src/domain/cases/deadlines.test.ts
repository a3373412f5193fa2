import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, fromDayNumber, toDayNumber, weekday } from './calendar.ts';
import { appealDeadline, isFiledInTime, objectionDeadline, warningsDue } from './deadlines.ts';
import { atwHolidaysOn } from './holidays.ts';

describe('objection period: six weeks from the day after the decision was sent (Awb 6:7, 6:8)', () => {
  it('ends on the same weekday six weeks later', () => {
    expect(objectionDeadline('2014-09-01')).toEqual({
      kind: 'bezwaar',
      announcedOn: '2014-09-01',
      startsOn: '2014-09-02',
      plainEndsOn: '2014-10-13',
      endsOn: '2014-10-13',
      extendedBecause: [],
      mayStillMove: false,
      mayStillMoveBecause: null,
    });
  });

  it.each([
    ['weekend', '2015-01-03', '2015-02-14', '2015-02-16'],
    ['Goede Vrijdag and Easter Monday (Atw art. 3 lid 2)', '2015-02-20', '2015-04-03', '2015-04-07'],
    ['Easter Monday', '2015-02-23', '2015-04-06', '2015-04-07'],
    ["King's Day 2015 (Monday 27 April)", '2015-03-16', '2015-04-27', '2015-04-28'],
    ["King's Day 2014 (Saturday 26 April, as the 27th was a Sunday)", '2014-03-15', '2014-04-26', '2014-04-28'],
    ['Liberation Day', '2015-03-24', '2015-05-05', '2015-05-06'],
    ['Ascension Day and the Friday after, equated by the decree of 17 June 2013', '2015-04-02', '2015-05-14', '2015-05-18'],
    ['Whit Monday', '2015-04-13', '2015-05-25', '2015-05-26'],
    ['Christmas and the weekend after', '2014-11-13', '2014-12-25', '2014-12-29'],
    ['New Year and 2 January 2015 (equated)', '2014-11-20', '2015-01-01', '2015-01-05'],
    ['New Year 2016 (no equated day)', '2015-11-20', '2016-01-01', '2016-01-04'],
    ['Ascension Day on Liberation Day 2016, then the equated 6 May', '2016-03-24', '2016-05-05', '2016-05-09'],
    ['Easter Monday and King\'s Day in a row (2038)', '2038-03-12', '2038-04-23', '2038-04-28'],
  ])('%s', (_label, sent, plain, ends) => {
    const d = objectionDeadline(sent);
    expect([d.plainEndsOn, d.endsOn]).toEqual([plain, ends]);
    expect(d.extendedBecause).toHaveLength(daysBetween(plain, ends));
  });

  it('explains the extension in Dutch', () => {
    expect(objectionDeadline('2015-02-20').extendedBecause).toEqual([
      'vrijdag 3 april 2015 (Goede Vrijdag)',
      'zaterdag 4 april 2015',
      'zondag 5 april 2015 (Eerste Paasdag)',
      'maandag 6 april 2015 (Tweede Paasdag)',
    ]);
  });

  it('an appeal runs six weeks from the decision on the objection', () => {
    expect(appealDeadline('2015-06-30')).toMatchObject({ kind: 'beroep', endsOn: '2015-08-11' });
  });
});

describe('properties of a computed deadline (2014–2100)', () => {
  const date = fc.integer({ min: toDayNumber('2014-01-01'), max: toDayNumber('2100-10-31') }).map(fromDayNumber);

  it('never ends on a weekend day or Atw feestdag, never before the plain six weeks, and skips only non-working days', () => {
    fc.assert(
      fc.property(date, (sent) => {
        const d = objectionDeadline(sent);
        expect(d.plainEndsOn).toBe(addDays(sent, 42));
        expect(weekday(d.endsOn)).toBeLessThan(6);
        expect(atwHolidaysOn(d.endsOn)).toEqual([]);
        const extension = daysBetween(d.plainEndsOn, d.endsOn);
        expect(extension).toBeGreaterThanOrEqual(0);
        expect(extension).toBeLessThanOrEqual(5);
        for (let i = 0; i < extension; i++) {
          const skipped = addDays(d.plainEndsOn, i);
          expect(weekday(skipped) >= 6 || atwHolidaysOn(skipped).length > 0).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('filing in time (Awb 6:9)', () => {
  const d = objectionDeadline('2014-09-01'); // ends 13 October 2014
  it('counts receipt by the last day, or posting by then with receipt within a week', () => {
    expect(isFiledInTime(d, { receivedOn: '2014-10-13' })).toBe(true);
    expect(isFiledInTime(d, { receivedOn: '2014-10-14' })).toBe(false);
    expect(isFiledInTime(d, { receivedOn: '2014-10-20', postedOn: '2014-10-13' })).toBe(true);
    expect(isFiledInTime(d, { receivedOn: '2014-10-21', postedOn: '2014-10-13' })).toBe(false);
    expect(isFiledInTime(d, { receivedOn: '2014-10-15', postedOn: '2014-10-14' })).toBe(false);
  });
});

describe('warnings before a deadline lapses', () => {
  const deadlines = [
    { ...objectionDeadline('2014-09-01'), caseId: 'a' }, // 13 Oct
    { ...objectionDeadline('2014-09-03'), caseId: 'b' }, // 15 Oct
    { ...appealDeadline('2014-08-20'), caseId: 'c' }, // 1 Oct: lapsed
    { ...objectionDeadline('2014-10-01'), caseId: 'd' }, // 12 Nov: far away
  ];

  it('warns for deadlines within the window, soonest first, with the caller\'s data', () => {
    const w = warningsDue(deadlines, '2014-10-10', 5);
    expect(w.map((x) => [x.deadline.caseId, x.daysLeft])).toEqual([['a', 3], ['b', 5]]);
    expect(w[0]!.message).toBe('De bezwaartermijn verloopt over 3 dagen, op 13 oktober 2014.');
  });

  it('says today and tomorrow, and leaves lapsed deadlines out', () => {
    expect(warningsDue(deadlines, '2014-10-13', 1).map((x) => x.message)).toEqual([
      'De bezwaartermijn verloopt vandaag (13 oktober 2014).',
    ]);
    expect(warningsDue(deadlines, '2014-10-14', 1)[0]!.message).toBe('De bezwaartermijn verloopt morgen (15 oktober 2014).');
    expect(warningsDue(deadlines, '2014-10-02', 0)).toEqual([]);
    expect(() => warningsDue(deadlines, '2014-10-02', -1)).toThrow(RangeError);
  });
});
