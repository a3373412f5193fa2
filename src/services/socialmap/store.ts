/**
 * The social map in the database (migration 0009): read a municipality's map in a few set-based
 * queries, write one entry with optimistic concurrency, or replace the whole map (imports).
 */
import crypto from 'node:crypto';
import { sql, type SQL } from '../../db/sql.ts';
import type { Database } from '../../db/client.ts';
import { listMunicipalities } from '../../db/register/queries.ts';
import {
  isUuid,
  validateLocation,
  validateProvider,
  validateService,
  validateSocialMap,
  type Issue,
  type Location,
  type Provider,
  type Service,
  type ServiceLocation,
  type SocialMapData,
} from '../../domain/socialmap/model.ts';
import { ConflictError, InvalidInputError, NotFoundError } from '../../domain/errors.ts';

export class SocialMapNotFoundError extends NotFoundError {
  constructor(what = 'Niet gevonden.') {
    super(what);
  }
}
export class SocialMapConflictError extends ConflictError {
  constructor() {
    super('Deze gegevens zijn intussen door iemand anders gewijzigd. Laad ze opnieuw en probeer het nog eens.', { reason: 'stale' });
  }
}
/** Input that cannot be stored; lists every problem, with the field's path. */
export class SocialMapInputError extends InvalidInputError {
  constructor(readonly issues: Issue[], message?: string) {
    super(issues.map((i) => ({ field: i.path, message: i.message })), message === undefined ? {} : { message });
  }
}

type Executor = { execute(query: SQL): Promise<unknown> };
const rowsOf = async <T>(tx: Executor, query: SQL): Promise<T[]> => ((await tx.execute(query)) as { rows: T[] }).rows;

/** A text[] literal: `{"a","b"}` with quotes and backslashes escaped (sql.array does the same for text). */
export function textArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}
const arr = (values: readonly string[]) => sql`${textArray(values)}::text[]`;
const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/** Every municipality code that ever existed (2013 and 2014 divisions), for validation. */
export async function knownMunicipalities(db: Database): Promise<Set<string>> {
  const codes = new Set<string>();
  for (const year of [2013, 2014]) for (const m of await listMunicipalities(db, { divisionYear: year })) codes.add(m.code);
  return codes;
}

export const newId = (): string => crypto.randomUUID();

// ----------------------------------------------------------------------------------------------- reading

interface Versioned<T> {
  value: T;
  version: number;
}

const providerSelect = sql`select o.id::text as id, o.name, o.description, o.kind, o.email, o.website, o.phone, o.staffing,
  o.municipality_code as "municipalityCode", o.version,
  coalesce((select json_agg(json_build_object('municipalityCode', r.municipality_code, 'relation', r.relation) order by r.municipality_code)
    from socialmap_relations r where r.organisation_id = o.id), '[]'::json) as relations
  from socialmap_organisations o`;

interface ProviderRow extends Omit<Provider, 'relations'> {
  relations: unknown;
  version: number;
}
const toProvider = (r: ProviderRow): Versioned<Provider> => ({
  value: {
    id: r.id, name: r.name, description: r.description, kind: r.kind, email: r.email, website: r.website, phone: r.phone,
    staffing: r.staffing, municipalityCode: r.municipalityCode,
    relations: (typeof r.relations === 'string' ? JSON.parse(r.relations) : r.relations) as Provider['relations'],
  },
  version: r.version,
});

const serviceSelect = sql`select s.id::text as id, s.organisation_id::text as "providerId", s.name, s.description, s.status, s.what, s.how,
  s.target_groups as "targetGroups", s.age_categories as "ageCategories", s.life_domains as "lifeDomains", s.channels, s.languages,
  s.phone, s.phone_hours as "phoneHours", s.email, s.url, s.walk_in_hours as "walkInHours", s.home_visits as "homeVisits",
  s.free_of_charge as "freeOfCharge", s.municipality_codes as "municipalityCodes", s.keywords, s.version
  from socialmap_services s`;
type ServiceRow = Service & { version: number };
const toService = ({ version, ...value }: ServiceRow): Versioned<Service> => ({ value, version });

const locationSelect = sql`select l.id::text as id, l.organisation_id::text as "providerId", l.name, l.address, l.postal_code as "postalCode", l.city,
  l.municipality_code as "municipalityCode", l.latitude, l.longitude, l.accessibility, l.accessibility_notes as "accessibilityNotes",
  l.opening_hours as "openingHours", l.version from socialmap_locations l`;
type LocationRow = Omit<Location, 'latitude' | 'longitude'> & { latitude: unknown; longitude: unknown; version: number };
const toLocation = ({ version: _version, ...r }: LocationRow): Location => ({ ...r, latitude: num(r.latitude), longitude: num(r.longitude) });

/**
 * The social map a municipality maintains: its providers with all their services, locations and
 * links, in a stable order (so exports are reproducible). Four queries, whatever the size.
 */
export async function loadMap(db: Database, municipalityCode: string): Promise<SocialMapData & { versions: Map<string, number> }> {
  const own = sql`organisation_id in (select id from socialmap_organisations where municipality_code = ${municipalityCode})`;
  const providers = (await db.rows<ProviderRow>(sql`${providerSelect} where o.municipality_code = ${municipalityCode} order by o.name, o.id`)).map(toProvider);
  const services = (await db.rows<ServiceRow>(sql`${serviceSelect} where s.${own} order by s.name, s.id`)).map(toService);
  const locationRows = await db.rows<LocationRow>(sql`${locationSelect} where l.${own} order by l.name, l.id`);
  const locations = locationRows.map(toLocation);
  const serviceLocations = await db.rows<ServiceLocation>(sql`select sl.id::text as id, sl.service_id::text as "serviceId", sl.location_id::text as "locationId"
    from socialmap_service_locations sl join socialmap_services s on s.id = sl.service_id
    where s.${own} order by sl.service_id, sl.location_id`);
  const versions = new Map<string, number>([...[...providers, ...services].map((v): [string, number] => [v.value.id, v.version]), ...locationRows.map((l): [string, number] => [l.id, l.version])]);
  return { providers: providers.map((p) => p.value), services: services.map((s) => s.value), locations, serviceLocations, versions };
}

export async function getProvider(db: Database, id: string): Promise<Versioned<Provider>> {
  if (!isUuid(id)) throw new SocialMapNotFoundError();
  const [row] = await db.rows<ProviderRow>(sql`${providerSelect} where o.id = ${id}::uuid`);
  if (!row) throw new SocialMapNotFoundError();
  return toProvider(row);
}

export async function getService(db: Database, id: string): Promise<Versioned<Service> & { locationIds: string[] }> {
  if (!isUuid(id)) throw new SocialMapNotFoundError();
  const [row] = await db.rows<ServiceRow>(sql`${serviceSelect} where s.id = ${id}::uuid`);
  if (!row) throw new SocialMapNotFoundError();
  const links = await db.rows<{ id: string }>(sql`select location_id::text as id from socialmap_service_locations where service_id = ${id}::uuid order by location_id`);
  return { ...toService(row), locationIds: links.map((l) => l.id) };
}

export async function getLocation(db: Database, id: string): Promise<Versioned<Location>> {
  if (!isUuid(id)) throw new SocialMapNotFoundError();
  const [row] = await db.rows<LocationRow>(sql`${locationSelect} where l.id = ${id}::uuid`);
  if (!row) throw new SocialMapNotFoundError();
  return { value: toLocation(row), version: row.version };
}

/** The municipality that maintains an entry (for the access check); undefined when it does not exist. */
export async function maintainerOf(db: Database, kind: 'provider' | 'service' | 'location' | 'faq', id: string): Promise<string | undefined> {
  if (!isUuid(id)) return undefined;
  const query = {
    provider: sql`select municipality_code as code from socialmap_organisations where id = ${id}::uuid`,
    service: sql`select o.municipality_code as code from socialmap_services s join socialmap_organisations o on o.id = s.organisation_id where s.id = ${id}::uuid`,
    location: sql`select o.municipality_code as code from socialmap_locations l join socialmap_organisations o on o.id = l.organisation_id where l.id = ${id}::uuid`,
    faq: sql`select municipality_code as code from socialmap_faq where id = ${id}::uuid`,
  }[kind];
  const [row] = await db.rows<{ code: string }>(query);
  return row?.code;
}

// ----------------------------------------------------------------------------------------------- writing

async function insertProvider(tx: Executor, p: Provider): Promise<void> {
  await tx.execute(sql`insert into socialmap_organisations (id, name, description, kind, email, website, phone, staffing, municipality_code)
    values (${p.id}::uuid, ${p.name}, ${p.description}, ${p.kind}, ${p.email}, ${p.website}, ${p.phone}, ${p.staffing}, ${p.municipalityCode})`);
  await insertRelations(tx, p);
}

async function insertRelations(tx: Executor, p: Provider): Promise<void> {
  for (const r of p.relations) {
    await tx.execute(sql`insert into socialmap_relations (municipality_code, organisation_id, relation) values (${r.municipalityCode}, ${p.id}::uuid, ${r.relation})`);
  }
}

const serviceColumns = (s: Service) => sql`name = ${s.name}, description = ${s.description}, status = ${s.status}, what = ${s.what}, how = ${s.how},
  target_groups = ${arr(s.targetGroups)}, age_categories = ${arr(s.ageCategories)}, life_domains = ${arr(s.lifeDomains)},
  channels = ${arr(s.channels)}, languages = ${arr(s.languages)}, phone = ${s.phone}, phone_hours = ${s.phoneHours}, email = ${s.email},
  url = ${s.url}, walk_in_hours = ${s.walkInHours}, home_visits = ${s.homeVisits}, free_of_charge = ${s.freeOfCharge},
  municipality_codes = ${arr(s.municipalityCodes)}, keywords = ${arr(s.keywords)}`;

async function insertService(tx: Executor, s: Service): Promise<void> {
  await tx.execute(sql`insert into socialmap_services (id, organisation_id, name) values (${s.id}::uuid, ${s.providerId}::uuid, ${s.name})`);
  await tx.execute(sql`update socialmap_services set ${serviceColumns(s)} where id = ${s.id}::uuid`);
}

const locationColumns = (l: Location) => sql`name = ${l.name}, address = ${l.address}, postal_code = ${l.postalCode}, city = ${l.city},
  municipality_code = ${l.municipalityCode}, latitude = ${l.latitude}, longitude = ${l.longitude}, accessibility = ${arr(l.accessibility)},
  accessibility_notes = ${l.accessibilityNotes}, opening_hours = ${l.openingHours}`;

async function insertLocation(tx: Executor, l: Location): Promise<void> {
  await tx.execute(sql`insert into socialmap_locations (id, organisation_id, name) values (${l.id}::uuid, ${l.providerId}::uuid, ${l.name})`);
  await tx.execute(sql`update socialmap_locations set ${locationColumns(l)} where id = ${l.id}::uuid`);
}

function check(issues: Issue[]): void {
  if (issues.length > 0) throw new SocialMapInputError(issues);
}

/** Raises the version of a row if it is still `expected` (undefined skips the comparison). */
type VersionedTable = 'socialmap_organisations' | 'socialmap_services' | 'socialmap_locations' | 'socialmap_faq';
async function bump(tx: Executor, table: VersionedTable, id: string, expected: number | undefined): Promise<number> {
  const [row] = await rowsOf<{ version: number }>(
    tx,
    sql`update ${sql.raw(table)} set version = version + 1, updated_at = now() where id = ${id}::uuid
      and (${expected ?? null}::int is null or version = ${expected ?? null}::int) returning version`,
  );
  if (!row) {
    const [exists] = await rowsOf<{ n: number }>(tx, sql`select 1 as n from ${sql.raw(table)} where id = ${id}::uuid`);
    if (exists) throw new SocialMapConflictError();
    throw new SocialMapNotFoundError();
  }
  return row.version;
}

export async function createProvider(db: Database, provider: Provider): Promise<Versioned<Provider>> {
  check(validateProvider(provider, await knownMunicipalities(db)));
  await db.transaction((tx) => insertProvider(tx, provider));
  return { value: provider, version: 1 };
}

export async function updateProvider(db: Database, provider: Provider, expected: number | undefined): Promise<Versioned<Provider>> {
  check(validateProvider(provider, await knownMunicipalities(db)));
  const version = await db.transaction(async (tx) => {
    const v = await bump(tx, 'socialmap_organisations', provider.id, expected);
    await tx.execute(sql`update socialmap_organisations set name = ${provider.name}, description = ${provider.description}, kind = ${provider.kind},
      email = ${provider.email}, website = ${provider.website}, phone = ${provider.phone}, staffing = ${provider.staffing} where id = ${provider.id}::uuid`);
    await tx.execute(sql`delete from socialmap_relations where organisation_id = ${provider.id}::uuid`);
    await insertRelations(tx, provider);
    return v;
  });
  return { value: provider, version };
}

export async function deleteProvider(db: Database, id: string, expected: number): Promise<void> {
  await removeVersioned(db, 'socialmap_organisations', id, expected);
}

/** A service must stay at locations of its own provider. */
async function checkLocations(tx: Executor, service: Service, locationIds: string[]): Promise<void> {
  const bad = locationIds.filter((id) => !isUuid(id));
  const found = bad.length ? [] : await rowsOf<{ id: string }>(tx, sql`select id::text as id from socialmap_locations where organisation_id = ${service.providerId}::uuid and id = any(${arr(locationIds)}::uuid[])`);
  const ok = new Set(found.map((r) => r.id));
  const issues = locationIds.flatMap((id, i) => (ok.has(id) ? [] : [{ path: `locaties[${i}]`, message: `Locatie ${id} hoort niet bij deze aanbieder.` }]));
  check(issues);
}

async function linkLocations(tx: Executor, serviceId: string, locationIds: string[]): Promise<void> {
  await tx.execute(sql`delete from socialmap_service_locations where service_id = ${serviceId}::uuid and not (location_id = any(${arr(locationIds)}::uuid[]))`);
  for (const locationId of locationIds) {
    await tx.execute(sql`insert into socialmap_service_locations (id, service_id, location_id) values (${newId()}::uuid, ${serviceId}::uuid, ${locationId}::uuid)
      on conflict (service_id, location_id) do nothing`);
  }
}

export async function createService(db: Database, service: Service, locationIds: string[]): Promise<Versioned<Service>> {
  check(validateService(service, await knownMunicipalities(db)));
  await db.transaction(async (tx) => {
    await checkLocations(tx, service, locationIds);
    await insertService(tx, service);
    await linkLocations(tx, service.id, locationIds);
  });
  return { value: service, version: 1 };
}

export async function updateService(db: Database, service: Service, locationIds: string[], expected: number | undefined): Promise<Versioned<Service>> {
  check(validateService(service, await knownMunicipalities(db)));
  const version = await db.transaction(async (tx) => {
    const v = await bump(tx, 'socialmap_services', service.id, expected);
    await checkLocations(tx, service, locationIds);
    await tx.execute(sql`update socialmap_services set ${serviceColumns(service)} where id = ${service.id}::uuid`);
    await linkLocations(tx, service.id, locationIds);
    return v;
  });
  return { value: service, version };
}

export async function deleteService(db: Database, id: string, expected: number): Promise<void> {
  await removeVersioned(db, 'socialmap_services', id, expected);
}

export async function createLocation(db: Database, location: Location): Promise<Versioned<Location>> {
  check(validateLocation(location, await knownMunicipalities(db)));
  await db.transaction((tx) => insertLocation(tx, location));
  return { value: location, version: 1 };
}

export async function updateLocation(db: Database, location: Location, expected: number | undefined): Promise<Versioned<Location>> {
  check(validateLocation(location, await knownMunicipalities(db)));
  const version = await db.transaction(async (tx) => {
    const v = await bump(tx, 'socialmap_locations', location.id, expected);
    await tx.execute(sql`update socialmap_locations set ${locationColumns(location)} where id = ${location.id}::uuid`);
    return v;
  });
  return { value: location, version };
}

/** Deletes a row only at the version the caller saw (a delete always needs If-Match). */
export async function removeVersioned(db: Database, table: VersionedTable, id: string, expected: number): Promise<void> {
  if (!isUuid(id)) throw new SocialMapNotFoundError();
  const [row] = await db.rows<{ id: string }>(sql`delete from ${sql.raw(table)} where id = ${id}::uuid and version = ${expected} returning id::text as id`);
  if (row) return;
  const [exists] = await db.rows<{ n: number }>(sql`select 1 as n from ${sql.raw(table)} where id = ${id}::uuid`);
  throw exists ? new SocialMapConflictError() : new SocialMapNotFoundError();
}

export async function deleteLocation(db: Database, id: string, expected: number): Promise<void> {
  await removeVersioned(db, 'socialmap_locations', id, expected);
}

/**
 * Replaces everything `municipalityCode` maintains by `map`, all or nothing: validated as a whole
 * first, ids that belong to another municipality's entries refused with their path.
 */
export async function replaceMap(
  db: Database,
  municipalityCode: string,
  map: SocialMapData,
  pathOf: (path: string) => string = (p) => p,
  names?: Parameters<typeof validateSocialMap>[2],
  /** Problems the caller found already (e.g. reading a file): reported together with these, all at once. */
  earlier: Issue[] = [],
): Promise<void> {
  const issues = validateSocialMap(map, await knownMunicipalities(db), names);
  const n = names ?? { providers: 'aanbieders', services: 'diensten', locations: 'locaties', serviceLocations: 'dienstLocaties' };
  const ids = [...map.providers, ...map.services, ...map.locations, ...map.serviceLocations].map((x) => x.id).filter(isUuid);
  if (ids.length > 0) {
    const foreign = await db.rows<{ id: string }>(sql`
      select o.id::text as id from socialmap_organisations o where o.id = any(${arr(ids)}::uuid[]) and o.municipality_code <> ${municipalityCode}
      union all select s.id::text from socialmap_services s join socialmap_organisations o on o.id = s.organisation_id where s.id = any(${arr(ids)}::uuid[]) and o.municipality_code <> ${municipalityCode}
      union all select l.id::text from socialmap_locations l join socialmap_organisations o on o.id = l.organisation_id where l.id = any(${arr(ids)}::uuid[]) and o.municipality_code <> ${municipalityCode}
      union all select sl.id::text from socialmap_service_locations sl join socialmap_services s on s.id = sl.service_id join socialmap_organisations o on o.id = s.organisation_id
        where sl.id = any(${arr(ids)}::uuid[]) and o.municipality_code <> ${municipalityCode}`);
    const taken = new Set(foreign.map((f) => f.id));
    const collections = [[n.providers, map.providers], [n.services, map.services], [n.locations, map.locations], [n.serviceLocations, map.serviceLocations]] as const;
    for (const [name, items] of collections) {
      items.forEach((item, i) => {
        if (taken.has(item.id)) issues.push({ path: `${name}[${i}].id`, message: `De id ${item.id} hoort bij de sociale kaart van een andere gemeente.` });
      });
    }
  }
  if (issues.length > 0 || earlier.length > 0) {
    const seen = new Set(earlier.map((i) => i.path));
    const mapped = issues.map((i) => ({ ...i, path: pathOf(i.path) })).filter((i) => !seen.has(i.path));
    throw new SocialMapInputError([...earlier, ...mapped]);
  }
  await db.transaction(async (tx) => {
    await tx.execute(sql`delete from socialmap_organisations where municipality_code = ${municipalityCode}`);
    for (const p of map.providers) await insertProvider(tx, { ...p, municipalityCode });
    for (const l of map.locations) await insertLocation(tx, l);
    for (const s of map.services) await insertService(tx, s);
    for (const sl of map.serviceLocations) {
      await tx.execute(sql`insert into socialmap_service_locations (id, service_id, location_id) values (${sl.id}::uuid, ${sl.serviceId}::uuid, ${sl.locationId}::uuid)`);
    }
  });
}
