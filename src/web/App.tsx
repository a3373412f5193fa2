import { lazy, Suspense, useEffect } from 'react';
import { Route, Switch, useLocation } from 'wouter';
import { Paragraph } from '@utrecht/component-library-react';
import { Layout } from './components/Layout.tsx';
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
  useEffect(() => {
    // Move focus to the main content after navigation so screen-reader users hear the new page.
    document.getElementById('inhoud')?.focus({ preventScroll: true });
  }, [location]);
  return (
    <Layout>
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
    </Layout>
  );
}
