import { lazy, Suspense } from 'react';
import { Route, Switch, useLocation } from 'wouter';
import { Paragraph } from '@utrecht/component-library-react';
import { useI18n } from '../../i18n/context.tsx';
import { SubNav } from '../../components/SubNav.tsx';
import './portal.css';

const PortalHome = lazy(() => import('./PortalHome.tsx'));
const AskPage = lazy(() => import('./AskPage.tsx'));
const MyQuestionsPage = lazy(() => import('./MyQuestionsPage.tsx'));
const NotFoundPage = lazy(() => import('../NotFoundPage.tsx'));

/** The resident portal (inwonersportaal), mounted by App under /portaal with `nest`. */
export default function PortalModule() {
  const { t } = useI18n();
  const [location] = useLocation();
  const tabs = [
    { path: '/', label: t('portal.nav.home'), current: location === '/' },
    { path: '/vraag', label: t('portal.nav.ask'), current: location === '/vraag' },
    { path: '/mijn-vragen', label: t('portal.nav.mine'), current: location === '/mijn-vragen' },
  ];
  return (
    <div className="naast-portal">
      <SubNav label={t('portal.nav.label')} items={tabs} />
      <Suspense fallback={<Paragraph>{t('common.loading')}</Paragraph>}>
        <Switch>
          <Route path="/" component={PortalHome} />
          <Route path="/vraag" component={AskPage} />
          <Route path="/mijn-vragen" component={MyQuestionsPage} />
          <Route component={NotFoundPage} />
        </Switch>
      </Suspense>
    </div>
  );
}
