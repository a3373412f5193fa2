import type { AppInstance } from '../types.ts';
import { healthRoutes } from './health.ts';

/** Every API module registers here: one line per capability. */
export async function apiRoutes(app: AppInstance): Promise<void> {
  await app.register(healthRoutes);
}
