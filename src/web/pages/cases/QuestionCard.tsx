import { useState, type FormEvent } from 'react';
import { Button, ButtonGroup, DataList, DataListItem, DataListKey, DataListValue, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { CLOSE_REASONS, type Case, type Question, type Step } from '../../api/caseTypes.ts';
import { useI18n } from '../../i18n/context.tsx';
import { changeCase, formatDate } from './caseAccess.ts';
import type { ChangeProps } from './CasePage.tsx';
import { Classification } from './Classification.tsx';
import { SelectField } from './fields.tsx';
import { useAction } from './useAction.tsx';

interface Props extends ChangeProps {
  question: Question;
  number: number;
}

/** One question: its step, the steps it may go to next (Figuur 1) as buttons, its classification and closing. */
export function QuestionCard({ c, question: q, number, onChanged, writable }: Props) {
  const { t, lang } = useI18n();
  const action = useAction();
  const open = q.stap !== 'afgesloten';
  const headingId = `vraag-${number}-kop`;
  const step = (to: Step, extra: object = {}) =>
    void action.run(async () => {
      await changeCase<Case>(c, 'POST', `/vragen/${q.id}/stap`, { naar: to, ...extra });
      onChanged(t('cases.question.moved', { step: t(`cases.step.${to}`) }));
      // The close form goes away with the focus in it: keep the keyboard user at this question.
      if (to === 'afgesloten') document.getElementById(headingId)?.focus();
    });
  return (
    <section className="naast-case-card" aria-labelledby={headingId} data-testid={`question-${number}`}>
      <Heading2 id={headingId} tabIndex={-1}>{t('cases.question.heading', { number, step: t(`cases.step.${q.stap}`) })}</Heading2>
      <DataList>
        <DataListItem>
          <DataListKey>{t('cases.question.channel')}</DataListKey>
          <DataListValue>{t(`cases.channel.${q.kanaal}`)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('cases.question.domains')}</DataListKey>
          <DataListValue>{q.leefgebieden.map((d) => t(`cases.domain.${d}`)).join(', ') || t('cases.table.none')}</DataListValue>
        </DataListItem>
      </DataList>
      {q.afsluitreden && (
        <Paragraph data-testid="question-closed">
          {t('cases.question.closed', { date: formatDate(q.geslotenDatum, lang), reason: t(`cases.close.${q.afsluitreden}`) })}
        </Paragraph>
      )}
      {action.problem}
      {open && writable && (
        <>
          <Heading3>{t('cases.question.next')}</Heading3>
          <ButtonGroup>
            {q.mogelijkeStappen
              .filter((s) => s !== 'afgesloten')
              .map((s) => (
                <Button key={s} appearance="secondary-action-button" busy={action.busy} onClick={() => step(s)}>
                  {t('cases.question.toStep', { step: t(`cases.step.${s}`) })}
                </Button>
              ))}
          </ButtonGroup>
        </>
      )}
      <Classification c={c} question={q} number={number} onChanged={onChanged} writable={writable && open} />
      {open && writable && q.mogelijkeStappen.includes('afgesloten') && (
        <CloseForm number={number} busy={action.busy} onClose={(reason) => step('afgesloten', { afsluitreden: reason })} />
      )}
    </section>
  );
}

function CloseForm({ number, busy, onClose }: { number: number; busy: boolean; onClose(reason: string): void }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const id = `vraag-${number}-afsluitreden`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(!reason);
    if (reason) onClose(reason);
  };
  return (
    <form onSubmit={submit} noValidate className="naast-case-sub" aria-labelledby={`${id}-kop`}>
      <Heading3 id={`${id}-kop`}>{t('cases.question.close')}</Heading3>
      <SelectField
        id={id}
        label={t('cases.question.closeReason')}
        value={reason}
        onChange={setReason}
        placeholder={t('cases.choose')}
        options={CLOSE_REASONS.map((r) => ({ value: r, label: t(`cases.close.${r}`) }))}
        error={missing ? t('cases.required') : undefined}
      />
      <Button type="submit" appearance="secondary-action-button" busy={busy}>
        {t('cases.question.closeSubmit')}
      </Button>
    </form>
  );
}
