import { useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { Button, Fieldset, FieldsetLegend, FormFieldCheckbox, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { AGE_CATEGORIES, CHANNELS, LIFE_DOMAINS, type Case, type LifeDomain } from '../../api/caseTypes.ts';
import { sendJson } from '../../api/send.ts';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useI18n } from '../../i18n/context.tsx';
import { FieldErrorSummary } from '../monitor/FieldErrorSummary.tsx';
import { RadioGroup } from '../monitor/RadioGroup.tsx';
import { CasesGate } from './CasesGate.tsx';
import { SelectField, TextAreaField, TextField } from './fields.tsx';
import { useAction } from './useAction.tsx';

/** /clienten/nieuw — intake: who asks, how the question came in, and the question itself. */
export default function IntakePage() {
  const { t } = useI18n();
  useDocumentTitle(t('cases.intake.title'));
  return (
    <CasesGate permissions={['dossiers:schrijven']} title={t('cases.intake.title')}>
      {() => <IntakeForm />}
    </CasesGate>
  );
}

type Required = 'kanaal' | 'naam' | 'tekst';

function IntakeForm() {
  const { t } = useI18n();
  const [, navigate] = useLocation();
  const [channel, setChannel] = useState('');
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [email, setEmail] = useState('');
  const [bsn, setBsn] = useState('');
  const [age, setAge] = useState('');
  const [domains, setDomains] = useState<LifeDomain[]>([]);
  const [text, setText] = useState('');
  const [missing, setMissing] = useState<Required[]>([]);
  const action = useAction();
  const errorOf = (key: Required) => (missing.includes(key) ? t('cases.required') : undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const empty = ([['kanaal', channel], ['naam', name], ['tekst', text]] as const).filter(([, v]) => !v.trim()).map(([k]) => k);
    setMissing(empty);
    if (empty.length) return;
    const body = {
      client: {
        naam: name.trim(),
        telefoon: phone.trim() || null,
        email: email.trim() || null,
        ...(bsn.trim() ? { bsn: bsn.trim() } : {}),
        leeftijdscategorie: age || null,
      },
      vraag: { kanaal: channel, tekst: text.trim(), leefgebieden: domains },
    };
    void action.run(async () => {
      const { data } = await sendJson<Case>('POST', '/dossiers', body);
      navigate(`/dossier/${data.id}`);
    });
  };
  const labels: Record<Required, string> = { kanaal: t('cases.intake.channel'), naam: t('cases.intake.name'), tekst: t('cases.intake.text') };
  const targets: Record<Required, string> = { kanaal: 'intake-kanaal-telefonisch', naam: 'intake-naam', tekst: 'intake-tekst' };

  return (
    <>
      <Heading1>{t('cases.intake.title')}</Heading1>
      <Paragraph>{t('cases.intake.intro')}</Paragraph>
      {missing.length > 0 && (
        <FieldErrorSummary
          title={t('cases.errorTitle')}
          items={missing.map((key) => ({ key, label: labels[key], message: t('cases.required'), targetId: targets[key] }))}
        />
      )}
      {action.problem}
      <form onSubmit={submit} noValidate>
        <Heading2>{t('cases.intake.question')}</Heading2>
        <RadioGroup
          id="intake-kanaal"
          legend={t('cases.intake.channel')}
          options={CHANNELS.map((c) => ({ value: c, label: t(`cases.channel.${c}`) }))}
          value={channel}
          onChange={setChannel}
          error={errorOf('kanaal')}
          stacked
        />
        <TextAreaField id="intake-tekst" label={t('cases.intake.text')} value={text} onChange={setText} error={errorOf('tekst')} rows={4} />
        <Fieldset>
          <FieldsetLegend>{t('cases.intake.domains')}</FieldsetLegend>
          {LIFE_DOMAINS.map((d) => (
            <FormFieldCheckbox
              key={d}
              id={`intake-leefgebied-${d}`}
              label={t(`cases.domain.${d}`)}
              checked={domains.includes(d)}
              onChange={() => setDomains((all) => (all.includes(d) ? all.filter((x) => x !== d) : [...all, d]))}
            />
          ))}
        </Fieldset>
        <Heading2>{t('cases.intake.client')}</Heading2>
        <TextField id="intake-naam" label={t('cases.intake.name')} value={name} onChange={setName} error={errorOf('naam')} autoComplete="off" required />
        <TextField id="intake-telefoon" label={`${t('cases.intake.phone')} ${t('cases.optional')}`} value={phone} onChange={setPhone} type="tel" />
        <TextField id="intake-email" label={`${t('cases.intake.email')} ${t('cases.optional')}`} value={email} onChange={setEmail} type="email" inputMode="email" />
        <TextField id="intake-bsn" label={t('cases.intake.bsn')} description={t('cases.intake.bsnHelp')} value={bsn} onChange={setBsn} inputMode="numeric" />
        <SelectField
          id="intake-leeftijd"
          label={t('cases.intake.age')}
          value={age}
          onChange={setAge}
          placeholder={t('cases.intake.ageUnknown')}
          options={AGE_CATEGORIES.map((a) => ({ value: a, label: a }))}
        />
        <Button type="submit" appearance="primary-action-button" busy={action.busy}>
          {t('cases.intake.submit')}
        </Button>
      </form>
    </>
  );
}
