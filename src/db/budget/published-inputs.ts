import { sql } from '../sql.ts';
import type { Database } from '../client.ts';
import { deriveShares, recompute, type DerivedOrganisation, type PublishedRow, type RecomputedOrganisation } from '../../domain/budget/index.ts';

/** A municipality as the budget pages show it: with its youth region and MEE organisation. */
export interface MunicipalityInfo {
  code: string;
  name: string;
  cbsCode: string | null;
  youthRegion: { code: string; name: string };
  mee: { code: string; name: string };
}

export interface PublishedInputs {
  year: number;
  /** The division the table was published in (2013 for Bijlage 5). */
  divisionYear: number;
  rows: (PublishedRow & { info: MunicipalityInfo })[];
  /** Tabel 3 per MEE organisation code. */
  totals: Record<string, { clientSupportCents: number; ivhCents: number; name: string }>;
  derived: DerivedOrganisation[];
  recomputed: RecomputedOrganisation[];
}

/**
 * The published table and Tabel 3 of a year, with shares derived and the table recomputed.
 * Reference data does not change while the server runs, so this is computed once per database
 * and year (the budget routes are hot paths; see the benchmarks).
 */
const cache = new WeakMap<Database, Map<number, Promise<PublishedInputs | null>>>();

export function publishedInputs(db: Database, year: number): Promise<PublishedInputs | null> {
  let perDb = cache.get(db);
  if (!perDb) cache.set(db, (perDb = new Map()));
  let entry = perDb.get(year);
  if (!entry) {
    entry = loadPublishedInputs(db, year);
    perDb.set(year, entry);
    entry.catch(() => perDb!.delete(year));
  }
  return entry;
}

/** Forget cached inputs (after reference data is reloaded). */
export function forgetPublishedInputs(db: Database): void {
  cache.delete(db);
}

/** The columns every budget query selects to place a municipality in its division (see `placementInfo`). */
export interface PlacementRow {
  code: string;
  name: string;
  cbsCode: string | null;
  divisionYear: number;
  regionCode: string;
  regionName: string;
  meeCode: string;
  meeName: string;
}

/** A municipality with its youth region and MEE organisation, from the columns of a `PlacementRow`. */
export const placementInfo = (r: PlacementRow): MunicipalityInfo => ({
  code: r.code,
  name: r.name,
  cbsCode: r.cbsCode,
  youthRegion: { code: r.regionCode, name: r.regionName },
  mee: { code: r.meeCode, name: r.meeName },
});

interface Row extends PlacementRow {
  clientSupportCents: number;
  ivhCents: number;
}

async function loadPublishedInputs(db: Database, year: number): Promise<PublishedInputs | null> {
  const rows = await db.rows<Row>(sql`
    select m.code, m.name, m.cbs_code as "cbsCode", p.division_year as "divisionYear",
           r.code as "regionCode", r.name as "regionName", o.code as "meeCode", o.name as "meeName",
           p.client_support_cents as "clientSupportCents", p.ivh_cents as "ivhCents"
      from published_allocations p
      join municipalities m on m.code = p.municipality_code
      join division_members d on d.division_year = p.division_year and d.municipality_code = p.municipality_code
      join youth_regions r on r.code = d.youth_region_code
      join mee_organisations o on o.code = p.mee_code
     where p.year = ${year}
     order by m.name collate "C"`);
  if (rows.length === 0) return null;
  const budgets = await db.rows<{ meeCode: string; name: string; clientSupportCents: number; ivhCents: number }>(sql`
    select b.mee_code as "meeCode", o.name, b.client_support_cents as "clientSupportCents", b.ivh_cents as "ivhCents"
      from mee_budgets b join mee_organisations o on o.code = b.mee_code where b.year = ${year}`);
  const totals = Object.fromEntries(budgets.map((b) => [b.meeCode, { clientSupportCents: Number(b.clientSupportCents), ivhCents: Number(b.ivhCents), name: b.name }]));
  const published = rows.map((r) => ({
    municipalityId: r.code,
    organisationId: r.meeCode,
    clientSupportCents: Number(r.clientSupportCents),
    ivhCents: Number(r.ivhCents),
    info: placementInfo(r),
  }));
  const derived = deriveShares(published, undefined, { publishedTotals: totals });
  return { year, divisionYear: rows[0]!.divisionYear, rows: published, totals, derived, recomputed: derived.map(recompute) };
}
