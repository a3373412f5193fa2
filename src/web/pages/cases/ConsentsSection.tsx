import { useState, type FormEvent } from 'react';
import { Button, Heading2, Heading3, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useI18n } from '../../i18n/context.tsx';
import { changeCase, formatDate } from './caseAccess.ts';
import type { ChangeProps } from './CasePage.tsx';
import { TextField } from './fields.tsx';
import type { ConsentRecord, FullCase } from './planTypes.ts';
import { useAction } from './useAction.tsx';

/**
 * Consents of the client: the current ones with a button to withdraw each, every consent ever given
 * (history, never deleted), and a form for a new one. Withdrawing is allowed in a blocked case too.
 */
export function ConsentsSection({ c, onChanged, writable }: ChangeProps) {
  const { t, lang } = useI18n();
  const action = useAction();
  const [subject, setSubject] = useState('');
  const [recipient, setRecipient] = useState('');
  const [date, setDate] = useState('');
  const [missing, setMissing] = useState(false);
  const consents = (c as FullCase).toestemmingen ?? [];
  const current = consents.filter((x) => x.geldig);
  const recipientOf = (x: ConsentRecord) => x.ontvanger || t('cases.consents.unknownRecipient');

  const give = (event: FormEvent) => {
    event.preventDefault();
    const incomplete = !subject.trim() || !recipient.trim();
    setMissing(incomplete);
    if (incomplete) return;
    void action.run(async () => {
      await changeCase(c, 'POST', '/toestemmingen', { onderwerp: subject.trim(), ontvanger: recipient.trim(), ...(date ? { gegevenDatum: date } : {}) });
      setSubject('');
      setRecipient('');
      setDate('');
      onChanged();
    });
  };
  const withdraw = (x: ConsentRecord) =>
    void action.run(async () => {
      await changeCase(c, 'POST', `/toestemmingen/${x.id}/intrekken`, {});
      onChanged(t('cases.consents.withdrawn'));
    });

  return (
    <section aria-labelledby="toestemmingen-kop">
      <Heading2 id="toestemmingen-kop">{t('cases.consents.title')}</Heading2>
      <Paragraph>{t('cases.consents.intro')}</Paragraph>
      <Heading3>{t('cases.consents.current')}</Heading3>
      {current.length === 0 && <Paragraph>{t('cases.consents.none')}</Paragraph>}
      <ul className="naast-case-list" data-testid="consents-current">
        {current.map((x) => (
          <li key={x.id}>
            {t('cases.consents.item', { subject: x.onderwerp, recipient: recipientOf(x), date: formatDate(x.gegevenDatum, lang) })}
            {writable && (
              <>
                {' '}
                <Button type="button" appearance="subtle-button" onClick={() => withdraw(x)} busy={action.busy}>
                  {t('cases.consents.withdraw', { subject: x.onderwerp, recipient: recipientOf(x) })}
                </Button>
              </>
            )}
          </li>
        ))}
      </ul>
      {consents.length > 0 && (
        <>
          <Heading3>{t('cases.consents.history')}</Heading3>
          <Table data-testid="consents-history">
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('cases.consents.subjectCol')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('cases.consents.recipientCol')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('cases.consents.givenCol')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('cases.consents.withdrawnCol')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {consents.map((x) => (
                <TableRow key={x.id}>
                  <TableCell>{x.onderwerp}</TableCell>
                  <TableCell>{recipientOf(x)}</TableCell>
                  <TableCell>{formatDate(x.gegevenDatum, lang)}</TableCell>
                  <TableCell>{x.ingetrokkenDatum ? formatDate(x.ingetrokkenDatum, lang) : t('cases.consents.stillValid')}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
      {action.problem}
      {writable && (
        <form onSubmit={give} noValidate className="naast-case-sub">
          <Heading3>{t('cases.consents.newTitle')}</Heading3>
          <TextField id="toestemming-onderwerp" label={t('cases.consents.subject')} value={subject} onChange={setSubject} error={missing && !subject.trim() ? t('cases.required') : undefined} />
          <TextField
            id="toestemming-ontvanger"
            label={t('cases.consents.recipient')}
            description={t('cases.consents.recipientHelp')}
            value={recipient}
            onChange={setRecipient}
            error={missing && !recipient.trim() ? t('cases.required') : undefined}
          />
          <TextField id="toestemming-datum" type="date" label={`${t('cases.consents.date')} ${t('cases.optional')}`} description={t('cases.notes.dateHelp')} value={date} onChange={setDate} />
          <Button type="submit" appearance="secondary-action-button" busy={action.busy}>
            {t('cases.consents.submit')}
          </Button>
        </form>
      )}
    </section>
  );
}
