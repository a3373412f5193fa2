/**
 * Statutory deadlines a supporter watches when helping with objection and appeal (Bijlage 4: "Hulp bij
 * geschillen, klachten, bezwaar en beroep"). A missed period usually means the objection is
 * inadmissible (niet-ontvankelijk), so these dates are computed, never typed in by hand.
 * - Awb art. 6:7: the period for objection (bezwaar) and appeal (beroep) is six weeks.
 * - Awb art. 6:8 lid 1: it starts on the day after the decision was announced (bekendgemaakt, i.e.
 *   sent or handed out, art. 3:41). So the last day is announcement + 42 days, the same weekday.
 * - Atw art. 1: a last day on a Saturday, Sunday or feestdag moves to the next working day.
 * - Appeal: six weeks after the decision on the objection (beslissing op bezwaar) was announced.
 */
import { addDays, compareDates, daysBetween, formatDutch, weekday, type IsoDate } from './calendar.ts';
import { atwHolidaysOn, HOLIDAY_LABELS, isAtwWorkingDay, type AtwOptions } from './holidays.ts';

export const PERIOD_WEEKS = 6;

/** bezwaar = objection against the decision; beroep = appeal to the court against the decision on objection. */
export type DeadlineKind = 'bezwaar' | 'beroep';

export const DEADLINE_LABELS: Readonly<Record<DeadlineKind, string>> = {
  bezwaar: 'bezwaartermijn',
  beroep: 'beroepstermijn',
};

/** A statutory period (wettelijke termijn) for objection or appeal against one decision. */
export interface Deadline {
  readonly kind: DeadlineKind;
  /** Day the decision (for beroep: the decision on the objection) was sent or handed out. */
  readonly announcedOn: IsoDate;
  /** First day of the period (art. 6:8). */
  readonly startsOn: IsoDate;
  /** Last day of the plain six weeks, before the Atw. */
  readonly plainEndsOn: IsoDate;
  /** Last day on which the objection or appeal is in time (after the Atw). */
  readonly endsOn: IsoDate;
  /** Why the period was extended, in Dutch, one entry per skipped day ("zaterdag 27 december 2014"). */
  readonly extendedBecause: readonly string[];
}

const WEEKDAY_NAMES = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'];

/** "zondag 5 april 2015 (Eerste Paasdag)": the skipped day as a supporter would explain it to a client. */
function describeNonWorkingDay(date: IsoDate, options: AtwOptions): string {
  const names = atwHolidaysOn(date, options).map((n) => HOLIDAY_LABELS[n]);
  const day = `${WEEKDAY_NAMES[weekday(date) - 1]} ${formatDutch(date)}`;
  return names.length > 0 ? `${day} (${names.join(', ')})` : day;
}

/** Six weeks from the day after `announcedOn`, extended by the Atw. */
export function statutoryDeadline(kind: DeadlineKind, announcedOn: IsoDate, options: AtwOptions = {}): Deadline {
  const startsOn = addDays(announcedOn, 1);
  const plainEndsOn = addDays(startsOn, PERIOD_WEEKS * 7 - 1);
  const extendedBecause: string[] = [];
  let endsOn = plainEndsOn;
  while (!isAtwWorkingDay(endsOn, options)) {
    extendedBecause.push(describeNonWorkingDay(endsOn, options));
    endsOn = addDays(endsOn, 1);
  }
  return { kind, announcedOn, startsOn, plainEndsOn, endsOn, extendedBecause };
}

export function objectionDeadline(decisionAnnouncedOn: IsoDate, options: AtwOptions = {}): Deadline {
  return statutoryDeadline('bezwaar', decisionAnnouncedOn, options);
}

export function appealDeadline(decisionOnObjectionAnnouncedOn: IsoDate, options: AtwOptions = {}): Deadline {
  return statutoryDeadline('beroep', decisionOnObjectionAnnouncedOn, options);
}

/**
 * Awb art. 6:9: in time when received by the last day; when sent by post, also when posted by the last
 * day and received at most one week after it. The supporter needs this to tell a client whether a
 * letter posted on the last day still counts.
 */
export function isFiledInTime(deadline: Deadline, filing: { readonly receivedOn: IsoDate; readonly postedOn?: IsoDate }): boolean {
  if (compareDates(filing.receivedOn, deadline.endsOn) <= 0) return true;
  return (
    filing.postedOn !== undefined &&
    compareDates(filing.postedOn, deadline.endsOn) <= 0 &&
    compareDates(filing.receivedOn, addDays(deadline.endsOn, 7)) <= 0
  );
}

export interface DeadlineWarning<D extends Deadline = Deadline> {
  readonly deadline: D;
  /** 0 = the last day is today. */
  readonly daysLeft: number;
  readonly message: string;
}

function warningMessage(deadline: Deadline, daysLeft: number): string {
  const what = DEADLINE_LABELS[deadline.kind];
  const when = formatDutch(deadline.endsOn);
  if (daysLeft === 0) return `De ${what} verloopt vandaag (${when}).`;
  if (daysLeft === 1) return `De ${what} verloopt morgen (${when}).`;
  return `De ${what} verloopt over ${daysLeft} dagen, op ${when}.`;
}

/**
 * Deadlines whose last day is today or within `daysBefore` days, soonest first. Lapsed deadlines are
 * left out: a warning can no longer help, and they belong in a different list (termijnoverschrijding).
 * Generic so a caller can pass deadlines carrying its own case or question ids and get them back.
 */
export function warningsDue<D extends Deadline>(deadlines: readonly D[], today: IsoDate, daysBefore: number): DeadlineWarning<D>[] {
  if (!Number.isInteger(daysBefore) || daysBefore < 0) {
    throw new RangeError(`daysBefore moet een geheel getal ≥ 0 zijn (gekregen: ${daysBefore}).`);
  }
  return deadlines
    .map((deadline) => ({ deadline, daysLeft: daysBetween(today, deadline.endsOn) }))
    .filter(({ daysLeft }) => daysLeft >= 0 && daysLeft <= daysBefore)
    .sort((a, b) => a.daysLeft - b.daysLeft || a.deadline.kind.localeCompare(b.deadline.kind))
    .map(({ deadline, daysLeft }) => ({ deadline, daysLeft, message: warningMessage(deadline, daysLeft) }));
}
