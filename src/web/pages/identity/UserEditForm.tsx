import { useState, type ChangeEvent, type FormEvent } from 'react';
import { Alert, Button, Fieldset, FieldsetLegend, FormFieldCheckbox, Heading2, Paragraph } from '@utrecht/component-library-react';
import { ApiError } from '../../api/client.ts';
import { sendJson } from '../../api/send.ts';
import { ProblemSummary } from '../../components/ProblemSummary.tsx';
import { useI18n } from '../../i18n/context.tsx';
import { formatDateTime, isLocked } from './format.ts';
import { GrantEditor } from './GrantEditor.tsx';
import type { ApiUser } from './identityTypes.ts';
import { TextField } from './TextField.tsx';
import type { Organisations } from './useOrganisations.ts';
import { checkUser, emptyDraft, firstErrorId, MIN_PASSWORD, type UserErrors, type UserValues } from './userForm.ts';

interface Props {
  user: ApiUser;
  organisations: Organisations;
  onSubmitting(): void;
  onSaved(): void;
  /** Someone else changed the user in the meantime (412): the page loads it again. */
  onConflict(error: Error): void;
}

const ID = 'wijzig';

/** Sends only what changed, with the version the form started from (If-Match). */
export function UserEditForm({ user, organisations, onSubmitting, onSaved, onConflict }: Props) {
  const { t, lang } = useI18n();
  const [values, setValues] = useState<UserValues>({ gebruikersnaam: user.gebruikersnaam, naam: user.naam, email: user.email ?? '', wachtwoord: '', rollen: user.rollen });
  const [blocked, setBlocked] = useState(user.geblokkeerd);
  const [unlock, setUnlock] = useState(false);
  const [draft, setDraft] = useState(emptyDraft);
  const [errors, setErrors] = useState<UserErrors>({});
  const [problem, setProblem] = useState<Error>();
  const [nothing, setNothing] = useState(false);
  const [busy, setBusy] = useState(false);
  const locked = isLocked(user.vergrendeldTot);
  const set = (key: 'naam' | 'email' | 'wachtwoord') => (value: string) => setValues((v) => ({ ...v, [key]: value }));

  const changes = () => ({
    ...(values.naam.trim() !== user.naam ? { naam: values.naam.trim() } : {}),
    ...((values.email.trim() || null) !== user.email ? { email: values.email.trim() || null } : {}),
    ...(JSON.stringify(values.rollen) !== JSON.stringify(user.rollen) ? { rollen: values.rollen } : {}),
    ...(blocked !== user.geblokkeerd ? { geblokkeerd: blocked } : {}),
    ...(unlock ? { ontgrendelen: true } : {}),
    ...(values.wachtwoord ? { wachtwoord: values.wachtwoord } : {}),
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    onSubmitting();
    setProblem(undefined);
    setNothing(false);
    const found = checkUser(values, draft, t, false);
    setErrors(found);
    const first = firstErrorId(ID, found);
    if (first) return document.getElementById(first)?.focus();
    const body = changes();
    if (Object.keys(body).length === 0) return setNothing(true);
    setBusy(true);
    try {
      await sendJson<ApiUser>('PATCH', `/gebruikers/${encodeURIComponent(user.id)}`, body, { 'If-Match': `"${user.versie}"` });
      onSaved();
    } catch (error) {
      setBusy(false);
      if (error instanceof ApiError && error.problem.status === 412) return onConflict(error);
      setProblem(error as Error);
    }
  };

  return (
    <form onSubmit={submit} noValidate className="naast-user-form" aria-labelledby={`${ID}-kop`}>
      <Heading2 id={`${ID}-kop`}>{t('identity.user.editHeading', { username: user.gebruikersnaam })}</Heading2>
      {problem && <ProblemSummary error={problem} title={t('identity.user.notSaved')} />}
      {nothing && (
        <div role="status">
          <Alert type="info">
            <Paragraph>{t('identity.user.nothingChanged')}</Paragraph>
          </Alert>
        </div>
      )}
      <TextField id={`${ID}-naam`} label={t('common.name')} value={values.naam} onChange={set('naam')} error={errors.naam} required />
      <TextField id={`${ID}-email`} label={t('identity.user.email')} type="email" inputMode="email" value={values.email} onChange={set('email')} error={errors.email} />
      <GrantEditor
        id={ID}
        grants={values.rollen}
        onChange={(rollen) => setValues((v) => ({ ...v, rollen }))}
        draft={draft}
        onDraftChange={setDraft}
        organisations={organisations}
        draftError={draft.rol ? errors.rol : undefined}
      />
      <Fieldset>
        <FieldsetLegend>{t('identity.user.access')}</FieldsetLegend>
        <FormFieldCheckbox
          label={t('identity.user.block')}
          description={t('identity.user.blockHelp')}
          checked={blocked}
          onChange={(e: ChangeEvent<HTMLInputElement>) => setBlocked(e.target.checked)}
        />
        {locked && (
          <FormFieldCheckbox
            label={t('identity.user.unlock')}
            description={t('identity.user.unlockHelp', { time: formatDateTime(user.vergrendeldTot!, lang) })}
            checked={unlock}
            onChange={(e: ChangeEvent<HTMLInputElement>) => setUnlock(e.target.checked)}
          />
        )}
        <TextField
          id={`${ID}-wachtwoord`}
          label={t('identity.user.newPassword')}
          description={t('identity.user.newPasswordHelp', { min: MIN_PASSWORD })}
          type="password"
          autoComplete="new-password"
          value={values.wachtwoord}
          onChange={set('wachtwoord')}
          error={errors.wachtwoord}
        />
      </Fieldset>
      <Button type="submit" appearance="primary-action-button" busy={busy}>
        {t('identity.user.save')}
      </Button>
    </form>
  );
}
