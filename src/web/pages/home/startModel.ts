/** What the start page shows, as pure functions of the API's data (tested in startModel.test.ts). */
import { STAGES } from '../../../domain/monitor/questionnaire.ts';
import type { components } from '../../api/generated/openapi.d.ts';
import type { Laggard } from '../../api/monitorTypes.ts';
import type { User } from '../../api/session.ts';

type Period = components['schemas']['VerantwoordingsPeriode'];

/** The blocks of the roles a user holds, in a fixed order; a policy officer of two municipalities gets two. */
export function startBlocks(user: Pick<User, 'rollen'>): { supporter: boolean; municipalities: string[]; national: boolean } {
  const held = (role: string) => user.rollen.filter((g) => g.rol === role);
  return {
    supporter: held('clientondersteuner').length > 0,
    municipalities: [...new Set(held('gemeente-beleid').filter((g) => g.organisatie.soort === 'gemeente').map((g) => g.organisatie.code))],
    national: held('landelijk').length > 0,
  };
}

/** Furthest behind first: no answer, then the lowest stage; by name within that. */
export function furthestBehind(lagging: readonly Laggard[]): Laggard[] {
  const rank = (l: Laggard) => (l.fase ? STAGES.indexOf(l.fase) + 1 : 0);
  return [...lagging].sort((a, b) => rank(a) - rank(b) || a.gemeente.naam.localeCompare(b.gemeente.naam, 'nl'));
}

/**
 * A municipality's reports that need it: submitted ones wait for its review; a draft or one with open
 * questions is late once its last day (uiterlijkDatum, a calendar date) has passed.
 */
export function reportsDue(periods: readonly Period[], code: string, today: string): { toReview: number; late: number } {
  const own = periods.filter((p) => p.gemeenteCode === code);
  return {
    toReview: own.filter((p) => p.status === 'ingediend').length,
    late: own.filter((p) => (p.status === 'concept' || p.status === 'vragen') && p.uiterlijkDatum !== null && p.uiterlijkDatum < today).length,
  };
}

/** Today as YYYY-MM-DD in the browser's own calendar. */
export function localToday(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
