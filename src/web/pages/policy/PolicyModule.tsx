import { lazy } from 'react';
import { Route, useLocation } from 'wouter';
import { ModuleFrame } from '../ModuleFrame.tsx';
import { useI18n } from '../../i18n/context.tsx';
import './policy.css';

// Each page is its own chunk; ECharts is loaded by the heat map itself.
const PolicyHome = lazy(() => import('./PolicyHome.tsx'));
const FrameworkPage = lazy(() => import('./FrameworkPage.tsx'));
const CoveragePage = lazy(() => import('./CoveragePage.tsx'));
const ChecklistPage = lazy(() => import('./ChecklistPage.tsx'));
const RegionPage = lazy(() => import('./RegionPage.tsx'));

/** The Policy module (Beleid), mounted by App under /beleid with `nest`: the routes below are relative. */
export default function PolicyModule() {
  const { t } = useI18n();
  const [location] = useLocation();
  const municipality = /^\/gemeenten\/([^/]+)/.exec(location)?.[1];
  const items = [{ path: '/', label: t('policy.nav.home'), current: location === '/' }];
  if (municipality) {
    for (const [page, key] of [
      ['afwegingskader', 'policy.nav.framework'],
      ['dekking', 'policy.nav.coverage'],
      ['checklist', 'policy.nav.checklist'],
    ] as const) {
      const path = `/gemeenten/${municipality}/${page}`;
      items.push({ path, label: t(key), current: location === path });
    }
  }
  return (
    <ModuleFrame className="naast-policy" label={t('policy.nav.label')} items={items}>
      <Route path="/" component={PolicyHome} />
      <Route path="/gemeenten/:gemeenteCode/afwegingskader">{(p) => <FrameworkPage code={p.gemeenteCode} />}</Route>
      <Route path="/gemeenten/:gemeenteCode/dekking">{(p) => <CoveragePage code={p.gemeenteCode} />}</Route>
      <Route path="/gemeenten/:gemeenteCode/checklist">{(p) => <ChecklistPage code={p.gemeenteCode} />}</Route>
      <Route path="/jeugdregios/:jeugdregioCode">{(p) => <RegionPage code={p.jeugdregioCode} />}</Route>
    </ModuleFrame>
  );
}
