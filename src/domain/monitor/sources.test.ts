import { describe, expect, it } from 'vitest';
import { QUESTIONNAIRE_2014, QUESTIONNAIRE_2014_V2, type Answers } from './questionnaire.ts';
import { summarise, laggingReasons } from './summary.ts';
import { summarySentences } from './sentences.ts';
import { share, shareText } from './share.ts';
import { figuresSentences, measuresFromStages, statementMatches, statementSentence, type Statement } from './statements.ts';
import { trendSegments } from './question-versions.ts';

const answers = (over: Partial<Answers> = {}): Answers => ({
  stage: 'college',
  requirements: Object.fromEntries(['a', 'b', 'c', 'd', 'e', 'f'].map((id) => [id, { answer: 'ja', explanation: '' }])),
  budgetMee2015Cents: null,
  otherProviders: null,
  freeText: '',
  ...over,
});

const municipalities = Array.from({ length: 4 }, (_, i) => ({ code: `g${i}`, name: `G${i}`, youthRegion: { code: 'r', name: 'R' }, mee: { code: 'm', name: 'M' } }));

describe('non-response and shares (issue 21 §2, seeds/000 vraag 1)', () => {
  it('a share always carries numerator and denominator', () => {
    expect(shareText(share(254, 403))).toBe('63% (254 van de 403 gemeenten)');
  });
  it('never counts non-response as no agreements', () => {
    const s = summarise(municipalities, [{ municipalityCode: 'g0', answers: answers({ stage: 'geen' }) }], { contractsDue: false });
    expect(s.nonResponse).toBe(3);
    expect(measuresFromStages(s.byStage, s.municipalities).geen_afspraken).toEqual({ numerator: 1, denominator: 4, percent: 25 });
    expect(summarySentences(s, '2014-10-01').join(' ')).toContain('In 25% van de 4 gemeenten (1 gemeente) zijn nog geen afspraken met MEE gemaakt.');
  });
});

describe('other providers: a missing column is unknown, not "no"', () => {
  it('an unknown list never makes a municipality lag; an explicit empty list does once contracts are due', () => {
    expect(laggingReasons(answers({ otherProviders: null }), { contractsDue: true })).toEqual([]);
    expect(laggingReasons(answers({ otherProviders: [] }), { contractsDue: true })).toEqual(['geen_gecontracteerde_aanbieder']);
    // A realised definitive agreement (November question) is a contract.
    expect(laggingReasons(answers({ otherProviders: [], definitiveAgreements: 'ja' }), { contractsDue: true, definitiveMeaning: 'realisatie' })).toEqual([]);
    // An expected one (before November) is not.
    expect(laggingReasons(answers({ otherProviders: [], definitiveAgreements: 'ja' }), { contractsDue: true, definitiveMeaning: 'verwachting' })).toEqual(['geen_gecontracteerde_aanbieder']);
  });
  it('counts unknown separately and says so', () => {
    const s = summarise(municipalities, municipalities.map((m, i) => ({ municipalityCode: m.code, answers: answers({ otherProviders: i === 0 ? ['AMW'] : null }) })), { contractsDue: true });
    expect(s.otherProviders).toEqual({ named: 1, none: 0, unknown: 3 });
    expect(s.lagging).toEqual([]);
  });
});

describe('the question on definitive agreements changed after the Flierman motion', () => {
  it('version 1 asks the expectation, version 2 the realisation', () => {
    expect(QUESTIONNAIRE_2014.definitiveQuestion!.meaning).toBe('verwachting');
    expect(QUESTIONNAIRE_2014_V2).toMatchObject({ version: 2, definitiveQuestion: { meaning: 'realisatie' } });
    expect(QUESTIONNAIRE_2014_V2.requirements).toEqual(QUESTIONNAIRE_2014.requirements);
  });
  it('splits a trend at the change: a break, not one line', () => {
    const points = [
      { referenceDate: '2014-11-03', meaning: 'realisatie' as const },
      { referenceDate: '2014-04-01', meaning: 'verwachting' as const },
      { referenceDate: '2014-10-01', meaning: 'verwachting' as const },
    ];
    const segments = trendSegments(points);
    expect(segments.map((s) => [s.series, s.meaning, s.points.map((p) => p.referenceDate)])).toEqual([
      [1, 'verwachting', ['2014-04-01', '2014-10-01']],
      [2, 'realisatie', ['2014-11-03']],
    ]);
    expect(segments[0]!.breakNote).toBeNull();
    expect(segments[1]!.breakNote).toContain('Breuk in de reeks: vanaf de meting van 3 november 2014 vraagt het Transitievolgsysteem naar de realisatie in plaats van naar de verwachting');
  });
  it('words the sentence as the round asked it', () => {
    const s = summarise(municipalities, [{ municipalityCode: 'g0', answers: answers({ definitiveAgreements: 'ja' }) }], { contractsDue: true, definitiveMeaning: 'verwachting' });
    expect(summarySentences(s, '2014-10-01').join(' ')).toContain('Vraag naar de verwachting: 1 van de 4 gemeenten (25%) verwachtten op 1 oktober 2014 definitieve afspraken');
  });
});

describe('statements per source', () => {
  const base: Statement = {
    id: 'x',
    source: 'mee_monitor',
    referenceDate: '2014-10-01',
    referenceDateText: 'per 1 oktober',
    publishedOn: '2014-10-15',
    roundId: '2014-10',
    measure: 'college_of_verder',
    quantifier: null,
    percent: 84,
    numerator: null,
    denominator: null,
    quote: '',
    citation: '',
    note: '',
  };
  it('says only what the source states, and what it does not', () => {
    expect(statementSentence(base)).toBe(
      'Volgens de monitor van MEE Nederland (per 1 oktober 2014; 15 oktober 2014 aan de Kamer gemeld): afspraken op collegeniveau afgerond in 84% van de gemeenten (de bron noemt geen aantallen).',
    );
    expect(statementSentence({ ...base, measure: 'ambtelijk_of_verder', percent: null, quantifier: 'nagenoeg alle' })).toContain('ambtelijke afspraken met de MEE-organisatie in nagenoeg alle gemeenten.');
  });
  it('figures of a source show the unknown part on its own', () => {
    const text = figuresSentences({ source: 'tvs', basis: 'antwoorden in Naast', referenceDate: '2014-10-01', measures: measuresFromStages({ geen: 1, in_voorbereiding: 0, ambtelijk: 0, college: 2, definitief: 0 }, 4), unknown: share(1, 4) });
    expect(text).toContain('Volgens het Transitievolgsysteem (TVS) (antwoorden in Naast), per 1 oktober 2014: afspraken op collegeniveau afgerond in 50% van de 4 gemeenten (2 gemeenten).');
    expect(text.at(-1)).toContain('onbekend (geen antwoord) bij 25% van de 4 gemeenten (1 gemeente)');
  });
});

describe('does a figure say what the seed says?', () => {
  const stated = { quantifier: null, numerator: null, denominator: null };
  it('same percentage, and the same denominator when the source states one', () => {
    expect(statementMatches({ ...stated, percent: 63, denominator: 403 }, share(254, 403))).toBe(true);
    expect(statementMatches({ ...stated, percent: 63, denominator: 403 }, share(254, 408))).toBe(false);
    expect(statementMatches({ ...stated, percent: 84 }, share(339, 403))).toBe(true);
    expect(statementMatches({ ...stated, percent: 84 }, share(330, 403))).toBe(false);
  });
  it('reads "nagenoeg alle" and "1 op de 10"', () => {
    expect(statementMatches({ ...stated, percent: null, quantifier: 'nagenoeg alle' }, share(400, 403))).toBe(true);
    expect(statementMatches({ ...stated, percent: null, quantifier: 'nagenoeg alle' }, share(300, 403))).toBe(false);
    expect(statementMatches({ ...stated, percent: null, quantifier: '1 op de 10' }, share(40, 403))).toBe(true);
    expect(statementMatches({ ...stated, percent: null, quantifier: '1 op de 10' }, share(80, 403))).toBe(false);
  });
});
