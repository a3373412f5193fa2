import type { MatrixModule } from './types.ts';
import { foundationMatrix } from './foundation.ts';
import { budgetMatrix } from './budget.ts';
import { monitorMatrix } from './monitor.ts';
import { casesMatrix } from './cases.ts';
import { portalMatrix } from './portal.ts';
import { activitiesMatrix } from './activities.ts';
import { policyMatrix } from './policy.ts';
import { accountabilityMatrix } from './accountability.ts';
import { socialMapMatrix } from './socialmap.ts';
import { hsdsMatrix } from './hsds.ts';
import { registerHistoryMatrix } from './register-history.ts';

/** Every module's part of the authorisation matrix: one line per capability. */
export const MATRIX_MODULES: MatrixModule[] = [foundationMatrix, budgetMatrix, monitorMatrix, casesMatrix, activitiesMatrix, portalMatrix, policyMatrix, accountabilityMatrix, socialMapMatrix, hsdsMatrix, registerHistoryMatrix];
