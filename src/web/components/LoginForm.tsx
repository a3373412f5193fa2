import { useState, type ChangeEvent, type FormEvent } from 'react';
import { Button, ButtonLink, Paragraph, Textbox } from '@utrecht/component-library-react';
import { API, ApiError } from '../api/client.ts';
import { signIn, signOut, type User } from '../api/session.ts';
import { useApi } from '../api/useApi.ts';
import { useI18n } from '../i18n/context.tsx';
import { describedBy, Field } from './Field.tsx';
import { ProblemSummary } from './ProblemSummary.tsx';
import { SecondFactorSetup } from './SecondFactorSetup.tsx';
import type { AnswerOf } from '../api/answer.ts';

interface Props {
  /** Where the organisation's sign-in (OIDC) comes back to; by default this page. */
  returnTo?: string;
  /** Called after a successful sign-in with name and password. */
  onSignedIn?: () => void;
}

/**
 * Sign in with user name and password (POST /sessies), or with the organisation's account (OIDC) when the
 * server offers it; that comes back to this page. The session itself is an HttpOnly cookie.
 */
export function LoginForm({ returnTo, onSignedIn }: Props = {}) {
  const { t } = useI18n();
  const oidc = useApi<AnswerOf<'/oidc/configuratie'>>('/oidc/configuratie');
  const back = returnTo ?? (typeof window === 'undefined' ? '/' : `${window.location.pathname}${window.location.search}`);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  // Shown once the server asks for it: most accounts have no second factor.
  const [needsCode, setNeedsCode] = useState(false);
  const [mustEnrol, setMustEnrol] = useState(false);
  const [problem, setProblem] = useState<Error>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setProblem(undefined);
    try {
      await signIn(username.trim(), password, needsCode ? code.trim() : undefined);
      onSignedIn?.();
    } catch (error) {
      setProblem(error as Error);
      const asked = error instanceof ApiError && SECOND_FACTOR_CODES.includes(String((error.problem as { code?: unknown }).code));
      if (asked) setNeedsCode(true);
      if (error instanceof ApiError && (error.problem as { code?: unknown }).code === 'second_factor_enrolment_required') setMustEnrol(true);
      // Keep the password when only the code was missing: the user types just the code.
      else setPassword('');
      setCode('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      {oidc.state === 'ok' && oidc.data.ingeschakeld && (
        <Paragraph>
          <ButtonLink appearance="secondary-action-button" href={`${API}/oidc/inloggen?terugNaar=${encodeURIComponent(back)}`}>
            {oidc.data.naam}
          </ButtonLink>
        </Paragraph>
      )}
      <form onSubmit={submit} className="naast-login" aria-label={t('login.title')}>
        {problem && <LoginProblem error={problem} />}
        <Field id="login-naam" label={t('login.username')}>
          <Textbox
            id="login-naam"
            autoComplete="username"
            required
            value={username}
            onChange={(e: ChangeEvent<HTMLInputElement>) => setUsername(e.target.value)}
          />
        </Field>
        <Field id="login-wachtwoord" label={t('login.password')}>
          <Textbox
            id="login-wachtwoord"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e: ChangeEvent<HTMLInputElement>) => setPassword(e.target.value)}
          />
        </Field>
        {mustEnrol && <SecondFactorSetup username={username} password={password} />}
        {needsCode && (
          <Field id="login-code" label={t('login.code')} description={t('login.codeHint')}>
            <Textbox
              id="login-code"
              inputMode="numeric"
              autoComplete="one-time-code"
              aria-describedby={describedBy('login-code', { description: true })}
              pattern="[0-9 ]*"
              required
              value={code}
              onChange={(e: ChangeEvent<HTMLInputElement>) => setCode(e.target.value)}
            />
          </Field>
        )}
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('login.submit')}
        </Button>
      </form>
    </>
  );
}

/** The server's problem codes that ask for the code from the authenticator app (POST /sessies). */
const SECOND_FACTOR_CODES = ['second_factor_required', 'second_factor_enrolment_required'];

/** Why signing in failed; too many failures (429: wait a moment) get their own explanation in the language of the interface. */
function LoginProblem({ error }: { error: Error }) {
  const { t } = useI18n();
  const status = error instanceof ApiError ? error.problem.status : undefined;
  if (status === 429) return <ProblemSummary error={error} title={t('identity.signIn.lockedTitle')} detail={t('identity.signIn.locked')} />;
  return <ProblemSummary error={error} title={t('login.failed')} />;
}

/** "Ingelogd als …" with a button to sign out. */
export function SignedInAs({ user }: { user: User }) {
  const { t } = useI18n();
  return (
    <Paragraph className="naast-signed-in">
      <span data-testid="signed-in-as">{t('login.signedInAs', { name: user.naam })}</span>{' '}
      <Button type="button" appearance="subtle-button" onClick={() => void signOut()}>
        {t('login.signOut')}
      </Button>
    </Paragraph>
  );
}
