import type { AppInstance } from '../types.ts';
import { periodRoutes } from './periods.ts';
import { experienceRoutes } from './experience.ts';
import { insightRoutes } from './insight.ts';

/** Accountability (verantwoording): provider reports, client experience, MEE package, council report, roll-ups. */
export async function accountabilityRoutes(app: AppInstance): Promise<void> {
  await app.register(periodRoutes);
  await app.register(experienceRoutes);
  await app.register(insightRoutes);
}
