import { describe, expect, it } from 'vitest';
import { atwHolidays, atwHolidaysOn, easterSunday, extendToWorkingDay, isAtwWorkingDay, kingsDay } from './holidays.ts';

describe('Easter (anonymous Gregorian algorithm)', () => {
  it.each([
    [2014, '2014-04-20'],
    [2015, '2015-04-05'],
    [2016, '2016-03-27'],
    [2017, '2017-04-16'],
    [2018, '2018-04-01'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('%i → %s', (year, date) => expect(easterSunday(year)).toBe(date));
});

describe('Atw feestdagen', () => {
  it('lists 2015 completely, with the days the decree of 17 June 2013 equated', () => {
    expect(atwHolidays(2015).map((h) => `${h.date} ${h.name}`)).toEqual([
      '2015-01-01 nieuwjaarsdag',
      '2015-01-02 gelijkgestelde_dag',
      '2015-04-03 goede_vrijdag',
      '2015-04-05 eerste_paasdag',
      '2015-04-06 tweede_paasdag',
      '2015-04-27 koningsdag',
      '2015-05-04 gelijkgestelde_dag',
      '2015-05-05 bevrijdingsdag',
      '2015-05-14 hemelvaartsdag',
      '2015-05-15 gelijkgestelde_dag',
      '2015-05-24 eerste_pinksterdag',
      '2015-05-25 tweede_pinksterdag',
      '2015-12-25 eerste_kerstdag',
      '2015-12-26 tweede_kerstdag',
    ]);
  });

  it('moves Koningsdag to 26 April when 27 April is a Sunday (2014, 2025)', () => {
    expect(kingsDay(2014)).toBe('2014-04-26');
    expect(kingsDay(2025)).toBe('2025-04-26');
    expect(kingsDay(2016)).toBe('2016-04-27');
    expect(atwHolidaysOn('2014-04-27')).toEqual([]);
  });

  it('knows that Hemelvaartsdag and Bevrijdingsdag coincide in 2016', () => {
    expect([...atwHolidaysOn('2016-05-05')].sort()).toEqual(['bevrijdingsdag', 'hemelvaartsdag']);
  });

  it('counts 5 May every year, not only in lustrum years', () => {
    expect(isAtwWorkingDay('2016-05-05')).toBe(false);
    expect(isAtwWorkingDay('2017-05-05')).toBe(false);
  });

  it('takes days equated by Royal Decree as data (art. 3 lid 3)', () => {
    const statuteOnly = { equatedDays: [] };
    expect(isAtwWorkingDay('2015-05-15', statuteOnly)).toBe(true);
    expect(isAtwWorkingDay('2015-05-15', { equatedDays: ['2015-05-15'] })).toBe(false);
    // Without options the decrees we hold apply (atw-decrees.ts): 15 May 2015 is equated.
    expect(isAtwWorkingDay('2015-05-15')).toBe(false);
    expect(extendToWorkingDay('2015-05-14')).toBe('2015-05-18');
  });

  it('refuses years before Koningsdag existed', () => {
    expect(() => atwHolidays(2013)).toThrow(RangeError);
  });
});
