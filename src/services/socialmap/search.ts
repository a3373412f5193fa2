/**
 * The public search: one set-based query narrows by municipality, filters and place (arrays and
 * indexes in SQL), brings each service's provider and locations along as JSON, and the domain ranks
 * the candidates by the resident's words. No query per result.
 */
import { sql, type SQL } from '../../db/sql.ts';
import type { Database } from '../../db/client.ts';
import { rank } from '../../domain/socialmap/search.ts';
import type { Location, Provider, Service } from '../../domain/socialmap/model.ts';
import type { AgeCategory } from '../../domain/cases/model.ts';
import { SocialMapNotFoundError, textArray } from './store.ts';

export interface SearchFilters {
  question?: string | undefined;
  municipalityCode?: string | undefined;
  place?: string | undefined;
  ageCategory?: AgeCategory | undefined;
  targetGroup?: string | undefined;
  lifeDomain?: string | undefined;
  channel?: string | undefined;
}

/** A service as a resident sees it: with its provider and where to go. */
export interface PublicService extends Service {
  provider: Pick<Provider, 'id' | 'name' | 'kind' | 'website' | 'phone' | 'email' | 'staffing'>;
  locations: Location[];
  providerName: string;
}

const json = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;

interface Row extends Service {
  provider: unknown;
  locations: unknown;
}

const select = sql`select s.id::text as id, s.organisation_id::text as "providerId", s.name, s.description, s.status, s.what, s.how,
  s.target_groups as "targetGroups", s.age_categories as "ageCategories", s.life_domains as "lifeDomains", s.channels, s.languages,
  s.phone, s.phone_hours as "phoneHours", s.email, s.url, s.walk_in_hours as "walkInHours", s.home_visits as "homeVisits",
  s.free_of_charge as "freeOfCharge", s.municipality_codes as "municipalityCodes", s.keywords,
  json_build_object('id', o.id::text, 'name', o.name, 'kind', o.kind, 'website', o.website, 'phone', o.phone, 'email', o.email, 'staffing', o.staffing) as provider,
  coalesce((select json_agg(json_build_object('id', l.id::text, 'providerId', l.organisation_id::text, 'name', l.name, 'address', l.address,
      'postalCode', l.postal_code, 'city', l.city, 'municipalityCode', l.municipality_code, 'latitude', l.latitude, 'longitude', l.longitude,
      'accessibility', l.accessibility, 'accessibilityNotes', l.accessibility_notes, 'openingHours', l.opening_hours) order by l.name, l.id)
    from socialmap_service_locations sl join socialmap_locations l on l.id = sl.location_id where sl.service_id = s.id), '[]'::json) as locations
  from socialmap_services s join socialmap_organisations o on o.id = s.organisation_id`;

function toPublic(row: Row): PublicService {
  const { provider, locations, ...service } = row;
  const p = json<PublicService['provider']>(provider);
  const locs = json<(Location & { latitude: unknown; longitude: unknown })[]>(locations).map((l) => ({
    ...l,
    latitude: l.latitude === null ? null : Number(l.latitude),
    longitude: l.longitude === null ? null : Number(l.longitude),
  }));
  return { ...service, provider: p, providerName: p.name, locations: locs };
}

/**
 * Empty target groups, ages or domains mean "for everyone": such a service matches any filter on
 * them. A place matches a location's city, or a municipality of the service area by name.
 */
export async function searchServices(db: Database, filters: SearchFilters): Promise<PublicService[]> {
  const where: SQL[] = [sql`s.status in ('active', 'temporarily closed')`];
  if (filters.municipalityCode) where.push(sql`s.municipality_codes @> ${textArray([filters.municipalityCode])}::text[]`);
  const anyOrEmpty = (column: SQL, value: string | undefined) => {
    if (value) where.push(sql`(cardinality(${column}) = 0 or ${column} @> ${textArray([value])}::text[])`);
  };
  anyOrEmpty(sql`s.age_categories`, filters.ageCategory);
  anyOrEmpty(sql`s.target_groups`, filters.targetGroup);
  anyOrEmpty(sql`s.life_domains`, filters.lifeDomain);
  if (filters.channel) where.push(sql`s.channels @> ${textArray([filters.channel])}::text[]`);
  const place = filters.place?.trim().toLowerCase();
  if (place) {
    where.push(sql`(exists (select 1 from socialmap_service_locations sl join socialmap_locations l on l.id = sl.location_id
        where sl.service_id = s.id and lower(l.city) = ${place})
      or exists (select 1 from municipalities m where m.code = any(s.municipality_codes) and lower(m.name) = ${place}))`);
  }
  const rows = await db.rows<Row>(sql`${select} where ${sql.join(where, sql` and `)}`);
  return rank(filters.question ?? '', rows.map(toPublic));
}

/** One service with provider and locations, for the detail page. */
export async function publicService(db: Database, id: string): Promise<PublicService> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw new SocialMapNotFoundError();
  const [row] = await db.rows<Row>(sql`${select} where s.id = ${id}::uuid`);
  if (!row) throw new SocialMapNotFoundError();
  return toPublic(row);
}
