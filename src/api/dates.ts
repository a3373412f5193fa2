import { z } from 'zod';
import { DATE_RANGE_MESSAGE, isDateInRange } from '../domain/date-range.ts';

/**
 * A calendar date in input (body, query, path): `YYYY-MM-DD`, a real day, and between 1900 and 2100
 * (src/domain/date-range.ts). Every date a client sends goes through this one schema, so a year 0000
 * is a 400 in Dutch and never reaches the database. Response schemas keep `z.iso.date()`: a date
 * already stored must never turn a read into a 500.
 */
export const isoDate = z.iso.date().refine(isDateInRange, { message: DATE_RANGE_MESSAGE });
