import type { Database } from '../../db/client.ts';
import {
  acceptSuggestion,
  advanceInCase,
  classifyQuestion,
  overrideSuggestion,
  suggestSupport,
  withQuestion,
  type CloseReason,
  type IsoDate,
  type QuestionTypeId,
  type SelfDirection,
  type Step,
  type SupportChoice,
  type SupportSuggestion,
} from '../../domain/cases/index.ts';
import { CaseRefusedError, unwrap } from './errors.ts';
import { questionOf, refuseWhenBlocked } from './records.ts';
import { updateCase, type CaseRecord } from './store.ts';

/**
 * A question's way through the process: fix its Bijlage 3 row and column, settle on a form of
 * support (the matrix suggests, the supporter decides), and move it step by step (process.ts).
 */

/** Fix question type × self-direction; answers with the matrix's suggestion for that cell. */
export async function classify(
  db: Database,
  caseId: string,
  expectedVersion: number | undefined,
  questionId: string,
  cell: { type: QuestionTypeId; selfDirection: SelfDirection },
): Promise<{ record: CaseRecord; suggestion: SupportSuggestion }> {
  const record = await updateCase(db, caseId, expectedVersion, (current) => {
    refuseWhenBlocked(current.case);
    const question = questionOf(current.case, questionId);
    const choices = { ...current.choices };
    // A choice answered the suggestion of the old cell; after reclassifying it must be made again.
    const changed = question.type !== cell.type || question.selfDirection !== cell.selfDirection;
    if (changed) delete choices[questionId];
    return { record: { ...current, choices, case: withQuestion(current.case, classifyQuestion(question, cell.type, cell.selfDirection)) } };
  });
  return { record, suggestion: suggestSupport(cell.type, cell.selfDirection) };
}

/** The suggestion for a classified question, or undefined while it is not classified. */
export function suggestionFor(record: CaseRecord, questionId: string): SupportSuggestion | undefined {
  const q = questionOf(record.case, questionId);
  return q.type !== undefined && q.selfDirection !== undefined ? suggestSupport(q.type, q.selfDirection) : undefined;
}

/**
 * Accept the suggested form (no `form`, or the same form) or choose another one, which needs a reason
 * (matrix.ts: the reason makes the deviation accountable).
 */
export async function chooseSupport(
  db: Database,
  caseId: string,
  expectedVersion: number | undefined,
  questionId: string,
  input: { form?: string | undefined; reason?: string | undefined; userId: string; on: IsoDate },
): Promise<{ record: CaseRecord; choice: SupportChoice }> {
  let choice: SupportChoice | undefined;
  const record = await updateCase(db, caseId, expectedVersion, (current) => {
    refuseWhenBlocked(current.case);
    const suggestion = suggestionFor(current, questionId);
    if (!suggestion) {
      throw new CaseRefusedError(
        'question-not-classified',
        'Leg eerst het soort vraag en de mate van regie van de cliënt vast; daarop is de voorgestelde vorm van ondersteuning gebaseerd.',
      );
    }
    choice =
      input.form === undefined
        ? acceptSuggestion(suggestion, input.userId, input.on)
        : unwrap(overrideSuggestion(suggestion, { form: input.form, ...(input.reason ? { reason: input.reason } : {}), decidedBy: input.userId, decidedOn: input.on }));
    return { record: { ...current, choices: { ...current.choices, [questionId]: choice } } };
  });
  return { record, choice: choice! };
}

/** One step of Figuur 1 for one question; the domain says in Dutch why not, when not. */
export async function advanceQuestion(
  db: Database,
  caseId: string,
  expectedVersion: number | undefined,
  questionId: string,
  input: { to: Step; on: IsoDate; closeReason?: CloseReason | undefined },
): Promise<CaseRecord> {
  return updateCase(db, caseId, expectedVersion, (current) => {
    questionOf(current.case, questionId);
    const context = { on: input.on, ...(input.closeReason ? { closeReason: input.closeReason } : {}) };
    return { record: { ...current, case: unwrap(advanceInCase(current.case, questionId, input.to, context)) } };
  });
}
