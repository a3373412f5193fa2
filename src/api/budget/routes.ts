import type { AppInstance } from '../types.ts';
import { allocationRoutes } from './allocations.ts';
import { scenarioRoutes } from './scenarios.ts';
import { spendingRoutes } from './spending.ts';
import { primaryRoutes } from './primary.ts';
import { budgetMapRoutes } from './map.ts';

export async function budgetRoutes(app: AppInstance): Promise<void> {
  await app.register(allocationRoutes);
  await app.register(scenarioRoutes);
  await app.register(spendingRoutes);
  await app.register(primaryRoutes);
  await app.register(budgetMapRoutes);
}
