import { sql } from '../../../src/db/sql.ts';
import type { Database } from '../../../src/db/client.ts';

/**
 * Tables where a refused request may legitimately leave a trace: the audit log records refusals,
 * sign-in attempts (also a wrong password on the second-factor and password-change routes) touch
 * sessions and the sign-in throttle. Everything else must be untouched by a
 * refused request.
 */
export const MAY_CHANGE_ON_REFUSAL = /^(audit_log|audit_.*|sessions|.*_sessions|login_attempts|login_throttle|.*pseudonyms?)$/;

/** Row count of every table in the public schema, in one query (cheap enough to run per request). */
export async function rowCounts(db: Database, options: { exclude?: RegExp } = {}): Promise<Record<string, number>> {
  const tables = await db.rows<{ name: string }>(sql`
    select table_name as name from information_schema.tables
     where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`);
  const names = tables.map((t) => t.name).filter((n) => !options.exclude?.test(n));
  if (names.length === 0) return {};
  const parts = sql.join(
    names.map((n) => sql`(select count(*)::int from ${sql.identifier(n)}) as ${sql.identifier(n)}`),
    sql`, `,
  );
  const [row] = await db.rows<Record<string, number>>(sql`select ${parts}`);
  return Object.fromEntries(Object.entries(row ?? {}).map(([k, v]) => [k, Number(v)]));
}

/** Tables whose count differs, as "table: before → after". */
export function countDifferences(before: Record<string, number>, after: Record<string, number>): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((n) => before[n] !== after[n]).map((n) => `${n}: ${before[n] ?? '-'} → ${after[n] ?? '-'}`);
}

/**
 * A checksum per table: md5 over every row as text, ordered by the whole row text (stable without
 * knowing the primary key), for comparing two databases after a backup round trip.
 */
export async function tableChecksums(db: Database): Promise<Record<string, { rows: number; md5: string }>> {
  const tables = await db.rows<{ name: string }>(sql`
    select table_name as name from information_schema.tables
     where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`);
  const result: Record<string, { rows: number; md5: string }> = {};
  for (const { name } of tables) {
    const [r] = await db.rows<{ rows: number; md5: string | null }>(sql`
      select count(*)::int as rows, md5(coalesce(string_agg(t::text, E'\n' order by t::text), '')) as md5
        from ${sql.identifier(name)} t`);
    result[name] = { rows: Number(r!.rows), md5: r!.md5 ?? '' };
  }
  return result;
}
