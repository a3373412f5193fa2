/** Small builders for tests: a case with questions at given steps. */
import type { IsoDate } from './calendar.ts';
import type { QuestionTypeId, SelfDirection } from './matrix-axes.ts';
import { newCase, newQuestion, type Case, type Question } from './model.ts';
import type { Step } from './process.ts';

export function questionAt(id: string, step: Step, options: { on?: IsoDate; type?: QuestionTypeId; selfDirection?: SelfDirection } = {}): Question {
  const on = options.on ?? '2015-02-02';
  const q = newQuestion({ id, receivedVia: 'telefonisch', type: options.type ?? 3, selfDirection: options.selfDirection ?? 2 }, on);
  if (step === 'eerste_contact') return q;
  return {
    ...q,
    step,
    history: [...q.history, { from: 'eerste_contact', to: step, on }],
    ...(step === 'afgesloten' ? { closeReason: 'afgerond' as const, closedOn: on } : {}),
  };
}

export function caseWith(questions: readonly Question[], extra: Partial<Case> = {}): Case {
  return { ...newCase({ id: 'd-1', clientId: 'c-1', openedOn: '2015-02-02' }), questions, ...extra };
}

export function withSupporter(c: Case, personId: string, on: IsoDate = '2015-02-02'): Case {
  return { ...c, supporter: { kind: 'professioneel', personId, assignedOn: on } };
}

/** A closed case with one question, for sampling and retention tests. */
export function closedCase(id: string, closedOn: IsoDate, selfDirection?: SelfDirection): Case {
  const q = questionAt(`${id}-q`, 'afgesloten', { on: closedOn, ...(selfDirection ? { selfDirection } : {}) });
  return { ...newCase({ id, clientId: `client-${id}`, openedOn: '2015-01-05' }), questions: [selfDirection ? q : { ...q, selfDirection: undefined }] };
}
