import { useEffect, useRef } from 'react';
import { Alert, Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { formProblem } from '../api/problem-form.ts';
import { useI18n } from '../i18n/context.tsx';

/**
 * Error summary for a failed request: the Dutch `detail` of the problem, and every invalid field or
 * file cell as a list item. The API writes its messages in Dutch, so they are marked lang="nl" (WCAG 3.1.2),
 * also in the English interface; `detail` replaces that text with one from the catalogue. It takes focus when it appears, so keyboard and screen-reader users land on it.
 */
export function ProblemSummary({ error, title, detail }: { error: Error; title: string; detail?: string }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [error]);
  const problem = formProblem(error);
  const invalid = problem.errors;
  return (
    <div ref={ref} tabIndex={-1} className="naast-error-summary" data-testid="problem-summary">
      <Alert type="error">
        <Heading2>{title}</Heading2>
        {detail !== undefined && <Paragraph>{detail}</Paragraph>}
        {detail === undefined && invalid.length === 0 && (problem.detail !== undefined ? <Paragraph lang="nl">{problem.detail}</Paragraph> : <Paragraph>{t('common.networkError')}</Paragraph>)}
        {invalid.length > 0 && (
          <>
            <Paragraph>{t('common.problemCount', { count: problem.total })}</Paragraph>
            <UnorderedList>
              {invalid.map((p, i) => (
                <UnorderedListItem key={`${p.field}-${i}`}>
                  <strong>{p.row !== undefined && p.column ? t('common.rowColumn', { row: p.row, column: p.column }) : p.field}</strong>: <span lang="nl">{p.message}</span>
                </UnorderedListItem>
              ))}
            </UnorderedList>
          </>
        )}
      </Alert>
    </div>
  );
}
