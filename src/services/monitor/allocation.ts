import { sql } from '../../db/sql.ts';
import type { Database } from '../../db/client.ts';

/**
 * The 2014 client-support allocation per municipality of a division, for the "budget under 50%"
 * warning. Mergers add up; a municipality that received part of a split gets null (no warning)
 * unless split shares are known — we do not guess.
 */
export async function allocationByMunicipality(db: Database, divisionYear: number): Promise<Map<string, number | null>> {
  const rows = await db.rows<{ code: string; cents: number | null }>(sql`
    with targets as (
      select d.municipality_code as code from division_members d where d.division_year = ${divisionYear}
    ), sources as (
      select t.code, coalesce(c.from_code, t.code) as source, c.kind
        from targets t left join division_changes c on c.to_code = t.code and extract(year from c.effective_date) = ${divisionYear}
    )
    select s.code,
           case when bool_or(s.kind = 'split') then null else sum(p.client_support_cents)::bigint end as cents
      from sources s left join published_allocations p on p.municipality_code = s.source and p.year = 2014
     group by s.code`);
  return new Map(rows.map((r) => [r.code, r.cents === null ? null : Number(r.cents)]));
}
