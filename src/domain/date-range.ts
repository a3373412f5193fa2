/**
 * The dates Naast accepts anywhere (issue 17 §4): 1 January 1900 up to and including 31 December
 * 2100. Earlier or later dates are typing errors (0000-01-01, 20155-01-01), not facts about support
 * in the Wmo era; refusing them at the edge keeps them out of the database, where PostgreSQL would
 * either store nonsense or fail with an error that echoes the input.
 */
export const EARLIEST_DATE = '1900-01-01';
export const LATEST_DATE = '2100-12-31';

/** Plain Dutch for the person who typed it. */
export const DATE_RANGE_MESSAGE = 'Vul een datum in tussen 1 januari 1900 en 31 december 2100.';

/** Is this `YYYY-MM-DD` text inside the range? (Such text compares correctly as a string.) */
export function isDateInRange(isoDate: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(isoDate) && isoDate >= EARLIEST_DATE && isoDate <= LATEST_DATE;
}
