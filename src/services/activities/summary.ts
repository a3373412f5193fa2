import { sql, type SQL } from '../../db/sql.ts';
import type { Database } from '../../db/client.ts';

export interface SummaryLine {
  /** The value of the dimension (null: not filled in). */
  value: string | null;
  minutes: number;
  rows: number;
}

export interface ActivitySummary {
  municipalityCode: string;
  from: string;
  to: string;
  totals: { minutes: number; rows: number };
  byService: SummaryLine[];
  byTargetGroup: SummaryLine[];
  byAgeCategory: SummaryLine[];
  byLifeDomain: SummaryLine[];
  byDistrict: SummaryLine[];
}

export interface SummaryQuery {
  municipalityCode: string;
  /** Inclusive period, ISO dates. */
  from: string;
  to: string;
  /** Only these providers' rows (a provider sees its own); undefined = all providers. */
  providerCodes?: string[];
}

const DIMENSIONS = { service: 'byService', target_group: 'byTargetGroup', age_category: 'byAgeCategory', life_domain: 'byLifeDomain', district: 'byDistrict' } as const;

/**
 * Minutes and rows of one municipality over a period, per service, target group, age category,
 * life domain and district: one set-based query (grouping sets) over the (municipality, date) index.
 */
export async function summarizeActivities(db: Database, q: SummaryQuery): Promise<ActivitySummary> {
  return (await summarizeActivitiesWithStamp(db, q)).summary;
}

/**
 * The summary and the version of the activity data it was computed from (migration 0032; null if the
 * version row is missing), read in the same statement and so from the same snapshot on the same server.
 * The cache (summary-cache.ts) labels a result with this, not with a version read before: a read
 * replica may answer the two reads at different points of replay, or a write may commit in between.
 */
export async function summarizeActivitiesWithStamp(db: Database, q: SummaryQuery): Promise<{ summary: ActivitySummary; stamp: string | null }> {
  const providers: SQL = q.providerCodes ? sql`and provider_code in (${sql.join(q.providerCodes.map((c) => sql`${c}`), sql`, `)})` : sql``;
  // The empty grouping set () always yields a row (the totals), so the stamp arrives also without activities.
  const rows = await db.rows<{ dim: string | null; value: string | null; minutes: number; rows: number; stamp: string | null }>(sql`
    select case
        when grouping(service) = 0 then 'service'
        when grouping(target_group) = 0 then 'target_group'
        when grouping(age_category) = 0 then 'age_category'
        when grouping(life_domain) = 0 then 'life_domain'
        when grouping(district) = 0 then 'district'
      end as dim,
      coalesce(service, target_group, age_category, life_domain, district) as value,
      sum(minutes)::int8 as minutes, count(*)::int8 as rows,
      (select version::text from activity_changes where id) as stamp
    from provider_activities a
    where municipality_code = ${q.municipalityCode} and activity_date between ${q.from} and ${q.to} ${providers}
      -- Only rows of a finished import: a guard (since migration 0030 an import's rows join this table
      -- together with its import row, on both engines).
      and exists (select 1 from provider_activity_imports i where i.id = a.import_id)
    group by grouping sets ((service), (target_group), (age_category), (life_domain), (district), ())`);
  const summary: ActivitySummary = {
    municipalityCode: q.municipalityCode,
    from: q.from,
    to: q.to,
    totals: { minutes: 0, rows: 0 },
    byService: [],
    byTargetGroup: [],
    byAgeCategory: [],
    byLifeDomain: [],
    byDistrict: [],
  };
  for (const r of rows) {
    const line = { value: r.value, minutes: Number(r.minutes ?? 0), rows: Number(r.rows) };
    if (r.dim === null) summary.totals = { minutes: line.minutes, rows: line.rows };
    else summary[DIMENSIONS[r.dim as keyof typeof DIMENSIONS]].push(line);
  }
  for (const key of Object.values(DIMENSIONS)) summary[key].sort((a, b) => b.minutes - a.minutes || String(a.value).localeCompare(String(b.value)));
  return { summary, stamp: rows[0]?.stamp ?? null };
}
