/**
 * The HSDS side of the social map in the database (migration 0020): the received object and basis of
 * each entry, the loose records, and applying an import's changes in one transaction.
 */
import { sql } from '../../db/sql.ts';
import type { Database } from '../../db/client.ts';
import type { Json, LooseRecord } from '../../domain/socialmap/hsds-shapes.ts';
import type { Location, Provider, Service, ServiceLocation } from '../../domain/socialmap/model.ts';
import { textArray } from './store.ts';

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];
const arr = (values: readonly string[]) => sql`${textArray(values)}::text[]`;
const json = (v: unknown) => sql`${v === null || v === undefined ? null : JSON.stringify(v)}::jsonb`;
const parsed = (v: unknown): Json | null => (v === null || v === undefined ? null : typeof v === 'string' ? (JSON.parse(v) as Json) : (v as Json));

export interface Kept {
  document: Json | null;
  basis: Json | null;
}

/** The received objects and bases of a municipality's entries, by id. */
export async function loadKept(db: Database, municipalityCode: string): Promise<Map<string, Kept>> {
  const own = sql`organisation_id in (select id from socialmap_organisations where municipality_code = ${municipalityCode})`;
  const rows = await db.rows<{ id: string; document: unknown; basis: unknown }>(sql`
    select id::text as id, hsds_document as document, hsds_basis as basis from socialmap_organisations where municipality_code = ${municipalityCode}
    union all select id::text, hsds_document, hsds_basis from socialmap_services where ${own}
    union all select id::text, hsds_document, hsds_basis from socialmap_locations where ${own}
    union all select sl.id::text, sl.hsds_document, sl.hsds_basis from socialmap_service_locations sl join socialmap_services s on s.id = sl.service_id where s.${own}`);
  return new Map(rows.map((r) => [r.id, { document: parsed(r.document), basis: parsed(r.basis) }]));
}

export async function loadRecords(db: Database, municipalityCode: string): Promise<LooseRecord[]> {
  const rows = await db.rows<{ table: string; id: string; record: unknown }>(sql`select table_name as "table", id, record from socialmap_hsds_records
    where municipality_code = ${municipalityCode} order by table_name, position, id`);
  return rows.map((r) => ({ table: r.table, id: r.id, record: parsed(r.record)! }));
}

/** Ids in the import that belong to entries of another municipality's map. */
export async function foreignIds(db: Database, municipalityCode: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.rows<{ id: string }>(sql`
    select o.id::text as id from socialmap_organisations o where o.id = any(${arr(ids)}::uuid[]) and o.municipality_code <> ${municipalityCode}
    union all select s.id::text from socialmap_services s join socialmap_organisations o on o.id = s.organisation_id where s.id = any(${arr(ids)}::uuid[]) and o.municipality_code <> ${municipalityCode}
    union all select l.id::text from socialmap_locations l join socialmap_organisations o on o.id = l.organisation_id where l.id = any(${arr(ids)}::uuid[]) and o.municipality_code <> ${municipalityCode}
    union all select sl.id::text from socialmap_service_locations sl join socialmap_services s on s.id = sl.service_id join socialmap_organisations o on o.id = s.organisation_id
      where sl.id = any(${arr(ids)}::uuid[]) and o.municipality_code <> ${municipalityCode}`);
  return new Set(rows.map((r) => r.id));
}

export interface Entry<T> {
  value: T;
  document: Json;
  basis: Json;
  isNew: boolean;
}
export interface Changes {
  providers: Entry<Provider>[];
  services: Entry<Service>[];
  locations: Entry<Location>[];
  serviceLocations: Entry<ServiceLocation>[];
  removed: { providers: string[]; services: string[]; locations: string[]; serviceLocations: string[] };
  /** Complete shapes replace the loose records; the others add and change them. */
  records: { replace: boolean; items: LooseRecord[] };
}

/** Applies an import's changes, all or nothing. */
export async function applyChanges(db: Database, municipalityCode: string, c: Changes): Promise<void> {
  await db.transaction(async (tx) => {
    const ids = (list: string[]) => arr(list);
    if (c.removed.serviceLocations.length) await tx.execute(sql`delete from socialmap_service_locations where id = any(${ids(c.removed.serviceLocations)}::uuid[])`);
    if (c.removed.services.length) await tx.execute(sql`delete from socialmap_services where id = any(${ids(c.removed.services)}::uuid[])`);
    if (c.removed.locations.length) await tx.execute(sql`delete from socialmap_locations where id = any(${ids(c.removed.locations)}::uuid[])`);
    if (c.removed.providers.length) await tx.execute(sql`delete from socialmap_organisations where id = any(${ids(c.removed.providers)}::uuid[])`);
    for (const e of c.providers) await writeProvider(tx, municipalityCode, e);
    for (const e of c.locations) await writeLocation(tx, e);
    for (const e of c.services) await writeService(tx, e);
    for (const e of c.serviceLocations) {
      const sl = e.value;
      // One link per service and location: a link under another id (made in Naast) gives way to the received one.
      await tx.execute(sql`delete from socialmap_service_locations where service_id = ${sl.serviceId}::uuid and location_id = ${sl.locationId}::uuid and id <> ${sl.id}::uuid`);
      await tx.execute(sql`insert into socialmap_service_locations (id, service_id, location_id, hsds_document, hsds_basis)
        values (${sl.id}::uuid, ${sl.serviceId}::uuid, ${sl.locationId}::uuid, ${json(e.document)}, ${json(e.basis)})
        on conflict (id) do update set service_id = excluded.service_id, location_id = excluded.location_id, hsds_document = excluded.hsds_document, hsds_basis = excluded.hsds_basis`);
    }
    if (c.records.replace) await tx.execute(sql`delete from socialmap_hsds_records where municipality_code = ${municipalityCode}`);
    let position = 0;
    for (const r of c.records.items) {
      await tx.execute(sql`insert into socialmap_hsds_records (municipality_code, table_name, id, record, position)
        values (${municipalityCode}, ${r.table}, ${r.id}, ${json(r.record)}, ${position++})
        on conflict (municipality_code, table_name, id) do update set record = excluded.record, position = excluded.position`);
    }
  });
}

async function writeProvider(tx: Tx, municipalityCode: string, e: Entry<Provider>): Promise<void> {
  const p = e.value;
  if (e.isNew) {
    await tx.execute(sql`insert into socialmap_organisations (id, name, kind, municipality_code) values (${p.id}::uuid, ${p.name}, ${p.kind}, ${municipalityCode})`);
  } else {
    await tx.execute(sql`update socialmap_organisations set version = version + 1, updated_at = now() where id = ${p.id}::uuid`);
  }
  await tx.execute(sql`update socialmap_organisations set name = ${p.name}, description = ${p.description}, kind = ${p.kind}, email = ${p.email},
    website = ${p.website}, phone = ${p.phone}, staffing = ${p.staffing}, hsds_document = ${json(e.document)}, hsds_basis = ${json(e.basis)} where id = ${p.id}::uuid`);
  await tx.execute(sql`delete from socialmap_relations where organisation_id = ${p.id}::uuid`);
  for (const r of p.relations) {
    await tx.execute(sql`insert into socialmap_relations (municipality_code, organisation_id, relation) values (${r.municipalityCode}, ${p.id}::uuid, ${r.relation})`);
  }
}

async function writeService(tx: Tx, e: Entry<Service>): Promise<void> {
  const s = e.value;
  if (e.isNew) await tx.execute(sql`insert into socialmap_services (id, organisation_id, name) values (${s.id}::uuid, ${s.providerId}::uuid, ${s.name})`);
  else await tx.execute(sql`update socialmap_services set version = version + 1, updated_at = now() where id = ${s.id}::uuid`);
  await tx.execute(sql`update socialmap_services set organisation_id = ${s.providerId}::uuid, name = ${s.name}, description = ${s.description}, status = ${s.status},
    what = ${s.what}, how = ${s.how}, target_groups = ${arr(s.targetGroups)}, age_categories = ${arr(s.ageCategories)}, life_domains = ${arr(s.lifeDomains)},
    channels = ${arr(s.channels)}, languages = ${arr(s.languages)}, phone = ${s.phone}, phone_hours = ${s.phoneHours}, email = ${s.email}, url = ${s.url},
    walk_in_hours = ${s.walkInHours}, home_visits = ${s.homeVisits}, free_of_charge = ${s.freeOfCharge}, municipality_codes = ${arr(s.municipalityCodes)},
    keywords = ${arr(s.keywords)}, hsds_document = ${json(e.document)}, hsds_basis = ${json(e.basis)} where id = ${s.id}::uuid`);
}

async function writeLocation(tx: Tx, e: Entry<Location>): Promise<void> {
  const l = e.value;
  if (e.isNew) await tx.execute(sql`insert into socialmap_locations (id, organisation_id, name) values (${l.id}::uuid, ${l.providerId}::uuid, ${l.name})`);
  else await tx.execute(sql`update socialmap_locations set version = version + 1, updated_at = now() where id = ${l.id}::uuid`);
  await tx.execute(sql`update socialmap_locations set organisation_id = ${l.providerId}::uuid, name = ${l.name}, address = ${l.address}, postal_code = ${l.postalCode},
    city = ${l.city}, municipality_code = ${l.municipalityCode}, latitude = ${l.latitude}, longitude = ${l.longitude}, accessibility = ${arr(l.accessibility)},
    accessibility_notes = ${l.accessibilityNotes}, opening_hours = ${l.openingHours}, hsds_document = ${json(e.document)}, hsds_basis = ${json(e.basis)}
    where id = ${l.id}::uuid`);
}
