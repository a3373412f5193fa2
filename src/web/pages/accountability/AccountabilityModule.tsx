import { lazy } from 'react';
import { Route, useLocation } from 'wouter';
import { ModuleFrame } from '../ModuleFrame.tsx';
import { useI18n } from '../../i18n/context.tsx';

const AccountabilityHome = lazy(() => import('./AccountabilityHome.tsx'));
const ReportPage = lazy(() => import('./ReportPage.tsx'));

/** The Accountability module (Verantwoording), mounted by App under /verantwoording with `nest`. */
export default function AccountabilityModule() {
  const { t } = useI18n();
  const [location] = useLocation();
  return (
    <ModuleFrame className="naast-accountability" label={t('acc.nav.label')} items={[{ path: '/', label: t('acc.nav.home'), current: location === '/' }]}>
      <Route path="/" component={AccountabilityHome} />
      <Route path="/perioden/:periodeId">{(p) => <ReportPage id={p.periodeId} />}</Route>
    </ModuleFrame>
  );
}
