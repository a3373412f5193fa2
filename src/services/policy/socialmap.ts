import { sql } from '../../db/sql.ts';
import type { Database } from '../../db/client.ts';
import type { CoverageService, SocialMapFacts } from '../../domain/policy/index.ts';
import { connectsThrough, type MunicipalRelation } from '../../domain/socialmap/taxonomy.ts';

/**
 * Reads from the social map's tables (0009): the policy module never writes there. A service is
 * available in a municipality when its service area names it, or — without a service area — when its
 * organisation belongs to that municipality's social map.
 */
const availableIn = (code: string) => sql`
  s.status = 'active'
  and s.id in (select x.id from socialmap_services x where x.municipality_codes @> array[${code}]::text[]
               union all
               select x.id from socialmap_services x join socialmap_organisations y on y.id = x.organisation_id
                where y.municipality_code = ${code} and cardinality(x.municipality_codes) = 0)`;
// Written as two index lookups (the service-area GIN index, and the organisations of the municipality)
// rather than one OR over both tables, which made PostgreSQL read every service of the country for each
// report (issue 23 §4, test/db/scale-plans.test.ts).

export interface MunicipalityInfo {
  code: string;
  name: string;
  youthRegionCode: string | null;
  youthRegionName: string | null;
}

/** The municipality with its youth region in the latest division it belongs to; null when unknown. */
export async function municipalityInfo(db: Database, code: string): Promise<MunicipalityInfo | null> {
  const [row] = await db.rows<MunicipalityInfo>(sql`
    select m.code, m.name, dm.youth_region_code as "youthRegionCode", yr.name as "youthRegionName"
      from municipalities m
      left join lateral (select youth_region_code from division_members where municipality_code = m.code order by division_year desc limit 1) dm on true
      left join youth_regions yr on yr.code = dm.youth_region_code
     where m.code = ${code}`);
  return row ?? null;
}

export async function coverageServices(db: Database, code: string): Promise<CoverageService[]> {
  return db.rows<CoverageService>(sql`
    select s.id as "serviceId", s.name as "serviceName", o.id as "organisationId", o.name as "organisationName",
           s.target_groups as "targetGroups", s.age_categories as "ageCategories", s.life_domains as "lifeDomains"
      from socialmap_services s join socialmap_organisations o on o.id = s.organisation_id
     where ${availableIn(code)}
     order by o.name, s.name`);
}

export interface OrganisationRow {
  id: string;
  name: string;
  kind: string;
  staffing: string;
  /** Whose social map the organisation is on. */
  municipalityCode: string;
  /** The municipality's relation with it (§3.2), when recorded. */
  relation: string | null;
  /** Active services available in the municipality. */
  services: number;
}

/** Organisations on the municipality's social map, or with a service available there. */
export async function municipalityOrganisations(db: Database, code: string): Promise<OrganisationRow[]> {
  return db.rows<OrganisationRow>(sql`
    select o.id, o.name, o.kind, o.staffing, o.municipality_code as "municipalityCode", r.relation,
           (select count(*)::int from socialmap_services s where s.organisation_id = o.id and ${availableIn(code)}) as services
      from socialmap_organisations o
      left join socialmap_relations r on r.organisation_id = o.id and r.municipality_code = ${code}
     where o.municipality_code = ${code}
        or exists (select 1 from socialmap_services s where s.organisation_id = o.id and ${availableIn(code)})
     order by o.name`);
}

export async function socialMapFacts(db: Database, code: string, organisations: OrganisationRow[]): Promise<SocialMapFacts> {
  const services = await db.rows<SocialMapFacts['services'][number] & { staffing: string }>(sql`
    select s.name, o.name as "organisationName", s.channels, s.free_of_charge as "freeOfCharge", s.home_visits as "homeVisits",
           o.staffing, s.phone_hours as "phoneHours", s.walk_in_hours as "walkInHours"
      from socialmap_services s join socialmap_organisations o on o.id = s.organisation_id
     where ${availableIn(code)}
     order by o.name, s.name`);
  // Locations where an available service is offered, or of the municipality's own providers.
  const locations = await db.rows<{ name: string; accessibility: string[] }>(sql`
    select distinct l.name, l.accessibility
      from socialmap_locations l
     where l.municipality_code = ${code}
        or exists (select 1 from socialmap_service_locations sl join socialmap_services s on s.id = sl.service_id
                    join socialmap_organisations o on o.id = s.organisation_id
                   where sl.location_id = l.id and ${availableIn(code)})
     order by l.name`);
  const [faq] = await db.rows<{ n: number }>(sql`select count(*)::int as n from socialmap_faq where municipality_code = ${code} and published`);
  return {
    services: services.map((s) => ({ ...s, staffing: (['professioneel', 'vrijwillig', 'beide'].includes(s.staffing) ? s.staffing : 'professioneel') as 'professioneel' })),
    locations,
    faqCount: faq?.n ?? 0,
    fundedOrganisations: organisations
      .filter((o) => o.relation !== null && connectsThrough(o.relation as MunicipalRelation) === 'financiering')
      .map((o) => ({ id: o.id, name: o.name })),
  };
}
