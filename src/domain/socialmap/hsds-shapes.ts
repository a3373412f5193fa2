/**
 * The shapes HSDS 3.0 data comes in, and one graph they all read into.
 *
 * HSDS publishes the same data as a single document of the API (a service, organization or
 * service_at_location with its parts nested), as a list page (`contents` + paging), as a bundle of
 * tables (JSON, one array per table, as in the official `tabular.json`) and as a tabular data package
 * (CSV files + datapackage.json). Naast reads each into the same graph: its four entities
 * (organization, service, location, service_at_location), each kept as the object it was received in
 * (minus the other entities nested in it, which become entities of their own), and the records that
 * belong to none of them (taxonomies, taxonomy terms, table descriptions, rows whose parent is not in
 * the data). The graph goes back into any shape (hsds-export.ts). Profile: docs/hsds-profile-nl.md.
 */
export type Json = Record<string, unknown>;
export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export type EntityKind = 'organization' | 'service' | 'location' | 'service_at_location';
export type Shape = 'kaart' | 'tabellen' | 'datapakket' | 'dienst' | 'organisatie' | 'dienstLocatie' | 'locatie' | 'lijst' | 'taxonomie' | 'term';

/** A path into the received data: keys and array indexes. */
export type Path = (string | number)[];
export const formatPath = (path: Path): string =>
  '$' + path.map((p) => (typeof p === 'number' ? `[${p}]` : /^[A-Za-z_][A-Za-z0-9_]*$/.test(p) ? `.${p}` : `['${p}']`)).join('');

export interface HsdsIssue {
  path: string;
  message: string;
  /** May the import go on with this field left empty (the caller's choice), or must it stop? */
  skippable: boolean;
}

export interface Entity {
  kind: EntityKind;
  id: string;
  /** The object as received, without the entities nested in it. */
  doc: Json;
  path: Path;
  organizationId?: string;
  serviceId?: string;
  locationId?: string;
}
export interface LooseRecord {
  table: string;
  id: string;
  record: Json;
}
export interface Graph {
  entities: Entity[];
  records: LooseRecord[];
}

/** Entities nested inside another entity (not part of its own stored document). */
export const NESTED_ENTITIES: Record<EntityKind, readonly string[]> = {
  organization: ['services', 'locations'],
  service: ['organization', 'service_at_locations'],
  service_at_location: ['service', 'location'],
  location: [],
};

export const ENTITY_TABLES: Record<EntityKind, string> = {
  organization: 'organizations',
  service: 'services',
  location: 'locations',
  service_at_location: 'service_at_location',
};

/** The other tables: the key a row is nested under, and its parent columns, nearest parent first. */
export const CHILD_TABLES: Record<string, { key: string; parents: [column: string, table: string][] }> = {
  languages: { key: 'languages', parents: [['phone_id', 'phones'], ['location_id', 'locations'], ['service_id', 'services']] },
  phones: { key: 'phones', parents: [['contact_id', 'contacts'], ['service_at_location_id', 'service_at_location'], ['location_id', 'locations'], ['service_id', 'services'], ['organization_id', 'organizations']] },
  contacts: { key: 'contacts', parents: [['service_at_location_id', 'service_at_location'], ['location_id', 'locations'], ['service_id', 'services'], ['organization_id', 'organizations']] },
  schedules: { key: 'schedules', parents: [['service_at_location_id', 'service_at_location'], ['location_id', 'locations'], ['service_id', 'services']] },
  service_areas: { key: 'service_areas', parents: [['service_at_location_id', 'service_at_location'], ['service_id', 'services']] },
  funding: { key: 'funding', parents: [['service_id', 'services'], ['organization_id', 'organizations']] },
  cost_options: { key: 'cost_options', parents: [['service_id', 'services']] },
  required_documents: { key: 'required_documents', parents: [['service_id', 'services']] },
  addresses: { key: 'addresses', parents: [['location_id', 'locations']] },
  accessibility: { key: 'accessibility', parents: [['location_id', 'locations']] },
  programs: { key: 'programs', parents: [['organization_id', 'organizations']] },
  organization_identifiers: { key: 'organization_identifiers', parents: [['organization_id', 'organizations']] },
  attributes: { key: 'attributes', parents: [['link_id', '*']] },
  metadata: { key: 'metadata', parents: [['resource_id', '*']] },
};
/** Tables of records that hang under nothing. */
export const LOOSE_TABLES = ['taxonomies', 'taxonomy_terms', 'meta_table_descriptions'] as const;
export const ALL_TABLES = [...Object.values(ENTITY_TABLES), ...Object.keys(CHILD_TABLES), ...LOOSE_TABLES];

/** The schema file of each table (standards/hsds-3/). */
export const TABLE_SCHEMA: Record<string, string> = {
  organizations: 'organization.json', services: 'service.json', locations: 'location.json', service_at_location: 'service_at_location.json',
  languages: 'language.json', phones: 'phone.json', contacts: 'contact.json', schedules: 'schedule.json', service_areas: 'service_area.json',
  funding: 'funding.json', cost_options: 'cost_option.json', required_documents: 'required_document.json', addresses: 'address.json',
  accessibility: 'accessibility.json', programs: 'program.json', organization_identifiers: 'organization_identifier.json',
  attributes: 'attribute.json', metadata: 'metadata.json', taxonomies: 'taxonomy.json', taxonomy_terms: 'taxonomy_term.json',
  meta_table_descriptions: 'meta_table_description.json',
};

/** A table name from a bundle key: `phones.csv`, `phones`, and Naast's own `service_at_locations`. */
export function tableOf(key: string): string | undefined {
  const name = key.replace(/\.csv$/i, '').toLowerCase();
  if (name === 'service_at_locations') return 'service_at_location';
  return ALL_TABLES.includes(name) ? name : undefined;
}

// ------------------------------------------------------------------------------------------ ids

const UUID_LIKE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/**
 * Ids and references in lower case: a uuid is case-insensitive (RFC 9562 §4) and PostgreSQL stores it
 * in lower case, so `ABC…` and `abc…` are one id. Only uuid-shaped values of `id` and `…_id` keys change.
 */
export function lowerIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(lowerIds);
  if (!isObject(value)) return value;
  const out: Json = {};
  for (const [k, v] of Object.entries(value)) {
    out[k] = (k === 'id' || k.endsWith('_id')) && typeof v === 'string' && UUID_LIKE.test(v) ? v.toLowerCase() : lowerIds(v);
  }
  return out;
}

// ------------------------------------------------------------------------------------------ shape

/** What kind of single HSDS object this is, by the fields only that kind has. */
export function kindOfObject(o: Json): EntityKind | 'taxonomy' | 'taxonomy_term' | undefined {
  if (isObject(o.service) || isObject(o.location) || ('service_id' in o && 'location_id' in o)) return 'service_at_location';
  if ('status' in o || 'service_at_locations' in o || isObject(o.organization)) return 'service';
  if ('location_type' in o || 'latitude' in o || 'addresses' in o || 'transportation' in o) return 'location';
  if ('taxonomy' in o || 'term_uri' in o || 'parent_id' in o || 'code' in o || 'taxonomy_id' in o) return 'taxonomy_term';
  if (['services', 'locations', 'website', 'tax_status', 'legal_status', 'year_incorporated', 'organization_identifiers', 'programs', 'logo'].some((k) => k in o)) return 'organization';
  if ('version' in o || 'uri' in o) return 'taxonomy';
  if ('name' in o && 'description' in o) return 'organization';
  return undefined;
}

const SINGLE_SHAPE: Record<string, Shape> = { service: 'dienst', organization: 'organisatie', service_at_location: 'dienstLocatie', location: 'locatie', taxonomy: 'taxonomie', taxonomy_term: 'term' };

export function shapeOf(input: Json): Shape | undefined {
  if (Array.isArray(input.contents)) return 'lijst';
  const keys = Object.keys(input);
  if (keys.some((k) => /\.csv$/i.test(k))) return 'tabellen';
  // Naast's own bundle: lists of the tables by name (a single organization has `services` too, but also an id).
  if (Array.isArray(input.organizations) || (!('id' in input) && ['services', 'locations'].some((k) => Array.isArray(input[k])))) return 'kaart';
  const kind = kindOfObject(input);
  return kind ? SINGLE_SHAPE[kind] : undefined;
}

/** A shape that holds the whole map: what it does not name is removed. The others add and change only. */
export const isComplete = (shape: Shape): boolean => shape === 'kaart' || shape === 'tabellen' || shape === 'datapakket';

// ------------------------------------------------------------------------------------------ reading

class GraphBuilder {
  readonly entities = new Map<string, Entity>();
  readonly records: LooseRecord[] = [];
  readonly issues: HsdsIssue[] = [];

  /** `table`: read from a row of a table, where an id may occur once; nested documents may repeat an entity. */
  add(kind: EntityKind, obj: Json, path: Path, refs: Partial<Pick<Entity, 'organizationId' | 'serviceId' | 'locationId'>>, table = false): string | undefined {
    const id = typeof obj.id === 'string' ? obj.id : undefined;
    if (!id) {
      this.issues.push({ path: formatPath([...path, 'id']), message: 'De id ontbreekt: zonder id kan Naast dit niet bewaren.', skippable: false });
      return undefined;
    }
    const doc: Json = {};
    for (const [k, v] of Object.entries(obj)) if (!NESTED_ENTITIES[kind].includes(k)) doc[k] = v;
    const key = `${kind}:${id}`;
    const seen = this.entities.get(key);
    if (!seen) {
      this.entities.set(key, { kind, id, doc, path, ...definedOnly(refs) });
    } else if (table) {
      this.issues.push({ path: formatPath([...path, 'id']), message: `De id ${id} komt twee keer voor in deze tabel (ook op ${formatPath(seen.path)}).`, skippable: false });
    } else if (Object.entries(doc).some(([k, v]) => k in seen.doc && JSON.stringify(seen.doc[k]) !== JSON.stringify(v))) {
      this.issues.push({ path: formatPath(path), message: `Dit onderdeel (${id}) staat ook op ${formatPath(seen.path)}, met andere gegevens. Maak ze gelijk of laat er één weg.`, skippable: false });
    } else {
      // The same entity again (the API nests a location under its organization and its service): one entity, fields of both.
      for (const [k, v] of Object.entries(doc)) if (!(k in seen.doc)) seen.doc[k] = v;
      for (const [k, v] of Object.entries(definedOnly(refs))) if ((seen as unknown as Json)[k] === undefined) (seen as unknown as Json)[k] = v;
    }
    return id;
  }

  organization(o: Json, path: Path): string | undefined {
    const id = this.add('organization', o, path, {});
    this.each(o.services, [...path, 'services'], (s, p) => this.service(s, p, id));
    this.each(o.locations, [...path, 'locations'], (l, p) => this.location(l, p, id));
    return id;
  }

  service(s: Json, path: Path, organizationId?: string): string | undefined {
    const embedded = isObject(s.organization) ? this.organization(s.organization, [...path, 'organization']) : undefined;
    const id = this.add('service', s, path, { organizationId: str(s.organization_id) ?? embedded ?? organizationId });
    this.each(s.service_at_locations, [...path, 'service_at_locations'], (sl, p) => this.serviceAtLocation(sl, p, id));
    return id;
  }

  location(l: Json, path: Path, organizationId?: string): string | undefined {
    return this.add('location', l, path, { organizationId: str(l.organization_id) ?? organizationId });
  }

  serviceAtLocation(sl: Json, path: Path, serviceId?: string): string | undefined {
    const service = isObject(sl.service) ? this.service(sl.service, [...path, 'service']) : undefined;
    const location = isObject(sl.location) ? this.location(sl.location, [...path, 'location']) : undefined;
    return this.add('service_at_location', sl, path, { serviceId: str(sl.service_id) ?? service ?? serviceId, locationId: str(sl.location_id) ?? location });
  }

  record(table: string, row: Json, path: Path): void {
    const id = str(row.id);
    if (!id) {
      this.issues.push({ path: formatPath([...path, 'id']), message: 'De id ontbreekt: zonder id kan Naast dit niet bewaren.', skippable: false });
      return;
    }
    if (!this.records.some((r) => r.table === table && r.id === id)) this.records.push({ table, id, record: row });
  }

  each(value: unknown, path: Path, read: (item: Json, path: Path) => unknown): void {
    if (value === undefined || value === null) return;
    if (!Array.isArray(value)) {
      this.issues.push({ path: formatPath(path), message: 'Moet een lijst zijn.', skippable: false });
      return;
    }
    value.forEach((item, i) => {
      if (isObject(item)) read(item, [...path, i]);
      else this.issues.push({ path: formatPath([...path, i]), message: 'Moet een object zijn.', skippable: false });
    });
  }

  single(kind: ReturnType<typeof kindOfObject>, o: Json, path: Path): void {
    if (kind === 'organization') this.organization(o, path);
    else if (kind === 'service') this.service(o, path);
    else if (kind === 'location') this.location(o, path);
    else if (kind === 'service_at_location') this.serviceAtLocation(o, path);
    else if (kind === 'taxonomy') this.record('taxonomies', o, path);
    else if (kind === 'taxonomy_term') this.record('taxonomy_terms', o, path);
    else this.issues.push({ path: formatPath(path), message: 'Onbekend soort HSDS-object: geen service, organization, location, service_at_location of taxonomie.', skippable: false });
  }
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const definedOnly = <T extends object>(o: T): Partial<T> => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

/**
 * Rows of a bundle of tables nested under their parents, as the API would nest them. A row whose parent
 * is not in the data stays a loose record of its table, so nothing is lost.
 */
function nestTables(tables: Map<string, { rows: Json[]; key: string }>, b: GraphBuilder): void {
  const byTable = new Map<string, Map<string, Json>>();
  const anyId = new Map<string, Json>();
  for (const [table, { rows }] of tables) {
    const index = new Map<string, Json>();
    for (const row of rows) {
      const id = str(row.id);
      if (id && !index.has(id)) index.set(id, row);
      if (id && !anyId.has(id)) anyId.set(id, row);
    }
    byTable.set(table, index);
  }
  const orphans = new Set<Json>();
  for (const [table, { rows }] of tables) {
    const child = CHILD_TABLES[table];
    if (!child) continue;
    for (const row of rows) {
      let parent: Json | undefined;
      for (const [column, parentTable] of child.parents) {
        const ref = str(row[column]);
        if (!ref) continue;
        parent = parentTable === '*' ? anyId.get(ref) : byTable.get(parentTable)?.get(ref);
        if (parent && parent !== row) break;
        parent = undefined;
      }
      if (parent) {
        const list = (parent[child.key] as Json[] | undefined) ?? [];
        parent[child.key] = list;
        list.push(row);
      } else orphans.add(row);
    }
  }
  for (const [table, { rows, key }] of tables) {
    rows.forEach((row, i) => {
      const path: Path = [key, i];
      if (table === 'organizations') b.add('organization', row, path, {}, true);
      else if (table === 'services') b.add('service', row, path, { organizationId: str(row.organization_id) }, true);
      else if (table === 'locations') b.add('location', row, path, { organizationId: str(row.organization_id) }, true);
      else if (table === 'service_at_location') b.add('service_at_location', row, path, { serviceId: str(row.service_id), locationId: str(row.location_id) }, true);
      else if (!CHILD_TABLES[table] || orphans.has(row)) b.record(table, row, path);
    });
  }
}

/**
 * Reads HSDS data of any shape (ids already in lower case) into the graph. Problems of structure
 * (no id, a list that is not one) come back with their JSON path; values are checked in hsds-check.ts.
 */
export function readGraph(input: Json, shape: Shape): Graph & { issues: HsdsIssue[] } {
  const b = new GraphBuilder();
  if (shape === 'lijst') {
    b.each(input.contents, ['contents'], (item, path) => b.single(kindOfObject(item), item, path));
  } else if (shape === 'kaart' || shape === 'tabellen' || shape === 'datapakket') {
    const tables = new Map<string, { rows: Json[]; key: string }>();
    for (const [key, value] of Object.entries(input)) {
      const known = tableOf(key);
      // A table of a later version or an extension is kept as it came (loose records under its own name).
      const table = known ?? (Array.isArray(value) && value.every(isObject) && key !== 'meta' ? key.replace(/\.csv$/i, '') : undefined);
      if (!table) continue;
      if (!Array.isArray(value)) {
        b.issues.push({ path: formatPath([key]), message: 'Moet een lijst (tabel) zijn.', skippable: false });
        continue;
      }
      const rows = value.filter((row, i) => {
        if (isObject(row)) return true;
        b.issues.push({ path: formatPath([key, i]), message: 'Moet een object (rij) zijn.', skippable: false });
        return false;
      }) as Json[];
      // Entities in Naast's own bundle carry their parts nested already; nestTables adds the flat rows.
      tables.set(table, { rows: rows.map((r) => ({ ...r })), key });
    }
    nestTables(tables, b);
    // Entities nested inside rows of an entity table (e.g. services under an organization) are entities too.
    for (const e of [...b.entities.values()]) {
      if (e.kind === 'organization') {
        const row = tables.get('organizations')?.rows.find((r) => r.id === e.id);
        if (row) {
          b.each(row.services, [...e.path, 'services'], (s, p) => b.service(s, p, e.id));
          b.each(row.locations, [...e.path, 'locations'], (l, p) => b.location(l, p, e.id));
        }
      }
    }
  } else {
    b.single(kindOfObject(input), input, []);
  }
  return { entities: [...b.entities.values()], records: b.records, issues: b.issues };
}

/** Which keys of a received object are rows of another table (nested lists and objects). */
export const isNested = (value: unknown): boolean => Array.isArray(value) || isObject(value);
