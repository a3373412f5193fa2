import { useState, type ChangeEvent, type FormEvent } from 'react';
import { Button, Fieldset, FieldsetLegend, FormFieldCheckbox, FormFieldErrorMessage, Heading2, Paragraph } from '@utrecht/component-library-react';
import { PERMISSIONS, type Permission } from '../../../domain/access/index.ts';
import { sendJson } from '../../api/send.ts';
import type { User } from '../../api/session.ts';
import { ProblemSummary } from '../../components/ProblemSummary.tsx';
import { useI18n } from '../../i18n/context.tsx';
import { permissionsOf } from './access.ts';
import type { NewApiToken } from './identityTypes.ts';
import { scopeLabel } from './labels.ts';
import { NewTokenNotice } from './NewTokenNotice.tsx';
import { TextField } from './TextField.tsx';

const ID = 'token';

/** Create a token for an integration, with only rights the user has; the secret is shown once. */
export function TokenForm({ user, onCreated }: { user: User; onCreated(): void }) {
  const { t } = useI18n();
  const held = permissionsOf(user);
  const offered = PERMISSIONS.filter((p) => held.has(p));
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<Permission[]>([]);
  const [days, setDays] = useState('90');
  const [errors, setErrors] = useState<{ naam?: string; scopes?: string; dagen?: string }>({});
  const [problem, setProblem] = useState<Error>();
  const [created, setCreated] = useState<NewApiToken>();
  const [busy, setBusy] = useState(false);

  const toggle = (scope: Permission, on: boolean) => setScopes((s) => (on ? PERMISSIONS.filter((p) => p === scope || s.includes(p)) : s.filter((p) => p !== scope)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setProblem(undefined);
    const found: typeof errors = {};
    const validity = Number(days);
    if (!name.trim()) found.naam = t('identity.tokens.nameRequired');
    if (scopes.length === 0) found.scopes = t('identity.tokens.scopesRequired');
    if (!/^\d+$/.test(days.trim()) || validity < 1 || validity > 365) found.dagen = t('identity.tokens.daysInvalid');
    setErrors(found);
    const first = (['naam', 'scopes', 'dagen'] as const).find((k) => found[k]);
    if (first) return document.querySelector<HTMLInputElement>(first === 'scopes' ? `#${ID}-scopes input` : `#${ID}-${first}`)?.focus();
    setBusy(true);
    try {
      const { data } = await sendJson<NewApiToken>('POST', '/api-tokens', { naam: name.trim(), scopes, geldigDagen: validity });
      setCreated(data);
      setName('');
      setScopes([]);
      setDays('90');
      onCreated();
    } catch (error) {
      setProblem(error as Error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby={`${ID}-kop`}>
      <Heading2 id={`${ID}-kop`} tabIndex={-1}>{t('identity.tokens.createTitle')}</Heading2>
      {created && <NewTokenNotice token={created} onDone={() => {
            setCreated(undefined);
            document.getElementById(`${ID}-kop`)?.focus();
          }} />}
      {problem && <ProblemSummary error={problem} title={t('identity.tokens.notCreated')} />}
      <form onSubmit={submit} noValidate>
        <TextField id={`${ID}-naam`} label={t('identity.tokens.name')} description={t('identity.tokens.nameHelp')} value={name} onChange={setName} error={errors.naam} required />
        <Fieldset id={`${ID}-scopes`} invalid={Boolean(errors.scopes)} aria-describedby={errors.scopes ? `${ID}-scopes-error` : `${ID}-scopes-help`}>
          <FieldsetLegend>{t('identity.tokens.scopes')}</FieldsetLegend>
          <Paragraph id={`${ID}-scopes-help`}>{t('identity.tokens.scopesHelp')}</Paragraph>
          {errors.scopes && <FormFieldErrorMessage id={`${ID}-scopes-error`}>{errors.scopes}</FormFieldErrorMessage>}
          {offered.map((scope) => (
            <FormFieldCheckbox
              key={scope}
              label={
                <>
                  {scopeLabel(t, scope)} <code className="naast-muted">{scope}</code>
                </>
              }
              checked={scopes.includes(scope)}
              onChange={(e: ChangeEvent<HTMLInputElement>) => toggle(scope, e.target.checked)}
            />
          ))}
        </Fieldset>
        <TextField
          id={`${ID}-dagen`}
          label={t('identity.tokens.days')}
          description={t('identity.tokens.daysHelp')}
          type="number"
          inputMode="numeric"
          min={1}
          max={365}
          value={days}
          onChange={setDays}
          error={errors.dagen}
        />
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('identity.tokens.create')}
        </Button>
      </form>
    </section>
  );
}
