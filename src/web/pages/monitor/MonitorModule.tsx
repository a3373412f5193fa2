import { lazy } from 'react';
import { Route, useLocation } from 'wouter';
import type { Permission } from '../../../domain/access/index.ts';
import { useSession } from '../../api/session.ts';
import { useI18n } from '../../i18n/context.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import { hasPermission } from './monitorFormat.ts';
import './monitor.css';
import { ModuleFrame } from '../ModuleFrame.tsx';

// Each monitor page is its own chunk; ECharts is loaded separately by the charts themselves.
const DashboardPage = lazy(() => import('./DashboardPage.tsx'));
const MunicipalitiesPage = lazy(() => import('./MunicipalitiesPage.tsx'));
const AnswerPage = lazy(() => import('./AnswerPage.tsx'));
const FollowupPage = lazy(() => import('./FollowupPage.tsx'));
const FollowupDetailPage = lazy(() => import('./FollowupDetailPage.tsx'));
const ReportPage = lazy(() => import('./ReportPage.tsx'));

const tabs: { path: string; labelKey: MessageKey; permission: Permission; also: string[] }[] = [
  { path: '/', labelKey: 'monitor.nav.dashboard', permission: 'monitor:totalen', also: ['/rapport/'] },
  { path: '/gemeenten', labelKey: 'monitor.nav.municipalities', permission: 'monitor:antwoorden-lezen', also: ['/antwoorden/'] },
  { path: '/opvolging', labelKey: 'monitor.nav.followup', permission: 'monitor:opvolgen', also: [] },
];

/** The Monitor module, mounted by App under /monitor with `nest`: the routes below are relative. */
export default function MonitorModule() {
  const { t } = useI18n();
  const [location] = useLocation();
  const session = useSession();
  // Signed in: only the parts the roles allow. Anonymous: every part, each asks to sign in first.
  const visible = tabs.filter((tab) => session.status !== 'signed-in' || hasPermission(session.user, tab.permission));
  const current = (tab: (typeof tabs)[number]) =>
    (tab.path === '/' ? location === '/' : location === tab.path || location.startsWith(`${tab.path}/`)) ||
    tab.also.some((prefix) => location.startsWith(prefix));
  return (
    <ModuleFrame className="naast-module naast-monitor" label={t('monitor.nav.label')} items={visible.map((tab) => ({ path: tab.path, label: t(tab.labelKey), current: current(tab) }))}>
      <Route path="/" component={DashboardPage} />
      <Route path="/gemeenten" component={MunicipalitiesPage} />
      <Route path="/antwoorden/:rondeId/:gemeenteCode">{(params) => <AnswerPage params={params} />}</Route>
      <Route path="/opvolging" component={FollowupPage} />
      <Route path="/opvolging/:rondeId/:gemeenteCode">{(params) => <FollowupDetailPage params={params} />}</Route>
      <Route path="/rapport/:rondeId" component={ReportPage} />
    </ModuleFrame>
  );
}
