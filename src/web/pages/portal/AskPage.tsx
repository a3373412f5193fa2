import { useState, type FormEvent } from 'react';
import { Button, Fieldset, FieldsetLegend, FormFieldCheckbox, FormFieldDescription, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { formProblem, type FormError } from '../../api/problem-form.ts';
import { sendJson } from '../../api/send.ts';
import { useSession } from '../../api/session.ts';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { ProblemSummary } from '../../components/ProblemSummary.tsx';
import { useI18n } from '../../i18n/context.tsx';
import { FieldErrorSummary } from '../monitor/FieldErrorSummary.tsx';
import { TextAreaField, TextField } from '../cases/fields.tsx';
import { MunicipalitySelect } from './MunicipalitySelect.tsx';
import { DOMAIN_LABELS, LIFE_DOMAINS, type Receipt } from './portalTypes.ts';
import { ReceiptView } from './ReceiptView.tsx';

/** The API's field names → the ids of the inputs here (for the error summary's links). */
const FIELD_IDS: Record<string, string> = {
  gemeenteCode: 'vraag-gemeente',
  vraag: 'vraag-tekst',
  levensdomeinen: `vraag-domein-${LIFE_DOMAINS[0]}`,
  naam: 'vraag-naam',
  telefoon: 'vraag-telefoon',
  email: 'vraag-email',
  contactToestemming: 'vraag-toestemming',
};

/** /portaal/vraag — a resident asks a question online; the server checks everything and answers with a receipt. */
export default function AskPage() {
  const { t, lang } = useI18n();
  const session = useSession();
  const [municipality, setMunicipality] = useState('');
  const [text, setText] = useState('');
  const [domains, setDomains] = useState<string[]>([]);
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [email, setEmail] = useState('');
  const [wantsSupporter, setWantsSupporter] = useState(false);
  const [consent, setConsent] = useState(false);
  const [busy, setBusy] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<FormError[]>([]);
  const [failure, setFailure] = useState<Error>();
  const [receipt, setReceipt] = useState<Receipt>();
  useDocumentTitle(receipt ? t('portal.receipt.title') : t('portal.ask.title'));
  const errorOf = (field: string) => fieldErrors.find((e) => e.field === field)?.message;
  const signedInResident = session.status === 'signed-in' && session.user.rollen.some((r) => r.rol === 'inwoner');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setFailure(undefined);
    try {
      const body = { gemeenteCode: municipality, vraag: text, levensdomeinen: domains, naam: name, telefoon: phone, email, contactToestemming: consent, clientondersteunerGewenst: wantsSupporter };
      const { data } = await sendJson<Receipt>('POST', '/portaal/vragen', body);
      setFieldErrors([]);
      setReceipt(data);
      window.scrollTo(0, 0);
    } catch (error) {
      const invalid = formProblem(error).errors;
      setFieldErrors(invalid);
      if (invalid.length === 0) setFailure(error as Error);
    } finally {
      setBusy(false);
    }
  };

  if (receipt) return <ReceiptView receipt={receipt} onAgain={() => { setReceipt(undefined); setText(''); setDomains([]); }} />;

  return (
    <>
      <Heading1>{t('portal.ask.title')}</Heading1>
      <Paragraph>{t('portal.ask.intro')}</Paragraph>
      {signedInResident && <Paragraph>{t('portal.ask.signedIn')}</Paragraph>}
      {fieldErrors.length > 0 && (
        <FieldErrorSummary
          title={t('portal.ask.errorsTitle')}
          items={fieldErrors.map((e) => ({ key: e.field, label: '', message: e.message, targetId: FIELD_IDS[e.field] }))}
        />
      )}
      {failure && <ProblemSummary error={failure} title={t('portal.errorTitle')} />}
      <form onSubmit={submit} noValidate>
        <MunicipalitySelect id="vraag-gemeente" value={municipality} onChange={setMunicipality} error={errorOf('gemeenteCode')} />
        <TextAreaField id="vraag-tekst" label={t('portal.ask.question')} description={t('portal.ask.questionHint')} value={text} onChange={setText} rows={6} error={errorOf('vraag')} />
        <Fieldset>
          <FieldsetLegend>{t('portal.ask.domains')}</FieldsetLegend>
          {LIFE_DOMAINS.map((d) => (
            <FormFieldCheckbox
              key={d}
              id={`vraag-domein-${d}`}
              label={DOMAIN_LABELS[d][lang]}
              checked={domains.includes(d)}
              onChange={() => setDomains((all) => (all.includes(d) ? all.filter((x) => x !== d) : [...all, d]))}
            />
          ))}
        </Fieldset>
        <Heading2>{t('portal.ask.contactTitle')}</Heading2>
        <Paragraph>{t('portal.ask.contactText')}</Paragraph>
        <TextField id="vraag-naam" label={t('portal.ask.name')} value={name} onChange={setName} autoComplete="name" error={errorOf('naam')} />
        <TextField id="vraag-telefoon" type="tel" label={t('portal.ask.phone')} value={phone} onChange={setPhone} autoComplete="tel" error={errorOf('telefoon')} />
        <TextField id="vraag-email" type="email" label={t('portal.ask.email')} value={email} onChange={setEmail} autoComplete="email" error={errorOf('email')} />
        <Fieldset>
          <FieldsetLegend>{t('portal.ask.supportLegend')}</FieldsetLegend>
          <FormFieldCheckbox id="vraag-ondersteuner" label={t('portal.ask.wantsSupporter')} checked={wantsSupporter} onChange={() => setWantsSupporter((v) => !v)} />
          <FormFieldDescription>{t('portal.ask.supporterHint')}</FormFieldDescription>
        </Fieldset>
        <FormFieldCheckbox
          id="vraag-toestemming"
          label={t('portal.ask.consent')}
          checked={consent}
          invalid={Boolean(errorOf('contactToestemming'))}
          errorMessage={errorOf('contactToestemming') ? <span lang="nl">{errorOf('contactToestemming')}</span> : undefined}
          onChange={() => setConsent((v) => !v)}
        />
        <Button type="submit" appearance="primary-action-button" disabled={busy}>
          {busy ? t('portal.ask.busy') : t('portal.ask.submit')}
        </Button>
      </form>
    </>
  );
}
