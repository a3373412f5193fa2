import { describe, expect, it } from 'vitest';
import { QUESTIONNAIRE_2014 } from '../../../domain/monitor/questionnaire.ts';
import type { AnswersBody } from '../../api/monitorTypes.ts';
import { checkForm, fieldId, fieldKey, formFromAnswers, toBody } from './answerForm.ts';
import { conditionalHeaders, formatDate, formatTimestamp, latestRound, percentage, stageCounts } from './monitorFormat.ts';

const stored: AnswersBody = {
  fase: 'college',
  eisen: {
    a: { antwoord: 'ja', toelichting: '' },
    b: { antwoord: 'ja', toelichting: '' },
    c: { antwoord: 'ja', toelichting: '' },
    d: { antwoord: 'ja', toelichting: '' },
    e: { antwoord: 'ja', toelichting: '' },
    f: { antwoord: 'gedeeltelijk', toelichting: 'Loopt nog' },
  },
  budgetMee2015Cent: 267578200,
  andereAanbieders: ['Algemeen maatschappelijk werk', 'Ouderenadviseur'],
  definitieveAfspraken: 'ja',
  toelichting: '',
};

describe('answer form', () => {
  it('fills the fields from stored answers and gives the same body back', () => {
    const form = formFromAnswers(stored);
    expect(form.budget).toBe('2.675.782');
    expect(form.providers).toBe('Algemeen maatschappelijk werk\nOuderenadviseur');
    expect(toBody(form)).toEqual({ body: stored, budgetError: undefined });
  });

  it('keeps unknown other providers unknown (null), not "none", unless the user names some (issue 21 §2)', () => {
    const unknown = formFromAnswers({ ...stored, andereAanbieders: null, definitieveAfspraken: null });
    expect(toBody(unknown).body).toMatchObject({ andereAanbieders: null, definitieveAfspraken: null });
    expect(toBody({ ...unknown, providers: 'Sociaal wijkteam' }).body.andereAanbieders).toEqual(['Sociaal wijkteam']);
    expect(toBody({ ...formFromAnswers(stored), providers: '' }).body.andereAanbieders).toEqual([]);
  });

  it('reads Dutch amounts and keeps cents', () => {
    const form = { ...formFromAnswers(stored), budget: '1.234.567,5' };
    expect(toBody(form).body.budgetMee2015Cent).toBe(123456750);
    expect(formFromAnswers({ ...stored, budgetMee2015Cent: 123456750 }).budget).toBe('1.234.567,50');
    expect(toBody({ ...form, budget: '  ' }).body.budgetMee2015Cent).toBeNull();
  });

  it('lists every error at once, in the order of the form, from the rules of the questionnaire', () => {
    const form = formFromAnswers(undefined);
    form.requirements.d = { answer: 'nee', explanation: ' ' };
    form.budget = '12,345';
    const errors = checkForm(form, QUESTIONNAIRE_2014, 'submit');
    expect(errors.map((e) => e.key)).toEqual([
      'stage',
      'requirements.a.answer',
      'requirements.b.answer',
      'requirements.c.answer',
      'requirements.d.explanation',
      'requirements.e.answer',
      'requirements.f.answer',
      'budgetMee2015Cents',
    ]);
    expect(errors.find((e) => e.key === 'requirements.d.explanation')?.message).toBe('Licht toe waarom hier nog geen afspraken over zijn.');
    expect(errors.at(-1)?.message).toContain('meer dan twee cijfers achter de komma');
    // A draft may be incomplete, but a "nee" still needs its explanation.
    expect(checkForm(form, QUESTIONNAIRE_2014, 'draft').map((e) => e.key)).toEqual(['requirements.d.explanation', 'budgetMee2015Cents']);
    expect(checkForm(formFromAnswers(stored), QUESTIONNAIRE_2014, 'submit')).toEqual([]);
  });

  it('finds the field of an invalid param of the API or a finding of the rules', () => {
    expect(fieldKey('body.requirements.d.explanation')).toBe('requirements.d.explanation');
    expect(fieldKey('body.eisen.b.toelichting')).toBe('requirements.b.explanation');
    expect(fieldKey('body.eisen.c')).toBe('requirements.c.answer');
    expect(fieldKey('body.fase')).toBe('stage');
    expect(fieldKey('body.budgetMee2015Cent')).toBe('budgetMee2015Cents');
    expect(fieldKey('body.andereAanbieders.2')).toBe('otherProviders');
    expect(fieldId('stage', QUESTIONNAIRE_2014)).toBe('vraag-fase-geen');
    expect(fieldId('requirements.a.answer', QUESTIONNAIRE_2014)).toBe('vraag-eis-a-ja');
    expect(fieldId('requirements.a.explanation', QUESTIONNAIRE_2014)).toBe('vraag-eis-a-toelichting');
    expect(fieldId('budgetMee2015Cents', QUESTIONNAIRE_2014)).toBe('vraag-budget');
    expect(fieldId('iets anders', QUESTIONNAIRE_2014)).toBeUndefined();
  });
});

describe('monitor format', () => {
  it('writes dates and moments in Dutch', () => {
    expect(formatDate('2014-10-01', 'nl')).toBe('1 oktober 2014');
    expect(formatDate('2014-11-03', 'en')).toBe('3 November 2014');
    expect(formatTimestamp('2014-10-03 09:15:00.123+00', 'nl')).toBe('3 oktober 2014 om 11:15');
    expect(formatTimestamp('niet een datum', 'nl')).toBe('niet een datum');
  });

  it('sends If-Match with a version, If-None-Match when nothing exists yet', () => {
    expect(conditionalHeaders('"3"')).toEqual({ 'If-Match': '"3"' });
    expect(conditionalHeaders('"0"')).toEqual({ 'If-None-Match': '*' });
    expect(conditionalHeaders(null)).toEqual({ 'If-None-Match': '*' });
  });

  it('counts stages with the municipalities without an answer, and rounds percentages', () => {
    const counts = stageCounts({ geen: 4, in_voorbereiding: 8, ambtelijk: 51, college: 243, definitief: 82 }, 403);
    expect(counts.at(-1)).toEqual({ key: 'none', count: 15 });
    expect(percentage(243, 403)).toBe(60);
    expect(percentage(1, 0)).toBe(0);
  });

  it('chooses the latest round by reference date', () => {
    const round = (id: string, peildatum: string) => ({ id, peildatum }) as Parameters<typeof latestRound>[0][number];
    expect(latestRound([round('2014-10', '2014-10-01'), round('2014-11', '2014-11-03'), round('2014-04', '2014-04-01')])?.id).toBe('2014-11');
    expect(latestRound([])).toBeUndefined();
  });
});
