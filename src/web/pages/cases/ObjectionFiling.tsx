import { useState, type FormEvent } from 'react';
import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import type { Case, Objection } from '../../api/caseTypes.ts';
import { useI18n } from '../../i18n/context.tsx';
import { changeCase, formatDate } from './caseAccess.ts';
import { SelectField, TextAreaField, TextField } from './fields.tsx';
import { useAction } from './useAction.tsx';

/**
 * What the law says about one objection's timing (issue 21 §1): a last day that may still move (Atw
 * art. 3 lid 3), whether the filing was in time and why (Awb 6:9), and the supporter's Awb 6:11
 * assessment. The explanations come from the server in Dutch and are shown as they are.
 */
export function ObjectionTiming({ o }: { o: Objection }) {
  const { t, lang } = useI18n();
  return (
    <>
      {o.termijn?.kanNogVeranderen && (
        <Alert type="info">
          <Paragraph lang="nl" data-testid="objection-may-move">
            {o.termijn.kanNogVeranderenUitleg}
          </Paragraph>
        </Alert>
      )}
      {o.postDatum && <Paragraph>{t('cases.objections.posted', { date: formatDate(o.postDatum, lang) })}</Paragraph>}
      {o.tijdigheid && (
        <Paragraph lang="nl" data-testid="objection-timeliness">
          {o.tijdigheid.uitleg}
        </Paragraph>
      )}
    </>
  );
}

/** Records the dates of receipt and posting and, for a late filing, whether the lateness is excusable. */
export function ObjectionFilingForm({ c, o, index, onChanged }: { c: Case; o: Objection; index: number; onChanged(): void }) {
  const { t } = useI18n();
  const action = useAction();
  const [received, setReceived] = useState(o.ingediendDatum ?? '');
  const [posted, setPosted] = useState(o.postDatum ?? '');
  const [verdict, setVerdict] = useState(o.verschoonbaarheid ? (o.verschoonbaarheid.verschoonbaar ? 'ja' : 'nee') : '');
  const [reason, setReason] = useState(o.verschoonbaarheid?.reden ?? '');
  const [missing, setMissing] = useState(false);
  const late = o.tijdigheid?.tijdig === false;
  const id = (name: string) => `bezwaar-${index + 1}-${name}`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const reasonMissing = verdict !== '' && !reason.trim();
    setMissing(reasonMissing);
    if (reasonMissing) return;
    void action.run(async () => {
      // A PUT replaces the whole record: send the outcome already recorded along.
      await changeCase<Objection>(c, 'PUT', `/bezwaren/${encodeURIComponent(o.id)}`, {
        ingediendDatum: received || null,
        postDatum: posted || null,
        uitkomst: o.uitkomst,
        uitkomstDatum: o.uitkomstDatum,
        toelichting: o.toelichting,
        verschoonbaarheid: late && verdict ? { verschoonbaar: verdict === 'ja', reden: reason.trim() } : null,
      });
      onChanged();
    });
  };
  return (
    <form onSubmit={submit} noValidate className="naast-case-sub" aria-label={t('cases.objections.filingTitle')}>
      {action.problem}
      <TextField id={id('ontvangen')} type="date" label={t('cases.objections.receivedOn')} description={t('cases.objections.receivedHelp')} value={received} onChange={setReceived} />
      <TextField id={id('gepost')} type="date" label={t('cases.objections.postedOn')} description={t('cases.objections.postedHelp')} value={posted} onChange={setPosted} />
      {late && (
        <>
          <SelectField
            id={id('verschoonbaar')}
            label={t('cases.objections.excusable')}
            description={t('cases.objections.excusableHelp')}
            value={verdict}
            onChange={setVerdict}
            placeholder={t('cases.objections.excusableNone')}
            options={[
              { value: 'ja', label: t('cases.objections.excusableYes') },
              { value: 'nee', label: t('cases.objections.excusableNo') },
            ]}
          />
          {verdict !== '' && (
            <TextAreaField id={id('reden')} label={t('cases.objections.excusableReason')} value={reason} onChange={setReason} error={missing ? t('cases.required') : undefined} />
          )}
        </>
      )}
      <Button type="submit" appearance="secondary-action-button" busy={action.busy}>
        {t('cases.objections.filingSubmit')}
      </Button>
    </form>
  );
}
