import { describe, expect, it } from 'vitest';
import { STEPS } from '../cases/process.ts';
import { addWorkingDays, isPhoneNumber, nextSteps, normaliseReference, referenceFrom, RESIDENT_STEP_TEXT, validateQuestion } from './index.ts';

const good = { gemeenteCode: 'utrecht', vraag: 'Ik heb hulp nodig bij mijn post.', naam: 'Anna', telefoon: '030 123 45 67', contactToestemming: true };

describe('validateQuestion', () => {
  it('accepts a minimal question and trims it', () => {
    const result = validateQuestion({ ...good, naam: '  Anna ', levensdomeinen: 'regelgeving_en_geldzaken', clientondersteunerGewenst: 'ja' });
    expect(result).toEqual({
      ok: true,
      value: { municipalityCode: 'utrecht', text: good.vraag, lifeDomains: ['regelgeving_en_geldzaken'], name: 'Anna', phone: '030 123 45 67', email: null, wantsSupporter: true },
    });
  });

  it('reports every problem at once, in Dutch', () => {
    const result = validateQuestion({ levensdomeinen: ['wonen'], telefoon: '12', email: 'geen-adres' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.map((e) => e.field)).toEqual(['body.gemeenteCode', 'body.vraag', 'body.levensdomeinen', 'body.naam', 'body.telefoon', 'body.email', 'body.contactToestemming']);
    expect(result.error.every((e) => /[a-z]/.test(e.message) && e.message.endsWith('.'))).toBe(true);
  });

  it('needs a phone number or an e-mail address, and consent', () => {
    const result = validateQuestion({ ...good, telefoon: '', contactToestemming: 'nee' });
    expect(result.ok ? [] : result.error.map((e) => e.code)).toEqual(['contact-required', 'required']);
    expect(validateQuestion({ ...good, telefoon: undefined, email: 'anna@voorbeeld.nl' }).ok).toBe(true);
  });

  it('refuses a question that is too short or too long', () => {
    expect(validateQuestion({ ...good, vraag: 'hulp' }).ok).toBe(false);
    expect(validateQuestion({ ...good, vraag: 'x'.repeat(4001) }).ok).toBe(false);
  });

  it('knows phone numbers', () => {
    expect(isPhoneNumber('06-12345678')).toBe(true);
    expect(isPhoneNumber('+31 (0)30 123 4567')).toBe(true);
    expect(isPhoneNumber('030 12')).toBe(false);
    expect(isPhoneNumber('bel me')).toBe(false);
  });
});

describe('references', () => {
  it('are short, readable and recognised again', () => {
    const ref = referenceFrom(new Uint8Array([0, 1, 2, 3, 30, 31, 32, 255]));
    expect(ref).toMatch(/^NV-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    expect(ref.slice(3)).not.toMatch(/[01ILO]/);
    expect(normaliseReference(` ${ref.toLowerCase()} `)).toBe(ref);
    expect(normaliseReference('NV-0000-0000')).toBeNull();
    expect(normaliseReference('123')).toBeNull();
  });
});

describe('progress in plain words', () => {
  it('has a text for every step of the client process', () => {
    for (const step of STEPS) expect(RESIDENT_STEP_TEXT[step].text.length).toBeGreaterThan(10);
  });

  it('counts working days past weekends and public holidays', () => {
    expect(addWorkingDays('2015-01-05', 5)).toBe('2015-01-12'); // Monday → next Monday
    expect(addWorkingDays('2015-12-23', 5)).toBe('2015-12-31'); // Christmas Day and the weekend skipped
    expect(addWorkingDays('2015-12-30', 2)).toBe('2016-01-04'); // New Year's Day skipped
  });

  it('promises contact, free and independent support', () => {
    const steps = nextSteps('2015-01-05', { municipalityName: 'Utrecht', wantsSupporter: true, contactBy: 'telefoon' });
    expect(steps.contactBy).toBe('2015-01-12');
    expect(steps.lines.join(' ')).toMatch(/12 januari 2015.*telefonisch/);
    expect(steps.lines.join(' ')).toMatch(/gratis/);
    expect(steps.lines.join(' ')).toMatch(/onafhankelijk/);
  });
});
