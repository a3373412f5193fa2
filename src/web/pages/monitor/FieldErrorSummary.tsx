import { useEffect, useRef, type MouseEvent } from 'react';
import { Alert, Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useI18n } from '../../i18n/context.tsx';

export interface SummaryItem {
  key: string;
  /** Which question, e.g. "Toelichting bij d". */
  label: string;
  /** The Dutch message of the questionnaire's rule or of the API. */
  message: string;
  /** The element to go to; without it the item is plain text. */
  targetId?: string;
}

/**
 * All errors of a form at once, each a link to its field (WCAG 3.3.1). The summary takes focus when it
 * appears, so keyboard and screen-reader users hear it first; a link moves focus to the field itself.
 */
export function FieldErrorSummary({ title, items }: { title: string; items: SummaryItem[] }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [items]);
  const go = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    const target = document.getElementById(id);
    if (!target) return;
    event.preventDefault();
    target.scrollIntoView({ block: 'center' });
    target.focus({ preventScroll: true });
  };
  return (
    <div ref={ref} tabIndex={-1} className="naast-error-summary" data-testid="form-errors">
      <Alert type="error">
        <Heading2>{title}</Heading2>
        <Paragraph>{t('monitor.form.errorsCount', { count: items.length })}</Paragraph>
        <UnorderedList>
          {items.map((item, i) => (
            <UnorderedListItem key={`${item.key}-${i}`}>
              {item.targetId ? (
                <a href={`#${item.targetId}`} onClick={(e) => go(e, item.targetId!)}>
                  {item.label}: <span lang="nl">{item.message}</span>
                </a>
              ) : (
                <>
                  <strong>{item.label}</strong>: <span lang="nl">{item.message}</span>
                </>
              )}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      </Alert>
    </div>
  );
}
