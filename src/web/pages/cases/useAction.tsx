import { useState } from 'react';
import { ProblemSummary } from '../../components/ProblemSummary.tsx';
import { useI18n } from '../../i18n/context.tsx';

/**
 * One change of a case: busy while it runs, and the Dutch `detail` of a refusal (400, 409, 412) shown in
 * an error Alert that takes focus. `run` resolves to whether the change succeeded.
 */
export function useAction() {
  const { t } = useI18n();
  const [error, setError] = useState<Error>();
  const [busy, setBusy] = useState(false);
  const run = async (change: () => Promise<unknown>): Promise<boolean> => {
    if (busy) return false;
    setBusy(true);
    setError(undefined);
    try {
      await change();
      return true;
    } catch (failure) {
      setError(failure as Error);
      return false;
    } finally {
      setBusy(false);
    }
  };
  const problem = error ? <ProblemSummary error={error} title={t('cases.errorTitle')} /> : null;
  return { run, busy, error, problem };
}
