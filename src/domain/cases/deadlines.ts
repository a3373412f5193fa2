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
import { equatedDaysCoverage } from './atw-decrees.ts';
import { addDays, compareDates, daysBetween, formatDutch, toParts, weekday, type IsoDate } from './calendar.ts';
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
  /**
   * The last day may still move: no decree we can cite covers its year (Atw art. 3 lid 3), so the day
   * could yet be equated with a feestdag. `mayStillMoveBecause` says why, in Dutch.
   */
  readonly mayStillMove: boolean;
  readonly mayStillMoveBecause: string | null;
}

/**
 * Whether a last day may still move because its year has no decree under Atw art. 3 lid 3 that we can
 * cite. Only the last day matters: the days skipped before it are already weekend days or feestdagen.
 * Computed from the current data, so a stored deadline learns about a decree published later.
 */
export function deadlineUncertainty(endsOn: IsoDate): { mayStillMove: boolean; mayStillMoveBecause: string | null } {
  const { year } = toParts(endsOn);
  const coverage = equatedDaysCoverage(year);
  if (coverage === 'verified') return { mayStillMove: false, mayStillMoveBecause: null };
  const why =
    coverage === 'not_published'
      ? `Voor ${year} is nog geen besluit gepubliceerd dat extra dagen gelijkstelt met een feestdag (artikel 3 lid 3 Algemene termijnenwet).`
      : `Het besluit dat voor ${year} extra dagen gelijkstelt met een feestdag (artikel 3 lid 3 Algemene termijnenwet) hebben wij niet kunnen controleren.`;
  return {
    mayStillMove: true,
    mayStillMoveBecause: `${why} Wordt ${formatDutch(endsOn)} zo'n dag, dan schuift de termijn op naar de eerstvolgende werkdag. Ga uit van ${formatDutch(endsOn)} als laatste dag.`,
  };
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
  return { kind, announcedOn, startsOn, plainEndsOn, endsOn, extendedBecause, ...deadlineUncertainty(endsOn) };
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

/** The week after the period in which a posted objection must arrive (Awb 6:9 lid 2). */
export const POSTAL_GRACE_DAYS = 7;

export type TimelinessGround = 'ontvangen_binnen_termijn' | 'gepost_binnen_termijn' | 'te_laat' | 'wacht_op_ontvangst';

/** A supporter's assessment under Awb 6:11 of a late objection: excusable or not, and why. */
export interface ExcusabilityDecision {
  readonly excusable: boolean;
  readonly reason: string;
  readonly decidedOn: IsoDate;
}

export interface Timeliness {
  /** null while a posted letter has not yet been received and could still arrive in time. */
  readonly inTime: boolean | null;
  readonly ground: TimelinessGround;
  /** Why, in Dutch, citing the article. */
  readonly explanation: string;
}

/**
 * Awb art. 6:9 from the two dates a supporter knows: lid 1, "tijdig ingediend indien het voor het einde
 * van de termijn is ontvangen"; lid 2, "bij verzending per post ... indien het voor het einde van de
 * termijn ter post is bezorgd, mits het niet later dan een week na afloop van de termijn is ontvangen".
 * "Voor het einde van de termijn" includes the last day itself (the period runs to the end of that day).
 * The week of lid 2 counts from the Atw-extended last day; we do not extend the week itself again.
 * With `excusability` (Awb 6:11) the explanation of a late filing adds the supporter's assessment.
 */
export function assessTimeliness(
  deadline: Pick<Deadline, 'endsOn'>,
  filing: { readonly receivedOn: IsoDate | null; readonly postedOn: IsoDate | null },
  excusability: ExcusabilityDecision | null = null,
): Timeliness | null {
  const { receivedOn, postedOn } = filing;
  const end = deadline.endsOn;
  const graceEnd = addDays(end, POSTAL_GRACE_DAYS);
  const endText = formatDutch(end);
  let result: Timeliness;
  if (receivedOn !== null && compareDates(receivedOn, end) <= 0) {
    result = {
      inTime: true,
      ground: 'ontvangen_binnen_termijn',
      explanation: `Op tijd: het kwam binnen op ${formatDutch(receivedOn)}, uiterlijk op de laatste dag van de termijn (${endText}) (artikel 6:9 lid 1 Awb).`,
    };
  } else if (postedOn !== null && compareDates(postedOn, end) <= 0) {
    if (receivedOn === null) {
      result = {
        inTime: null,
        ground: 'wacht_op_ontvangst',
        explanation: `Op tijd op de post gedaan (${formatDutch(postedOn)}). Het is op tijd als het uiterlijk ${formatDutch(graceEnd)} binnenkomt, een week na de laatste dag (artikel 6:9 lid 2 Awb).`,
      };
    } else if (compareDates(receivedOn, graceEnd) <= 0) {
      result = {
        inTime: true,
        ground: 'gepost_binnen_termijn',
        explanation: `Op tijd: het is op ${formatDutch(postedOn)} op de post gedaan, uiterlijk op de laatste dag (${endText}), en kwam binnen op ${formatDutch(receivedOn)}, niet later dan een week daarna (uiterlijk ${formatDutch(graceEnd)}) (artikel 6:9 lid 2 Awb).`,
      };
    } else {
      result = {
        inTime: false,
        ground: 'te_laat',
        explanation: `Te laat: het is op tijd op de post gedaan (${formatDutch(postedOn)}), maar kwam pas binnen op ${formatDutch(receivedOn)}. Dat is later dan een week na de laatste dag; uiterlijk ${formatDutch(graceEnd)} was op tijd geweest (artikel 6:9 lid 2 Awb).`,
      };
    }
  } else if (postedOn !== null) {
    result = {
      inTime: false,
      ground: 'te_laat',
      explanation: `Te laat: het is op ${formatDutch(postedOn)} op de post gedaan, na de laatste dag van de termijn (${endText}) (artikel 6:9 Awb).`,
    };
  } else if (receivedOn !== null) {
    result = {
      inTime: false,
      ground: 'te_laat',
      explanation: `Te laat: het kwam binnen op ${formatDutch(receivedOn)}, na de laatste dag van de termijn (${endText}) (artikel 6:9 lid 1 Awb). Is het per post verstuurd? Vul dan de datum in waarop het op de post is gedaan: het kan dan toch op tijd zijn (artikel 6:9 lid 2 Awb).`,
    };
  } else {
    return null;
  }
  if (result.inTime === false && excusability) {
    const reason = /[.!?]$/.test(excusability.reason.trim()) ? excusability.reason.trim() : `${excusability.reason.trim()}.`;
    const verdict = excusability.excusable
      ? `De ondersteuner vindt de te late indiening verschoonbaar (${formatDutch(excusability.decidedOn)}): ${reason} Dan mag het bestuursorgaan het bezwaar niet om de termijn niet-ontvankelijk verklaren (artikel 6:11 Awb).`
      : `De ondersteuner vindt de te late indiening niet verschoonbaar (${formatDutch(excusability.decidedOn)}, artikel 6:11 Awb): ${reason}`;
    return { ...result, explanation: `${result.explanation} ${verdict}` };
  }
  return result;
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
