import { lazy, type ComponentType } from 'react';
import type { MessageKey } from './i18n/messages.ts';

/** The modules in the main menu. A module without a page shows "in aanbouw" until it lands. */
export interface ModuleEntry {
  path: string;
  labelKey: MessageKey;
  page?: ComponentType;
}

export const modules: ModuleEntry[] = [
  { path: '/budget', labelKey: 'nav.budget', page: lazy(() => import('./pages/budget/BudgetModule.tsx')) },
  { path: '/monitor', labelKey: 'nav.monitor', page: lazy(() => import('./pages/monitor/MonitorModule.tsx')) },
  { path: '/clienten', labelKey: 'nav.cases', page: lazy(() => import('./pages/cases/CasesModule.tsx')) },
  { path: '/portaal', labelKey: 'nav.portal', page: lazy(() => import('./pages/portal/PortalModule.tsx')) },
  { path: '/sociale-kaart', labelKey: 'nav.socialMap', page: lazy(() => import('./pages/socialmap/SocialMapModule.tsx')) },
  { path: '/beleid', labelKey: 'nav.policy', page: lazy(() => import('./pages/policy/PolicyModule.tsx')) },
  { path: '/verantwoording', labelKey: 'nav.accountability', page: lazy(() => import('./pages/accountability/AccountabilityModule.tsx')) },
  { path: '/beheer', labelKey: 'nav.admin', page: lazy(() => import('./pages/identity/AdminModule.tsx')) },
];
