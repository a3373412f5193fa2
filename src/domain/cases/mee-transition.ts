/**
 * MEE cases still running on the transition date (§4.3 "continuïteit van de ondersteuning"): from
 * 1 January 2015 the municipality is responsible for them, and because client support is a general
 * provision there is no transitional law (geen overgangsrecht), so the municipality must agree with MEE
 * how they are finished. "De gemiddelde doorlooptijd daarvan bedraagt vier maanden"; the guide calls it
 * "een handige oplossing" when MEE finishes them. This module estimates when they end and counts how
 * continuity is going: still with the MEE supporter, completed, or transferred to another supporter.
 */
import { addMonths, compareDates, type IsoDate } from './calendar.ts';

export const TRANSITION_DATE: IsoDate = '2015-01-01';
export const AVERAGE_DURATION_MONTHS = 4;

/** A running MEE trajectory (lopend ondersteuningstraject) as MEE reports it to the municipality. */
export interface MeeCase {
  readonly caseId: string;
  readonly meeOrganisation: string;
  readonly municipalityCode?: string;
  /** Unknown when MEE did not deliver it. */
  readonly startedOn?: IsoDate;
  /** Finished by the MEE supporter. */
  readonly completedOn?: IsoDate;
  /** Handed over to another supporter (e.g. the social district team). */
  readonly transferredOn?: IsoDate;
  readonly transferredTo?: string;
}

export type MeeCaseStatus = 'bij_mee' | 'afgerond' | 'overgedragen';

/** Still open on the transition date: started before it (or start unknown) and not finished before it. */
export function isRunningOnTransition(c: MeeCase, transitionDate: IsoDate = TRANSITION_DATE): boolean {
  const started = c.startedOn === undefined || compareDates(c.startedOn, transitionDate) < 0;
  const ended = [c.completedOn, c.transferredOn].some((d) => d !== undefined && compareDates(d, transitionDate) < 0);
  return started && !ended;
}

export interface ExpectedCompletion {
  readonly expectedOn: IsoDate;
  /** `startdatum`: start + four months; `overgangsdatum`: start unknown, counted from the transition date. */
  readonly basis: 'startdatum' | 'overgangsdatum';
  /** Already past the average duration on the transition date: these need attention first. */
  readonly overdueAtTransition: boolean;
}

/**
 * Start + four months. Without a start date we count from the transition date: an upper estimate
 * (the average remaining time of a running case is shorter than a whole duration), which is the safe side
 * when planning capacity for continuity.
 */
export function expectedCompletion(c: Pick<MeeCase, 'startedOn'>, transitionDate: IsoDate = TRANSITION_DATE): ExpectedCompletion {
  if (c.startedOn === undefined) {
    return { expectedOn: addMonths(transitionDate, AVERAGE_DURATION_MONTHS), basis: 'overgangsdatum', overdueAtTransition: false };
  }
  const expectedOn = addMonths(c.startedOn, AVERAGE_DURATION_MONTHS);
  return { expectedOn, basis: 'startdatum', overdueAtTransition: compareDates(expectedOn, transitionDate) < 0 };
}

/** Status on a date: whichever of completion and transfer happened first on or before `asOf`. */
export function statusOn(c: MeeCase, asOf: IsoDate): MeeCaseStatus {
  const events = [
    { status: 'afgerond' as const, on: c.completedOn },
    { status: 'overgedragen' as const, on: c.transferredOn },
  ].filter((e): e is { status: 'afgerond' | 'overgedragen'; on: IsoDate } => e.on !== undefined && compareDates(e.on, asOf) <= 0);
  events.sort((a, b) => compareDates(a.on, b.on));
  return events[0]?.status ?? 'bij_mee';
}

export interface ContinuityCounts {
  readonly total: number;
  readonly stillWithMee: number;
  readonly completed: number;
  readonly transferred: number;
  /** Still with MEE while the expected completion date has passed. */
  readonly overdue: number;
}

export interface ContinuityReport {
  readonly asOf: IsoDate;
  readonly totals: ContinuityCounts;
  readonly byMeeOrganisation: Readonly<Record<string, ContinuityCounts>>;
  readonly byMunicipality: Readonly<Record<string, ContinuityCounts>>;
  /** Cases in the input that were not running on the transition date (finished before it, or started after). */
  readonly notRunningOnTransition: number;
}

const EMPTY: ContinuityCounts = { total: 0, stillWithMee: 0, completed: 0, transferred: 0, overdue: 0 };
export const UNKNOWN_MUNICIPALITY = 'onbekend';

function count(counts: ContinuityCounts, c: MeeCase, asOf: IsoDate, transitionDate: IsoDate): ContinuityCounts {
  const status = statusOn(c, asOf);
  const overdue = status === 'bij_mee' && compareDates(expectedCompletion(c, transitionDate).expectedOn, asOf) < 0;
  return {
    total: counts.total + 1,
    stillWithMee: counts.stillWithMee + (status === 'bij_mee' ? 1 : 0),
    completed: counts.completed + (status === 'afgerond' ? 1 : 0),
    transferred: counts.transferred + (status === 'overgedragen' ? 1 : 0),
    overdue: counts.overdue + (overdue ? 1 : 0),
  };
}

export function continuityReport(cases: readonly MeeCase[], asOf: IsoDate, transitionDate: IsoDate = TRANSITION_DATE): ContinuityReport {
  const running = cases.filter((c) => isRunningOnTransition(c, transitionDate));
  const byMeeOrganisation: Record<string, ContinuityCounts> = {};
  const byMunicipality: Record<string, ContinuityCounts> = {};
  let totals = EMPTY;
  for (const c of running) {
    totals = count(totals, c, asOf, transitionDate);
    byMeeOrganisation[c.meeOrganisation] = count(byMeeOrganisation[c.meeOrganisation] ?? EMPTY, c, asOf, transitionDate);
    const m = c.municipalityCode ?? UNKNOWN_MUNICIPALITY;
    byMunicipality[m] = count(byMunicipality[m] ?? EMPTY, c, asOf, transitionDate);
  }
  return { asOf, totals, byMeeOrganisation, byMunicipality, notRunningOnTransition: cases.length - running.length };
}
