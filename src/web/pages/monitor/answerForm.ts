/**
 * The answer form as plain data: what the fields hold, how that becomes the API body, and how a finding
 * of the questionnaire's rules (or an invalid param of the API) finds its field on the page.
 */
import { formatEuro, parseEuro } from '../../../domain/budget/format.ts';
import { validateAnswers } from '../../../domain/monitor/validate.ts';
import type { Answers } from '../../../domain/monitor/questionnaire.ts';
import type { AnswersBody, Questionnaire, RequirementAnswer, RequirementId, Stage } from '../../api/monitorTypes.ts';
import { REQUIREMENT_ANSWERS, REQUIREMENT_IDS } from './monitorFormat.ts';

export interface AnswerFormState {
  stage: Stage | '';
  requirements: Record<RequirementId, { answer: RequirementAnswer | ''; explanation: string }>;
  /** As typed, in Dutch notation: "1.234.567" or "1.234.567,50". */
  budget: string;
  /** One provider per line. */
  providers: string;
  /** The stored answer did not say (an import without the column): left empty, it stays unknown, not "none". */
  providersUnknown: boolean;
  /** The answer to the round's question on definitive agreements (expected or realised, per questionnaire version). */
  definitive: 'ja' | 'nee' | '';
  freeText: string;
}

/** An error (or warning) at a field: `key` as the rules name it, e.g. `requirements.d.explanation`. */
export interface FieldMessage {
  key: string;
  message: string;
}

/** "1.234.567" for the text field; with cents only when there are cents. */
export const amountText = (cents: number) => formatEuro(cents, { showCents: cents % 100 !== 0 }).replace(/^€ /, '');

export function formFromAnswers(answers: AnswersBody | undefined): AnswerFormState {
  const requirements = Object.fromEntries(
    REQUIREMENT_IDS.map((id) => [id, { answer: answers?.eisen[id]?.antwoord ?? '', explanation: answers?.eisen[id]?.toelichting ?? '' }]),
  ) as AnswerFormState['requirements'];
  return {
    stage: answers?.fase ?? '',
    requirements,
    budget: answers?.budgetMee2015Cent == null ? '' : amountText(answers.budgetMee2015Cent),
    providers: (answers?.andereAanbieders ?? []).join('\n'),
    providersUnknown: answers?.andereAanbieders === null,
    definitive: answers?.definitieveAfspraken ?? '',
    freeText: answers?.toelichting ?? '',
  };
}

/** The API body, or the (Dutch) reason the budget cannot be read. */
export function toBody(state: AnswerFormState): { body: AnswersBody; budgetError?: string } {
  let budget: number | null = null;
  let budgetError: string | undefined;
  if (state.budget.trim() !== '') {
    try {
      budget = parseEuro(state.budget);
      if (budget < 0) budgetError = 'Het bedrag mag niet negatief zijn.';
    } catch (error) {
      budgetError = error instanceof Error ? error.message : String(error);
    }
  }
  const eisen = Object.fromEntries(
    REQUIREMENT_IDS.map((id) => [id, { antwoord: state.requirements[id].answer || null, toelichting: state.requirements[id].explanation.trim() }]),
  );
  const providers = state.providers
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const body: AnswersBody = {
    fase: state.stage || null,
    eisen,
    budgetMee2015Cent: budgetError ? null : budget,
    andereAanbieders: providers.length === 0 && state.providersUnknown ? null : providers,
    definitieveAfspraken: state.definitive || null,
    toelichting: state.freeText.trim(),
  };
  return { body, budgetError };
}

const toDomain = (b: AnswersBody): Answers => ({
  stage: b.fase,
  requirements: Object.fromEntries(Object.entries(b.eisen).map(([id, r]) => [id, { answer: r!.antwoord, explanation: r!.toelichting }])),
  budgetMee2015Cents: b.budgetMee2015Cent,
  otherProviders: b.andereAanbieders ?? null,
  definitiveAgreements: b.definitieveAfspraken ?? null,
  freeText: b.toelichting,
});

/**
 * Every error at once, before sending: the budget as typed, and the questionnaire's own rules (the same
 * data the API checks with). The API checks again and stays the one that decides.
 */
export function checkForm(state: AnswerFormState, questionnaire: Questionnaire, mode: 'draft' | 'submit'): FieldMessage[] {
  const { body, budgetError } = toBody(state);
  const findings = validateAnswers(toDomain(body), questionnaire, { allocationCents: null, mode })
    .filter((f) => f.level === 'fout')
    .filter((f) => !(budgetError && f.field === 'budgetMee2015Cents'))
    .map((f) => ({ key: f.field, message: f.message }));
  return [...(budgetError ? [{ key: 'budgetMee2015Cents', message: budgetError }] : []), ...findings].sort(
    (a, b) => fieldOrder(a.key) - fieldOrder(b.key),
  );
}

/** A field name of the API (`body.eisen.d.toelichting`) or of the rules (`requirements.d.explanation`) as one key. */
export function fieldKey(name: string): string {
  const n = name.replace(/^body\./, '');
  if (n === 'fase' || n === 'stage') return 'stage';
  const requirement = /^(?:eisen|requirements)\.([a-f])(?:\.(antwoord|answer|toelichting|explanation))?$/.exec(n);
  if (requirement) return `requirements.${requirement[1]}.${requirement[2] === 'toelichting' || requirement[2] === 'explanation' ? 'explanation' : 'answer'}`;
  if (/^budgetMee2015Cents?$/.test(n)) return 'budgetMee2015Cents';
  if (/^(andereAanbieders|otherProviders)/.test(n)) return 'otherProviders';
  if (n === 'toelichting' || n === 'freeText') return 'freeText';
  return n;
}

/** The id of the element to focus for a field (the first option of a group of radio buttons). */
export function fieldId(key: string, questionnaire: Questionnaire): string | undefined {
  if (key === 'stage') return questionnaire.stages[0] ? `vraag-fase-${questionnaire.stages[0].code}` : undefined;
  const requirement = /^requirements\.([a-f])\.(answer|explanation)$/.exec(key);
  if (requirement) return requirement[2] === 'answer' ? `vraag-eis-${requirement[1]}-${REQUIREMENT_ANSWERS[0]}` : `vraag-eis-${requirement[1]}-toelichting`;
  return { budgetMee2015Cents: 'vraag-budget', otherProviders: 'vraag-aanbieders', freeText: 'vraag-toelichting' }[key];
}

/** Errors in the order of the form, so the summary reads top to bottom. */
function fieldOrder(key: string): number {
  if (key === 'stage') return 0;
  const requirement = /^requirements\.([a-f])\.(answer|explanation)$/.exec(key);
  if (requirement) return 10 + REQUIREMENT_IDS.indexOf(requirement[1] as RequirementId) * 2 + (requirement[2] === 'explanation' ? 1 : 0);
  return { budgetMee2015Cents: 30, otherProviders: 31, freeText: 32 }[key] ?? 40;
}

export const sortMessages = (messages: FieldMessage[]) => [...messages].sort((a, b) => fieldOrder(a.key) - fieldOrder(b.key));
