import { useState } from 'react';
import { Button, Link, Paragraph } from '@utrecht/component-library-react';
import { startSecondFactor } from '../api/session.ts';
import { useI18n } from '../i18n/context.tsx';
import { ProblemSummary } from './ProblemSummary.tsx';

/**
 * Setting up an authenticator app at sign-in, when the organisation demands a second step: the secret
 * (to type into the app, in groups of four) and an otpauth:// link (opens the app on a phone). The
 * first code from the app, typed into the sign-in form, confirms it.
 */
export function SecondFactorSetup({ username, password }: { username: string; password: string }) {
  const { t } = useI18n();
  const [setup, setSetup] = useState<{ geheim: string; uri: string }>();
  const [problem, setProblem] = useState<Error>();
  const [busy, setBusy] = useState(false);

  const start = async () => {
    setBusy(true);
    setProblem(undefined);
    try {
      setSetup(await startSecondFactor(username.trim(), password));
    } catch (error) {
      setProblem(error as Error);
    } finally {
      setBusy(false);
    }
  };

  if (!setup) {
    return (
      <>
        {problem && <ProblemSummary error={problem} title={t('login.setupFailed')} />}
        <Paragraph>
          <Button type="button" appearance="secondary-action-button" busy={busy} onClick={() => void start()}>
            {t('login.setupStart')}
          </Button>
        </Paragraph>
      </>
    );
  }
  return (
    <div data-testid="second-factor-setup">
      <Paragraph>{t('login.setupExplain')}</Paragraph>
      <Paragraph>
        <code data-testid="second-factor-secret">{setup.geheim.replace(/(.{4})/g, '$1 ').trim()}</code>
      </Paragraph>
      <Paragraph>
        <Link href={setup.uri}>{t('login.setupLink')}</Link>
      </Paragraph>
    </div>
  );
}
