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

/**
 * Fresh statistics so the planner picks hash joins on the new rows (PGlite starts with none), but only
 * for tables that hold rows. ANALYZE of an empty table records "0 rows" (PostgreSQL docs, pg_class
 * `reltuples`: -1 means "never analysed"); the planner then prices a scan of a tiny table below an
 * index lookup, and the foreign-key checks' cached plans (the RI triggers' SPI plans, kept for the
 * connection's life) stay sequential scans while the table grows. That made every case creation scan
 * all earlier cases: the bench's case creation slowed to a third within seconds in about half of the
 * runs (docs/performance.md, 4 December). A table never analysed is priced as at least 10 pages
 * (plancat.c, table_block_relation_estimate_size), so its key lookups plan as index scans.
 * Partitions are analysed with their partitioned table.
 */
const ANALYZE_TABLES_WITH_ROWS = `do $$
declare
  t regclass;
  has_rows boolean;
begin
  for t in select c.oid::regclass from pg_class c
            where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p') and not c.relispartition
            order by c.relname loop
    execute format('select exists (select 1 from %s)', t) into has_rows;
    if has_rows then
      execute format('analyze %s', t);
    end if;
  end loop;
end $$`;

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
    await db.script(ANALYZE_TABLES_WITH_ROWS);
    forgetRegisterCache(db);
    forgetPublishedInputs(db);
  }
  return loaded;
}
