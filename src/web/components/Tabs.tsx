import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import './tabs.css';

export interface TabItem {
  id: string;
  label: string;
  content: ReactNode;
}

interface Props {
  /** The accessible name of the tab list. */
  label: string;
  /** Makes the ids of tabs and panels unique on the page. */
  idPrefix: string;
  tabs: TabItem[];
  selected: string;
  onSelect(id: string): void;
}

export const tabId = (prefix: string, id: string) => `${prefix}-tab-${id}`;
export const panelId = (prefix: string, id: string) => `${prefix}-paneel-${id}`;

/**
 * Tabs after the WAI-ARIA Authoring Practices "Tabs with automatic activation": one tab stop (roving
 * tabindex), arrow keys move between tabs and show the panel at once, Home and End go to the first and
 * last. Every panel stays mounted (hidden when not selected), so what someone typed in a form survives
 * a look at another tab. The list wraps on a narrow screen instead of scrolling sideways.
 */
export function Tabs({ label, idPrefix, tabs, selected, onSelect }: Props) {
  const refs = useRef(new Map<string, HTMLButtonElement>());
  const current = tabs.some((t) => t.id === selected) ? selected : tabs[0]?.id;
  const move = (event: KeyboardEvent, index: number) => {
    const last = tabs.length - 1;
    const to = { ArrowRight: index === last ? 0 : index + 1, ArrowLeft: index === 0 ? last : index - 1, Home: 0, End: last }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const target = tabs[to]!;
    onSelect(target.id);
    refs.current.get(target.id)?.focus();
  };
  return (
    <div className="naast-tabs">
      <div role="tablist" aria-label={label} className="naast-tabs__list">
        {tabs.map((tab, index) => (
          <button
            key={tab.id}
            ref={(el) => void (el ? refs.current.set(tab.id, el) : refs.current.delete(tab.id))}
            type="button"
            role="tab"
            id={tabId(idPrefix, tab.id)}
            aria-controls={panelId(idPrefix, tab.id)}
            aria-selected={tab.id === current}
            tabIndex={tab.id === current ? 0 : -1}
            className="naast-tabs__tab"
            onClick={() => onSelect(tab.id)}
            onKeyDown={(event) => move(event, index)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={panelId(idPrefix, tab.id)}
          aria-labelledby={tabId(idPrefix, tab.id)}
          // The panel itself is the next tab stop after the tab list (APG), also when it starts with text.
          tabIndex={0}
          hidden={tab.id !== current}
          className="naast-tabs__panel"
        >
          {tab.content}
        </div>
      ))}
    </div>
  );
}

/**
 * The selected tab, kept in the address after `#` so a reload (or a link someone shares) opens the same
 * tab. replaceState: looking at a tab is no new page in the history. An unknown hash (the skip link's
 * `#inhoud`) leaves the tab as it is.
 */
export function useHashTab(ids: readonly string[], fallback: string): [string, (id: string) => void] {
  const known = useCallback((hash: string) => (ids.includes(hash) ? hash : null), [ids]);
  const [tab, setTab] = useState(() => known(window.location.hash.slice(1)) ?? fallback);
  useEffect(() => {
    const follow = () => {
      const next = known(window.location.hash.slice(1));
      if (next) setTab(next);
    };
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [known]);
  const select = useCallback((id: string) => {
    setTab(id);
    const { pathname, search } = window.location;
    window.history.replaceState(window.history.state, '', `${pathname}${search}#${id}`);
  }, []);
  return [tab, select];
}
