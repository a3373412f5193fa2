/**
 * Days equated with an "algemeen erkende feestdag" by Royal Decree (Algemene termijnenwet art. 3 lid 3:
 * "Wij kunnen bepaalde dagen voor de toepassing van deze wet met de in het eerste lid genoemde gelijkstellen.
 * Ons besluit wordt in de Nederlandse Staatscourant openbaar gemaakt."). One decree covers about three years.
 *
 * These days cannot be computed: only what a published decree states counts. So they are data, copied from
 * data/reference/atw-gelijkgestelde-dagen.csv (a test checks both say the same) with the sources in
 * data/reference/SOURCES.md. A span of years whose decree we could not find and cite is stored as
 * `niet_geverifieerd` with no days, never guessed from the pattern of earlier decrees (the Friday after
 * Hemelvaartsdag is usual, but e.g. 4 May 2015 and 24/31 December 2018 show the pattern is not a rule).
 */
import { toParts, type IsoDate } from './calendar.ts';

/**
 * geverifieerd_tekst: the decree's own text was read (wetten.overheid.nl).
 * geverifieerd_citeertitel: the decree's title, which lists every equated day, is quoted by a public source;
 *   the Staatscourant number was not found.
 * niet_geverifieerd: no decree found for these years; a deadline in them may still move.
 */
export type DecreeStatus = 'geverifieerd_tekst' | 'geverifieerd_citeertitel' | 'niet_geverifieerd';

export interface EquatingDecree {
  readonly fromYear: number;
  readonly toYear: number;
  readonly status: DecreeStatus;
  /** The decree's title, as published. */
  readonly title: string;
  /** Staatscourant reference, when known. */
  readonly publication: string;
  readonly days: readonly IsoDate[];
  readonly source: string;
}

const UITVAART = 'https://uitvaart.nl/juridisch/overige/vragen-van-uitvaartondernemers/wettelijke-tijd-i-v-m-feestdagen/44571';
const STERFGEVAL = 'https://sterfgeval.nl/juridisch/overige/vragen-van-uitvaartondernemers/gemeentelijke-feestdag-bij-lijkbezorging-feestdagen-in-2026-2028/70745';
const NOT_FOUND = 'Staatscourant (nummer niet gevonden)';

export const ATW_DECREES: readonly EquatingDecree[] = [
  {
    fromYear: 2014,
    toYear: 2016,
    status: 'geverifieerd_citeertitel',
    title:
      'Besluit van 17 juni 2013, nr. 13.001210, houdende gelijkstelling van 30 mei 2014, 2 januari, 4 en 15 mei 2015 en 6 mei 2016 met een algemeen erkende feestdag',
    publication: NOT_FOUND,
    days: ['2014-05-30', '2015-01-02', '2015-05-04', '2015-05-15', '2016-05-06'],
    source: UITVAART,
  },
  {
    fromYear: 2017,
    toYear: 2019,
    status: 'geverifieerd_tekst',
    title:
      'Besluit van 24 oktober 2016, nr. 2016001827, houdende gelijkstelling van 28 april en 26 mei 2017, 11 mei en 24 en 31 december 2018 en 31 mei en 27 december 2019 met een algemeen erkende feestdag',
    publication: 'Stcrt. 2016, 58653',
    days: ['2017-04-28', '2017-05-26', '2018-05-11', '2018-12-24', '2018-12-31', '2019-05-31', '2019-12-27'],
    source: 'https://wetten.overheid.nl/BWBR0038666/2016-11-01',
  },
  { fromYear: 2020, toYear: 2022, status: 'niet_geverifieerd', title: '', publication: '', days: [], source: '' },
  {
    fromYear: 2023,
    toYear: 2025,
    status: 'geverifieerd_citeertitel',
    title: 'Besluit gelijkstelling van 28 april 2023, 19 mei 2023, 10 mei 2024, 27 december 2024 en 30 mei 2025 met een algemeen erkende feestdag',
    publication: NOT_FOUND,
    days: ['2023-04-28', '2023-05-19', '2024-05-10', '2024-12-27', '2025-05-30'],
    source: STERFGEVAL,
  },
  {
    fromYear: 2026,
    toYear: 2028,
    status: 'geverifieerd_citeertitel',
    title: 'Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en 26 mei 2028 met een algemeen erkende feestdag',
    publication: NOT_FOUND,
    days: ['2026-01-02', '2026-05-15', '2027-05-07', '2028-04-28', '2028-05-26'],
    source: STERFGEVAL,
  },
];

/** Every equated day of every decree we hold, the default for the Atw calendar. */
export const ATW_EQUATED_DAYS: readonly IsoDate[] = ATW_DECREES.flatMap((d) => d.days);

/** The last year a published decree covers; later years may still get equated days. */
export const LAST_DECREE_YEAR = Math.max(...ATW_DECREES.map((d) => d.toYear));

/** verified: a decree we can cite covers the year; not_verified: the decree exists but we hold none; not_published: after the last decree. */
export type EquatedDaysCoverage = 'verified' | 'not_verified' | 'not_published';

export function equatedDaysCoverage(year: number): EquatedDaysCoverage {
  if (year > LAST_DECREE_YEAR) return 'not_published';
  const decree = ATW_DECREES.find((d) => d.fromYear <= year && year <= d.toYear);
  return decree && decree.status !== 'niet_geverifieerd' ? 'verified' : 'not_verified';
}

export function decreeFor(date: IsoDate): EquatingDecree | undefined {
  const { year } = toParts(date);
  return ATW_DECREES.find((d) => d.fromYear <= year && year <= d.toYear && d.days.includes(date));
}
