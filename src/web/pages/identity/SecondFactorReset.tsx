import { useState } from 'react';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { sendDelete } from '../../api/send.ts';
import { ProblemSummary } from '../../components/ProblemSummary.tsx';
import { useI18n } from '../../i18n/context.tsx';

/**
 * Recovery of the second step: the administrator removes a lost or replaced authenticator app
 * (DELETE /gebruikers/{id}/tweede-factor); the user then sets up a new one at the next sign-in.
 */
export function SecondFactorReset({ userId, onReset }: { userId: string; onReset: () => void }) {
  const { t } = useI18n();
  const [problem, setProblem] = useState<Error>();
  const [busy, setBusy] = useState(false);
  const reset = async () => {
    if (!window.confirm(t('identity.user.secondFactorConfirm'))) return;
    setBusy(true);
    setProblem(undefined);
    try {
      await sendDelete(`/gebruikers/${encodeURIComponent(userId)}/tweede-factor`);
      onReset();
    } catch (error) {
      setProblem(error as Error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      {problem && <ProblemSummary error={problem} title={t('identity.user.notSaved')} />}
      <Paragraph>
        <Button type="button" appearance="secondary-action-button" busy={busy} onClick={() => void reset()} data-testid="second-factor-reset">
          {t('identity.user.secondFactorReset')}
        </Button>
      </Paragraph>
    </>
  );
}
