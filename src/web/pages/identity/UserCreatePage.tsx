import { useState, type FormEvent } from 'react';
import { Link as RouterLink, useLocation } from 'wouter';
import { Button, Heading1, Paragraph } from '@utrecht/component-library-react';
import { sendJson } from '../../api/send.ts';
import { ProblemSummary } from '../../components/ProblemSummary.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useI18n } from '../../i18n/context.tsx';
import { GrantEditor } from './GrantEditor.tsx';
import type { ApiUser } from './identityTypes.ts';
import { RequireUser } from './RequireUser.tsx';
import { TextField } from './TextField.tsx';
import { useOrganisations } from './useOrganisations.ts';
import { checkUser, emptyDraft, firstErrorId, MIN_PASSWORD, type UserErrors, type UserValues } from './userForm.ts';

/** /beheer/gebruikers/nieuw — create an account with its roles (role beheer). */
export default function UserCreatePage() {
  const { t } = useI18n();
  useDocumentTitle(t('identity.user.createTitle'));
  return (
    <>
      <Heading1>{t('identity.user.createTitle')}</Heading1>
      <RequireUser permission="gebruikers:beheren">{() => <CreateForm />}</RequireUser>
    </>
  );
}

const ID = 'nieuw';

function CreateForm() {
  const { t } = useI18n();
  const [, navigate] = useLocation();
  const organisations = useOrganisations();
  const [values, setValues] = useState<UserValues>({ gebruikersnaam: '', naam: '', email: '', wachtwoord: '', rollen: [] });
  const [draft, setDraft] = useState(emptyDraft);
  const [errors, setErrors] = useState<UserErrors>({});
  const [problem, setProblem] = useState<Error>();
  const [busy, setBusy] = useState(false);
  const set = (key: keyof Omit<UserValues, 'rollen'>) => (value: string) => setValues((v) => ({ ...v, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setProblem(undefined);
    const found = checkUser(values, draft, t, true);
    setErrors(found);
    const first = firstErrorId(ID, found);
    if (first) return document.getElementById(first)?.focus();
    setBusy(true);
    try {
      const body = {
        gebruikersnaam: values.gebruikersnaam.trim(),
        naam: values.naam.trim(),
        email: values.email.trim() || null,
        ...(values.wachtwoord ? { wachtwoord: values.wachtwoord } : {}),
        rollen: values.rollen,
      };
      const { data } = await sendJson<ApiUser>('POST', '/gebruikers', body);
      navigate(`/gebruikers?aangemaakt=${encodeURIComponent(data.gebruikersnaam)}`);
    } catch (error) {
      setProblem(error as Error);
      setBusy(false);
    }
  };

  return (
    <>
      <Paragraph>{t('identity.user.createIntro')}</Paragraph>
      {problem && <ProblemSummary error={problem} title={t('identity.user.notCreated')} />}
      <form onSubmit={submit} noValidate className="naast-user-form">
        <TextField
          id={`${ID}-gebruikersnaam`}
          label={t('login.username')}
          description={t('identity.user.usernameHelp')}
          value={values.gebruikersnaam}
          onChange={set('gebruikersnaam')}
          error={errors.gebruikersnaam}
          required
        />
        <TextField id={`${ID}-naam`} label={t('common.name')} value={values.naam} onChange={set('naam')} error={errors.naam} required />
        <TextField
          id={`${ID}-email`}
          label={t('identity.user.email')}
          type="email"
          inputMode="email"
          value={values.email}
          onChange={set('email')}
          error={errors.email}
        />
        <TextField
          id={`${ID}-wachtwoord`}
          label={t('identity.user.password')}
          description={t('identity.user.passwordHelp', { min: MIN_PASSWORD })}
          type="password"
          autoComplete="new-password"
          value={values.wachtwoord}
          onChange={set('wachtwoord')}
          error={errors.wachtwoord}
        />
        <GrantEditor
          id={ID}
          grants={values.rollen}
          onChange={(rollen) => setValues((v) => ({ ...v, rollen }))}
          draft={draft}
          onDraftChange={setDraft}
          organisations={organisations}
          draftError={draft.rol ? errors.rol : undefined}
        />
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('identity.user.create')}
        </Button>{' '}
        <RouterLink href="/gebruikers" className="utrecht-link">
          {t('identity.user.cancel')}
        </RouterLink>
      </form>
    </>
  );
}
