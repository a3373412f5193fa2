import { lazy } from 'react';
import { Route, useLocation } from 'wouter';
import { useI18n } from '../../i18n/context.tsx';
import { ModuleFrame } from '../ModuleFrame.tsx';
import './portal.css';

const PortalHome = lazy(() => import('./PortalHome.tsx'));
const AskPage = lazy(() => import('./AskPage.tsx'));
const MyQuestionsPage = lazy(() => import('./MyQuestionsPage.tsx'));

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
    <ModuleFrame className="naast-portal" label={t('portal.nav.label')} items={tabs}>
      <Route path="/" component={PortalHome} />
      <Route path="/vraag" component={AskPage} />
      <Route path="/mijn-vragen" component={MyQuestionsPage} />
    </ModuleFrame>
  );
}
