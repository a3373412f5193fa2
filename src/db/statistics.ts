import { sql } from './sql.ts';
import type { Database } from './client.ts';

/**
 * Fresh planner statistics for PGlite, which has no autovacuum (ADR 0018). A table is analysed once it
 * is at least 10 pages long and has never been analysed, or has grown by more than a fifth since its
 * last ANALYZE (which records its size in `pg_class.relpages`). PostgreSQL's autovacuum uses a row
 * count for the same rule (50 rows + 10 %, `autovacuum_analyze_threshold`/`_scale_factor`); PGlite's
 * cumulative statistics are not flushed in its single-user mode, so the size on disk stands in for it.
 *
 * Below 10 pages a table is left alone on purpose: a never-analysed table is priced as at least 10
 * pages, so key lookups on it plan as index scans; analysed while tiny, the cached plans of its
 * foreign-key checks would become sequential scans (ADR 0018). An ANALYZE also drops every cached plan
 * that uses the table, so a plan made while the table was small is made again.
 */
const GROWN_TABLES = sql`select n.nspname as schema, c.relname as name
  from pg_class c join pg_namespace n on n.oid = c.relnamespace
 where n.nspname = 'public' and c.relkind = 'r'
   and pg_relation_size(c.oid) / current_setting('block_size')::int >= 10
   and (c.reltuples < 0 or pg_relation_size(c.oid) / current_setting('block_size')::int > c.relpages * 1.2)
 order by c.relname`;

/** Analyses the tables that grew (see above); answers their names. */
export async function analyzeGrownTables(db: Database): Promise<string[]> {
  const tables = await db.rows<{ schema: string; name: string }>(GROWN_TABLES);
  for (const t of tables) await db.execute(sql`analyze ${sql.identifier(t.schema)}.${sql.identifier(t.name)}`);
  return tables.map((t) => t.name);
}

/**
 * The in-process statistics job of a PGlite server: every `intervalMs` (a minute; a check is one
 * catalogue query). Never throws: a failed run is tried again at the next tick. On PostgreSQL it does
 * nothing; autovacuum analyses there.
 */
export function startStatisticsJob(db: Database, intervalMs = 60_000): { stop(): Promise<void> } {
  if (db.engine !== 'pglite') return { stop: async () => undefined };
  let running: Promise<unknown> | null = null;
  const timer = setInterval(() => {
    running ??= analyzeGrownTables(db)
      .catch(() => undefined)
      .finally(() => {
        running = null;
      });
  }, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
