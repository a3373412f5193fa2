import { useEffect } from 'react';

/** Gives the browser tab a title per page (WCAG 2.4.2), e.g. "Budget – Naast". */
export function useDocumentTitle(title: string | undefined): void {
  useEffect(() => {
    if (!title) return;
    document.title = `${title} – Naast`;
    return () => {
      document.title = 'Naast';
    };
  }, [title]);
}
