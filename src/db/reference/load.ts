import { sql } from '../sql.ts';
import type { Database, Tx } from '../client.ts';
import { register2014 } from './register-2014.ts';
import { monitor2014 } from './monitor-2014.ts';
import { budgetCounts2014 } from './budget-counts-2014.ts';
import { registerHistory } from './register-history.ts';
import { forgetRegisterCache } from '../register/queries.ts';
import { forgetPublishedInputs } from '../budget/published-inputs.ts';

export type { Tx };

/** A reference data set: loaded once per checksum, all-or-nothing. */
export interface ReferenceDataset {
  name: string;
  checksum(): string;
  /** Replaces the data set's rows; runs inside the loader's transaction. */
  load(tx: Tx): Promise<void>;
}

/** Data sets register here as modules land, in load order. */
export const referenceDatasets: ReferenceDataset[] = [register2014, monitor2014, budgetCounts2014, registerHistory];

/** Loads every data set that is new or changed since its last load; returns the names loaded. */
export async function loadReferenceData(db: Database, datasets = referenceDatasets): Promise<string[]> {
  const loaded: string[] = [];
  for (const dataset of datasets) {
    const checksum = dataset.checksum();
    const [row] = await db.rows<{ checksum: string }>(
      sql`select checksum from reference_data_loads where dataset = ${dataset.name}`,
    );
    if (row?.checksum === checksum) continue;
    await db.transaction(async (tx) => {
      await dataset.load(tx);
      await tx.execute(sql`insert into reference_data_loads (dataset, checksum) values (${dataset.name}, ${checksum})
        on conflict (dataset) do update set checksum = excluded.checksum, loaded_at = now()`);
    });
    loaded.push(dataset.name);
  }
  if (loaded.length > 0) {
    // Fresh statistics so the planner picks hash joins on the new rows (PGlite starts with none).
    await db.script('analyze');
    forgetRegisterCache(db);
    forgetPublishedInputs(db);
  }
  return loaded;
}
