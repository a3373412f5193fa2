import { lazy, Suspense } from 'react';
import { Route, Switch, useLocation } from 'wouter';
import { Paragraph } from '@utrecht/component-library-react';
import { SubNav } from '../../components/SubNav.tsx';
import { useI18n } from '../../i18n/context.tsx';
import './policy.css';

// Each page is its own chunk; ECharts is loaded by the heat map itself.
const PolicyHome = lazy(() => import('./PolicyHome.tsx'));
const FrameworkPage = lazy(() => import('./FrameworkPage.tsx'));
const CoveragePage = lazy(() => import('./CoveragePage.tsx'));
const ChecklistPage = lazy(() => import('./ChecklistPage.tsx'));
const RegionPage = lazy(() => import('./RegionPage.tsx'));
const NotFoundPage = lazy(() => import('../NotFoundPage.tsx'));

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
    <div className="naast-policy">
      <SubNav label={t('policy.nav.label')} items={items} />
      <Suspense fallback={<Paragraph>{t('common.loading')}</Paragraph>}>
        <Switch>
          <Route path="/" component={PolicyHome} />
          <Route path="/gemeenten/:gemeenteCode/afwegingskader">{(p) => <FrameworkPage code={p.gemeenteCode} />}</Route>
          <Route path="/gemeenten/:gemeenteCode/dekking">{(p) => <CoveragePage code={p.gemeenteCode} />}</Route>
          <Route path="/gemeenten/:gemeenteCode/checklist">{(p) => <ChecklistPage code={p.gemeenteCode} />}</Route>
          <Route path="/jeugdregios/:jeugdregioCode">{(p) => <RegionPage code={p.jeugdregioCode} />}</Route>
          <Route component={NotFoundPage} />
        </Switch>
      </Suspense>
    </div>
  );
}
