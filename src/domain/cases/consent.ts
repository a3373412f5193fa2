/**
 * Consent records (toestemmingen): what the client allows to be shared, with whom, from which day, and
 * from which day no longer. A consent is never changed or deleted, only withdrawn (AVG art. 7 lid 3:
 * withdrawing must be as easy as giving, and does not undo what was lawful before), so the history
 * shows what was allowed on any day. Referring a client to a provider without a current consent to
 * share with that provider is not forbidden here (the referral may need no data at all), but the
 * supporter is warned.
 */
import { compareDates, formatDutch, type IsoDate } from './calendar.ts';
import { err, ok, type DomainError, type Result } from './result.ts';

export interface ConsentRecord {
  readonly id: string;
  /** What may be shared ("gegevens over de woonsituatie"). */
  readonly subject: string;
  /** With whom: a provider, a person, an organisation. Empty for consents taken over from before the records existed. */
  readonly recipient: string;
  readonly givenOn: IsoDate;
  readonly withdrawnOn?: IsoDate;
}

/** Current on `today`: given on or before it, and not withdrawn on or before it. */
export function isCurrentConsent(c: ConsentRecord, today: IsoDate): boolean {
  return compareDates(c.givenOn, today) <= 0 && (c.withdrawnOn === undefined || compareDates(c.withdrawnOn, today) > 0);
}

/** Names compared without case, accents, punctuation and extra spaces: "Thuiszorg  West B.V." = "thuiszorg west bv". */
export function normaliseParty(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The current consents that allow sharing with `provider` (the recipient named as the provider, or contained in its name). */
export function consentsCovering(consents: readonly ConsentRecord[], provider: string, today: IsoDate): ConsentRecord[] {
  const target = normaliseParty(provider);
  if (!target) return [];
  return consents.filter((c) => {
    if (!isCurrentConsent(c, today)) return false;
    const recipient = normaliseParty(c.recipient);
    return recipient !== '' && (recipient === target || ` ${target} `.includes(` ${recipient} `));
  });
}

/** The Dutch warning for a referral without consent, or null when a current consent covers it. */
export function referralConsentWarning(consents: readonly ConsentRecord[], provider: string, today: IsoDate): string | null {
  if (consentsCovering(consents, provider, today).length > 0) return null;
  return (
    `Er is geen geldige toestemming van de cliënt om gegevens te delen met ${provider.trim()}. ` +
    'De verwijzing is vastgelegd; deel geen gegevens met deze aanbieder voordat de cliënt daar toestemming voor geeft.'
  );
}

export type ConsentErrorCode = 'consent-text-required' | 'consent-in-future' | 'consent-already-withdrawn' | 'consent-withdrawn-before-given';
export type ConsentError = DomainError<ConsentErrorCode> & { readonly path: string };

/** A new consent: what and with whom are required, and it cannot be given on a day still to come. */
export function checkNewConsent(input: { subject: string; recipient: string; givenOn: IsoDate }, today: IsoDate): ConsentError[] {
  const errors: ConsentError[] = [];
  if (!input.subject.trim()) errors.push({ path: 'onderwerp', code: 'consent-text-required', message: 'Vul in welke gegevens gedeeld mogen worden.' });
  if (!input.recipient.trim()) errors.push({ path: 'ontvanger', code: 'consent-text-required', message: 'Vul in met wie de gegevens gedeeld mogen worden.' });
  if (compareDates(input.givenOn, today) > 0) {
    errors.push({ path: 'gegevenDatum', code: 'consent-in-future', message: `Toestemming kan niet worden vastgelegd voor een dag die nog moet komen (${formatDutch(input.givenOn)}).` });
  }
  return errors;
}

/** Withdraw a consent on `on`; once withdrawn it stays withdrawn (give a new consent instead). */
export function withdrawConsent(consent: ConsentRecord, on: IsoDate, today: IsoDate): Result<ConsentRecord, ConsentError> {
  if (consent.withdrawnOn !== undefined) {
    return err({ path: 'toestemmingId', code: 'consent-already-withdrawn', message: `Deze toestemming is al ingetrokken op ${formatDutch(consent.withdrawnOn)}.` });
  }
  if (compareDates(on, consent.givenOn) < 0) {
    return err({ path: 'datum', code: 'consent-withdrawn-before-given', message: `Intrekken kan niet vóór de dag waarop de toestemming is gegeven (${formatDutch(consent.givenOn)}).` });
  }
  if (compareDates(on, today) > 0) {
    return err({ path: 'datum', code: 'consent-in-future', message: `Intrekken kan niet op een dag die nog moet komen (${formatDutch(on)}).` });
  }
  return ok({ ...consent, withdrawnOn: on });
}
