/**
 * The Algemene termijnenwet (Atw). Art. 1 lid 1: a period set by law that ends on a Saturday, Sunday or
 * "algemeen erkende feestdag" is extended to the next day that is none of these.
 * - Art. 3 lid 1 lists the feestdagen: Nieuwjaarsdag, christelijke tweede Paas- en Pinksterdag, beide
 *   Kerstdagen, Hemelvaartsdag, the day the King's birthday is celebrated, and de vijfde mei.
 * - Art. 3 lid 2: "Voor de toepassing van deze wet wordt Goede Vrijdag met de in het vorige lid genoemde
 *   dagen gelijkgesteld." So Goede Vrijdag DOES extend a period, although it is not in the lid 1 list.
 *   (Our brief said otherwise; the text of art. 3 decides. Counting it can only make a period longer,
 *   which is what the law gives the client.)
 * - Art. 3 lid 3: further days can be equated by Royal Decree, published in the Staatscourant for a few
 *   years at a time (e.g. the Friday after Hemelvaartsdag). Those are not predictable by a formula, so
 *   they are data (atw-decrees.ts, the default) or passed as `equatedDays`.
 * Eerste Paas- and Pinksterdag are Sundays anyway; we list them so the table reads like the calendar.
 */
import { ATW_EQUATED_DAYS } from './atw-decrees.ts';
import { addDays, fromParts, toParts, weekday, type IsoDate } from './calendar.ts';

/**
 * Koningsdag on 27 April (King Willem-Alexander's birthday) exists since 2014; earlier years had
 * Koninginnedag on 30 April with its own Sunday rule. Periods in this domain start with the Wmo 2015, so we refuse earlier
 * years instead of guessing a historical calendar.
 */
export const FIRST_SUPPORTED_YEAR = 2014;

export type AtwHolidayName =
  | 'nieuwjaarsdag'
  | 'goede_vrijdag'
  | 'eerste_paasdag'
  | 'tweede_paasdag'
  | 'koningsdag'
  | 'bevrijdingsdag'
  | 'hemelvaartsdag'
  | 'eerste_pinksterdag'
  | 'tweede_pinksterdag'
  | 'eerste_kerstdag'
  | 'tweede_kerstdag'
  | 'gelijkgestelde_dag';

export const HOLIDAY_LABELS: Readonly<Record<AtwHolidayName, string>> = {
  nieuwjaarsdag: 'Nieuwjaarsdag',
  goede_vrijdag: 'Goede Vrijdag',
  eerste_paasdag: 'Eerste Paasdag',
  tweede_paasdag: 'Tweede Paasdag',
  koningsdag: 'Koningsdag',
  bevrijdingsdag: 'Bevrijdingsdag',
  hemelvaartsdag: 'Hemelvaartsdag',
  eerste_pinksterdag: 'Eerste Pinksterdag',
  tweede_pinksterdag: 'Tweede Pinksterdag',
  eerste_kerstdag: 'Eerste Kerstdag',
  tweede_kerstdag: 'Tweede Kerstdag',
  gelijkgestelde_dag: 'Bij Koninklijk Besluit gelijkgestelde dag',
};

/**
 * Days equated with a feestdag by Royal Decree (Atw art. 3 lid 3), as published in the Staatscourant.
 * Without this option the decrees we hold (atw-decrees.ts) apply; pass `[]` for the statute alone.
 */
export interface AtwOptions {
  readonly equatedDays?: readonly IsoDate[];
}

export interface AtwHoliday {
  readonly date: IsoDate;
  readonly name: AtwHolidayName;
}

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return fromParts(year, month, day);
}

/** Koningsdag: 27 April, or 26 April when the 27th is a Sunday (it then moves forward, not back to Monday). */
export function kingsDay(year: number): IsoDate {
  const date = fromParts(year, 4, 27);
  return weekday(date) === 7 ? fromParts(year, 4, 26) : date;
}

function assertSupported(year: number): void {
  if (!Number.isInteger(year) || year < FIRST_SUPPORTED_YEAR || year > 9999) {
    throw new RangeError(`Feestdagen volgens de Algemene termijnenwet zijn alleen bekend vanaf ${FIRST_SUPPORTED_YEAR} (gevraagd: ${year}).`);
  }
}

/** The Atw feestdagen of one year (lid 1 and 2, plus any lid 3 days given), in calendar order. */
export function atwHolidays(year: number, options: AtwOptions = {}): readonly AtwHoliday[] {
  assertSupported(year);
  const easter = easterSunday(year);
  const list: AtwHoliday[] = [
    { date: fromParts(year, 1, 1), name: 'nieuwjaarsdag' },
    { date: addDays(easter, -2), name: 'goede_vrijdag' },
    { date: easter, name: 'eerste_paasdag' },
    { date: addDays(easter, 1), name: 'tweede_paasdag' },
    { date: kingsDay(year), name: 'koningsdag' },
    // Under the Atw 5 mei counts every year, not only in lustrum years as in many collective agreements.
    { date: fromParts(year, 5, 5), name: 'bevrijdingsdag' },
    { date: addDays(easter, 39), name: 'hemelvaartsdag' },
    { date: addDays(easter, 49), name: 'eerste_pinksterdag' },
    { date: addDays(easter, 50), name: 'tweede_pinksterdag' },
    { date: fromParts(year, 12, 25), name: 'eerste_kerstdag' },
    { date: fromParts(year, 12, 26), name: 'tweede_kerstdag' },
    ...(options.equatedDays ?? ATW_EQUATED_DAYS)
      .filter((d) => toParts(d).year === year)
      .map((date) => ({ date, name: 'gelijkgestelde_dag' as const })),
  ];
  return list.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

/** The names of the feestdagen on this date (two can coincide: Hemelvaartsdag on 5 mei in 2016). */
export function atwHolidaysOn(date: IsoDate, options: AtwOptions = {}): readonly AtwHolidayName[] {
  return atwHolidays(toParts(date).year, options)
    .filter((h) => h.date === date)
    .map((h) => h.name);
}

/** A day on which an Atw period may end: not a Saturday, Sunday or feestdag. */
export function isAtwWorkingDay(date: IsoDate, options: AtwOptions = {}): boolean {
  return weekday(date) < 6 && atwHolidaysOn(date, options).length === 0;
}

/** Atw art. 1: the date itself when it is a working day, else the next working day. */
export function extendToWorkingDay(date: IsoDate, options: AtwOptions = {}): IsoDate {
  let day = date;
  while (!isAtwWorkingDay(day, options)) day = addDays(day, 1);
  return day;
}
