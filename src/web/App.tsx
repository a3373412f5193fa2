import { lazy, Suspense, useEffect, useRef } from 'react';
import { Route, Switch, useLocation } from 'wouter';
import { Paragraph } from '@utrecht/component-library-react';
import { Layout } from './components/Layout.tsx';
import { PageErrorBoundary } from './components/PageErrorBoundary.tsx';
import { useI18n } from './i18n/context.tsx';
import { modules } from './modules.ts';

// Route-level code splitting: each page is its own chunk, so the first route stays small.
const HomePage = lazy(() => import('./pages/HomePage.tsx'));
const StatusPage = lazy(() => import('./pages/StatusPage.tsx'));
const ModulePage = lazy(() => import('./pages/ModulePage.tsx'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage.tsx'));
const SignInPage = lazy(() => import('./pages/identity/SignInPage.tsx'));

export function App() {
  const { t } = useI18n();
  const [location] = useLocation();
  const shown = useRef(location);
  useEffect(() => {
    // Move focus to the main content after navigation so screen-reader users hear the new page. Not on
    // the first page: there the skip link must stay the first stop of the Tab key (WCAG 2.4.1).
    if (shown.current === location) return;
    shown.current = location;
    document.getElementById('inhoud')?.focus({ preventScroll: true });
  }, [location]);
  return (
    <Layout>
      <PageErrorBoundary location={location}>
        <Suspense fallback={<Paragraph>{t('common.loading')}</Paragraph>}>
          <Switch>
            <Route path="/" component={HomePage} />
            <Route path="/status" component={StatusPage} />
            <Route path="/inloggen" component={SignInPage} />
            {modules
              .filter((m) => !m.page)
              .map((m) => (
                <Route key={m.path} path={m.path}>
                  <ModulePage titleKey={m.labelKey} />
                </Route>
              ))}
            {modules.flatMap((m) => (m.page ? [<Route key={m.path} path={m.path} nest component={m.page} />] : []))}
            <Route component={NotFoundPage} />
          </Switch>
        </Suspense>
      </PageErrorBoundary>
    </Layout>
  );
}
