/**
 * The stored social map back into every HSDS 3.0 shape: a single service, organization or
 * service_at_location document as the HSDS API returns it (parts nested), a list page, the bundle of
 * tables (JSON, as the official tabular.json) and the rows of the tabular data package (CSV).
 * Each entry is its received object with Naast's edits written in (hsds-naast.ts exportObject).
 */
import { CHILD_TABLES, isObject, type Json, type LooseRecord } from './hsds-shapes.ts';

export interface StoredEntry {
  id: string;
  doc: Json;
}
export interface StoredGraph {
  organizations: StoredEntry[];
  /** `listed`: the location was received under its organization or names it (not only reached through a service). */
  locations: (StoredEntry & { providerId: string; listed: boolean })[];
  services: (StoredEntry & { providerId: string })[];
  serviceLocations: (StoredEntry & { serviceId: string; locationId: string })[];
  records: LooseRecord[];
}

const withList = (doc: Json, key: string, items: Json[]): Json => (items.length > 0 ? { ...doc, [key]: items } : doc);

/** Builds the nested documents of the HSDS API from the stored graph. */
export class HsdsDocuments {
  private readonly org = new Map<string, StoredEntry>();
  private readonly svc = new Map<string, StoredGraph['services'][number]>();
  private readonly loc = new Map<string, StoredGraph['locations'][number]>();
  private readonly sal = new Map<string, StoredGraph['serviceLocations'][number]>();
  constructor(readonly graph: StoredGraph) {
    for (const o of graph.organizations) this.org.set(o.id, o);
    for (const s of graph.services) this.svc.set(s.id, s);
    for (const l of graph.locations) this.loc.set(l.id, l);
    for (const sl of graph.serviceLocations) this.sal.set(sl.id, sl);
  }

  location(id: string): Json | undefined {
    return this.loc.get(id)?.doc;
  }

  /** An organization with its locations and (for the organization endpoint) its services. */
  organization(id: string, withServices = true): Json | undefined {
    const o = this.org.get(id);
    if (!o) return undefined;
    const locations = this.graph.locations.filter((l) => l.providerId === id && l.listed).map((l) => l.doc);
    let doc = withList(o.doc, 'locations', locations);
    if (withServices) doc = withList(doc, 'services', this.graph.services.filter((s) => s.providerId === id).map((s) => this.service(s.id, false)).filter((d): d is Json => d !== undefined));
    return doc;
  }

  /** A service with its service_at_locations (each with its location) and its organization. */
  service(id: string, withOrganization = true): Json | undefined {
    const s = this.svc.get(id);
    if (!s) return undefined;
    const links = this.graph.serviceLocations.filter((sl) => sl.serviceId === id).map((sl) => this.serviceAtLocation(sl.id, false)).filter((d): d is Json => d !== undefined);
    let doc = withList(s.doc, 'service_at_locations', links);
    if (withOrganization) {
      const organization = this.organization(s.providerId, false);
      if (organization) doc = { ...doc, organization };
    }
    return doc;
  }

  /** A service_at_location with its location and (for its own endpoint) its service. */
  serviceAtLocation(id: string, withService = true): Json | undefined {
    const sl = this.sal.get(id);
    if (!sl) return undefined;
    let doc: Json = sl.doc;
    const location = this.location(sl.locationId);
    if (location) doc = { ...doc, location };
    if (withService) {
      const service = this.service(sl.serviceId, true);
      if (service) {
        const { service_at_locations: _links, ...rest } = service;
        doc = { ...doc, service: rest };
      }
    }
    return doc;
  }

  /** A list page of the HSDS API holding every item (one page). */
  page(kind: 'services' | 'organizations' | 'service_at_locations'): Json {
    const contents =
      kind === 'services'
        ? this.graph.services.flatMap((s) => this.service(s.id) ?? [])
        : kind === 'organizations'
          ? this.graph.organizations.flatMap((o) => this.organization(o.id) ?? [])
          : this.graph.serviceLocations.flatMap((sl) => this.serviceAtLocation(sl.id) ?? []);
    return { total_items: contents.length, total_pages: 1, page_number: 1, size: contents.length, first_page: true, last_page: true, empty: contents.length === 0, contents };
  }

  /** Every table as flat rows (the tabular form), each row once, with the columns that link it to its parent. */
  tables(): Record<string, Json[]> {
    const out = new Map<string, Map<string, Json>>();
    const emit = (table: string, row: Json) => {
      const rows = out.get(table) ?? new Map<string, Json>();
      out.set(table, rows);
      const id = typeof row.id === 'string' ? row.id : `#${rows.size}`;
      if (!rows.has(id)) rows.set(id, row);
    };
    const flat = (table: string, doc: Json, links: Json): void => {
      const row: Json = {};
      for (const [k, v] of Object.entries(doc)) if (!Array.isArray(v) && !isObject(v)) row[k] = v;
      for (const [k, v] of Object.entries(links)) if (row[k] === undefined || row[k] === null || row[k] === '') row[k] = v;
      const fk = FOREIGN_KEY[table];
      for (const [key, value] of Object.entries(doc)) {
        const childTable = CHILD_BY_KEY[key];
        if (childTable && Array.isArray(value)) {
          for (const child of value.filter(isObject)) flat(childTable, child, childLinks(childTable, fk, doc.id));
        } else if (key === 'taxonomy_term' && isObject(value)) {
          const { taxonomy_detail: detail, ...term } = value;
          if (isObject(detail)) emit('taxonomies', detail);
          flat('taxonomy_terms', term, isObject(detail) && detail.id ? { taxonomy_id: detail.id } : {});
          if (row.taxonomy_term_id === undefined && value.id) row.taxonomy_term_id = value.id;
        } else if (key === 'program' && isObject(value)) {
          emit('programs', { ...value, ...(value.organization_id === undefined && links.organization_id ? { organization_id: links.organization_id } : {}) });
          if (row.program_id === undefined && value.id) row.program_id = value.id;
        }
      }
      emit(table, row);
    };
    for (const o of this.graph.organizations) flat('organizations', o.doc, {});
    for (const s of this.graph.services) flat('services', s.doc, { organization_id: s.providerId });
    for (const l of this.graph.locations) flat('locations', l.doc, { organization_id: l.providerId });
    for (const sl of this.graph.serviceLocations) flat('service_at_location', sl.doc, { service_id: sl.serviceId, location_id: sl.locationId });
    for (const r of this.graph.records) emit(r.table, r.record);
    return Object.fromEntries([...out].map(([table, rows]) => [table, [...rows.values()]]));
  }
}

/** The column a child row uses to point at a row of this table. */
const FOREIGN_KEY: Record<string, string> = {
  organizations: 'organization_id', services: 'service_id', locations: 'location_id', service_at_location: 'service_at_location_id',
  contacts: 'contact_id', phones: 'phone_id',
};
const CHILD_BY_KEY: Record<string, string> = Object.fromEntries(Object.entries(CHILD_TABLES).map(([table, c]) => [c.key, table]));

function childLinks(childTable: string, fk: string | undefined, parentId: unknown): Json {
  if (typeof parentId !== 'string') return {};
  if (childTable === 'attributes') return { link_id: parentId };
  if (childTable === 'metadata') return { resource_id: parentId };
  // Only columns the child table has (a language has no contact_id).
  return fk && CHILD_TABLES[childTable]!.parents.some(([column]) => column === fk) ? { [fk]: parentId } : {};
}

/** The bundle of tables as the official `tabular.json`: one `<table>.csv` key per table. */
export function tabularBundle(docs: HsdsDocuments): Record<string, Json[]> {
  return Object.fromEntries(Object.entries(docs.tables()).map(([table, rows]) => [`${table}.csv`, rows]));
}

/** A Frictionless tabular data package descriptor for the CSV files. */
export function dataPackage(name: string, tables: string[]): Json {
  return {
    profile: 'tabular-data-package',
    name,
    title: 'Open Referral HSDS 3.0',
    resources: tables.map((table) => ({ name: table, path: `${table}.csv`, profile: 'tabular-data-resource', format: 'csv', mediatype: 'text/csv', encoding: 'utf-8' })),
  };
}
