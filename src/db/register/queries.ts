import { sql } from '../sql.ts';
import type { Database } from '../client.ts';

export interface MunicipalityRow {
  code: string;
  name: string;
  cbsCode: string | null;
  youthRegionCode: string;
  youthRegionName: string;
  meeCode: string;
  meeName: string;
}

export interface MunicipalityFilter {
  divisionYear: number;
  youthRegionCode?: string | undefined;
  meeCode?: string | undefined;
  search?: string | undefined;
}

/**
 * The members of a division with their region and organisation, filtered. The register is reference
 * data that does not change while the process runs, so each division is read once per database
 * (one set-based query) and filtered in memory: PGlite runs on the main thread, and this list is
 * read by nearly every page.
 */
export async function listMunicipalities(db: Database, filter: MunicipalityFilter): Promise<MunicipalityRow[]> {
  const all = await cached(db, `members:${filter.divisionYear}`, () => queryDivisionMembers(db, filter.divisionYear));
  const needle = filter.search?.trim().toLocaleLowerCase('nl');
  return all.filter(
    (m) =>
      (!filter.youthRegionCode || m.youthRegionCode === filter.youthRegionCode) &&
      (!filter.meeCode || m.meeCode === filter.meeCode) &&
      (!needle || m.name.toLocaleLowerCase('nl').includes(needle)),
  );
}

const caches = new WeakMap<Database, Map<string, Promise<unknown>>>();

/** Reads of register reference data, kept per database until it is reloaded (also used by history.ts). */
export function cached<T>(db: Database, key: string, load: () => Promise<T>): Promise<T> {
  let perDb = caches.get(db);
  if (!perDb) caches.set(db, (perDb = new Map()));
  let entry = perDb.get(key) as Promise<T> | undefined;
  if (!entry) {
    entry = load();
    perDb.set(key, entry);
    entry.catch(() => perDb!.delete(key));
  }
  return entry;
}

/** Called after reference data is (re)loaded. */
export function forgetRegisterCache(db: Database): void {
  caches.delete(db);
}

async function queryDivisionMembers(db: Database, divisionYear: number): Promise<MunicipalityRow[]> {
  return db.rows<MunicipalityRow>(sql`
    select m.code, m.name, m.cbs_code as "cbsCode",
           r.code as "youthRegionCode", r.name as "youthRegionName",
           o.code as "meeCode", o.name as "meeName"
      from division_members d
      join municipalities m on m.code = d.municipality_code
      join youth_regions r on r.code = d.youth_region_code
      join mee_organisations o on o.code = d.mee_code
     where d.division_year = ${divisionYear}
     order by m.name collate "C"`);
}

export async function divisionYears(db: Database): Promise<{ year: number; validFrom: string; validTo: string | null; description: string; count: number }[]> {
  return cached(db, 'divisions', () => db.rows(sql`
    select v.year, v.valid_from::text as "validFrom", v.valid_to::text as "validTo", v.description,
           (select count(*)::int from division_members d where d.division_year = v.year) as count
      from municipal_divisions v order by v.year`));
}

export interface DivisionChangeRow {
  effectiveDate: string;
  kind: 'merger' | 'split';
  fromCode: string;
  fromName: string;
  toCode: string;
  toName: string;
  source: string;
}

/** The herindeling changes that take effect on 1 January of `year`. */
export async function divisionChangesInto(db: Database, year: number): Promise<DivisionChangeRow[]> {
  return db.rows<DivisionChangeRow>(sql`
    select c.effective_date::text as "effectiveDate", c.kind, c.from_code as "fromCode", f.name as "fromName",
           c.to_code as "toCode", t.name as "toName", c.source
      from division_changes c
      join municipalities f on f.code = c.from_code
      join municipalities t on t.code = c.to_code
     where extract(year from c.effective_date) = ${year}
     order by c.kind, t.name, f.name`);
}

export async function listYouthRegions(db: Database, divisionYear: number) {
  return db.rows<{ code: string; name: string; municipalityCount: number }>(sql`
    select r.code, r.name, count(d.municipality_code)::int as "municipalityCount"
      from youth_regions r
      left join division_members d on d.youth_region_code = r.code and d.division_year = ${divisionYear}
     group by r.code, r.name order by r.name`);
}

export async function listMeeOrganisations(db: Database, divisionYear: number) {
  return db.rows<{ code: string; name: string; aliases: string[]; municipalityCount: number }>(sql`
    select o.code, o.name,
           coalesce((select array_agg(distinct a.alias order by a.alias) from mee_organisation_aliases a where a.mee_code = o.code), '{}') as aliases,
           (select count(*)::int from division_members d where d.mee_code = o.code and d.division_year = ${divisionYear}) as "municipalityCount"
      from mee_organisations o order by o.name`);
}

/** Every municipality of every division Naast knows, with its CBS code (for finding one by name or code). */
export async function listAllMunicipalityNames(db: Database): Promise<{ code: string; name: string; cbsCode: string | null }[]> {
  return cached(db, 'all-names', () => db.rows<{ code: string; name: string; cbsCode: string | null }>(sql`select code, name, cbs_code as "cbsCode" from municipalities order by code`));
}
