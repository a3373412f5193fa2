import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Switch, useLocation } from 'wouter';
import { Alert, Heading1, Paragraph } from '@utrecht/component-library-react';
import { SubNav } from '../../components/SubNav.tsx';
import { LoginForm, SignedInAs } from '../../components/LoginForm.tsx';
import { useSession, type User } from '../../api/session.ts';
import { useI18n } from '../../i18n/context.tsx';
import { hasPermission } from '../monitor/monitorFormat.ts';

const AccountabilityHome = lazy(() => import('./AccountabilityHome.tsx'));
const ReportPage = lazy(() => import('./ReportPage.tsx'));
const NotFoundPage = lazy(() => import('../NotFoundPage.tsx'));

/** Signed-in users with a reporting or roll-up permission; anonymous visitors sign in right here. */
export function AccountabilityGate({ title, children }: { title: string; children: (user: User) => ReactNode }) {
  const { t } = useI18n();
  const session = useSession();
  if (session.status !== 'signed-in') {
    return (
      <>
        <Heading1>{title}</Heading1>
        {session.status === 'unknown' ? (
          <Paragraph role="status">{t('common.loading')}</Paragraph>
        ) : (
          <>
            <Paragraph>{t('acc.signInFirst')}</Paragraph>
            <LoginForm />
          </>
        )}
      </>
    );
  }
  const { user } = session;
  if (!hasPermission(user, 'verantwoording:lezen') && !hasPermission(user, 'verantwoording:totalen')) {
    return (
      <>
        <Heading1>{title}</Heading1>
        <Alert type="info">
          <Paragraph>{t('acc.noAccess')}</Paragraph>
        </Alert>
      </>
    );
  }
  return (
    <>
      <div className="naast-no-print">
        <SignedInAs user={user} />
      </div>
      <div key={user.id}>{children(user)}</div>
    </>
  );
}

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
