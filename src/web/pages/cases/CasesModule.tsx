import { lazy, Suspense } from 'react';
import { Link as RouterLink, Route, Switch, useLocation } from 'wouter';
import { Paragraph } from '@utrecht/component-library-react';
import { useI18n } from '../../i18n/context.tsx';
import './cases.css';

const WorkListPage = lazy(() => import('./WorkListPage.tsx'));
const IntakePage = lazy(() => import('./IntakePage.tsx'));
const CasePage = lazy(() => import('./CasePage.tsx'));
const NotFoundPage = lazy(() => import('../NotFoundPage.tsx'));

/** The supporter's workspace, mounted by App under /clienten with `nest`: the routes below are relative. */
export default function CasesModule() {
  const { t } = useI18n();
  const [location] = useLocation();
  const tabs = [
    { path: '/', label: t('cases.nav.lists'), current: location === '/' },
    { path: '/nieuw', label: t('cases.nav.intake'), current: location === '/nieuw' },
  ];
  return (
    <div className="naast-cases">
      <nav className="naast-subnav naast-no-print" aria-label={t('cases.nav.label')}>
        <ul>
          {tabs.map((tab) => (
            <li key={tab.path}>
              <RouterLink href={tab.path} className="utrecht-link" aria-current={tab.current ? 'page' : undefined}>
                {tab.label}
              </RouterLink>
            </li>
          ))}
        </ul>
      </nav>
      <Suspense fallback={<Paragraph>{t('common.loading')}</Paragraph>}>
        <Switch>
          <Route path="/" component={WorkListPage} />
          <Route path="/nieuw" component={IntakePage} />
          <Route path="/dossier/:id">{(params) => <CasePage key={params.id} id={params.id} />}</Route>
          <Route component={NotFoundPage} />
        </Switch>
      </Suspense>
    </div>
  );
}
