import { useEffect, useId, useState } from 'react';
import { Link as RouterLink, useLocation } from 'wouter';
import { useI18n } from '../i18n/context.tsx';
import type { MessageKey } from '../i18n/messages.ts';

export interface MenuItem {
  path: string;
  labelKey: MessageKey;
}

/** Whether `path` is the current page or a page below it (the start page only for itself). */
export function isCurrentPath(path: string, location: string): boolean {
  if (path === '/') return location === '/';
  return location === path || location.startsWith(`${path}/`);
}

/**
 * The main menu: the NL Design System nav bar with a nav list, the current page marked with
 * aria-current. On a phone the list folds away behind a "Menu" button (aria-expanded), so the content
 * starts on the first screen; from 48em on the list is always shown and the button is hidden (CSS).
 */
export function MainMenu({ items }: { items: MenuItem[] }) {
  const { t } = useI18n();
  const [location] = useLocation();
  const [open, setOpen] = useState(false);
  const listId = useId();
  // A new page: the folded menu closes again.
  useEffect(() => setOpen(false), [location]);
  return (
    <nav className="utrecht-nav-bar naast-nav naast-no-print" aria-label={t('nav.label')}>
      <div className="utrecht-nav-bar__content naast-nav__content">
        <button
          type="button"
          className="naast-nav__toggle"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpen((value) => !value)}
        >
          <span aria-hidden="true" className="naast-nav__toggle-icon">
            {open ? '✕' : '☰'}
          </span>{' '}
          {t('nav.menu')}
        </button>
        <ul id={listId} className="utrecht-nav-list naast-nav__list" data-open={open}>
          {items.map((item) => (
            <li key={item.path} className="utrecht-nav-list__item">
              <RouterLink
                href={item.path}
                className="utrecht-link utrecht-nav-list__link naast-nav__link"
                aria-current={isCurrentPath(item.path, location) ? 'page' : undefined}
              >
                {t(item.labelKey)}
              </RouterLink>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}
