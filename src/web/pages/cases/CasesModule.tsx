import { lazy } from 'react';
import { Route, useLocation } from 'wouter';
import { useI18n } from '../../i18n/context.tsx';
import './cases.css';
import { ModuleFrame } from '../ModuleFrame.tsx';

const WorkListPage = lazy(() => import('./WorkListPage.tsx'));
const IntakePage = lazy(() => import('./IntakePage.tsx'));
const CasePage = lazy(() => import('./CasePage.tsx'));

/** The supporter's workspace, mounted by App under /clienten with `nest`: the routes below are relative. */
export default function CasesModule() {
  const { t } = useI18n();
  const [location] = useLocation();
  const tabs = [
    { path: '/', label: t('cases.nav.lists'), current: location === '/' },
    { path: '/nieuw', label: t('cases.nav.intake'), current: location === '/nieuw' },
  ];
  return (
    <ModuleFrame className="naast-module naast-cases" label={t('cases.nav.label')} items={tabs}>
      <Route path="/" component={WorkListPage} />
      <Route path="/nieuw" component={IntakePage} />
      <Route path="/dossier/:id">{(params) => <CasePage key={params.id} id={params.id} />}</Route>
    </ModuleFrame>
  );
}
