import { Link as RouterLink } from 'wouter';

export interface SubNavItem {
  path: string;
  label: string;
  current: boolean;
}

/** The sub-navigation of a module (relative links inside its nested router); hidden in print. */
export function SubNav({ label, items }: { label: string; items: SubNavItem[] }) {
  return (
    <nav className="naast-subnav naast-no-print" aria-label={label}>
      <ul>
        {items.map((item) => (
          <li key={item.path}>
            <RouterLink href={item.path} className="utrecht-link" aria-current={item.current ? 'page' : undefined}>
              {item.label}
            </RouterLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
