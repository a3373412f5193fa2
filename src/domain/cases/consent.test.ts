import { describe, expect, it } from 'vitest';
import { checkNewConsent, consentsCovering, isCurrentConsent, normaliseParty, referralConsentWarning, withdrawConsent, type ConsentRecord } from './consent.ts';

const consent = (id: string, recipient: string, givenOn = '2015-02-01', withdrawnOn?: string): ConsentRecord => ({
  id,
  subject: 'Gegevens over de woonsituatie',
  recipient,
  givenOn,
  ...(withdrawnOn ? { withdrawnOn } : {}),
});

describe('consent records', () => {
  it('is current from the day given until the day withdrawn', () => {
    const c = consent('c1', 'Thuiszorg West', '2015-02-01', '2015-03-01');
    expect(isCurrentConsent(c, '2015-01-31')).toBe(false);
    expect(isCurrentConsent(c, '2015-02-01')).toBe(true);
    expect(isCurrentConsent(c, '2015-02-28')).toBe(true);
    expect(isCurrentConsent(c, '2015-03-01')).toBe(false);
    expect(isCurrentConsent(consent('c2', 'x'), '2030-01-01')).toBe(true);
  });

  it('matches a provider by name without case, accents or punctuation', () => {
    expect(normaliseParty('  Thuiszorg  Wést B.V. ')).toBe('thuiszorg west b v');
    const list = [consent('c1', 'thuiszorg west'), consent('c2', 'Wijkteam Noord', '2015-02-01', '2015-02-10'), consent('c3', '')];
    expect(consentsCovering(list, 'Thuiszorg West', '2015-03-01').map((c) => c.id)).toEqual(['c1']);
    expect(consentsCovering(list, 'Stichting Thuiszorg West', '2015-03-01').map((c) => c.id)).toEqual(['c1']);
    expect(consentsCovering(list, 'Thuiszorg Westland', '2015-03-01')).toEqual([]);
    expect(consentsCovering(list, 'Wijkteam Noord', '2015-03-01')).toEqual([]); // withdrawn
  });

  it('warns (does not block) when no current consent covers the provider', () => {
    expect(referralConsentWarning([consent('c1', 'Thuiszorg West')], 'Thuiszorg West', '2015-03-01')).toBeNull();
    expect(referralConsentWarning([], 'Wijkteam Noord', '2015-03-01')).toMatch(/^Er is geen geldige toestemming van de cliënt om gegevens te delen met Wijkteam Noord\./);
  });

  it('checks a new consent and refuses withdrawals that make no sense', () => {
    expect(checkNewConsent({ subject: '', recipient: ' ', givenOn: '2015-03-02' }, '2015-03-01').map((e) => e.path)).toEqual(['onderwerp', 'ontvanger', 'gegevenDatum']);
    expect(checkNewConsent({ subject: 'a', recipient: 'b', givenOn: '2015-03-01' }, '2015-03-01')).toEqual([]);
    const c = consent('c1', 'Thuiszorg West', '2015-02-01');
    const withdrawn = withdrawConsent(c, '2015-02-15', '2015-03-01');
    expect(withdrawn).toEqual({ ok: true, value: { ...c, withdrawnOn: '2015-02-15' } });
    expect(withdrawConsent({ ...c, withdrawnOn: '2015-02-15' }, '2015-02-20', '2015-03-01')).toMatchObject({ ok: false, error: { code: 'consent-already-withdrawn' } });
    expect(withdrawConsent(c, '2015-01-31', '2015-03-01')).toMatchObject({ ok: false, error: { code: 'consent-withdrawn-before-given' } });
    expect(withdrawConsent(c, '2015-03-02', '2015-03-01')).toMatchObject({ ok: false, error: { code: 'consent-in-future' } });
  });
});
