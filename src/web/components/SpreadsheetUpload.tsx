import { useState, type FormEvent } from 'react';
import { Alert, Button, Heading3, Paragraph } from '@utrecht/component-library-react';
import { XLSX_TYPE } from '../api/send.ts';
import { describedBy, Field } from './Field.tsx';
import { ProblemSummary } from './ProblemSummary.tsx';

/** The files a spreadsheet import takes: CSV or Excel (xlsx), by extension and by MIME type. */
const SPREADSHEET_ACCEPT = `.csv,.xlsx,text/csv,${XLSX_TYPE}`;

interface FormProps {
  /** The id of the file input; its label, description and error hang from it. */
  id: string;
  label: string;
  description?: string;
  submit: string;
  /** What to say when the user sends the form without a file. */
  chooseError: string;
  busy: boolean;
  onUpload(file: File): void;
}

/**
 * A form with one spreadsheet file (CSV or Excel) and a send button. Sent without a file, it says so at
 * the field and puts the focus there.
 */
export function SpreadsheetForm({ id, label, description, submit, chooseError, busy, onUpload }: FormProps) {
  const [file, setFile] = useState<File>();
  const [error, setError] = useState<string>();
  const send = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!file) {
      setError(chooseError);
      document.getElementById(id)?.focus();
      return;
    }
    setError(undefined);
    onUpload(file);
  };
  return (
    <form onSubmit={send} noValidate>
      <Field id={id} label={label} description={description} error={error}>
        <input
          id={id}
          type="file"
          className="naast-file"
          accept={SPREADSHEET_ACCEPT}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, { description, error })}
          onChange={(e) => {
            setFile(e.target.files?.[0]);
            setError(undefined);
          }}
        />
      </Field>
      <Button type="submit" appearance="secondary-action-button" busy={busy}>
        {submit}
      </Button>
    </form>
  );
}

interface UploadProps extends Omit<FormProps, 'busy' | 'onUpload'> {
  title: string;
  intro: string;
  /** Title of the problem summary when the import is refused. */
  failed: string;
  /** The sentence after a successful import of `count` rows. */
  done(count: number): string;
  /** Sends the file; answers how many rows were read. */
  send(file: File): Promise<number>;
  onDone(): void;
  /** data-testid of the success sentence. */
  resultTestId: string;
  className?: string;
}

/**
 * A section that imports a spreadsheet all or nothing: with one wrong cell nothing is saved, and the
 * problem summary lists every wrong row and column; after success it says how many rows were read.
 */
export function SpreadsheetUpload({ title, intro, failed, done, send, onDone, resultTestId, className, ...form }: UploadProps) {
  const [problem, setProblem] = useState<Error>();
  const [count, setCount] = useState<number>();
  const [busy, setBusy] = useState(false);
  const upload = async (file: File) => {
    setProblem(undefined);
    setCount(undefined);
    setBusy(true);
    try {
      setCount(await send(file));
      onDone();
    } catch (failure) {
      setProblem(failure as Error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby={`${form.id}-kop`} className={className}>
      <Heading3 id={`${form.id}-kop`}>{title}</Heading3>
      <Paragraph>{intro}</Paragraph>
      {problem && <ProblemSummary error={problem} title={failed} />}
      {count !== undefined && (
        <Alert type="ok">
          <Paragraph role="status" data-testid={resultTestId}>
            {done(count)}
          </Paragraph>
        </Alert>
      )}
      <SpreadsheetForm {...form} busy={busy} onUpload={(file) => void upload(file)} />
    </section>
  );
}
