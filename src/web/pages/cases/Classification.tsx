import { useState, type FormEvent } from 'react';
import { Button, Heading3, Heading4, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { QUESTION_TYPE_LIST, SELF_DIRECTION_LIST } from '../../../domain/cases/matrix-axes.ts';
import type { Choice, Question, Suggestion } from '../../api/caseTypes.ts';
import { useI18n } from '../../i18n/context.tsx';
import { changeCase } from './caseAccess.ts';
import type { ChangeProps } from './CasePage.tsx';
import { SelectField, TextAreaField, TextField } from './fields.tsx';
import { useAction } from './useAction.tsx';

interface Props extends ChangeProps {
  question: Question;
  number: number;
}

/**
 * Soort vraag (1–8) and mate van regie (1–5): the API answers with the suggestion of Bijlage 3. The
 * supporter takes it over, or chooses another form with a reason (required by the API too).
 */
export function Classification({ c, question: q, number, onChanged, writable }: Props) {
  const { t } = useI18n();
  const action = useAction();
  const id = `vraag-${number}-klasse`;
  const [type, setType] = useState(q.vraagtype ? String(q.vraagtype) : '');
  const [regie, setRegie] = useState(q.regie ? String(q.regie) : '');
  const [missing, setMissing] = useState(false);
  const [form, setForm] = useState('');
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);

  const classify = (event: FormEvent) => {
    event.preventDefault();
    setMissing(!type || !regie);
    if (!type || !regie) return;
    void action.run(async () => {
      await changeCase<Suggestion>(c, 'POST', `/vragen/${q.id}/classificatie`, { vraagtype: Number(type), regie: Number(regie) });
      onChanged();
    });
  };
  const choose = (body: { vorm?: string; reden?: string }) =>
    void action.run(async () => {
      await changeCase<Choice>(c, 'PUT', `/vragen/${q.id}/ondersteuningsvorm`, body);
      onChanged();
    });
  const override = (event: FormEvent) => {
    event.preventDefault();
    setReasonMissing(!reason.trim() || !form.trim());
    if (reason.trim() && form.trim()) choose({ vorm: form.trim(), reden: reason.trim() });
  };

  return (
    <div className="naast-case-sub">
      <Heading3 id={`${id}-kop`}>{t('cases.classify.title')}</Heading3>
      {action.problem}
      {writable && (
        <form onSubmit={classify} noValidate aria-labelledby={`${id}-kop`}>
          <SelectField
            id={`${id}-type`}
            label={t('cases.classify.type')}
            value={type}
            onChange={setType}
            placeholder={t('cases.choose')}
            options={QUESTION_TYPE_LIST.map((o) => ({ value: String(o.id), label: `${o.id}. ${o.description}`, lang: 'nl' }))}
            error={missing && !type ? t('cases.required') : undefined}
          />
          <SelectField
            id={`${id}-regie`}
            label={t('cases.classify.regie')}
            value={regie}
            onChange={setRegie}
            placeholder={t('cases.choose')}
            options={SELF_DIRECTION_LIST.map((o) => ({ value: String(o.level), label: `${o.level}. ${o.description}`, lang: 'nl' }))}
            error={missing && !regie ? t('cases.required') : undefined}
          />
          <Button type="submit" appearance="secondary-action-button" busy={action.busy}>
            {t('cases.classify.submit')}
          </Button>
        </form>
      )}
      {q.voorstel && (
        <div data-testid="suggestion">
          <Heading4>{t('cases.classify.suggestion')}</Heading4>
          <Paragraph lang="nl">
            <strong>{t('cases.classify.form')}:</strong> <span data-testid="suggestion-form">{q.voorstel.vorm}</span>
          </Paragraph>
          <Paragraph lang="nl">{q.voorstel.soortOmschrijving}</Paragraph>
          {q.voorstel.voorwaarden.length > 0 && (
            <>
              <Paragraph>{t('cases.classify.conditions')}:</Paragraph>
              <UnorderedList lang="nl">
                {q.voorstel.voorwaarden.map((v) => (
                  <UnorderedListItem key={v}>{v}</UnorderedListItem>
                ))}
              </UnorderedList>
            </>
          )}
        </div>
      )}
      {q.keuze && (
        <Paragraph data-testid="choice">
          <span lang="nl">{t('cases.classify.chosen', { form: q.keuze.gekozenVorm })}</span>
          {q.keuze.reden && <span lang="nl"> {t('cases.classify.chosenReason', { reason: q.keuze.reden })}</span>}
        </Paragraph>
      )}
      {q.voorstel && writable && (
        <>
          <Button appearance="primary-action-button" busy={action.busy} onClick={() => choose({})}>
            {t('cases.classify.accept')}
          </Button>
          <form onSubmit={override} noValidate aria-labelledby={`${id}-afwijken`}>
            <Heading4 id={`${id}-afwijken`}>{t('cases.classify.override')}</Heading4>
            <TextField id={`${id}-vorm`} label={t('cases.classify.otherForm')} value={form} onChange={setForm} error={reasonMissing && !form.trim() ? t('cases.required') : undefined} />
            <TextAreaField id={`${id}-reden`} label={t('cases.classify.reason')} value={reason} onChange={setReason} error={reasonMissing && !reason.trim() ? t('cases.required') : undefined} />
            <Button type="submit" appearance="secondary-action-button" busy={action.busy}>
              {t('cases.classify.overrideSubmit')}
            </Button>
          </form>
        </>
      )}
    </div>
  );
}
