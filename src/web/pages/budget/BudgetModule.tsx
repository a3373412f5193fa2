import { lazy } from 'react';
import { Route, useLocation } from 'wouter';
import { useI18n } from '../../i18n/context.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import { ModuleFrame } from '../ModuleFrame.tsx';

// Each budget page is its own chunk; ECharts is loaded separately by the chart itself.
const OverviewPage = lazy(() => import('./OverviewPage.tsx'));
const MunicipalityPage = lazy(() => import('./MunicipalityPage.tsx'));
const ScenarioPage = lazy(() => import('./ScenarioPage.tsx'));
const FrictionPage = lazy(() => import('./FrictionPage.tsx'));
const DivisionsPage = lazy(() => import('./DivisionsPage.tsx'));

const tabs: { path: string; labelKey: MessageKey }[] = [
  { path: '/', labelKey: 'budget.nav.overview' },
  { path: '/scenario', labelKey: 'budget.nav.scenario' },
  { path: '/frictiekosten', labelKey: 'budget.nav.friction' },
  { path: '/herindelingen', labelKey: 'register.nav.divisions' },
];

/** The Budget module, mounted by App under /budget with `nest`: the routes below are relative. */
export default function BudgetModule() {
  const { t } = useI18n();
  const [location] = useLocation();
  // A municipality page belongs to the overview.
  const current = (path: string) => (path === '/' ? location === '/' || location.startsWith('/gemeente/') : location.startsWith(path));
  return (
    <ModuleFrame className="naast-module naast-budget" label={t('budget.nav.label')} items={tabs.map((tab) => ({ path: tab.path, label: t(tab.labelKey), current: current(tab.path) }))}>
      <Route path="/" component={OverviewPage} />
      <Route path="/gemeente/:code" component={MunicipalityPage} />
      <Route path="/scenario" component={ScenarioPage} />
      <Route path="/frictiekosten" component={FrictionPage} />
      <Route path="/herindelingen" component={DivisionsPage} />
    </ModuleFrame>
  );
}
