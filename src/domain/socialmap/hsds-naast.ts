/**
 * Between the received HSDS objects and Naast's own fields, both ways (docs/hsds-profile-nl.md).
 *
 * Import: Naast reads the fields it works with (name, phone, address, Naast's taxonomies, …) from each
 * received object into its columns, leniently: a value Naast cannot use (a foreign postcode, a phone
 * number it does not recognise) stays only in the received object. What it read is kept as the
 * *basis*. Export: the received object, with every Naast field that was edited since (current ≠ basis)
 * written back in. So an untouched entry leaves exactly as it came, and an edit in Naast shows.
 */
import { nameUuid } from './ids.ts';
import { GEMEENTECODE, NAAST_TAXONOMIES, Reader, codesOf, readAttributes, single, termId, termResolver, toHsds, valueOf, type ReadAttribute } from './hsds.ts';
import { isObject, formatPath, type Entity, type Graph, type HsdsIssue, type Json } from './hsds-shapes.ts';
import { SERVICE_STATUSES } from './taxonomy.ts';
import { validateLocation, validateProvider, validateService, type Location, type Provider, type Service, type ServiceLocation, type SocialMapData } from './model.ts';

export interface MapContext {
  municipalityCode: string;
  municipalities: ReadonlySet<string>;
  /** CBS code (GM0344) → Naast's municipality code (utrecht). */
  cbsCodes: ReadonlyMap<string, string>;
  /** What is stored already and stays (an import that adds and changes only): id → provider id. */
  existing: { providers: ReadonlySet<string>; services: ReadonlyMap<string, string>; locations: ReadonlyMap<string, string> };
}

export interface NaastView {
  map: SocialMapData;
  /** Entity id → path of its object in the received data, for messages. */
  paths: Map<string, string>;
  issues: HsdsIssue[];
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^[0-9+()\-\s]{3,40}$/;
const POSTCODE = /^([1-9][0-9]{3}) ?([A-Za-z]{2})$/;
const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');
const clamp = (v: string, max: number): string => (v.length > max ? v.slice(0, max) : v);
const orNull = (v: string): string | null => (v === '' ? null : v);
const emailOf = (v: unknown): string | null => (EMAIL.test(text(v)) && text(v).length <= 300 ? text(v) : null);
function urlOf(v: unknown): string | null {
  const s = text(v);
  try {
    return s.length <= 500 && ['http:', 'https:'].includes(new URL(s).protocol) ? s : null;
  } catch {
    return null;
  }
}
const list = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isObject) : []);
const firstPhone = (doc: Json): string | null => list(doc.phones).map((p) => text(p.number)).find((n) => PHONE.test(n)) ?? null;
/** Degrees as the database keeps them (numeric(9, 6)), so a stored value compares equal to its basis. */
const degrees = (v: unknown, limit: number): number | null => (typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= limit ? Math.round(v * 1e6) / 1e6 : null);

/** Every taxonomy term the data names: Naast's own, the loose records, and the ones embedded in attributes. */
function resolverOf(graph: Graph, r: Reader): ReturnType<typeof termResolver> {
  const embedded = graph.entities.flatMap((e) => list(e.doc.attributes).map((a) => a.taxonomy_term).filter(isObject));
  const doc = {
    taxonomies: graph.records.filter((x) => x.table === 'taxonomies').map((x) => x.record),
    taxonomy_terms: [...graph.records.filter((x) => x.table === 'taxonomy_terms').map((x) => x.record), ...embedded],
  };
  return termResolver(doc, r);
}

function addressOf(doc: Json): Json | undefined {
  const addresses = list(doc.addresses);
  return addresses.find((a) => a.address_type === 'physical') ?? addresses[0];
}

function municipalityOfArea(area: Json, ctx: MapContext): string | undefined {
  const name = text(area.name);
  if (area.extent_type === GEMEENTECODE && ctx.municipalities.has(name)) return name;
  const cbs = /^GM\d{4}$/.test(name) ? name : /^GM\d{4}$/.test(text(area.extent)) ? text(area.extent) : undefined;
  return cbs ? ctx.cbsCodes.get(cbs) : undefined;
}

function providerOf(e: Entity, ctx: MapContext, r: Reader, resolve: ReturnType<typeof termResolver>): Provider {
  const at = formatPath(e.path);
  const attributes = readAttributes(r, e.doc, at, resolve);
  const maintainer = attributes.find((a) => a.taxonomy === 'naast-veld' && a.code === 'beheerder');
  if (maintainer && maintainer.value !== ctx.municipalityCode) {
    r.fail(`${maintainer.path}.value`, `Deze aanbieder wordt bijgehouden door gemeente "${maintainer.value}", niet door "${ctx.municipalityCode}".`);
  }
  const relations = attributes
    .filter((a) => a.taxonomy === 'naast-relatie-gemeente')
    .map((a) => ({ municipalityCode: valueOf(r, a), relation: a.code as Provider['relations'][number]['relation'] }))
    .filter((x, i, all) => all.findIndex((y) => y.municipalityCode === x.municipalityCode) === i);
  return {
    id: e.id,
    name: clamp(text(e.doc.name) || '(zonder naam)', 200),
    description: clamp(text(e.doc.description), 4000),
    kind: (single(r, attributes, 'naast-aanbiedersoort', at, 'anders') ?? 'anders') as Provider['kind'],
    email: emailOf(e.doc.email),
    website: urlOf(e.doc.website),
    phone: firstPhone(e.doc),
    staffing: (single(r, attributes, 'naast-bemensing', at, 'professioneel') ?? 'professioneel') as Provider['staffing'],
    municipalityCode: ctx.municipalityCode,
    relations,
  };
}

function serviceOf(e: Entity, providerId: string, ctx: MapContext, r: Reader, resolve: ReturnType<typeof termResolver>): Service {
  const at = formatPath(e.path);
  const attributes = readAttributes(r, e.doc, at, resolve);
  const fields = attributes.filter((a) => a.taxonomy === 'naast-veld');
  const field = (code: string): ReadAttribute | undefined => fields.find((a) => a.code === code);
  const hours = (kind: string) => orNull(clamp(text(list(e.doc.schedules).find((x) => x.attending_type === kind)?.description), 300));
  const status = SERVICE_STATUSES.some((s) => s.code === e.doc.status) ? (e.doc.status as Service['status']) : 'active';
  const languages = [...new Set(list(e.doc.languages).map((l) => text(l.code).toLowerCase()).filter((c) => /^[a-z]{2}$/.test(c)))];
  const areas = [...new Set(list(e.doc.service_areas).flatMap((a) => municipalityOfArea(a, ctx) ?? []))];
  const wat = field('wat');
  const hoe = field('hoe');
  return {
    id: e.id,
    providerId,
    name: clamp(text(e.doc.name) || '(zonder naam)', 200),
    description: clamp(text(e.doc.description), 4000),
    status,
    what: wat ? clamp(valueOf(r, wat), 2000) : '',
    how: hoe ? clamp(valueOf(r, hoe), 2000) : '',
    targetGroups: [...new Set(codesOf<Service['targetGroups'][number]>(attributes, 'naast-doelgroep'))],
    ageCategories: [...new Set(codesOf<Service['ageCategories'][number]>(attributes, 'naast-leeftijd'))],
    lifeDomains: [...new Set(codesOf<Service['lifeDomains'][number]>(attributes, 'naast-leefgebied'))],
    channels: [...new Set(codesOf<Service['channels'][number]>(attributes, 'naast-kanaal'))],
    languages,
    phone: firstPhone(e.doc),
    phoneHours: hours('telefoon'),
    email: emailOf(e.doc.email),
    url: urlOf(e.doc.url),
    walkInHours: hours('inloop'),
    homeVisits: attributes.some((a) => a.taxonomy === 'naast-kenmerk' && a.code === 'huisbezoek'),
    freeOfCharge: attributes.some((a) => a.taxonomy === 'naast-kenmerk' && a.code === 'gratis'),
    // No Dutch service area named: the service is for the municipality whose map it is on (profile §4).
    municipalityCodes: areas.length > 0 ? areas : [ctx.municipalityCode],
    keywords: [...new Set(fields.filter((a) => a.code === 'trefwoord').map((a) => clamp(valueOf(r, a).trim(), 60)).filter(Boolean))].slice(0, 50),
  };
}

function locationOf(e: Entity, providerId: string, ctx: MapContext, r: Reader, resolve: ReturnType<typeof termResolver>): Location {
  const attributes = readAttributes(r, e.doc, formatPath(e.path), resolve);
  const address = addressOf(e.doc);
  const country = text(address?.country).toUpperCase();
  const postcode = POSTCODE.exec(text(address?.postal_code));
  const identifier = text(e.doc.external_identifier);
  const municipality =
    e.doc.external_identifier_type === GEMEENTECODE && ctx.municipalities.has(identifier) ? identifier : /^GM\d{4}$/.test(identifier) ? (ctx.cbsCodes.get(identifier) ?? null) : null;
  return {
    id: e.id,
    providerId,
    name: clamp(text(e.doc.name) || text(address?.address_1) || 'Locatie', 200),
    address: clamp(text(address?.address_1), 300),
    postalCode: postcode && (country === '' || country === 'NL') ? `${postcode[1]} ${postcode[2]!.toUpperCase()}` : '',
    city: clamp(text(address?.city), 100),
    municipalityCode: municipality,
    latitude: degrees(e.doc.latitude, 90),
    longitude: degrees(e.doc.longitude, 180),
    accessibility: [...new Set(codesOf<Location['accessibility'][number]>(attributes, 'naast-toegankelijkheid'))],
    accessibilityNotes: clamp(list(e.doc.accessibility).map((a) => text(a.description)).filter(Boolean).join('\n'), 2000),
    openingHours: clamp(list(e.doc.schedules).map((x) => text(x.description)).filter(Boolean).join('\n'), 500),
  };
}

/** Naast's field names in validation paths → the HSDS field, for messages about a received object. */
const HSDS_FIELD: Record<string, string> = { naam: 'name', omschrijving: 'description', email: 'email', website: 'website', telefoon: 'phones', status: 'status', aanbiederId: 'organization_id', gemeenten: 'service_areas', postcode: 'addresses', adres: 'addresses', plaats: 'addresses' };

/**
 * Naast's view of the graph: providers, services, locations and links, each with the path of the object
 * it came from. References that lead nowhere are reported; a location without a known organization
 * belongs to the organization of the services given there.
 */
export function toNaast(graph: Graph, ctx: MapContext): NaastView {
  const r = new Reader();
  const issues: HsdsIssue[] = [];
  const stop = (path: string, message: string) => issues.push({ path, message, skippable: false });
  const resolve = resolverOf(graph, r);
  const of = (kind: Entity['kind']) => graph.entities.filter((e) => e.kind === kind);
  const paths = new Map(graph.entities.map((e) => [e.id, formatPath(e.path)]));
  const providerIds = new Set([...ctx.existing.providers, ...of('organization').map((e) => e.id)]);

  // HSDS requires a name of an organization and a service, and Naast shows it: an empty one is no name.
  for (const e of [...of('organization'), ...of('service')]) if (typeof e.doc.name === 'string' && e.doc.name.trim() === '') stop(`${formatPath(e.path)}.name`, 'Vul een naam in.');
  // Naast's own service areas name a municipality by its code (profile §4): an unknown one is reported.
  for (const e of of('service')) {
    list(e.doc.service_areas).forEach((a, j) => {
      if (a.extent_type === GEMEENTECODE && !ctx.municipalities.has(text(a.name))) {
        issues.push({ path: `${formatPath(e.path)}.service_areas[${j}].name`, message: `Onbekende gemeente: "${text(a.name)}".`, skippable: true });
      }
    });
  }
  const providers = of('organization').map((e) => providerOf(e, ctx, r, resolve));
  const services: Service[] = [];
  const serviceProvider = new Map(ctx.existing.services);
  for (const e of of('service')) {
    const at = formatPath(e.path);
    if (!e.organizationId) stop(`${at}.organization_id`, 'Deze dienst hoort bij geen organisatie: geef organization_id of neem de organisatie op.');
    else if (!providerIds.has(e.organizationId)) stop(`${at}.organization_id`, `Organisatie ${e.organizationId} staat niet in het bestand en niet op de sociale kaart.`);
    else {
      services.push(serviceOf(e, e.organizationId, ctx, r, resolve));
      serviceProvider.set(e.id, e.organizationId);
    }
  }
  const links = of('service_at_location');
  const locations: Location[] = [];
  const locationProvider = new Map(ctx.existing.locations);
  for (const e of of('location')) {
    const at = formatPath(e.path);
    let providerId = e.organizationId;
    if (providerId && !providerIds.has(providerId)) {
      issues.push({ path: `${at}.organization_id`, message: `Organisatie ${providerId} staat niet in het bestand en niet op de sociale kaart.`, skippable: true });
      providerId = undefined;
    }
    // HSDS nests a location under a service_at_location without organization_id: it is where that service's organization works.
    providerId ??= links.filter((l) => l.locationId === e.id).map((l) => serviceProvider.get(l.serviceId ?? '')).find((p) => p !== undefined);
    providerId ??= ctx.existing.locations.get(e.id);
    if (!providerId) stop(at, 'Deze locatie hoort bij geen organisatie: geef organization_id, of noem een dienst die er gegeven wordt.');
    else {
      locations.push(locationOf(e, providerId, ctx, r, resolve));
      locationProvider.set(e.id, providerId);
    }
  }
  const serviceLocations: ServiceLocation[] = [];
  for (const e of links) {
    const at = formatPath(e.path);
    const sp = serviceProvider.get(e.serviceId ?? '');
    const lp = locationProvider.get(e.locationId ?? '');
    if (sp === undefined) stop(`${at}.service_id`, e.serviceId ? `Dienst ${e.serviceId} staat niet in het bestand en niet op de sociale kaart.` : 'Ontbreekt: bij welke dienst hoort dit?');
    if (lp === undefined) stop(`${at}.location_id`, e.locationId ? `Locatie ${e.locationId} staat niet in het bestand en niet op de sociale kaart.` : 'Ontbreekt: op welke locatie is dit?');
    if (sp !== undefined && lp !== undefined && sp !== lp) stop(`${at}.location_id`, 'Naast geeft een dienst alleen op locaties van de eigen organisatie; deze locatie hoort bij een andere.');
    if (sp !== undefined && lp !== undefined && sp === lp) serviceLocations.push({ id: e.id, serviceId: e.serviceId!, locationId: e.locationId! });
  }
  const pairs = new Set<string>();
  for (const sl of serviceLocations) {
    const pair = `${sl.serviceId}|${sl.locationId}`;
    if (pairs.has(pair)) stop(`${paths.get(sl.id)}.location_id`, 'Deze dienst staat al op deze locatie (twee service_at_locations).');
    pairs.add(pair);
  }

  // What Naast itself demands of each part (ids as uuid, a known municipality, …), at the received path.
  const naastIssue = (id: string, path: string, message: string) => {
    const [, field] = /^E\.(\w+)/.exec(path) ?? [];
    stop(`${paths.get(id)}${field === 'id' ? '.id' : field && HSDS_FIELD[field] ? `.${HSDS_FIELD[field]}` : ''}`, message);
  };
  for (const p of providers) for (const i of validateProvider(p, ctx.municipalities, 'E')) naastIssue(p.id, i.path, i.message);
  for (const s of services) for (const i of validateService(s, ctx.municipalities, 'E')) naastIssue(s.id, i.path, i.message);
  for (const l of locations) for (const i of validateLocation(l, ctx.municipalities, 'E')) naastIssue(l.id, i.path, i.message);

  issues.push(...r.issues.map((i) => ({ ...i, skippable: true })));
  return { map: { providers, services, locations, serviceLocations }, paths, issues };
}

// ------------------------------------------------------------------------------------------ export

const NAAST_TERM_IDS = new Set(Object.entries(NAAST_TAXONOMIES).flatMap(([name, t]) => t.terms.map((term) => termId(name, term.code))));
const isNaastAttribute = (a: Json): boolean =>
  NAAST_TERM_IDS.has(String(a.taxonomy_term_id ?? '')) || (isObject(a.taxonomy_term) && String(a.taxonomy_term.taxonomy ?? '') in NAAST_TAXONOMIES);

const differs = (a: unknown, b: unknown): boolean => JSON.stringify(a) !== JSON.stringify(b);
const setOrDelete = (doc: Json, key: string, value: unknown) => {
  if (value === null || value === undefined || value === '') delete doc[key];
  else doc[key] = value;
};

function patchPhone(doc: Json, phone: string | null, generated: Json[]): void {
  const phones = list(doc.phones);
  const index = phones.findIndex((p) => PHONE.test(text(p.number)));
  if (phone === null) {
    if (index >= 0) doc.phones = phones.filter((_, i) => i !== index);
  } else if (index >= 0) phones[index] = { ...phones[index], number: phone };
  else doc.phones = [...phones, ...generated];
}

/** Replaces the attributes of Naast's taxonomies by the current ones; the others stay. */
function patchAttributes(doc: Json, generated: unknown[]): void {
  doc.attributes = [...list(doc.attributes).filter((a) => !isNaastAttribute(a)), ...generated];
}

function replaceWhere(doc: Json, key: string, drop: (x: Json) => boolean, generated: unknown[]): void {
  doc[key] = [...list(doc[key]).filter((x) => !drop(x)), ...generated];
}

type Kind = Entity['kind'];
type NaastOf<K extends Kind> = K extends 'organization' ? Provider : K extends 'service' ? Service : K extends 'location' ? Location : ServiceLocation;

/** Naast's own HSDS object for an entry (as the Naast export made it before import kept received objects). */
export function naastObject<K extends Kind>(kind: K, value: NaastOf<K>, municipalityCode: string): Json {
  const empty: SocialMapData = { providers: [], services: [], locations: [], serviceLocations: [] };
  if (kind === 'organization') return toHsds({ ...empty, providers: [value as Provider] }, municipalityCode).organizations[0] as unknown as Json;
  if (kind === 'service') return toHsds({ ...empty, services: [value as Service] }, municipalityCode).services[0] as unknown as Json;
  if (kind === 'location') return toHsds({ ...empty, locations: [value as Location] }, municipalityCode).locations[0] as unknown as Json;
  const sl = value as ServiceLocation;
  return { id: sl.id, service_id: sl.serviceId, location_id: sl.locationId };
}

/**
 * The HSDS object of an entry: the received one with Naast's edits written in, or Naast's own when the
 * entry was made in Naast. `basis` is what the import read from `received`.
 */
export function exportObject<K extends Kind>(kind: K, received: Json | null, basis: NaastOf<K> | null, current: NaastOf<K>, municipalityCode: string): Json {
  const mine = naastObject(kind, current, municipalityCode);
  if (received === null || basis === null) return mine;
  const doc = structuredClone(received);
  const b = basis as unknown as Record<string, unknown>;
  const c = current as unknown as Record<string, unknown>;
  const changed = (...keys: string[]) => keys.some((k) => differs(b[k], c[k]));
  const direct = (pairs: [naast: string, hsds: string][]) => {
    for (const [n, h] of pairs) if (changed(n)) setOrDelete(doc, h, c[n]);
  };
  if (kind === 'organization') {
    direct([['name', 'name'], ['description', 'description'], ['email', 'email'], ['website', 'website']]);
    if (changed('phone')) patchPhone(doc, c.phone as string | null, list(mine.phones));
    if (changed('kind', 'staffing', 'relations', 'municipalityCode')) patchAttributes(doc, list(mine.attributes));
  } else if (kind === 'service') {
    direct([['name', 'name'], ['description', 'description'], ['status', 'status'], ['email', 'email'], ['url', 'url']]);
    if (changed('providerId') && 'organization_id' in doc) doc.organization_id = c.providerId;
    if (changed('phone')) patchPhone(doc, c.phone as string | null, list(mine.phones));
    if (changed('what', 'how', 'keywords', 'targetGroups', 'ageCategories', 'lifeDomains', 'channels', 'homeVisits', 'freeOfCharge')) patchAttributes(doc, list(mine.attributes));
    if (changed('languages')) {
      const codes = c.languages as string[];
      const kept = list(doc.languages).filter((l) => codes.includes(text(l.code).toLowerCase()));
      const have = new Set(kept.map((l) => text(l.code).toLowerCase()));
      doc.languages = [...kept, ...list(mine.languages).filter((l) => !have.has(text(l.code)))];
    }
    if (changed('phoneHours', 'walkInHours')) replaceWhere(doc, 'schedules', (x) => x.attending_type === 'telefoon' || x.attending_type === 'inloop', list(mine.schedules));
    if (changed('municipalityCodes')) replaceWhere(doc, 'service_areas', (x) => x.extent_type === GEMEENTECODE || /^GM\d{4}$/.test(text(x.name)), list(mine.service_areas));
  } else if (kind === 'location') {
    direct([['name', 'name'], ['latitude', 'latitude'], ['longitude', 'longitude']]);
    if (changed('providerId') && 'organization_id' in doc) doc.organization_id = c.providerId;
    if (changed('address', 'postalCode', 'city')) {
      const address = addressOf(doc);
      if (address) {
        setOrDelete(address, 'address_1', c.address);
        setOrDelete(address, 'postal_code', c.postalCode);
        setOrDelete(address, 'city', c.city);
      } else doc.addresses = list(mine.addresses);
    }
    if (changed('municipalityCode')) {
      setOrDelete(doc, 'external_identifier', c.municipalityCode);
      setOrDelete(doc, 'external_identifier_type', c.municipalityCode === null ? null : GEMEENTECODE);
    }
    if (changed('accessibility')) patchAttributes(doc, list(mine.attributes));
    if (changed('accessibilityNotes')) doc.accessibility = list(mine.accessibility);
    if (changed('openingHours')) doc.schedules = list(mine.schedules);
  } else {
    if (changed('serviceId')) doc.service_id = c.serviceId;
    if (changed('locationId')) doc.location_id = c.locationId;
  }
  return doc;
}

/** A name-based id for a part Naast adds to a received object (same input, same id). */
export const partId = (name: string): string => nameUuid(name);
