import type { AppInstance } from '../types.ts';
import { roundRoutes } from './rounds.ts';
import { responseRoutes } from './responses.ts';
import { monitorImportRoutes } from './imports.ts';
import { meeMonitorRoutes } from './mee-monitor.ts';
import { followupRoutes } from './followup.ts';
import { reminderRoutes } from './reminders.ts';
import { reportRoutes } from './report.ts';
import { summaryTableRoutes } from './tables.ts';
import { sourceRoutes } from './sources.ts';
import { changeRoutes } from './changes.ts';

export async function monitorRoutes(app: AppInstance): Promise<void> {
  await app.register(roundRoutes);
  await app.register(responseRoutes);
  await app.register(monitorImportRoutes);
  await app.register(meeMonitorRoutes);
  await app.register(followupRoutes);
  await app.register(reminderRoutes);
  await app.register(reportRoutes);
  await app.register(summaryTableRoutes);
  await app.register(sourceRoutes);
  await app.register(changeRoutes);
}
