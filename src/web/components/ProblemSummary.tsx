import { useEffect, useRef } from 'react';
import { Alert, Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { formProblem, type FormError } from '../api/problem-form.ts';
import { userMessage } from '../api/user-message.ts';
import { useI18n } from '../i18n/context.tsx';

/**
 * Error summary for a failed request: the Dutch `detail` of the problem, and every invalid field or
 * file cell as a list item. The API writes its messages in Dutch, so they are marked lang="nl" (WCAG 3.1.2),
 * also in the English interface; `detail` replaces that text with one from the catalogue. It takes focus when it appears, so keyboard and screen-reader users land on it.
 * A failed connection, a server error or a technical text gets a plain message with what to do next
 * (api/user-message.ts); a field is named by its label (`labels`), never by the API's internal name.
 */
export function ProblemSummary({ error, title, detail, labels }: { error: Error; title: string; detail?: string; labels?: Record<string, string> }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [error]);
  const problem = formProblem(error);
  const invalid = problem.errors;
  const message = userMessage(error, t);
  return (
    <div ref={ref} tabIndex={-1} className="naast-error-summary" data-testid="problem-summary">
      <Alert type="error">
        <Heading2>{title}</Heading2>
        {detail !== undefined && <Paragraph>{detail}</Paragraph>}
        {detail === undefined && invalid.length === 0 && <Paragraph lang={message.fromApi ? 'nl' : undefined}>{message.text}</Paragraph>}
        {invalid.length > 0 && (
          <>
            <Paragraph>{t('common.problemCount', { count: problem.total })}</Paragraph>
            <UnorderedList>
              {invalid.map((p, i) => (
                <UnorderedListItem key={`${p.field}-${i}`}>
                  <FieldName problem={p} labels={labels} />
                  <span lang="nl">{p.message}</span>
                </UnorderedListItem>
              ))}
            </UnorderedList>
          </>
        )}
      </Alert>
    </div>
  );
}

/** "Rij 3, kolom B (fase): " for a file cell, "Postcode: " for a field with a known label, else nothing. */
function FieldName({ problem, labels }: { problem: FormError; labels?: Record<string, string> }) {
  const { t } = useI18n();
  const name = problem.row !== undefined && problem.column ? t('common.rowColumn', { row: problem.row, column: problem.column }) : labels?.[problem.field];
  return name ? <strong>{name}: </strong> : null;
}
