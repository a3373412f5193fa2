import type { AppInstance } from '../types.ts';
import { healthRoutes } from './health.ts';
import { registerRoutes } from '../register/routes.ts';
import { budgetRoutes } from '../budget/routes.ts';
import { identityRoutes } from '../identity/routes.ts';
import { auditLogRoutes } from '../audit-log/routes.ts';
import { monitorRoutes } from '../monitor/routes.ts';
import { caseRoutes } from '../cases/routes.ts';
import { portalRoutes } from '../portal/routes.ts';
import { activityRoutes } from '../activities/routes.ts';
import { accountabilityRoutes } from '../accountability/routes.ts';
import { policyRoutes } from '../policy/routes.ts';
import { socialMapRoutes } from '../socialmap/routes.ts';
import { hsdsApiRoutes } from '../hsds/routes.ts';
import { registerMapRoutes } from '../register/maps.ts';
import { registerHistoryRoutes } from '../register/history.ts';

/** Every API module registers here: one line per capability. */
export async function apiRoutes(app: AppInstance): Promise<void> {
  await app.register(healthRoutes);
  await app.register(registerRoutes);
  await app.register(registerMapRoutes);
  await app.register(registerHistoryRoutes);
  await app.register(budgetRoutes);
  await app.register(identityRoutes);
  await app.register(auditLogRoutes);
  await app.register(monitorRoutes);
  await app.register(caseRoutes);
  await app.register(accountabilityRoutes);
  await app.register(portalRoutes);
  await app.register(activityRoutes);
  await app.register(policyRoutes);
  await app.register(socialMapRoutes);
  // HSDS 3.0 read API per municipality (/hsds/v3/…), outside /api/v1 and its OpenAPI document.
  await app.register(hsdsApiRoutes);
}
