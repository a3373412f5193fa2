import { lazy, Suspense } from 'react';
import { Route, Switch, useLocation } from 'wouter';
import { Paragraph } from '@utrecht/component-library-react';
import { useI18n } from '../../i18n/context.tsx';
import './cases.css';
import { SubNav } from '../../components/SubNav.tsx';

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
      <SubNav label={t('cases.nav.label')} items={tabs} />
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
