import type { AppInstance } from '../types.ts';
import { roundRoutes } from './rounds.ts';
import { responseRoutes } from './responses.ts';
import { monitorImportRoutes } from './imports.ts';

export async function monitorRoutes(app: AppInstance): Promise<void> {
  await app.register(roundRoutes);
  await app.register(responseRoutes);
  await app.register(monitorImportRoutes);
}
