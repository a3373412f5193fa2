/**
 * The HSDS 3.0 API's view of one municipality's public social map (issue 24 §4), pure: which
 * entities are public, how the API nests or flattens them, its filters and its page envelope.
 *
 * Input is whatever the HSDS export produces (src/services/socialmap/hsds.ts); entities are handled
 * as open records, so every field the export carries — including the ones a lossless export adds —
 * reaches the API unchanged. Shapes follow the specification's compiled schemas
 * (standards/hsds-3/openapi.json → schema/compiled/*.json): a list gives the one-to-one fields of
 * an entity (`*_list.json`), a single entity is fully nested (`service.json`, `organization.json`,
 * `service_at_location.json`).
 */
import { queryTerms, words, wordsMatch } from './search.ts';

export type Entity = Record<string, unknown> & { id: string };

/** The tables of an HSDS export document that the API serves (other keys, e.g. `meta`, are ignored). */
export interface HsdsTables {
  organizations: readonly Entity[];
  services: readonly Entity[];
  locations: readonly Entity[];
  service_at_locations: readonly Entity[];
  taxonomies: readonly Entity[];
  taxonomy_terms: readonly Entity[];
}

/** What one municipality publishes, as the HSDS API serves it. Services keep the order they were given in. */
export interface PublicHsds {
  services: Entity[];
  organizations: Entity[];
  locations: Entity[];
  serviceAtLocations: Entity[];
  taxonomies: Entity[];
  taxonomyTerms: Entity[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const sameId = (a: unknown, b: string): boolean => typeof a === 'string' && a.toLowerCase() === b.toLowerCase();

/** One entry per id, first wins (the same taxonomy comes in every export document). */
function unique(entities: Iterable<Entity>): Entity[] {
  const seen = new Map<string, Entity>();
  for (const e of entities) if (!seen.has(e.id.toLowerCase())) seen.set(e.id.toLowerCase(), e);
  return [...seen.values()];
}

/**
 * The public part of one or more export documents: the services listed in `publicServiceIds` (in
 * that order; the caller decides what residents of the municipality may see), their organizations,
 * the service-at-location links of those services and the locations they point at. `lastModified`
 * supplies HSDS's `last_modified` where the export has none. Taxonomies are served whole.
 */
export function publicView(documents: readonly HsdsTables[], publicServiceIds: readonly string[], lastModified: ReadonlyMap<string, string> = new Map()): PublicHsds {
  const byId = new Map<string, Entity>();
  for (const doc of documents) for (const s of doc.services) byId.set(s.id.toLowerCase(), s);
  const services = unique(
    publicServiceIds.flatMap((id) => {
      const s = byId.get(id.toLowerCase());
      if (!s) return [];
      const modified = lastModified.get(id.toLowerCase());
      return [s.last_modified === undefined && modified ? { ...s, last_modified: modified } : s];
    }),
  );
  const serviceIds = new Set(services.map((s) => s.id.toLowerCase()));
  const serviceAtLocations = unique(documents.flatMap((d) => d.service_at_locations).filter((sl) => typeof sl.service_id === 'string' && serviceIds.has(sl.service_id.toLowerCase())));
  const locationIds = new Set(serviceAtLocations.map((sl) => String(sl.location_id).toLowerCase()));
  const organizationIds = new Set(services.map((s) => String(s.organization_id ?? '').toLowerCase()));
  return {
    services,
    organizations: unique(documents.flatMap((d) => d.organizations).filter((o) => organizationIds.has(o.id.toLowerCase()))),
    locations: unique(documents.flatMap((d) => d.locations).filter((l) => locationIds.has(l.id.toLowerCase()))),
    serviceAtLocations,
    taxonomies: unique(documents.flatMap((d) => d.taxonomies)),
    taxonomyTerms: unique(documents.flatMap((d) => d.taxonomy_terms)),
  };
}

export const findById = (entities: readonly Entity[], id: string): Entity | undefined => entities.find((e) => sameId(e.id, id));

// ------------------------------------------------------------------------------------------ shapes

/** The one-to-one fields of an entity (what the `*_list.json` schemas hold): no lists, no nested objects. */
export function oneToOne(entity: Entity): Entity {
  return Object.fromEntries(Object.entries(entity).filter(([, v]) => !Array.isArray(v) && !isRecord(v))) as Entity;
}

const locationsOf = (view: PublicHsds, organizationId: string) => view.locations.filter((l) => sameId(l.organization_id, organizationId));
const linksOf = (view: PublicHsds, serviceId: string) => view.serviceAtLocations.filter((sl) => sameId(sl.service_id, serviceId));
const servicesOf = (view: PublicHsds, organizationId: string) => view.services.filter((s) => sameId(s.organization_id, organizationId));

export type NestedServices = 'none' | 'basic' | 'full';

/** An organization with its public locations and, as asked, its public services (basic: one-to-one fields; full: nested). */
export function fullOrganization(view: PublicHsds, organization: Entity, services: NestedServices): Entity {
  // A kept HSDS document may nest services of its own (an imported organization_full): never serve
  // those, only the public ones.
  const { services: _kept, ...rest } = organization;
  const nested = servicesOf(view, organization.id);
  return {
    ...rest,
    locations: locationsOf(view, organization.id),
    ...(services === 'none' ? {} : { services: nested.map((s) => (services === 'full' ? serviceWithLocations(view, s) : oneToOne(s))) }),
  } as Entity;
}

/** A service with its service_at_locations, each with its location (no organization: for nesting inside one). */
function serviceWithLocations(view: PublicHsds, service: Entity): Entity {
  return {
    ...service,
    service_at_locations: linksOf(view, service.id).map((sl) => {
      const location = findById(view.locations, String(sl.location_id));
      return { ...sl, ...(location ? { location } : {}) };
    }),
  };
}

/** `GET /services/{id}`: the service with its organization and its locations (compiled/service.json). */
export function fullService(view: PublicHsds, service: Entity): Entity {
  const organization = findById(view.organizations, String(service.organization_id ?? ''));
  return { ...serviceWithLocations(view, service), ...(organization ? { organization: fullOrganization(view, organization, 'none') } : {}) };
}

/** An item of `GET /services`: one-to-one fields with the organization's (compiled/service_list.json). */
export function listService(view: PublicHsds, service: Entity): Entity {
  const organization = findById(view.organizations, String(service.organization_id ?? ''));
  return { ...oneToOne(service), ...(organization ? { organization: oneToOne(organization) } : {}) };
}

/** `GET /service_at_locations/{id}`: the link with its full location and its service (compiled/service_at_location.json). */
export function fullServiceAtLocation(view: PublicHsds, link: Entity): Entity {
  const location = findById(view.locations, String(link.location_id));
  const service = findById(view.services, String(link.service_id));
  const organization = service && findById(view.organizations, String(service.organization_id ?? ''));
  // The link's service without links of its own (compiled/service_at_location.json has none there).
  const { service_at_locations: _links, ...serviceOnly } = service ?? { id: '' };
  return {
    ...link,
    ...(location ? { location } : {}),
    ...(service ? { service: { ...serviceOnly, ...(organization ? { organization: fullOrganization(view, organization, 'none') } : {}) } } : {}),
  };
}

/** An item of `GET /service_at_locations`: one-to-one fields of the link, its location and its service. */
export function listServiceAtLocation(view: PublicHsds, link: Entity): Entity {
  const location = findById(view.locations, String(link.location_id));
  const service = findById(view.services, String(link.service_id));
  return { ...oneToOne(link), ...(location ? { location: oneToOne(location) } : {}), ...(service ? { service: oneToOne(service) } : {}) };
}

// ----------------------------------------------------------------------------------------- filters

export interface ServiceFilters {
  /** Ids of the services that match the text search, best first; undefined = no text search. */
  ranked?: readonly string[] | undefined;
  taxonomyTermId?: string | undefined;
  taxonomyId?: string | undefined;
  organizationId?: string | undefined;
  /** ISO 8601 date-time: services whose `last_modified` is on or after it. */
  modifiedAfter?: string | undefined;
  /** A Dutch postcode: services offered at a location in the same postcode area (its four digits). */
  postcode?: string | undefined;
}

/** The four digits of a Dutch postcode ("3511 ED" → "3511"); null when it is none. */
export function postcodeArea(postcode: string): string | null {
  const match = /^\s*([1-9]\d{3})\s*(?:[a-z]{2})?\s*$/i.exec(postcode);
  return match ? match[1]! : null;
}

/** The postal codes of a location's addresses. */
const postalCodes = (location: Entity | undefined): string[] =>
  Array.isArray(location?.addresses) ? location.addresses.flatMap((a) => (isRecord(a) && typeof a.postal_code === 'string' ? [a.postal_code] : [])) : [];

/** Is the location in the postcode area? Never for an area that is no postcode (null). */
export const locationInArea = (location: Entity | undefined, area: string | null): boolean => area !== null && postalCodes(location).some((code) => postcodeArea(code) === area);

function termIdsOf(service: Entity): string[] {
  return Array.isArray(service.attributes) ? service.attributes.flatMap((a) => (isRecord(a) && typeof a.taxonomy_term_id === 'string' ? [a.taxonomy_term_id.toLowerCase()] : [])) : [];
}

/** A predicate for the specification's service filters (taxonomy term, taxonomy, organization, modified after, postcode). */
export function serviceFilter(view: PublicHsds, f: ServiceFilters): (service: Entity) => boolean {
  const termsOfTaxonomy = f.taxonomyId ? new Set(view.taxonomyTerms.filter((t) => sameId(t.taxonomy_id, f.taxonomyId!)).map((t) => t.id.toLowerCase())) : undefined;
  const area = f.postcode === undefined ? undefined : postcodeArea(f.postcode);
  const since = f.modifiedAfter === undefined ? undefined : Date.parse(f.modifiedAfter);
  return (s) => {
    const terms = termIdsOf(s);
    if (f.taxonomyTermId && !terms.includes(f.taxonomyTermId.toLowerCase())) return false;
    if (termsOfTaxonomy && !terms.some((t) => termsOfTaxonomy.has(t))) return false;
    if (f.organizationId && !sameId(s.organization_id, f.organizationId)) return false;
    if (since !== undefined && !(typeof s.last_modified === 'string' && Date.parse(s.last_modified) >= since)) return false;
    if (area !== undefined && !linksOf(view, s.id).some((sl) => locationInArea(findById(view.locations, String(sl.location_id)), area))) return false;
    return true;
  };
}

/** The public services that pass the filters, in search order when there is a text search. */
export function filterServices(view: PublicHsds, f: ServiceFilters): Entity[] {
  const candidates = f.ranked ? f.ranked.flatMap((id) => findById(view.services, id) ?? []) : view.services;
  return candidates.filter(serviceFilter(view, f));
}

/**
 * The links of the filtered services: taxonomy, organization and modified filters apply to the
 * link's service, the postcode to the link's own location; a text search keeps the services' order.
 */
export function filterServiceAtLocations(view: PublicHsds, f: ServiceFilters): Entity[] {
  const services = filterServices(view, { ...f, postcode: undefined });
  const area = f.postcode === undefined ? undefined : postcodeArea(f.postcode);
  return services.flatMap((s) => linksOf(view, s.id)).filter((sl) => area === undefined || locationInArea(findById(view.locations, String(sl.location_id)), area));
}

/**
 * Text search over a few fields (organizations, taxonomies, terms): every meaningful word of the
 * query must match a word of one of the fields, with the residents' search's Dutch word matching
 * (src/domain/socialmap/search.ts). An empty query matches everything.
 */
export function textMatches(query: string | undefined, fields: readonly unknown[]): boolean {
  const terms = queryTerms(query ?? '');
  if (terms.length === 0) return true;
  const all = fields.flatMap((f) => (typeof f === 'string' ? words(f) : []));
  return terms.every((t) => all.some((w) => wordsMatch(t, w)));
}

// ------------------------------------------------------------------------------------------ paging

/** The specification's page envelope (components.schemas.Page) with its `contents`. */
export interface Page<T> {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
}

/** Page `page` (from 1) of `perPage` items; a page past the end is empty, not an error. */
export function pageOf<T>(items: readonly T[], page: number, perPage: number): Page<T> {
  const totalPages = Math.ceil(items.length / perPage);
  const contents = items.slice((page - 1) * perPage, page * perPage);
  return {
    total_items: items.length,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}
