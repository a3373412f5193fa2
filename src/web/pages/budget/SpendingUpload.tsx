import { useState, type FormEvent } from 'react';
import { Alert, Button, Heading3, Paragraph } from '@utrecht/component-library-react';
import { sendFile, spreadsheetType } from '../../api/send.ts';
import { describedBy, Field } from '../../components/Field.tsx';
import { ProblemSummary } from '../../components/ProblemSummary.tsx';
import { useI18n } from '../../i18n/context.tsx';
import { SPENDING_YEAR } from './budgetFormat.ts';

/**
 * Read the amounts of many municipalities from a CSV or Excel file. All or nothing: with one wrong cell
 * nothing is saved, and every wrong row and column is listed.
 */
export function SpendingUpload({ onChanged }: { onChanged(): void }) {
  const { t } = useI18n();
  const [file, setFile] = useState<File>();
  const [error, setError] = useState<string>();
  const [problem, setProblem] = useState<Error>();
  const [count, setCount] = useState<number>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setProblem(undefined);
    setCount(undefined);
    if (!file) {
      setError(t('budget.upload.chooseError'));
      document.getElementById('besteding-bestand')?.focus();
      return;
    }
    setError(undefined);
    setBusy(true);
    try {
      const result = await sendFile<{ aantal: number }>(`/budget/bestedingen/${SPENDING_YEAR}/import`, file, spreadsheetType(file));
      setCount(result.aantal);
      onChanged();
    } catch (failure) {
      setProblem(failure as Error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="bestand-kop">
      <Heading3 id="bestand-kop">{t('budget.upload.title')}</Heading3>
      <Paragraph>{t('budget.upload.intro')}</Paragraph>
      {problem && <ProblemSummary error={problem} title={t('budget.upload.failed')} />}
      {count !== undefined && (
        <Alert type="ok">
          <Paragraph data-testid="upload-result">{t('budget.upload.done', { count })}</Paragraph>
        </Alert>
      )}
      <form onSubmit={submit} noValidate>
        <Field id="besteding-bestand" label={t('budget.upload.file')} description={t('budget.upload.fileHelp')} error={error}>
          <input
            id="besteding-bestand"
            type="file"
            className="naast-file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy('besteding-bestand', { description: true, error })}
            onChange={(e) => {
              setFile(e.target.files?.[0]);
              setError(undefined);
            }}
          />
        </Field>
        <Button type="submit" appearance="secondary-action-button" busy={busy}>
          {t('budget.upload.submit')}
        </Button>
      </form>
    </section>
  );
}
