import { lazy, Suspense } from 'react';
import { Route, Switch, useLocation } from 'wouter';
import { Paragraph } from '@utrecht/component-library-react';
import { SubNav } from '../../components/SubNav.tsx';
import { useI18n } from '../../i18n/context.tsx';

const AccountabilityHome = lazy(() => import('./AccountabilityHome.tsx'));
const ReportPage = lazy(() => import('./ReportPage.tsx'));
const NotFoundPage = lazy(() => import('../NotFoundPage.tsx'));

/** The Accountability module (Verantwoording), mounted by App under /verantwoording with `nest`. */
export default function AccountabilityModule() {
  const { t } = useI18n();
  const [location] = useLocation();
  return (
    <div className="naast-accountability">
      <SubNav label={t('acc.nav.label')} items={[{ path: '/', label: t('acc.nav.home'), current: location === '/' }]} />
      <Suspense fallback={<Paragraph>{t('common.loading')}</Paragraph>}>
        <Switch>
          <Route path="/" component={AccountabilityHome} />
          <Route path="/perioden/:periodeId">{(p) => <ReportPage id={p.periodeId} />}</Route>
          <Route component={NotFoundPage} />
        </Switch>
      </Suspense>
    </div>
  );
}
