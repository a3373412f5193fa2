/**
 * The client process of Figuur 1 (§3.1, "Het gemeentelijke cliëntproces in hoofdlijnen") as a state
 * machine per question. §3.1: "In de praktijk zal dat vooral een cyclisch proces zijn" and "Mensen met
 * meerdere problemen kunnen in verschillende stadia tegelijk zitten" — so a case holds several questions,
 * each at its own step, and evaluation can lead back into the process.
 */
import { compareDates, formatDutch, type IsoDate } from './calendar.ts';
import { pendingReplacement } from './independence.ts';
import type { Case, Question } from './model.ts';
import { err, ok, type DomainError, type Result } from './result.ts';

export const STEPS = [
  'eerste_contact',
  'gesprek',
  'vragen_verhelderen',
  'oplossingen_afspreken',
  'toewijzing_voorzieningen',
  'arrangement',
  'evaluatie',
  'afgesloten',
] as const;
export type Step = (typeof STEPS)[number];

export const STEP_LABELS: Readonly<Record<Step, string>> = {
  eerste_contact: 'Eerste contact',
  gesprek: 'Gesprek',
  vragen_verhelderen: 'Vragen verhelderen en resultaten vaststellen',
  oplossingen_afspreken: 'Oplossingen afspreken',
  toewijzing_voorzieningen: 'Toewijzing voorzieningen',
  arrangement: 'Arrangement',
  evaluatie: 'Evaluatie',
  afgesloten: 'Afgesloten',
};

/** Why a question was closed (afsluitreden). */
export type CloseReason = 'afgerond' | 'direct_beantwoord' | 'doorverwezen' | 'ingetrokken';
export const CLOSE_REASON_LABELS: Readonly<Record<CloseReason, string>> = {
  afgerond: 'afgerond na evaluatie',
  direct_beantwoord: 'vraag direct beantwoord',
  doorverwezen: 'doorverwezen naar een andere organisatie',
  ingetrokken: 'cliënt ziet af van ondersteuning',
};

export interface Transition {
  readonly from: Step;
  readonly to: Step;
  /** Only for `to: 'afgesloten'`: the reasons that make sense at this step. */
  readonly closeReasons?: readonly CloseReason[];
  /** Leaving clarification needs the Bijlage 3 row and column: the suggestion depends on them. */
  readonly requiresClassification?: boolean;
}

// The client may always stop: support is voluntary and the client keeps the direction (§2.3 Keuzevrijheid).
const WITHDRAW: readonly CloseReason[] = ['ingetrokken'];
// Bijlage 4 "Informatie en advies": "De vraag wordt direct beantwoord of de vrager wordt doorverwezen".
const EARLY: readonly CloseReason[] = ['direct_beantwoord', 'doorverwezen', 'ingetrokken'];

export const TRANSITIONS: readonly Transition[] = [
  { from: 'eerste_contact', to: 'gesprek' },
  { from: 'eerste_contact', to: 'afgesloten', closeReasons: EARLY },
  { from: 'gesprek', to: 'vragen_verhelderen' },
  { from: 'gesprek', to: 'afgesloten', closeReasons: EARLY },
  { from: 'vragen_verhelderen', to: 'oplossingen_afspreken', requiresClassification: true },
  { from: 'vragen_verhelderen', to: 'afgesloten', closeReasons: ['doorverwezen', 'ingetrokken'] },
  { from: 'oplossingen_afspreken', to: 'toewijzing_voorzieningen' },
  // §3.1 A/B: own solutions and the network come first; when they suffice there is nothing to allocate.
  { from: 'oplossingen_afspreken', to: 'arrangement' },
  { from: 'oplossingen_afspreken', to: 'afgesloten', closeReasons: WITHDRAW },
  { from: 'toewijzing_voorzieningen', to: 'arrangement' },
  { from: 'toewijzing_voorzieningen', to: 'afgesloten', closeReasons: WITHDRAW },
  { from: 'arrangement', to: 'evaluatie' },
  { from: 'arrangement', to: 'afgesloten', closeReasons: WITHDRAW },
  { from: 'evaluatie', to: 'gesprek' }, // a new question came up
  { from: 'evaluatie', to: 'vragen_verhelderen' }, // the question changed
  { from: 'evaluatie', to: 'arrangement' }, // Bijlage 4: the arrangement still fits, continue it
  { from: 'evaluatie', to: 'afgesloten', closeReasons: ['afgerond', 'ingetrokken'] },
];

export function transitionsFrom(step: Step): readonly Transition[] {
  return TRANSITIONS.filter((t) => t.from === step);
}

/**
 * The step a question normally takes next: the following step of Figuur 1 read from top to bottom
 * (STEPS is in that order, and every one of those moves is an allowed transition; after evaluation
 * that is closing it). Null for a closed question. The work list shows it as "volgende stap".
 */
export function nextStepOf(step: Step): Step | null {
  const following = STEPS[STEPS.indexOf(step) + 1];
  return TRANSITIONS.find((t) => t.from === step && t.to === following)?.to ?? null;
}

export type ProcessErrorCode =
  | 'question-not-in-case'
  | 'case-blocked'
  | 'question-closed'
  | 'transition-not-allowed'
  | 'date-before-last-step'
  | 'question-not-classified'
  | 'close-reason-required'
  | 'close-reason-not-allowed';
export type ProcessError = DomainError<ProcessErrorCode>;

export interface AdvanceContext {
  readonly case: Case;
  readonly on: IsoDate;
  readonly closeReason?: CloseReason;
}

const fail = (code: ProcessErrorCode, message: string) => err<ProcessError>({ code, message });
const quote = (step: Step) => `'${STEP_LABELS[step]}'`;

/** Move one question to step `to`, or say in Dutch why that is not possible now. */
export function advance(question: Question, to: Step, context: AdvanceContext): Result<Question, ProcessError> {
  const { case: c, on, closeReason } = context;
  if (!c.questions.some((q) => q.id === question.id)) {
    return fail('question-not-in-case', `Vraag ${question.id} hoort niet bij dossier ${c.id}.`);
  }
  const pending = pendingReplacement(c);
  if (pending) {
    return fail(
      'case-blocked',
      `Dit dossier is geblokkeerd: de cliënt heeft op ${formatDutch(pending.requestedOn)} om een andere cliëntondersteuner gevraagd. ` +
        'Wijs eerst een andere ondersteuner toe; tot dan kan geen enkele vraag in dit dossier een stap verder.',
    );
  }
  if (question.step === 'afgesloten') {
    return fail('question-closed', 'Deze vraag is afgesloten. Registreer een nieuwe vraag als de cliënt opnieuw hulp vraagt.');
  }
  const transition = TRANSITIONS.find((t) => t.from === question.step && t.to === to);
  if (!transition) {
    const allowed = transitionsFrom(question.step).map((t) => quote(t.to)).join(', ');
    return fail('transition-not-allowed', `Van ${quote(question.step)} kan niet naar ${quote(to)} worden gegaan. Toegestaan: ${allowed}.`);
  }
  const last = question.history.at(-1);
  if (last && compareDates(on, last.on) < 0) {
    return fail('date-before-last-step', `De datum ${formatDutch(on)} ligt vóór de vorige stap (${formatDutch(last.on)}).`);
  }
  if (transition.requiresClassification && (question.type === undefined || question.selfDirection === undefined)) {
    return fail(
      'question-not-classified',
      'Leg eerst het soort vraag en de mate van regie van de cliënt vast; daarop is de voorgestelde vorm van ondersteuning gebaseerd.',
    );
  }
  if (to === 'afgesloten') {
    const reasons = transition.closeReasons ?? [];
    if (closeReason === undefined) {
      return fail('close-reason-required', `Geef een reden om de vraag af te sluiten (${reasons.map((r) => CLOSE_REASON_LABELS[r]).join(' / ')}).`);
    }
    if (!reasons.includes(closeReason)) {
      return fail('close-reason-not-allowed', `Vanuit ${quote(question.step)} kan een vraag niet worden afgesloten als '${CLOSE_REASON_LABELS[closeReason]}'.`);
    }
    return ok({ ...question, step: to, closeReason, closedOn: on, history: [...question.history, { from: question.step, to, on, closeReason }] });
  }
  return ok({ ...question, step: to, history: [...question.history, { from: question.step, to, on }] });
}

/** `advance` for a question identified by id, returning the whole updated case. */
export function advanceInCase(c: Case, questionId: string, to: Step, context: Omit<AdvanceContext, 'case'>): Result<Case, ProcessError> {
  const question = c.questions.find((q) => q.id === questionId);
  if (!question) return fail('question-not-in-case', `Vraag ${questionId} hoort niet bij dossier ${c.id}.`);
  const result = advance(question, to, { ...context, case: c });
  return result.ok ? ok({ ...c, questions: c.questions.map((q) => (q.id === questionId ? result.value : q)) }) : result;
}
