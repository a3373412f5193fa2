import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, addYears, daysBetween, formatDutch, fromDayNumber, isIsoDate, toDayNumber, weekday } from './calendar.ts';

describe('calendar dates', () => {
  it('agrees with the UTC calendar of Date (used here only as an oracle)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (n) => {
        const date = fromDayNumber(n);
        expect(date).toBe(new Date(n * 86_400_000).toISOString().slice(0, 10));
        expect(toDayNumber(date)).toBe(n);
        expect(weekday(date) % 7).toBe(new Date(n * 86_400_000).getUTCDay());
      }),
    );
  });

  it('validates dates', () => {
    expect(['2015-02-28', '2016-02-29', '2000-02-29'].every(isIsoDate)).toBe(true);
    expect(['2015-02-29', '1900-02-29', '2015-13-01', '2015-1-1', '15-01-01', ''].some(isIsoDate)).toBe(false);
    expect(() => toDayNumber('2015-02-30')).toThrow(RangeError);
  });

  it('adds days, months and years', () => {
    expect(addDays('2014-12-31', 1)).toBe('2015-01-01');
    expect(addMonths('2014-10-31', 4)).toBe('2015-02-28');
    expect(addMonths('2015-10-31', 4)).toBe('2016-02-29');
    expect(addMonths('2015-01-15', -1)).toBe('2014-12-15');
    expect(addYears('2016-02-29', 5)).toBe('2021-02-28');
    expect(daysBetween('2015-01-01', '2014-12-25')).toBe(-7);
  });

  it('writes dates the Dutch way', () => {
    expect(formatDutch('2014-10-13')).toBe('13 oktober 2014');
    expect(weekday('2014-09-01')).toBe(1);
  });
});
