import { describe, expect, it } from 'vitest';
import { QUESTIONNAIRE_2014, emptyAnswers, type Answers } from './questionnaire.ts';
import { validateAnswers, errorsOf, warningsOf } from './validate.ts';
import { nextStatus, startsNewVersion } from './status.ts';
import { summarise, laggingReasons } from './summary.ts';
import { summarySentences } from './sentences.ts';
import { reconcile } from './reconcile.ts';
import { generateDemoResponses, PROFILES_2014 } from './demo.ts';
import { STAGES } from './questionnaire.ts';

const full = (over: Partial<Answers> = {}): Answers => ({
  stage: 'college',
  requirements: Object.fromEntries(['a', 'b', 'c', 'd', 'e', 'f'].map((id) => [id, { answer: 'ja', explanation: '' }])),
  budgetMee2015Cents: 100_000_00,
  otherProviders: ['AMW'],
  freeText: '',
  ...over,
});

describe('questionnaire rules (data)', () => {
  it('accepts a complete answer', () => {
    expect(validateAnswers(full(), QUESTIONNAIRE_2014, { allocationCents: 150_000_00, mode: 'submit' })).toEqual([]);
  });
  it('lists every missing answer at once on submit, but not for a draft', () => {
    const findings = validateAnswers(emptyAnswers(), QUESTIONNAIRE_2014, { allocationCents: null, mode: 'submit' });
    expect(errorsOf(findings).map((f) => f.field)).toEqual(['stage', ...['a', 'b', 'c', 'd', 'e', 'f'].map((id) => `requirements.${id}.answer`)]);
    expect(validateAnswers(emptyAnswers(), QUESTIONNAIRE_2014, { allocationCents: null, mode: 'draft' })).toEqual([]);
  });
  it('definitief needs a budget', () => {
    const f = validateAnswers(full({ stage: 'definitief', budgetMee2015Cents: null }), QUESTIONNAIRE_2014, { allocationCents: 1, mode: 'submit' });
    expect(errorsOf(f).map((x) => x.rule)).toEqual(['definitief-budget']);
  });
  it('warns when the budget is under half of the 2014 allocation', () => {
    const f = validateAnswers(full({ budgetMee2015Cents: 49_00 }), QUESTIONNAIRE_2014, { allocationCents: 100_00, mode: 'submit' });
    expect(warningsOf(f).map((x) => x.rule)).toEqual(['budget-laag']);
    expect(errorsOf(f)).toEqual([]);
  });
  it('a requirement answered nee needs an explanation', () => {
    const answers = full();
    answers.requirements.c = { answer: 'nee', explanation: ' ' };
    expect(errorsOf(validateAnswers(answers, QUESTIONNAIRE_2014, { allocationCents: null, mode: 'draft' })).map((f) => f.field)).toEqual(['requirements.c.explanation']);
  });
});

describe('response status', () => {
  it('follows the allowed transitions and versions after submission', () => {
    expect(nextStatus('niet_gestart', 'opslaan')).toBe('concept');
    expect(nextStatus('concept', 'accepteren')).toBeNull();
    expect(nextStatus('ingediend', 'toelichting_vragen')).toBe('toelichting_gevraagd');
    expect(startsNewVersion('concept', 'opslaan')).toBe(false);
    expect(startsNewVersion('ingediend', 'opslaan')).toBe(true);
    expect(startsNewVersion('toelichting_gevraagd', 'indienen')).toBe(true);
  });
});

describe('summary, lagging list and sentences', () => {
  const municipalities = Array.from({ length: 10 }, (_, i) => ({
    code: `g${i}`,
    name: `Gemeente ${i}`,
    youthRegion: { code: i < 5 ? 'r1' : 'r2', name: i < 5 ? 'Regio 1' : 'Regio 2' },
    mee: { code: 'mee', name: 'MEE' },
  }));
  const responses = [
    { municipalityCode: 'g0', answers: full({ stage: 'definitief' }) },
    { municipalityCode: 'g1', answers: full({ stage: 'geen', otherProviders: [] }) },
    { municipalityCode: 'g2', answers: full({ stage: 'college', otherProviders: [] }) },
  ];
  it('counts stages, requirements, groups and lists the lagging municipalities with reasons', () => {
    const s = summarise(municipalities, responses, { contractsDue: true });
    expect(s).toMatchObject({ municipalities: 10, responded: 3, responseRate: 30 });
    expect(s.byStage).toEqual({ geen: 1, in_voorbereiding: 0, ambtelijk: 0, college: 1, definitief: 1 });
    expect(s.byRequirement.a.ja).toBe(3);
    expect(s.perYouthRegion.map((g) => g.responded)).toEqual([3, 0]);
    expect(s.lagging).toHaveLength(9);
    expect(s.lagging.find((l) => l.code === 'g1')!.reasons).toEqual(['geen_afspraken', 'geen_gecontracteerde_aanbieder']);
    expect(laggingReasons(full({ stage: 'college', otherProviders: [] }), { contractsDue: false })).toEqual([]);
  });
  it('writes sentences in the style of the letters to parliament', () => {
    const s = summarise(municipalities, responses, { contractsDue: true });
    const text = summarySentences(s, '2014-10-01').join(' ');
    expect(text).toContain('Op peildatum 1 oktober 2014 hebben 3 van de 10 gemeenten (30%) de vragenlijst van het Transitievolgsysteem ingevuld.');
    // Non-response is its own category: 7 did not answer, 1 of the 3 that did has no agreements.
    expect(text).toContain('7 gemeenten (70% van de 10) hebben niet geantwoord: daarvan is niet bekend hoe ver de afspraken zijn.');
    expect(text).toContain('In 10% van de 10 gemeenten (1 gemeente) zijn nog geen afspraken met MEE gemaakt.');
    expect(text).toContain('Bij 1 op de 10 gemeenten (1 van de 10) zijn ook geen afspraken in voorbereiding.');
    expect(text).toContain('In 20% van de 10 gemeenten (2 gemeenten) zijn de afspraken op collegeniveau afgerond.');
  });
});

describe('reconciliation with the MEE monitor', () => {
  it('classifies each municipality', () => {
    const rows = reconcile(['a', 'b', 'c', 'd'], [{ municipalityCode: 'a', stage: 'college' }, { municipalityCode: 'b', stage: 'college' }, { municipalityCode: 'c', stage: 'ambtelijk' }], [{ municipalityCode: 'a', stage: 'college' }, { municipalityCode: 'b', stage: 'definitief' }]);
    expect(rows.map((r) => r.kind)).toEqual(['gelijk', 'verschil', 'alleen_tvs', 'geen_van_beide']);
    expect(rows[1]!.stepsApart).toBe(1);
  });
});

describe('demo data', () => {
  const municipalities = Array.from({ length: 403 }, (_, i) => ({ code: `g${i}`, allocationCents: 300_000_00 }));
  const data = generateDemoResponses(municipalities, PROFILES_2014);
  it('is reproducible', () => {
    expect(JSON.stringify([...generateDemoResponses(municipalities, PROFILES_2014).get('2014-10')!])).toBe(JSON.stringify([...data.get('2014-10')!]));
  });
  it('moves every municipality only forward and matches the seed: 84% at college level by 1 October', () => {
    const rank = (round: string, code: string) => {
      const a = data.get(round)!.get(code);
      return a ? STAGES.indexOf(a.stage!) : -1;
    };
    const october = municipalities.filter((m) => ['college', 'definitief'].includes(data.get('2014-10')!.get(m.code)?.stage ?? '')).length;
    const responded = [...data.get('2014-10')!.values()].filter(Boolean).length;
    expect(Math.round((october / responded) * 100)).toBeGreaterThanOrEqual(82);
    expect(Math.round((october / responded) * 100)).toBeLessThanOrEqual(86);
    for (const m of municipalities) {
      const seq = ['2014-04', '2014-05', '2014-10', '2014-11'].map((r) => rank(r, m.code)).filter((x) => x >= 0);
      expect([...seq].sort((a, b) => a - b)).toEqual(seq);
    }
  });
});
