import type { AppInstance } from '../types.ts';
import { dossierRoutes } from './dossiers.ts';
import { assignmentRoutes } from './assignments.ts';
import { recordRoutes } from './records.ts';
import { worklistRoutes } from './worklists.ts';
import { transitionRoutes } from './transition.ts';
import { evaluationRoutes } from './evaluation.ts';
import { consentRoutes } from './consents.ts';
import { planRoutes } from './plan.ts';

/** Client support casework (dossiers): intake, process, independence, records, work lists. */
export async function caseRoutes(app: AppInstance): Promise<void> {
  await app.register(worklistRoutes);
  await app.register(dossierRoutes);
  await app.register(assignmentRoutes);
  await app.register(recordRoutes);
  await app.register(transitionRoutes);
  await app.register(evaluationRoutes);
  await app.register(consentRoutes);
  await app.register(planRoutes);
}
