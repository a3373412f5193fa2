import { sql } from '../sql.ts';
import type { Database } from '../client.ts';
import { cached } from './queries.ts';
import type { DivisionEvent, MunicipalityVersion, SplitShare } from '../../domain/register/division-history.ts';

/**
 * Reads of the register up to today (migration 0027). Reference data that only changes when it is
 * reloaded, so each list is read once per database and kept (small: ~430 codes, ~100 events) in the
 * register's cache (queries.ts), which a reload of reference data forgets.
 */
export async function listMunicipalityVersions(db: Database): Promise<(MunicipalityVersion & { source: string })[]> {
  return cached(db, 'versions', () =>
    db.rows(sql`
      select cbs_code as "cbsCode", name, province, valid_from::text as "validFrom", valid_to::text as "validTo", source
        from municipality_versions order by cbs_code`),
  );
}

export async function listDivisionEvents(db: Database): Promise<DivisionEvent[]> {
  return cached(db, 'events', () =>
    db.rows(sql`
      select effective_date::text as "effectiveDate", kind, from_cbs_code as "fromCode", to_cbs_code as "toCode", partial, source
        from division_events order by effective_date, from_cbs_code, to_cbs_code`),
  );
}

export async function listDivisionCounts(db: Database): Promise<{ year: number; count: number; source: string }[]> {
  return cached(db, 'counts', () => db.rows(sql`select year, municipality_count as count, source from division_counts order by year`));
}

/**
 * Split keys with a cited source (split_shares of migration 0002, keyed on Naast's codes), as CBS
 * codes. Only rows whose municipalities have a CBS code can be used.
 */
export async function listSplitShares(db: Database): Promise<SplitShare[]> {
  const rows = await db.rows<SplitShare & { weight: number | string }>(sql`
    select s.effective_date::text as "effectiveDate", f.cbs_code as "fromCode", t.cbs_code as "toCode",
           s.weight, s.unit, s.source
      from split_shares s
      join municipalities f on f.code = s.from_code
      join municipalities t on t.code = s.to_code
     where f.cbs_code is not null and t.cbs_code is not null`);
  return rows.map((r) => ({ ...r, weight: Number(r.weight) }));
}

/** Youth region per CBS code in a division Naast holds members for (2013 and 2014: Bijlage 5). */
export async function youthRegionsByCbsCode(db: Database, divisionYear: number): Promise<Map<string, { code: string; name: string }>> {
  const rows = await db.rows<{ cbsCode: string; code: string; name: string }>(sql`
    select m.cbs_code as "cbsCode", r.code, r.name
      from division_members d
      join municipalities m on m.code = d.municipality_code
      join youth_regions r on r.code = d.youth_region_code
     where d.division_year = ${divisionYear} and m.cbs_code is not null`);
  return new Map(rows.map((r) => [r.cbsCode, { code: r.code, name: r.name }]));
}

/** The published 2014 allocation (Bijlage 5, 2013 division) per CBS code. */
export async function publishedAllocationsByCbsCode(db: Database, year: number) {
  return db.rows<{ cbsCode: string; naastCode: string; name: string; divisionYear: number; clientSupportCents: number; ivhCents: number; source: string }>(sql`
    select m.cbs_code as "cbsCode", m.code as "naastCode", m.name, p.division_year as "divisionYear",
           p.client_support_cents::int as "clientSupportCents", p.ivh_cents::int as "ivhCents", p.source
      from published_allocations p
      join municipalities m on m.code = p.municipality_code
     where p.year = ${year} and m.cbs_code is not null
     order by m.cbs_code`);
}

/** Naast's own code (slug) per CBS code, for the 2013/2014 tables that are keyed on it. */
export async function naastCodesByCbsCode(db: Database): Promise<Map<string, string>> {
  const rows = await db.rows<{ cbsCode: string; code: string }>(sql`select cbs_code as "cbsCode", code from municipalities where cbs_code is not null`);
  return new Map(rows.map((r) => [r.cbsCode, r.code]));
}
