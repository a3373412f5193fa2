import { useState, type FormEvent } from 'react';
import { Alert, Button, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { CHANNELS, REFERRAL_OUTCOMES, type Note, type Referral } from '../../api/caseTypes.ts';
import { useI18n } from '../../i18n/context.tsx';
import { changeCase, formatDate } from './caseAccess.ts';
import type { ChangeProps } from './CasePage.tsx';
import { SelectField, TextAreaField, TextField } from './fields.tsx';
import { useAction } from './useAction.tsx';
import { timeline } from './caseOverview.ts';

/**
 * Notes and contact moments (with the channel: phone, visit, …) as a timeline, newest first, with who
 * recorded each; both can be added also in a blocked case.
 */
export function NotesSection({ c, onChanged, writable }: ChangeProps) {
  const { t, lang } = useI18n();
  const action = useAction();
  const [kind, setKind] = useState<'notitie' | 'contactmoment'>('contactmoment');
  const [channel, setChannel] = useState('');
  const [date, setDate] = useState('');
  const [text, setText] = useState('');
  const [tried, setTried] = useState(false);
  const contact = kind === 'contactmoment';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!text.trim() || (contact && !channel)) return;
    void action.run(async () => {
      await changeCase<Note>(c, 'POST', '/notities', { soort: kind, tekst: text.trim(), ...(contact ? { kanaal: channel } : {}), ...(date ? { datum: date } : {}) });
      setText('');
      setDate('');
      setTried(false);
      onChanged();
    });
  };
  const number = new Map(c.vragen.map((q, i) => [q.id, i + 1]));
  const entries = timeline(c.notities);
  return (
    <section aria-labelledby="notities-kop">
      <Heading2 id="notities-kop">{t('cases.timeline.title')}</Heading2>
      {action.problem}
      {writable && (
        <form onSubmit={submit} noValidate className="naast-case-sub" aria-labelledby="notitie-nieuw-kop">
          <Heading3 id="notitie-nieuw-kop">{t('cases.timeline.newTitle')}</Heading3>
          <SelectField
            id="notitie-soort"
            label={t('cases.notes.kind')}
            value={kind}
            onChange={(v) => setKind(v as 'notitie' | 'contactmoment')}
            options={[
              { value: 'contactmoment', label: t('cases.notes.kindContact') },
              { value: 'notitie', label: t('cases.notes.kindNote') },
            ]}
          />
          {contact && (
            <SelectField
              id="notitie-kanaal"
              label={t('cases.notes.channel')}
              value={channel}
              onChange={setChannel}
              placeholder={t('cases.choose')}
              options={CHANNELS.map((ch) => ({ value: ch, label: t(`cases.channel.${ch}`) }))}
              error={tried && !channel ? t('cases.required') : undefined}
            />
          )}
          <TextField id="notitie-datum" type="date" label={`${t('cases.notes.date')} ${t('cases.optional')}`} description={t('cases.notes.dateHelp')} value={date} onChange={setDate} />
          <TextAreaField id="notitie-tekst" label={t('cases.notes.text')} value={text} onChange={setText} error={tried && !text.trim() ? t('cases.required') : undefined} />
          <Button type="submit" appearance="secondary-action-button" busy={action.busy}>
            {contact ? t('cases.notes.submitContact') : t('cases.notes.submit')}
          </Button>
        </form>
      )}
      <Heading3>{t('cases.timeline.listTitle')}</Heading3>
      {entries.length === 0 && <Paragraph>{t('cases.notes.empty')}</Paragraph>}
      <ol className="naast-timeline" data-testid="case-notes">
        {entries.map((n) => (
          <li key={n.id}>
            <p className="naast-timeline__meta">
              <strong>
                <time dateTime={n.datum}>{formatDate(n.datum, lang)}</time>
                {' – '}
                {n.soort === 'contactmoment' && n.kanaal ? t('cases.notes.contact', { channel: t(`cases.channel.${n.kanaal}`) }) : t('cases.notes.kindNote')}
              </strong>
              {n.vraagId && number.has(n.vraagId) && <>, {t('cases.timeline.question', { number: number.get(n.vraagId)! })}</>}
              {', '}
              {n.vastgelegdDoorNaam ? t('cases.timeline.by', { name: n.vastgelegdDoorNaam }) : t('cases.timeline.byUnknown')}
            </p>
            <p className="naast-timeline__text" lang="nl">
              {n.tekst}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Referrals to providers, each with the outcome once known. */
export function ReferralsSection({ c, onChanged, writable }: ChangeProps) {
  const { t } = useI18n();
  const action = useAction();
  const [provider, setProvider] = useState('');
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [warnings, setWarnings] = useState<string[]>([]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(!provider.trim());
    if (!provider.trim()) return;
    void action.run(async () => {
      const made = await changeCase<Referral & { waarschuwingen?: string[] }>(c, 'POST', '/verwijzingen', { aanbieder: provider.trim(), reden: reason.trim() });
      setWarnings(made.waarschuwingen ?? []);
      setProvider('');
      setReason('');
      onChanged();
    });
  };
  return (
    <section aria-labelledby="verwijzingen-kop">
      <Heading2 id="verwijzingen-kop">{t('cases.referrals.title')}</Heading2>
      {c.verwijzingen.length === 0 && <Paragraph>{t('cases.referrals.empty')}</Paragraph>}
      {c.verwijzingen.map((r, i) => (
        <ReferralItem key={r.id} c={c} referral={r} number={i + 1} onChanged={onChanged} writable={writable} />
      ))}
      {warnings.length > 0 && (
        <Alert type="warning">
          <Heading3>{t('cases.referrals.warningTitle')}</Heading3>
          {warnings.map((w) => (
            <Paragraph key={w} lang="nl" data-testid="referral-warning">
              {w}
            </Paragraph>
          ))}
        </Alert>
      )}
      {action.problem}
      {writable && (
        <form onSubmit={submit} noValidate className="naast-case-sub">
          <TextField id="verwijzing-aanbieder" label={t('cases.referrals.provider')} value={provider} onChange={setProvider} error={missing ? t('cases.required') : undefined} />
          <TextAreaField id="verwijzing-reden" label={`${t('cases.referrals.reason')} ${t('cases.optional')}`} value={reason} onChange={setReason} />
          <Button type="submit" appearance="secondary-action-button" busy={action.busy}>
            {t('cases.referrals.submit')}
          </Button>
        </form>
      )}
    </section>
  );
}

function ReferralItem({ c, referral: r, number, onChanged, writable }: ChangeProps & { referral: Referral; number: number }) {
  const { t, lang } = useI18n();
  const action = useAction();
  const [outcome, setOutcome] = useState<string>(r.uitkomst ?? '');
  const [missing, setMissing] = useState(false);
  const id = `verwijzing-${number}-uitkomst`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(!outcome);
    if (!outcome) return;
    void action.run(async () => {
      await changeCase<Referral>(c, 'PUT', `/verwijzingen/${r.id}/uitkomst`, { uitkomst: outcome });
      onChanged();
    });
  };
  return (
    <div className="naast-case-sub" data-testid={`referral-${number}`}>
      <Heading3>{t('cases.referrals.item', { provider: r.aanbieder, date: formatDate(r.verwezenDatum, lang) })}</Heading3>
      {r.reden && <Paragraph>{r.reden}</Paragraph>}
      <Paragraph data-testid="referral-outcome">
        {t('cases.referrals.outcome')}: {r.uitkomst ? t(`cases.outcome.${r.uitkomst}`) : t('cases.referrals.noOutcome')}
      </Paragraph>
      {action.problem}
      {writable && (
        <form onSubmit={submit} noValidate>
          <SelectField
            id={id}
            label={t('cases.referrals.outcomeFor', { provider: r.aanbieder })}
            value={outcome}
            onChange={setOutcome}
            placeholder={t('cases.choose')}
            options={REFERRAL_OUTCOMES.map((o) => ({ value: o, label: t(`cases.outcome.${o}`) }))}
            error={missing ? t('cases.required') : undefined}
          />
          <Button type="submit" appearance="secondary-action-button" busy={action.busy}>
            {t('cases.referrals.outcomeSubmit')}
          </Button>
        </form>
      )}
    </div>
  );
}
