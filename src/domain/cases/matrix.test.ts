import { describe, expect, it } from 'vitest';
import { QUESTION_TYPE_LIST, SELF_DIRECTION_LIST, isQuestionType, isSelfDirection, type QuestionTypeId, type SelfDirection } from './matrix-axes.ts';
import { acceptSuggestion, allSuggestions, overrideSuggestion, suggestSupport } from './matrix.ts';

const IA = 'Informatie en advies';
const CONTACT = 'Hulp bij leggen van contact met juiste instantie';
const SIGNAL =
  'Dit type burger stelt geen spontane vraag, maar er moet door derden (de omgeving) worden gesignaleerd. ' +
  'Na signalering, toenadering zoeken en overhalen om ondersteuning te accepteren. ' +
  'Veelal ondersteuning op meerdere terreinen nodig. Veelal één vertrouwd persoon/aanspreekpunt gewenst.';
const ROW3_1 = 'Korte vraagverduidelijking waarna advies hoe contact te leggen met juiste instantie';
const EVAL_1_3 = 'Steekproefsgewijze evaluatie via formulieren of bezoek aan de burger tijdens of na ondersteuningstraject';
const COMPLAINT_1_2 = 'Informatie en advies hoe een en ander af te handelen';
const COMPLAINT_4_5 = 'Overname van afhandelen klacht en bij bezwaar en beroep en de functie van mediator';
const CASEMANAGEMENT =
  'Veelal op meerdere gebieden ondersteuning of begeleiding nodig. Casemanagement vanuit vertrouwd persoon die tevens werkt aan versterken regie en zelfredzaamheid';

/** Bijlage 3, cell by cell: [question type, self-direction, suggested form]. */
const CELLS: ReadonlyArray<readonly [QuestionTypeId, SelfDirection, string]> = [
  [1, 1, IA],
  [1, 2, 'Informatie en advies aan burger en of netwerk'],
  [1, 3, IA],
  [1, 4, CONTACT],
  [1, 5, SIGNAL],
  [2, 1, IA],
  [2, 2, 'Informatie en advies aan netwerk'],
  [2, 3, 'Kortdurende hulp bij leggen van contact met juiste instantie'],
  [2, 4, CONTACT],
  [2, 5, SIGNAL],
  [3, 1, ROW3_1],
  [3, 2, 'Informatie en advies aan netwerk en motiveren netwerk'],
  [3, 3, 'Hulp bij ontwikkelen van meer zelfredzaamheid of korte ondersteuning bij leggen van contact met juiste instantie'],
  [3, 4, CONTACT],
  [3, 5, SIGNAL],
  [4, 1, ROW3_1],
  [4, 2, 'Vraagverduidelijking waarna advies aan netwerk bij leggen van contact met juiste instantie en indien nodig korte ondersteuning'],
  [4, 3, 'Vraagverduidelijking waarna advies en hulp bij leggen van contact met juiste instantie'],
  [4, 4, 'Vraagverduidelijking waarna hulp bij - of overname van het leggen van contact met juiste instantie'],
  [4, 5, SIGNAL],
  [5, 1, EVAL_1_3],
  [5, 2, EVAL_1_3],
  [5, 3, EVAL_1_3],
  [5, 4, 'Steekproefsgewijze evaluatie via bezoek aan burger'],
  [5, 5, 'Steekproefsgewijze evaluatie via vertrouwenspersoon bij burger'],
  [6, 1, COMPLAINT_1_2],
  [6, 2, COMPLAINT_1_2],
  [6, 3, 'Hulp bij afhandelen klacht, mediator en of ondersteuning bij bezwaar en beroep'],
  [6, 4, COMPLAINT_4_5],
  [6, 5, COMPLAINT_4_5],
  [7, 1, 'Contact leggen overlaten aan burger en beperken tot informatie en advies waarna de burger weer zelfstandig verder kan'],
  [7, 2, 'Contact leggen overlaten aan netwerk en beperken tot informatie en advies waarna de burger met netwerk weer zelfstandig verder kan'],
  [7, 3, 'Korte en eindige ondersteuning om zelfredzaamheid te versterken zodat verdere cliëntondersteuning niet meer nodig is.'],
  [7, 4, 'Regelmatige cliëntondersteuning om zelfredzaamheid te versterken regie te houden op ondersteuning.'],
  [7, 5, CASEMANAGEMENT],
  [8, 1, 'Verifiëren of er werkelijk voldoende regie is en waar nodig korte ondersteuning om regie te versterken'],
  [8, 2, 'Inzetten op motiveren en instrueren netwerk. Verifiëren of regie werkelijk voldoende is en indien nodig korte eindige ondersteuning'],
  [8, 3, 'Langere, maar eindige ondersteuning om zelfredzaamheid te versterken zodat de burger zelf regie kan houden op ondersteuning.'],
  [8, 4, 'Regelmatige ondersteuning om zelfredzaamheid te versterken en indien nodig casemanagement.'],
  [8, 5, CASEMANAGEMENT],
];

describe('Bijlage 3, cell by cell', () => {
  it('the table has 40 cells, each tested once', () => {
    expect(CELLS).toHaveLength(40);
    expect(new Set(CELLS.map(([q, s]) => `${q}:${s}`)).size).toBe(40);
    expect(allSuggestions()).toHaveLength(40);
  });

  it.each(CELLS)('vraag %i × regie %i', (type, level, form) => {
    const s = suggestSupport(type, level);
    expect(s.form).toBe(form);
    expect(s).toMatchObject({ questionType: type, selfDirection: level, kind: type <= 6 ? 'informeren' : 'regie_versterken' });
  });

  it('marks the cells whose placement is our reading of the PDF text', () => {
    const inferred = allSuggestions().filter((s) => s.source.inferred).map((s) => `${s.questionType}:${s.selfDirection}`);
    expect(inferred.sort()).toEqual(['1:4', '1:5', '2:4', '2:5', '3:1', '3:5', '4:1', '4:5'].sort());
  });
});

describe('axes, conditions and remarks', () => {
  it('has the Dutch descriptions of the 8 question types and 5 levels', () => {
    expect(QUESTION_TYPE_LIST.map((q) => q.description)).toContain('Vraag naar ondersteuning op meer dan één terrein');
    expect(QUESTION_TYPE_LIST).toHaveLength(8);
    expect(SELF_DIRECTION_LIST).toHaveLength(5);
    expect(SELF_DIRECTION_LIST[4]!.description).toMatch(/mijdend gedrag$/);
    expect([isQuestionType(8), isQuestionType(9), isSelfDirection(0), isSelfDirection(5)]).toEqual([true, false, false, true]);
  });

  it('gives each row its conditions; rows 5–6 add independence from the municipality', () => {
    expect(suggestSupport(2, 3).conditions).toContain('Vaardigheden in vraagverduidelijking.');
    expect(suggestSupport(6, 1).conditions.at(-1)).toBe('Naast bovenstaande elementen ook een onafhankelijke positie ten opzichte van gemeenten.');
    expect(suggestSupport(6, 1).conditions).toHaveLength(6);
    expect(suggestSupport(8, 5).conditions).toContain('Vaardigheden in versterken regie en loslaten.');
  });

  it('attaches the remarks on organisation variants to the cells they mention', () => {
    expect(suggestSupport(1, 1).organisationFits).toEqual(['gemeentelijk_loket', 'sociaal_wijkteam_toegang_eerste_lijn']);
    expect(suggestSupport(2, 2).organisationFits).toEqual(['sociaal_wijkteam_toegang_eerste_lijn']);
    expect(suggestSupport(6, 3).organisationFits).toEqual([]);
    expect(suggestSupport(7, 4).footnotes.join(' ')).toContain('MEE organisaties');
  });
});

describe('override by the supporter', () => {
  const s = suggestSupport(4, 2);
  const by = { decidedBy: 's-1', decidedOn: '2015-03-01' };

  it('requires a reason', () => {
    for (const reason of [undefined, '', '   ']) {
      const r = overrideSuggestion(s, { form: 'Casemanagement', ...(reason === undefined ? {} : { reason }), ...by });
      expect(r.ok || r.error.code).toBe('override-reason-required');
      if (!r.ok) expect(r.error.message).toContain(s.form);
    }
  });

  it('records form and reason', () => {
    const r = overrideSuggestion(s, { form: 'Casemanagement', reason: 'netwerk valt weg', ...by });
    expect(r.ok && r.value).toMatchObject({ overridden: true, chosenForm: 'Casemanagement', suggestedForm: s.form, reason: 'netwerk valt weg' });
  });

  it('choosing the suggested form is no override; an empty form is refused', () => {
    expect(overrideSuggestion(s, { form: s.form, ...by })).toEqual({ ok: true, value: acceptSuggestion(s, 's-1', '2015-03-01') });
    const empty = overrideSuggestion(s, { form: ' ', reason: 'x', ...by });
    expect(empty.ok || empty.error.code).toBe('override-form-required');
  });
});
