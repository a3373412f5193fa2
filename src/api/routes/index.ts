import type { AppInstance } from '../types.ts';
import { healthRoutes } from './health.ts';
import { registerRoutes } from '../register/routes.ts';
import { budgetRoutes } from '../budget/routes.ts';
import { identityRoutes } from '../identity/routes.ts';
import { auditLogRoutes } from '../audit-log/routes.ts';
import { monitorRoutes } from '../monitor/routes.ts';
import { caseRoutes } from '../cases/routes.ts';

/** Every API module registers here: one line per capability. */
export async function apiRoutes(app: AppInstance): Promise<void> {
  await app.register(healthRoutes);
  await app.register(registerRoutes);
  await app.register(budgetRoutes);
  await app.register(identityRoutes);
  await app.register(auditLogRoutes);
  await app.register(monitorRoutes);
  await app.register(caseRoutes);
}
