/**
 * What the hot endpoints ask the database, and how PostgreSQL answers it (issue 23 §4): a Database
 * that records every statement a request sends (transactions included), and EXPLAIN of each recorded
 * read. Used by `npm run bench:scale` (pages touched per request: a measure of the work that does not
 * depend on how busy the machine is) and by test/db/scale-plans.test.ts (no sequential scan of a
 * large table in any hot query).
 */
import { sql, type SQL } from '../src/db/sql.ts';
import type { Database, Queryable } from '../src/db/client.ts';

/** The tables that grow with the country: a sequential scan of one of these is a scaling bug. */
export const LARGE_TABLES = [
  'cases',
  'case_notes',
  'case_people',
  'case_referrals',
  'case_objections',
  'audit_log',
  'provider_activities',
  // provider_activities is partitioned (migration 0030): plans name its partitions. The shared one holds
  // everything but the large imports, each in a partition of its own that a query for it reads whole.
  'provider_activities_shared',
  'provider_activity_imports',
  'monitor_responses',
  'socialmap_organisations',
  'socialmap_services',
  'socialmap_locations',
  'socialmap_service_locations',
];
// Not listed: users, role_assignments and sessions grow with the staff (thousands nationally), not with
// the volume of casework, and are read by their keys.

export interface Recorder {
  db: Database;
  /** The statements sent since the last call, and forget them. */
  take(): SQL[];
}

/** `db` with every statement recorded (also inside `transaction`). */
export function recording(db: Database): Recorder {
  let seen: SQL[] = [];
  const wrap = <Q extends Queryable>(q: Q): Queryable => ({
    engine: q.engine,
    rows: (query) => {
      seen.push(query);
      return q.rows(query);
    },
    execute: (query) => {
      seen.push(query);
      return q.execute(query);
    },
  });
  const top = wrap(db);
  const recorded: Database = {
    ...top,
    driver: db.driver,
    transaction: (work) => db.transaction((tx) => work(wrap(tx))),
    script: (text) => db.script(text),
    close: () => db.close(),
  };
  return {
    db: recorded,
    take() {
      const out = seen;
      seen = [];
      return out;
    },
  };
}

/** Reads only: EXPLAIN ANALYZE runs the statement, and a write must not run twice. */
export function isRead(q: SQL): boolean {
  const text = q.text.trim().toLowerCase();
  if (!/^(select|with)\b/.test(text)) return false;
  // A data-modifying CTE or a locking read is a write in disguise.
  return !/\b(insert|update|delete)\b/.test(text.replace(/'[^']*'/g, '')) && !/\bfor (update|share)\b/.test(text) && !/pg_advisory|nextval|setval|audit_log_seal/.test(text);
}

export interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Shared Hit Blocks'?: number;
  'Shared Read Blocks'?: number;
  Plans?: PlanNode[];
  [key: string]: unknown;
}

class RolledBack extends Error {}

/**
 * The plan of `q`. With `analyze` the statement runs, inside a transaction that is always rolled back:
 * a "read" may still call a function that writes (the audit log's seal), and that must not happen twice.
 */
export async function explain(db: Database, q: SQL, analyze = false): Promise<PlanNode> {
  const options = analyze ? sql.raw('(analyze, buffers, format json)') : sql.raw('(format json)');
  let plan: unknown;
  await db
    .transaction(async (tx) => {
      const [row] = await tx.rows<{ 'QUERY PLAN': unknown }>(sql`explain ${options} ${q}`);
      plan = row!['QUERY PLAN'];
      throw new RolledBack();
    })
    .catch((err: unknown) => {
      if (!(err instanceof RolledBack)) throw err;
    });
  const parsed = (typeof plan === 'string' ? JSON.parse(plan) : plan) as { Plan: PlanNode }[];
  return parsed[0]!.Plan;
}

function* nodes(plan: PlanNode): Generator<PlanNode> {
  yield plan;
  for (const child of plan.Plans ?? []) yield* nodes(child);
}

/** The large tables this plan reads from start to end. */
export function seqScans(plan: PlanNode, tables: readonly string[] = LARGE_TABLES): string[] {
  return [...nodes(plan)].filter((n) => n['Node Type'] === 'Seq Scan' && tables.includes(n['Relation Name'] ?? '')).map((n) => n['Relation Name']!);
}

/** Shared buffers (8 kB pages) the statement touched, from EXPLAIN (ANALYZE, BUFFERS): the top node counts its children's. */
export function pagesTouched(plan: PlanNode): number {
  return (plan['Shared Hit Blocks'] ?? 0) + (plan['Shared Read Blocks'] ?? 0);
}

/** A short one-line form of a statement for a failure message. */
export const oneLine = (q: SQL): string => q.text.replace(/\s+/g, ' ').trim().slice(0, 240);
