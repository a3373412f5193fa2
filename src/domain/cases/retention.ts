/**
 * Retention (bewaartermijn): a closed case keeps personal data only as long as needed, then is
 * anonymised (AVG/GDPR data minimisation). The default of five years is a policy choice of this system,
 * configurable per municipality; it is not a figure from the seed.
 * Anonymising keeps what accountability needs (question types, self-direction, steps and dates, life
 * domains, age category: §3.4 and §4.3 report on exactly these) and drops who the client and the people
 * around him are.
 */
import { addYears, compareDates, type IsoDate } from './calendar.ts';
import { caseClosedOn, type Case } from './model.ts';

export const DEFAULT_RETENTION_YEARS = 5;

function assertYears(years: number): void {
  if (!Number.isInteger(years) || years < 1) throw new RangeError(`De bewaartermijn moet een geheel aantal jaren ≥ 1 zijn (gekregen: ${years}).`);
}

/** The first day on which a case closed on `closedOn` must be anonymised (29 February → 28 February). */
export function anonymiseAfter(closedOn: IsoDate, years: number = DEFAULT_RETENTION_YEARS): IsoDate {
  assertYears(years);
  return addYears(closedOn, years);
}

/** Open cases are never due: as long as a question is open the client is being helped. */
export function isDueForAnonymisation(c: Case, today: IsoDate, years: number = DEFAULT_RETENTION_YEARS): boolean {
  const closedOn = caseClosedOn(c);
  return closedOn !== undefined && compareDates(today, anonymiseAfter(closedOn, years)) >= 0;
}

export const ANONYMISED = 'geanonimiseerd';

/** The case without anything that points to a person. */
export function anonymiseCase(c: Case): Case {
  const { bsn: _bsn, supporter, ...rest } = c;
  return {
    ...rest,
    clientId: ANONYMISED,
    ...(supporter ? { supporter: { ...supporter, personId: ANONYMISED } } : {}),
    formerSupporters: c.formerSupporters.map((s) => ({ ...s, personId: ANONYMISED })),
    decisionMakers: c.decisionMakers.map((d) => ({ ...d, personId: ANONYMISED })),
    // The client's words about why he doubted a supporter are personal; that he asked is not.
    replacementRequests: c.replacementRequests.map(({ reason: _reason, ...r }) => ({
      ...r,
      doubtedSupporterId: ANONYMISED,
      ...(r.newSupporterId ? { newSupporterId: ANONYMISED } : {}),
    })),
  };
}
