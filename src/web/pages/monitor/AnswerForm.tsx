import { useEffect, useState, type ChangeEvent, type FormEvent } from 'react';
import { Button, ButtonGroup, Heading2, Heading3, Textarea, Textbox } from '@utrecht/component-library-react';
import { formProblem } from '../../api/problem-form.ts';
import type { AnswerSaved, Questionnaire, RequirementId } from '../../api/monitorTypes.ts';
import { sendJson } from '../../api/send.ts';
import { describedBy, Field } from '../../components/Field.tsx';
import { ProblemSummary } from '../../components/ProblemSummary.tsx';
import { useI18n } from '../../i18n/context.tsx';
import { checkForm, fieldId, fieldKey, sortMessages, toBody, type AnswerFormState, type FieldMessage } from './answerForm.ts';
import { FieldErrorSummary } from './FieldErrorSummary.tsx';
import { conditionalHeaders, REQUIREMENT_ANSWERS } from './monitorFormat.ts';
import { RadioGroup } from './RadioGroup.tsx';

interface Props {
  questionnaire: Questionnaire;
  initial: AnswerFormState;
  /** The version the form starts from (ETag of the answers). */
  etag: string | null;
  /** `/monitor/rondes/{rondeId}/antwoorden/{gemeenteCode}` */
  path: string;
  onSaved(result: AnswerSaved): void;
  /** Someone else saved a newer version (412): the page fetches it and starts the form again. */
  onConflict(error: Error): void;
}

/**
 * The questionnaire rendered from its data: the stages as radio buttons with their labels, requirements
 * a–f as yes/partly/no with an explanation, the budget for 2015 in Dutch notation, other providers and
 * free text. "Opslaan als concept" saves a draft, "Indienen" submits; both send If-Match.
 */
export function AnswerForm({ questionnaire, initial, etag: startEtag, path, onSaved, onConflict }: Props) {
  const { t } = useI18n();
  const [form, setForm] = useState(initial);
  const [etag, setEtag] = useState(startEtag);
  const [errors, setErrors] = useState<FieldMessage[]>([]);
  const [problem, setProblem] = useState<Error>();
  const [busy, setBusy] = useState(false);
  useEffect(() => setEtag(startEtag), [startEtag]);

  const setRequirement = (id: RequirementId, change: Partial<AnswerFormState['requirements'][RequirementId]>) =>
    setForm((f) => ({ ...f, requirements: { ...f.requirements, [id]: { ...f.requirements[id], ...change } } }));
  const errorFor = (key: string) => errors.filter((e) => e.key === key).map((e) => e.message).join(' ') || undefined;
  const fieldError = (key: string) => {
    const message = errorFor(key);
    return message ? <span lang="nl">{message}</span> : undefined;
  };
  const labelFor = (key: string): string => {
    const requirement = /^requirements\.([a-f])\.(answer|explanation)$/.exec(key);
    if (requirement) {
      const r = questionnaire.requirements.find((q) => q.id === requirement[1]);
      return requirement[2] === 'answer' ? `${requirement[1]}. ${r?.short ?? ''}` : t('monitor.form.explanation', { id: requirement[1]! });
    }
    const labels: Record<string, string> = {
      stage: t('monitor.form.stageLegend'),
      budgetMee2015Cents: questionnaire.fields.budgetMee2015,
      otherProviders: questionnaire.fields.otherProviders,
      freeText: questionnaire.fields.freeText,
    };
    return labels[key] ?? key;
  };
  const needsExplanation = questionnaire.rules.flatMap((rule) => (rule.kind === 'answer-needs-explanation' && rule.level === 'fout' ? rule.answers : []));
  const explanationHint = needsExplanation.length
    ? t('monitor.form.explanationRequired', { answers: needsExplanation.map((a) => t(`monitor.answer.${a}`)).join('’ of ‘') })
    : undefined;

  const send = async (submit: boolean) => {
    if (busy) return;
    setProblem(undefined);
    const found = checkForm(form, questionnaire, submit ? 'submit' : 'draft');
    setErrors(found);
    if (found.length) return;
    setBusy(true);
    try {
      const { data, etag: next } = await sendJson<AnswerSaved>(submit ? 'POST' : 'PUT', submit ? `${path}/indienen` : path, toBody(form).body, conditionalHeaders(etag));
      setEtag(next ?? `"${data.versie}"`);
      onSaved(data);
    } catch (error) {
      const apiProblem = formProblem(error);
      if (apiProblem.status === 412) onConflict(error as Error);
      else if (apiProblem.status === 400 && apiProblem.errors.length) {
        setErrors(sortMessages(apiProblem.errors.map((e) => ({ key: fieldKey(e.field), message: e.message }))));
      } else setProblem(error as Error);
    } finally {
      setBusy(false);
    }
  };
  const submitDraft = (event: FormEvent) => {
    event.preventDefault();
    void send(false);
  };
  const text = (key: 'budget' | 'providers' | 'freeText') => ({
    value: form[key],
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setForm((f) => ({ ...f, [key]: e.target.value })),
  });

  return (
    <form onSubmit={submitDraft} noValidate aria-labelledby="vragen-kop">
      <Heading2 id="vragen-kop">{t('monitor.form.heading')}</Heading2>
      {errors.length > 0 && (
        <FieldErrorSummary
          title={t('monitor.form.errorsTitle')}
          items={errors.map((e) => ({ key: e.key, label: labelFor(e.key), message: e.message, targetId: fieldId(e.key, questionnaire) }))}
        />
      )}
      {problem && <ProblemSummary error={problem} title={t('monitor.form.errorsTitle')} />}
      <div className="naast-question">
        <RadioGroup
          id="vraag-fase"
          legend={t('monitor.form.stageLegend')}
          options={questionnaire.stages.map((s) => ({ value: s.code, label: s.label, lang: 'nl' }))}
          value={form.stage}
          onChange={(stage) => setForm((f) => ({ ...f, stage: stage as AnswerFormState['stage'] }))}
          error={errorFor('stage')}
          stacked
        />
      </div>
      <Heading3>{t('monitor.form.requirementsHeading')}</Heading3>
      {questionnaire.requirements.map((r) => {
        const explanationId = `vraag-eis-${r.id}-toelichting`;
        const explanationError = fieldError(`requirements.${r.id}.explanation`);
        return (
          <div className="naast-question" key={r.id}>
            <RadioGroup
              id={`vraag-eis-${r.id}`}
              legend={`${r.id}. ${r.short}`}
              description={r.question}
              lang="nl"
              options={REQUIREMENT_ANSWERS.map((a) => ({ value: a, label: t(`monitor.answer.${a}`) }))}
              value={form.requirements[r.id].answer}
              onChange={(answer) => setRequirement(r.id, { answer: answer as AnswerFormState['requirements'][RequirementId]['answer'] })}
              error={errorFor(`requirements.${r.id}.answer`)}
            />
            <Field id={explanationId} label={t('monitor.form.explanation', { id: r.id })} description={explanationHint} error={explanationError}>
              <Textarea
                id={explanationId}
                rows={3}
                value={form.requirements[r.id].explanation}
                invalid={Boolean(explanationError)}
                aria-describedby={describedBy(explanationId, { description: explanationHint, error: explanationError })}
                onChange={(e: ChangeEvent<HTMLTextAreaElement>) => setRequirement(r.id, { explanation: e.target.value })}
              />
            </Field>
          </div>
        );
      })}
      {questionnaire.definitiveQuestion && (
        <div className="naast-question">
          {/* The wording differs per questionnaire version (expected before November 2014, realised from then on). */}
          <RadioGroup
            id="vraag-definitief"
            legend={t('monitor.form.definitiveLegend')}
            description={questionnaire.definitiveQuestion.question}
            lang="nl"
            options={(['ja', 'nee'] as const).map((a) => ({ value: a, label: t(`monitor.answer.${a}`) }))}
            value={form.definitive}
            onChange={(answer) => setForm((f) => ({ ...f, definitive: answer as AnswerFormState['definitive'] }))}
          />
        </div>
      )}
      <div className="naast-question">
        <Field id="vraag-budget" label={<span lang="nl">{questionnaire.fields.budgetMee2015}</span>} description={t('monitor.form.budgetHelp')} error={fieldError('budgetMee2015Cents')}>
          <Textbox
            id="vraag-budget"
            inputMode="decimal"
            autoComplete="off"
            invalid={Boolean(errorFor('budgetMee2015Cents'))}
            aria-describedby={describedBy('vraag-budget', { description: true, error: errorFor('budgetMee2015Cents') })}
            {...text('budget')}
          />
        </Field>
        <Field id="vraag-aanbieders" label={<span lang="nl">{questionnaire.fields.otherProviders}</span>} description={t('monitor.form.providersHelp')} error={fieldError('otherProviders')}>
          <Textarea
            id="vraag-aanbieders"
            rows={4}
            invalid={Boolean(errorFor('otherProviders'))}
            aria-describedby={describedBy('vraag-aanbieders', { description: true, error: errorFor('otherProviders') })}
            {...text('providers')}
          />
        </Field>
        <Field id="vraag-toelichting" label={<span lang="nl">{questionnaire.fields.freeText}</span>} error={fieldError('freeText')}>
          <Textarea
            id="vraag-toelichting"
            rows={5}
            invalid={Boolean(errorFor('freeText'))}
            aria-describedby={describedBy('vraag-toelichting', { error: errorFor('freeText') })}
            {...text('freeText')}
          />
        </Field>
      </div>
      <ButtonGroup>
        <Button type="submit" appearance="secondary-action-button" busy={busy}>
          {t('monitor.form.save')}
        </Button>
        <Button type="button" appearance="primary-action-button" busy={busy} onClick={() => void send(true)}>
          {t('monitor.form.submit')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
