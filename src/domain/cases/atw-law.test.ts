/**
 * A second, independent reading of the law, written only from its text, checked against the domain for
 * every day from 2014-01-01 to 2028-12-31. It shares no code with calendar.ts, holidays.ts or
 * atw-decrees.ts: dates go through `Date.UTC`, Easter comes from Gauss's algorithm (not the
 * Meeus/Jones/Butcher one the domain uses), and the equated days are read from the CSV in
 * data/reference, not from the TypeScript copy.
 *
 * The text it follows:
 * - Atw art. 1 lid 1: "Een in een wet gestelde termijn die op een zaterdag, zondag of algemeen erkende
 *   feestdag eindigt, wordt verlengd tot en met de eerstvolgende dag die niet een zaterdag, zondag of
 *   algemeen erkende feestdag is."
 * - Atw art. 3 lid 1: "de Nieuwjaarsdag, de Christelijke tweede Paas- en Pinksterdag, de beide Kerstdagen,
 *   de Hemelvaartsdag, de dag waarop de verjaardag van de Koning wordt gevierd en de vijfde mei";
 *   lid 2: Goede Vrijdag is equated; lid 3: further days by decree (the CSV).
 * - Besluit van 30 januari 2013 (Stcrt. 2013, 4075): from 2014 the King's birthday is celebrated on
 *   27 April, "behoudens uitzonderingen in verband met zondagen" — then on Saturday 26 April.
 * - Awb 6:7/6:8: six weeks from the day after the decision was announced; 6:9: in time when received
 *   before the end of the period, or posted before it and received no later than a week after it.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ATW_DECREES } from './atw-decrees.ts';
import { assessTimeliness, objectionDeadline } from './deadlines.ts';
import { atwHolidaysOn, extendToWorkingDay } from './holidays.ts';

const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
const parse = (s: string) => Date.parse(`${s}T00:00:00Z`);

/** Gauss's Easter algorithm for the Gregorian calendar, valid 1900–2099 (M = 24, N = 5). */
function gaussEaster(y: number): number {
  const a = y % 19;
  const b = y % 4;
  const c = y % 7;
  const d = (19 * a + 24) % 30;
  const e = (2 * b + 4 * c + 6 * d + 5) % 7;
  let day = 22 + d + e; // in March; > 31 runs into April
  if (d === 29 && e === 6) day = 50; // 19 April
  if (d === 28 && e === 6 && (11 * 24 + 11) % 30 < 19) day = 49; // 18 April
  return utc(y, 3, 1) + (day - 1) * DAY;
}

interface CsvDecree {
  from: number;
  to: number;
  status: string;
  days: string[];
}

const csv: CsvDecree[] = readFileSync(new URL('../../../data/reference/atw-gelijkgestelde-dagen.csv', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [from, to, status, , , days] = line.split(';');
    return { from: Number(from), to: Number(to), status: status!, days: days ? days.split(',') : [] };
  });
const equated = new Set(csv.flatMap((d) => d.days));

function lawHolidays(y: number): Set<string> {
  const easter = gaussEaster(y);
  const kingsBirthday = new Date(utc(y, 4, 27)).getUTCDay() === 0 ? utc(y, 4, 26) : utc(y, 4, 27);
  return new Set(
    [utc(y, 1, 1), easter - 2 * DAY, easter + DAY, easter + 39 * DAY, easter + 50 * DAY, utc(y, 12, 25), utc(y, 12, 26), kingsBirthday, utc(y, 5, 5)].map(iso),
  );
}

const holidayCache = new Map<number, Set<string>>();
function isFreeDay(t: number): boolean {
  const date = new Date(t);
  const y = date.getUTCFullYear();
  if (!holidayCache.has(y)) holidayCache.set(y, lawHolidays(y));
  const s = iso(t);
  return date.getUTCDay() === 0 || date.getUTCDay() === 6 || holidayCache.get(y)!.has(s) || equated.has(s);
}

function lawExtend(t: number): number {
  let day = t;
  while (isFreeDay(day)) day += DAY;
  return day;
}

/** "May still move": the year of the last day has no decree we can cite, or lies after the last one. */
function lawMayMove(t: number): boolean {
  const y = new Date(t).getUTCFullYear();
  const decree = csv.find((d) => d.from <= y && y <= d.to);
  return !decree || decree.status === 'niet_geverifieerd';
}

const everyDay = (() => {
  const days: number[] = [];
  for (let t = utc(2014, 1, 1); t <= utc(2028, 12, 31); t += DAY) days.push(t);
  return days;
})();

describe('the second implementation itself', () => {
  it('finds Easter where the calendar has it', () => {
    expect([2014, 2016, 2019, 2024, 2025, 2027, 2028].map((y) => iso(gaussEaster(y)))).toEqual([
      '2014-04-20', '2016-03-27', '2019-04-21', '2024-03-31', '2025-04-20', '2027-03-28', '2028-04-16',
    ]);
  });
});

describe('Atw against the text of the law, every day 2014–2028', () => {
  it('agrees on which days are feestdagen or equated days (art. 3)', () => {
    const mismatches = everyDay.filter((t) => {
      const s = iso(t);
      const lawFree = lawHolidays(new Date(t).getUTCFullYear()).has(s) || equated.has(s);
      const domainHoliday = atwHolidaysOn(s).filter((n) => n !== 'eerste_paasdag' && n !== 'eerste_pinksterdag').length > 0;
      return lawFree !== domainHoliday;
    });
    expect(mismatches.map(iso)).toEqual([]);
  });

  it('agrees on the extension of a period ending on each day (art. 1)', () => {
    const mismatches = everyDay.filter((t) => extendToWorkingDay(iso(t)) !== iso(lawExtend(t)));
    expect(mismatches.map(iso)).toEqual([]);
  });

  it('agrees on every objection period, its last day and whether it may still move (Awb 6:7, 6:8)', () => {
    const mismatches = everyDay.filter((sent) => {
      const plain = sent + DAY + (6 * 7 - 1) * DAY;
      const end = lawExtend(plain);
      const d = objectionDeadline(iso(sent));
      return d.plainEndsOn !== iso(plain) || d.endsOn !== iso(end) || d.mayStillMove !== lawMayMove(end) || d.mayStillMove !== (d.mayStillMoveBecause !== null);
    });
    expect(mismatches.map(iso)).toEqual([]);
  });

  it('agrees on Awb 6:9 for any receipt and posting date', () => {
    const day = fc.integer({ min: parse('2014-01-01') / DAY, max: parse('2028-10-31') / DAY }).map((n) => n * DAY);
    fc.assert(
      fc.property(day, fc.integer({ min: -20, max: 30 }), fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }), (sent, receivedOffset, postedBefore) => {
        const d = objectionDeadline(iso(sent));
        const end = parse(d.endsOn);
        const received = end + receivedOffset * DAY;
        const posted = postedBefore === null ? null : received - postedBefore * DAY;
        const lawInTime = received <= end || (posted !== null && posted <= end && received <= end + 7 * DAY);
        const t = assessTimeliness(d, { receivedOn: iso(received), postedOn: posted === null ? null : iso(posted) });
        expect(t?.inTime).toBe(lawInTime);
        expect(t?.explanation).toMatch(/artikel 6:9/);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('the decrees under Atw art. 3 lid 3', () => {
  it('the CSV in data/reference and the domain hold the same decrees', () => {
    expect(ATW_DECREES.map((d) => ({ from: d.fromYear, to: d.toYear, status: d.status, days: [...d.days] }))).toEqual(csv);
  });

  it('hold each day reported for recent years, all on a weekday', () => {
    const reported = ['2023-04-28', '2023-05-19', '2024-05-10', '2024-12-27', '2025-05-30', '2026-01-02', '2026-05-15', '2027-05-07', '2028-04-28', '2028-05-26'];
    for (const day of reported) expect(atwHolidaysOn(day)).toContain('gelijkgestelde_dag');
    for (const day of equated) expect([1, 2, 3, 4, 5]).toContain(new Date(parse(day)).getUTCDay());
  });

  it('cover 2014 to 2028 without gaps, and 2020–2022 is marked unverified rather than guessed', () => {
    const years = csv.flatMap((d) => Array.from({ length: d.to - d.from + 1 }, (_, i) => d.from + i));
    expect(years).toEqual(Array.from({ length: 15 }, (_, i) => 2014 + i));
    expect(csv.find((d) => d.from === 2020)).toMatchObject({ status: 'niet_geverifieerd', days: [] });
  });
});
