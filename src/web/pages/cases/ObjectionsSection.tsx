import { useState, type FormEvent } from 'react';
import { Alert, Button, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { OBJECTION_KINDS, type Objection } from '../../api/caseTypes.ts';
import { useI18n } from '../../i18n/context.tsx';
import { changeCase, formatDate } from './caseAccess.ts';
import { ObjectionFilingForm, ObjectionTiming } from './ObjectionFiling.tsx';
import type { ChangeProps } from './CasePage.tsx';
import { SelectField, TextField } from './fields.tsx';
import { useAction } from './useAction.tsx';

/** Help with a complaint, objection or appeal; for an objection or appeal Naast computes the deadline. */
export function ObjectionsSection({ c, onChanged, writable }: ChangeProps) {
  const { t, lang } = useI18n();
  const action = useAction();
  const [kind, setKind] = useState('');
  const [subject, setSubject] = useState('');
  const [sent, setSent] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(!kind || !subject.trim());
    if (!kind || !subject.trim()) return;
    void action.run(async () => {
      await changeCase<Objection>(c, 'POST', '/bezwaren', { soort: kind, onderwerp: subject.trim(), ...(sent ? { verzendDatum: sent } : {}) });
      setSubject('');
      setSent('');
      onChanged();
    });
  };
  return (
    <section aria-labelledby="bezwaren-kop">
      <Heading2 id="bezwaren-kop">{t('cases.objections.title')}</Heading2>
      {c.bezwaren.length === 0 && <Paragraph>{t('cases.objections.empty')}</Paragraph>}
      {c.bezwaren.map((o, i) => (
        <div key={o.id} className="naast-case-sub" data-testid={`objection-${i + 1}`}>
          <Heading3>
            {t(`cases.objection.${o.soort}`)}: <span lang="nl">{o.onderwerp}</span>
          </Heading3>
          {o.termijn && (
            <Paragraph data-testid="objection-deadline">
              <strong>{t('cases.objections.deadline', { date: formatDate(o.termijn.eindDatum, lang) })}</strong>
              {!o.ingediendDatum && o.dagenOver !== null && !o.verlopen && <> {t('cases.objections.daysLeft', { days: o.dagenOver })}</>}
              {o.termijn.verlengdVanwege.length > 0 && (
                <>
                  {' '}
                  <span lang="nl">{t('cases.objections.extended', { days: o.termijn.verlengdVanwege.join(', ') })}</span>
                </>
              )}
            </Paragraph>
          )}
          {o.ingediendDatum && <Paragraph>{t('cases.objections.filed', { date: formatDate(o.ingediendDatum, lang) })}</Paragraph>}
          <ObjectionTiming o={o} />
          {(o.verlopen || o.waarschuwing) && (
            <Alert type={o.verlopen ? 'error' : 'warning'}>
              <Paragraph data-testid="objection-warning">
                {o.verlopen && <>{t('cases.objections.expired')} </>}
                {o.waarschuwing && <span lang="nl">{o.waarschuwing}</span>}
              </Paragraph>
            </Alert>
          )}
          {writable && o.termijn && <ObjectionFilingForm c={c} o={o} index={i} onChanged={() => onChanged(t('cases.objections.filingSaved'))} />}
        </div>
      ))}
      {action.problem}
      {writable && (
        <form onSubmit={submit} noValidate className="naast-case-sub">
          <SelectField
            id="bezwaar-soort"
            label={t('cases.objections.kind')}
            value={kind}
            onChange={setKind}
            placeholder={t('cases.choose')}
            options={OBJECTION_KINDS.map((k) => ({ value: k, label: t(`cases.objection.${k}`) }))}
            error={missing && !kind ? t('cases.required') : undefined}
          />
          <TextField id="bezwaar-onderwerp" label={t('cases.objections.subject')} value={subject} onChange={setSubject} error={missing && !subject.trim() ? t('cases.required') : undefined} />
          <TextField id="bezwaar-verzonden" type="date" label={t('cases.objections.sent')} description={t('cases.objections.sentHelp')} value={sent} onChange={setSent} />
          <Button type="submit" appearance="secondary-action-button" busy={action.busy}>
            {t('cases.objections.submit')}
          </Button>
        </form>
      )}
    </section>
  );
}
