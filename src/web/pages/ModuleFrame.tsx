import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Switch } from 'wouter';
import { Paragraph } from '@utrecht/component-library-react';
import { SubNav, type SubNavItem } from '../components/SubNav.tsx';
import { useI18n } from '../i18n/context.tsx';

const NotFoundPage = lazy(() => import('./NotFoundPage.tsx'));

interface Props {
  /** The module's class on its outer element (its own CSS, and `naast-module` for the shared spacing). */
  className: string;
  /** The accessible name of the sub-navigation. */
  label: string;
  /** The tabs of the sub-navigation; none: no sub-navigation. */
  items: SubNavItem[];
  /** The module's routes (relative: App mounts the module with `nest`). */
  children: ReactNode;
}

/**
 * The frame every module page shares: its sub-navigation, then the first of its routes that matches,
 * loaded lazily (a loading line meanwhile), and "not found" when none does.
 */
export function ModuleFrame({ className, label, items, children }: Props) {
  const { t } = useI18n();
  return (
    <div className={className}>
      {items.length > 0 && <SubNav label={label} items={items} />}
      <Suspense fallback={<Paragraph>{t('common.loading')}</Paragraph>}>
        <Switch>
          {children}
          <Route component={NotFoundPage} />
        </Switch>
      </Suspense>
    </div>
  );
}
