import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/context.tsx';

/**
 * A container for wide content (a table with many columns): on a narrow screen the content scrolls
 * sideways inside it, never the whole page. Only while it really overflows it is a named region in the
 * tab order, so keyboard users can scroll it with the arrow keys (WCAG 2.1.1; axe
 * scrollable-region-focusable) and there is no useless tab stop when everything fits.
 */
export function ScrollContainer({ children, label, className }: { children: ReactNode; label?: string; className?: string }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const check = () => setOverflows(element.scrollWidth > element.clientWidth + 1);
    check();
    const observer = new ResizeObserver(check);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <div
      ref={ref}
      className={className ? `naast-table-wrap ${className}` : 'naast-table-wrap'}
      {...(overflows ? { tabIndex: 0, role: 'region', 'aria-label': label ?? t('nav.scrollRegion') } : {})}
    >
      {children}
    </div>
  );
}
