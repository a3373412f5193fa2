import { lazy } from 'react';
import { Route, useLocation } from 'wouter';
import { useI18n } from '../../i18n/context.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import { ModuleFrame } from '../ModuleFrame.tsx';

const AdminHome = lazy(() => import('./AdminHome.tsx'));
const UsersPage = lazy(() => import('./UsersPage.tsx'));
const UserCreatePage = lazy(() => import('./UserCreatePage.tsx'));
const UserEditPage = lazy(() => import('./UserEditPage.tsx'));
const TokensPage = lazy(() => import('./TokensPage.tsx'));
const AuditLogPage = lazy(() => import('./AuditLogPage.tsx'));

const tabs: { path: string; labelKey: MessageKey }[] = [
  { path: '/', labelKey: 'identity.nav.overview' },
  { path: '/gebruikers', labelKey: 'identity.nav.users' },
  { path: '/api-tokens', labelKey: 'identity.nav.tokens' },
  { path: '/logboek', labelKey: 'identity.nav.auditLog' },
];

/** The Beheer module, mounted by App under /beheer with `nest`: the routes below are relative. */
export default function AdminModule() {
  const { t } = useI18n();
  const [location] = useLocation();
  const current = (path: string) => (path === '/' ? location === '/' : location === path || location.startsWith(`${path}/`));
  return (
    <ModuleFrame className="naast-identity" label={t('identity.nav.label')} items={tabs.map((tab) => ({ path: tab.path, label: t(tab.labelKey), current: current(tab.path) }))}>
      <Route path="/" component={AdminHome} />
      <Route path="/gebruikers" component={UsersPage} />
      <Route path="/gebruikers/nieuw" component={UserCreatePage} />
      <Route path="/gebruikers/:id" component={UserEditPage} />
      <Route path="/api-tokens" component={TokensPage} />
      <Route path="/logboek" component={AuditLogPage} />
    </ModuleFrame>
  );
}
