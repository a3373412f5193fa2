import { REQUIREMENT_IDS, type Answers, type QuestionnaireDefinition, type Rule } from './questionnaire.ts';

export interface Finding {
  rule: string;
  level: 'fout' | 'waarschuwing';
  /** The answer field it concerns: `stage`, `requirements.b.explanation`, `budgetMee2015Cents`, … */
  field: string;
  message: string;
}

export interface ValidationContext {
  /** The municipality's 2014 client-support allocation (Bijlage 5, rolled into its division), cents. */
  allocationCents: number | null;
  /** Drafts may be incomplete; submission checks everything. */
  mode: 'draft' | 'submit';
}

/** Evaluates the questionnaire's rules (data) against the answers; all findings at once. */
export function validateAnswers(answers: Answers, questionnaire: QuestionnaireDefinition, context: ValidationContext): Finding[] {
  return questionnaire.rules.flatMap((rule) => evaluate(rule, answers, context));
}

function evaluate(rule: Rule, a: Answers, context: ValidationContext): Finding[] {
  const finding = (field: string): Finding => ({ rule: rule.id, level: rule.level, field, message: rule.message });
  switch (rule.kind) {
    case 'required-on-submit':
      if (context.mode !== 'submit') return [];
      if (rule.field === 'stage') return a.stage ? [] : [finding('stage')];
      return REQUIREMENT_IDS.filter((id) => !a.requirements[id]?.answer).map((id) => finding(`requirements.${id}.answer`));
    case 'stage-needs-budget':
      return a.stage && rule.stages.includes(a.stage) && a.budgetMee2015Cents === null ? [finding('budgetMee2015Cents')] : [];
    case 'budget-below-share-of-allocation':
      return a.budgetMee2015Cents !== null && context.allocationCents && a.budgetMee2015Cents < rule.share * context.allocationCents
        ? [finding('budgetMee2015Cents')]
        : [];
    case 'answer-needs-explanation':
      return REQUIREMENT_IDS.filter((id) => {
        const r = a.requirements[id];
        return r?.answer && rule.answers.includes(r.answer) && !r.explanation.trim();
      }).map((id) => finding(`requirements.${id}.explanation`));
  }
}

export const errorsOf = (findings: Finding[]) => findings.filter((f) => f.level === 'fout');
export const warningsOf = (findings: Finding[]) => findings.filter((f) => f.level === 'waarschuwing');
