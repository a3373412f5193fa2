import { sql } from '../sql.ts';
import type { Database } from '../client.ts';
import { placementInfo, type MunicipalityInfo, type PlacementRow } from './published-inputs.ts';

/** One municipality's primary inputs for a budget year, with where it sits in the division. */
export interface CountRow {
  info: MunicipalityInfo;
  divisionYear: number;
  inhabitants: number | null;
  inhabitantsSource: string | null;
  clients: number | null;
  clientsSource: string | null;
  clientsDerived: boolean;
}

interface Row extends PlacementRow {
  inhabitants: string | number | bigint | null;
  inhabitantsSource: string | null;
  clients: string | number | bigint | null;
  clientsSource: string | null;
  clientsDerived: boolean;
}

const num = (v: string | number | bigint | null): number | null => (v === null ? null : Number(v));

/** The stored counts of a budget year, by municipality name; empty when none were stored. */
export async function listCounts(db: Database, year: number): Promise<CountRow[]> {
  const rows = await db.rows<Row>(sql`
    select m.code, m.name, m.cbs_code as "cbsCode", c.division_year as "divisionYear",
           r.code as "regionCode", r.name as "regionName", o.code as "meeCode", o.name as "meeName",
           c.inhabitants, c.inhabitants_source as "inhabitantsSource", c.clients, c.clients_source as "clientsSource",
           c.clients_derived as "clientsDerived"
      from budget_counts c
      join municipalities m on m.code = c.municipality_code
      join division_members d on d.division_year = c.division_year and d.municipality_code = c.municipality_code
      join youth_regions r on r.code = d.youth_region_code
      join mee_organisations o on o.code = d.mee_code
     where c.year = ${year}
     order by m.name collate "C"`);
  return rows.map((r) => ({
    info: placementInfo(r),
    divisionYear: r.divisionYear,
    inhabitants: num(r.inhabitants),
    inhabitantsSource: r.inhabitantsSource,
    clients: num(r.clients),
    clientsSource: r.clientsSource,
    clientsDerived: r.clientsDerived,
  }));
}

/** Tabel 3 of `year`, or of the latest earlier year when that year has none (with the year it came from). */
export async function organisationBudgets(db: Database, year: number): Promise<{ year: number; source: string; totals: Map<string, { clientSupportCents: number; ivhCents: number }> } | null> {
  const [latest] = await db.rows<{ year: number }>(sql`select max(year)::int as year from mee_budgets where year <= ${year}`);
  if (latest?.year === null || latest?.year === undefined) return null;
  const rows = await db.rows<{ meeCode: string; clientSupportCents: string | number; ivhCents: string | number; source: string }>(sql`
    select mee_code as "meeCode", client_support_cents as "clientSupportCents", ivh_cents as "ivhCents", source
      from mee_budgets where year = ${latest.year}`);
  return {
    year: latest.year,
    source: rows[0]?.source ?? '',
    totals: new Map(rows.map((r) => [r.meeCode, { clientSupportCents: Number(r.clientSupportCents), ivhCents: Number(r.ivhCents) }])),
  };
}

export interface CountInput {
  municipalityCode: string;
  inhabitants: number | null;
  clients: number | null;
}

/**
 * Saves counts for a budget year in one transaction (all-or-nothing). A count left empty keeps the stored
 * one; a given count replaces it, with `source`, and is no longer marked derived.
 */
export async function saveCounts(db: Database, year: number, divisionYear: number, rows: CountInput[], source: string): Promise<number> {
  await db.transaction(async (tx) => {
    for (const r of rows) {
      const inhSource = r.inhabitants === null ? null : source;
      const clSource = r.clients === null ? null : source;
      await tx.execute(sql`
        insert into budget_counts (year, division_year, municipality_code, inhabitants, inhabitants_source, clients, clients_source, clients_derived)
        values (${year}, ${divisionYear}, ${r.municipalityCode}, ${r.inhabitants}, ${inhSource}, ${r.clients}, ${clSource}, false)
        on conflict (year, municipality_code) do update set
          division_year = excluded.division_year,
          inhabitants = coalesce(excluded.inhabitants, budget_counts.inhabitants),
          inhabitants_source = coalesce(excluded.inhabitants_source, budget_counts.inhabitants_source),
          clients = coalesce(excluded.clients, budget_counts.clients),
          clients_source = coalesce(excluded.clients_source, budget_counts.clients_source),
          clients_derived = case when excluded.clients is null then budget_counts.clients_derived else false end,
          updated_at = now()`);
    }
  });
  return rows.length;
}

/** Imported use (clients supported) per municipality code for a year. */
export async function listUsage(db: Database, year: number): Promise<Map<string, { clients: number; source: string }>> {
  const rows = await db.rows<{ code: string; clients: string | number; source: string }>(sql`
    select municipality_code as code, clients, source from budget_usage where year = ${year}`);
  return new Map(rows.map((r) => [r.code, { clients: Number(r.clients), source: r.source }]));
}

/** Saves imported use for a year (replaces the year's rows; all-or-nothing). */
export async function replaceUsage(db: Database, year: number, rows: { municipalityCode: string; clients: number }[], source: string): Promise<number> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`delete from budget_usage where year = ${year}`);
    for (const r of rows) {
      await tx.execute(sql`insert into budget_usage (year, municipality_code, clients, source) values (${year}, ${r.municipalityCode}, ${r.clients}, ${source})`);
    }
  });
  return rows.length;
}

/**
 * Casework use: per municipality, the cases that were open at some time in `year` (opened on or before
 * 31 December and not closed before 1 January) — the clients supported that year.
 */
export async function caseworkUsage(db: Database, year: number): Promise<Map<string, number>> {
  const rows = await db.rows<{ code: string; n: number }>(sql`
    select municipality_code as code, count(*)::int as n from cases
     where opened_on <= make_date(${year}::int, 12, 31) and (closed_on is null or closed_on >= make_date(${year}::int, 1, 1))
     group by municipality_code`);
  return new Map(rows.map((r) => [r.code, Number(r.n)]));
}

/**
 * Inhabitants per municipality in a division (for the register): the counts stored in that division,
 * of the latest budget year that has them. Unknown municipalities are absent.
 */
export async function inhabitantsByDivision(db: Database, divisionYear: number): Promise<Map<string, number>> {
  const rows = await db.rows<{ code: string; inhabitants: string | number }>(sql`
    select distinct on (municipality_code) municipality_code as code, inhabitants
      from budget_counts
     where division_year = ${divisionYear} and inhabitants is not null
     order by municipality_code, year desc`);
  return new Map(rows.map((r) => [r.code, Number(r.inhabitants)]));
}
