/**
 * Open Referral HSDS 3.0 mapping of the social map, both ways.
 *
 * HSDS has a home for most fields (organization, service, location, service_at_location, phones,
 * schedules, languages, service_areas, addresses, accessibility). What it has no field for — Tabel 1
 * target groups, age categories, life domains, channels, provider kind, staffing, the §3.2 relations,
 * Tabel 2's "wat"/"hoe", keywords, free of charge, home visits, who maintains the entry — travels as
 * HSDS `attributes` that link the entity to a `taxonomy_term` of one of Naast's published taxonomies
 * (with a `value` where the term alone is not enough). Ids of the parts Naast does not store are
 * name-based, so export → import → export gives the same document.
 */
import { nameUuid } from './ids.ts';
import {
  ACCESSIBILITY_FEATURES,
  AGE_TERMS,
  CHANNELS,
  LIFE_DOMAIN_TERMS,
  MUNICIPAL_RELATIONS,
  PROVIDER_KINDS,
  STAFFING_TERMS,
  TARGET_SUBGROUPS,
  type Term,
} from './taxonomy.ts';
import { blankToNull, type Issue, type Location, type Provider, type Service, type ServiceLocation, type SocialMapData } from './model.ts';

/** Naast's taxonomies in HSDS: name → terms. `link_type` of an attribute is the taxonomy's short name. */
export const NAAST_TAXONOMIES = {
  'naast-doelgroep': { description: 'Doelgroepen van cliëntondersteuning (Handreiking cliëntondersteuning 2014, Tabel 1)', terms: TARGET_SUBGROUPS as readonly Term[] },
  'naast-leeftijd': { description: 'Leeftijdscategorieën', terms: AGE_TERMS as readonly Term[] },
  'naast-leefgebied': { description: 'Leefgebieden (Handreiking §2.3, integraal)', terms: LIFE_DOMAIN_TERMS as readonly Term[] },
  'naast-kanaal': { description: 'Manieren van contact (Handreiking §3.3)', terms: CHANNELS as readonly Term[] },
  'naast-aanbiedersoort': { description: 'Soort aanbieder (Tabel 1 en 2)', terms: PROVIDER_KINDS as readonly Term[] },
  'naast-bemensing': { description: 'Wie het werk doet: beroepskrachten, vrijwilligers of beide', terms: STAFFING_TERMS as readonly Term[] },
  'naast-relatie-gemeente': { description: 'Relatie van een gemeente met de aanbieder (Handreiking §3.2); value is de gemeentecode', terms: MUNICIPAL_RELATIONS as readonly Term[] },
  'naast-toegankelijkheid': { description: 'Toegankelijkheid van een locatie (Handreiking §3.3)', terms: ACCESSIBILITY_FEATURES as readonly Term[] },
  'naast-kenmerk': {
    description: 'Kenmerken van een dienst',
    terms: [
      { code: 'gratis', label: 'Gratis voor de inwoner' },
      { code: 'huisbezoek', label: 'Huisbezoek mogelijk' },
    ] as readonly Term[],
  },
  'naast-veld': {
    description: 'Velden van Naast zonder eigen plek in HSDS; value is de inhoud',
    terms: [
      { code: 'wat', label: 'Wat de dienst doet (Tabel 2, wat)' },
      { code: 'hoe', label: 'Hoe de dienst werkt (Tabel 2, hoe)' },
      { code: 'trefwoord', label: 'Trefwoord voor het zoeken' },
      { code: 'beheerder', label: 'Gemeente die deze gegevens bijhoudt (gemeentecode)' },
    ] as readonly Term[],
  },
} as const;
export type TaxonomyName = keyof typeof NAAST_TAXONOMIES;

export const taxonomyId = (name: string): string => nameUuid(`taxonomy:${name}`);
export const termId = (taxonomy: string, code: string): string => nameUuid(`term:${taxonomy}:${code}`);

export interface HsdsAttribute {
  id: string;
  link_id: string;
  link_entity: 'organization' | 'service' | 'location';
  link_type: string;
  taxonomy_term_id: string;
  value?: string;
}
interface HsdsPhone { id: string; number: string; type: 'voice'; organization_id?: string; service_id?: string }
interface HsdsSchedule { id: string; description: string; service_id?: string; location_id?: string; attending_type?: string }
export interface HsdsOrganization {
  id: string;
  name: string;
  description: string;
  email?: string;
  website?: string;
  phones: HsdsPhone[];
  attributes: HsdsAttribute[];
}
export interface HsdsService {
  id: string;
  organization_id: string;
  name: string;
  description: string;
  status: string;
  url?: string;
  email?: string;
  fees_description?: string;
  phones: HsdsPhone[];
  schedules: HsdsSchedule[];
  languages: { id: string; service_id: string; code: string }[];
  service_areas: { id: string; service_id: string; name: string; extent_type: string }[];
  attributes: HsdsAttribute[];
}
export interface HsdsLocation {
  id: string;
  location_type: 'physical';
  organization_id: string;
  name: string;
  latitude?: number;
  longitude?: number;
  external_identifier?: string;
  external_identifier_type?: string;
  addresses: { id: string; location_id: string; address_1: string; city: string; postal_code: string; state_province: string; country: string; address_type: 'physical' }[];
  accessibility: { id: string; location_id: string; description: string }[];
  schedules: HsdsSchedule[];
  attributes: HsdsAttribute[];
}
export interface HsdsDocument {
  /** Which HSDS version and which municipality's map; not an HSDS table. */
  meta: { hsds: '3.0'; bron: 'Naast'; gemeenteCode: string };
  organizations: HsdsOrganization[];
  services: HsdsService[];
  locations: HsdsLocation[];
  service_at_locations: { id: string; service_id: string; location_id: string }[];
  taxonomies: { id: string; name: string; description: string }[];
  taxonomy_terms: { id: string; code: string; name: string; description: string; taxonomy: string; taxonomy_id: string }[];
}

export const GEMEENTECODE = 'gemeentecode';

function attributesOf(entity: HsdsAttribute['link_entity'], id: string, items: [TaxonomyName, string, string?][]): HsdsAttribute[] {
  return items.map(([taxonomy, code, value], index) => ({
    id: nameUuid(`attribute:${id}:${index}:${taxonomy}:${code}`),
    link_id: id,
    link_entity: entity,
    link_type: taxonomy.replace(/^naast-/, ''),
    taxonomy_term_id: termId(taxonomy, code),
    ...(value === undefined ? {} : { value }),
  }));
}

const optional = <K extends string>(key: K, value: string | null): { [P in K]?: string } => (value === null ? {} : ({ [key]: value } as { [P in K]: string }));

/** The social map as one HSDS 3.0 document (tables as arrays, each entry valid against its schema). */
export function toHsds(map: SocialMapData, municipalityCode: string): HsdsDocument {
  const organizations = map.providers.map((p): HsdsOrganization => ({
    id: p.id,
    name: p.name,
    description: p.description,
    ...optional('email', p.email),
    ...optional('website', p.website),
    phones: p.phone === null ? [] : [{ id: nameUuid(`phone:${p.id}`), organization_id: p.id, number: p.phone, type: 'voice' }],
    attributes: attributesOf('organization', p.id, [
      ['naast-aanbiedersoort', p.kind],
      ['naast-bemensing', p.staffing],
      ['naast-veld', 'beheerder', p.municipalityCode],
      ...p.relations.map((r): [TaxonomyName, string, string] => ['naast-relatie-gemeente', r.relation, r.municipalityCode]),
    ]),
  }));
  const services = map.services.map((s): HsdsService => {
    const schedules: HsdsSchedule[] = [];
    if (s.phoneHours !== null) schedules.push({ id: nameUuid(`schedule:${s.id}:telefoon`), service_id: s.id, description: s.phoneHours, attending_type: 'telefoon' });
    if (s.walkInHours !== null) schedules.push({ id: nameUuid(`schedule:${s.id}:inloop`), service_id: s.id, description: s.walkInHours, attending_type: 'inloop' });
    return {
      id: s.id,
      organization_id: s.providerId,
      name: s.name,
      description: s.description,
      status: s.status,
      ...optional('url', s.url),
      ...optional('email', s.email),
      ...(s.freeOfCharge ? { fees_description: 'Gratis' } : {}),
      phones: s.phone === null ? [] : [{ id: nameUuid(`phone:${s.id}`), service_id: s.id, number: s.phone, type: 'voice' }],
      schedules,
      languages: s.languages.map((code, i) => ({ id: nameUuid(`language:${s.id}:${i}:${code}`), service_id: s.id, code })),
      service_areas: s.municipalityCodes.map((code, i) => ({ id: nameUuid(`area:${s.id}:${i}:${code}`), service_id: s.id, name: code, extent_type: GEMEENTECODE })),
      attributes: attributesOf('service', s.id, [
        ...s.targetGroups.map((c): [TaxonomyName, string] => ['naast-doelgroep', c]),
        ...s.ageCategories.map((c): [TaxonomyName, string] => ['naast-leeftijd', c]),
        ...s.lifeDomains.map((c): [TaxonomyName, string] => ['naast-leefgebied', c]),
        ...s.channels.map((c): [TaxonomyName, string] => ['naast-kanaal', c]),
        ...(s.freeOfCharge ? [['naast-kenmerk', 'gratis'] as [TaxonomyName, string]] : []),
        ...(s.homeVisits ? [['naast-kenmerk', 'huisbezoek'] as [TaxonomyName, string]] : []),
        ...(s.what === '' ? [] : [['naast-veld', 'wat', s.what] as [TaxonomyName, string, string]]),
        ...(s.how === '' ? [] : [['naast-veld', 'hoe', s.how] as [TaxonomyName, string, string]]),
        ...s.keywords.map((k): [TaxonomyName, string, string] => ['naast-veld', 'trefwoord', k]),
      ]),
    };
  });
  const locations = map.locations.map((l): HsdsLocation => ({
    id: l.id,
    location_type: 'physical',
    organization_id: l.providerId,
    name: l.name,
    ...(l.latitude === null ? {} : { latitude: l.latitude }),
    ...(l.longitude === null ? {} : { longitude: l.longitude }),
    ...(l.municipalityCode === null ? {} : { external_identifier: l.municipalityCode, external_identifier_type: GEMEENTECODE }),
    addresses:
      l.address === '' && l.postalCode === '' && l.city === ''
        ? []
        : [{ id: nameUuid(`address:${l.id}`), location_id: l.id, address_1: l.address, city: l.city, postal_code: l.postalCode, state_province: '', country: 'NL', address_type: 'physical' }],
    accessibility: l.accessibilityNotes === '' ? [] : [{ id: nameUuid(`accessibility:${l.id}`), location_id: l.id, description: l.accessibilityNotes }],
    schedules: l.openingHours === '' ? [] : [{ id: nameUuid(`schedule:${l.id}:open`), location_id: l.id, description: l.openingHours }],
    attributes: attributesOf('location', l.id, l.accessibility.map((c): [TaxonomyName, string] => ['naast-toegankelijkheid', c])),
  }));
  const taxonomies = Object.entries(NAAST_TAXONOMIES).map(([name, t]) => ({ id: taxonomyId(name), name, description: t.description }));
  const taxonomy_terms = Object.entries(NAAST_TAXONOMIES).flatMap(([name, t]) =>
    t.terms.map((term) => ({ id: termId(name, term.code), code: term.code, name: term.label, description: term.label, taxonomy: name, taxonomy_id: taxonomyId(name) })),
  );
  return {
    meta: { hsds: '3.0', bron: 'Naast', gemeenteCode: municipalityCode },
    organizations,
    services,
    locations,
    service_at_locations: map.serviceLocations.map((sl) => ({ id: sl.id, service_id: sl.serviceId, location_id: sl.locationId })),
    taxonomies,
    taxonomy_terms,
  };
}

// ---------------------------------------------------------------------------------------------------
// Import: read an HSDS document defensively, every problem with its JSON path.

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export class Reader {
  readonly issues: Issue[] = [];
  fail(path: string, message: string): void {
    this.issues.push({ path, message });
  }
  array(obj: Json, key: string, path: string, required = false): Json[] {
    const value = obj[key];
    if (value === undefined || value === null) {
      if (required) this.fail(`${path}.${key}`, 'Ontbreekt (een lijst).');
      return [];
    }
    if (!Array.isArray(value)) {
      this.fail(`${path}.${key}`, 'Moet een lijst zijn.');
      return [];
    }
    return value.flatMap((item, i) => {
      if (isObject(item)) return [item];
      this.fail(`${path}.${key}[${i}]`, 'Moet een object zijn.');
      return [];
    });
  }
  text(obj: Json, key: string, path: string, required = false): string | null {
    const value = obj[key];
    if (value === undefined || value === null) {
      if (required) this.fail(`${path}.${key}`, 'Ontbreekt.');
      return null;
    }
    if (typeof value !== 'string') {
      this.fail(`${path}.${key}`, 'Moet tekst zijn.');
      return null;
    }
    return value;
  }
  number(obj: Json, key: string, path: string): number | null {
    const value = obj[key];
    if (value === undefined || value === null) return null;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.fail(`${path}.${key}`, 'Moet een getal zijn.');
      return null;
    }
    return value;
  }
}

/** Which term an attribute points at: Naast's own ids, or the document's taxonomy_terms. */
export function termResolver(doc: Json, r: Reader): (id: string) => { taxonomy: string; code: string } | undefined {
  const known = new Map<string, { taxonomy: string; code: string }>();
  for (const [taxonomy, t] of Object.entries(NAAST_TAXONOMIES)) for (const term of t.terms) known.set(termId(taxonomy, term.code), { taxonomy, code: term.code });
  const taxonomyNames = new Map<string, string>();
  r.array(doc, 'taxonomies', '$').forEach((t, i) => {
    const id = r.text(t, 'id', `$.taxonomies[${i}]`, true);
    const name = r.text(t, 'name', `$.taxonomies[${i}]`, true);
    if (id && name) taxonomyNames.set(id, name);
  });
  r.array(doc, 'taxonomy_terms', '$').forEach((t, i) => {
    const at = `$.taxonomy_terms[${i}]`;
    const id = r.text(t, 'id', at, true);
    const code = r.text(t, 'code', at) ?? r.text(t, 'name', at, true);
    const taxonomyIdValue = r.text(t, 'taxonomy_id', at);
    const taxonomy = (taxonomyIdValue ? taxonomyNames.get(taxonomyIdValue) : undefined) ?? r.text(t, 'taxonomy', at);
    if (id && code && taxonomy && !known.has(id)) known.set(id, { taxonomy, code });
  });
  return (id) => known.get(id);
}

export interface ReadAttribute {
  taxonomy: string;
  code: string;
  value: string | null;
  path: string;
}

export function readAttributes(r: Reader, entity: Json, path: string, resolve: ReturnType<typeof termResolver>): ReadAttribute[] {
  return r.array(entity, 'attributes', path).flatMap((a, i) => {
    const at = `${path}.attributes[${i}]`;
    const embedded = isObject(a.taxonomy_term) ? a.taxonomy_term : undefined;
    const id = r.text(a, 'taxonomy_term_id', at) ?? (embedded ? r.text(embedded, 'id', `${at}.taxonomy_term`) : null);
    if (!id) {
      r.fail(`${at}.taxonomy_term_id`, 'Ontbreekt: een attribuut moet naar een term verwijzen.');
      return [];
    }
    const term = resolve(id);
    if (!term) {
      r.fail(`${at}.taxonomy_term_id`, `Onbekende term ${id}: neem hem op in taxonomy_terms.`);
      return [];
    }
    if (!(term.taxonomy in NAAST_TAXONOMIES)) return []; // another taxonomy (e.g. Open Eligibility): not Naast's to keep
    const terms = NAAST_TAXONOMIES[term.taxonomy as TaxonomyName].terms;
    if (!terms.some((t) => t.code === term.code)) {
      r.fail(`${at}.taxonomy_term_id`, `"${term.code}" is geen term van ${term.taxonomy}.`);
      return [];
    }
    return [{ taxonomy: term.taxonomy, code: term.code, value: r.text(a, 'value', at), path: at }];
  });
}

export const codesOf = <T extends string>(attributes: ReadAttribute[], taxonomy: TaxonomyName) => attributes.filter((a) => a.taxonomy === taxonomy).map((a) => a.code as T);

export function single(r: Reader, attributes: ReadAttribute[], taxonomy: TaxonomyName, path: string, fallback: string | null): string | null {
  const found = attributes.filter((a) => a.taxonomy === taxonomy);
  if (found.length > 1) r.fail(found[1]!.path, `Meer dan één term van ${taxonomy}.`);
  if (found.length === 0 && fallback === null) r.fail(`${path}.attributes`, `Een term van ${taxonomy} ontbreekt.`);
  return found[0]?.code ?? fallback;
}

export function valueOf(r: Reader, a: ReadAttribute): string {
  if (a.value === null || a.value.trim() === '') {
    r.fail(`${a.path}.value`, 'Ontbreekt: deze term heeft een waarde nodig.');
    return '';
  }
  return a.value;
}

function firstPhone(r: Reader, entity: Json, path: string): string | null {
  const phones = r.array(entity, 'phones', path);
  if (phones.length > 1) r.fail(`${path}.phones[1]`, 'Naast bewaart één telefoonnummer per aanbieder of dienst.');
  return phones[0] ? blankToNull(r.text(phones[0], 'number', `${path}.phones[0]`, true)) : null;
}

/**
 * An id or a reference to one, in lower case: a uuid is case-insensitive (RFC 9562), and PostgreSQL
 * stores it in lower case. Without this `ABC…` and `abc…` were two ids here but one key there (a 500).
 */
const idOf = (r: Reader, entity: Json, key: string, at: string): string => (r.text(entity, key, at, true) ?? '').toLowerCase();

/**
 * Reads an HSDS document into the social map of `municipalityCode` (the entries the municipality
 * maintains). Returns every problem found, with JSON paths; the caller validates the result as a whole.
 */
export function fromHsds(input: unknown, municipalityCode: string): { map: SocialMapData; issues: Issue[] } {
  const r = new Reader();
  const map: SocialMapData = { providers: [], services: [], locations: [], serviceLocations: [] };
  if (!isObject(input)) {
    r.fail('$', 'Het bestand is geen HSDS-document (een JSON-object met organizations, services en locations).');
    return { map, issues: r.issues };
  }
  const resolve = termResolver(input, r);

  r.array(input, 'organizations', '$', true).forEach((o, i) => {
    const at = `$.organizations[${i}]`;
    const attributes = readAttributes(r, o, at, resolve);
    const maintainer = attributes.find((a) => a.taxonomy === 'naast-veld' && a.code === 'beheerder');
    if (maintainer && maintainer.value !== municipalityCode) {
      r.fail(`${maintainer.path}.value`, `Deze aanbieder wordt bijgehouden door gemeente "${maintainer.value}", niet door "${municipalityCode}".`);
    }
    const provider: Provider = {
      id: idOf(r, o, 'id', at),
      name: (r.text(o, 'name', at, true) ?? '').trim(),
      description: (r.text(o, 'description', at) ?? '').trim(),
      kind: (single(r, attributes, 'naast-aanbiedersoort', at, 'anders') ?? 'anders') as Provider['kind'],
      email: blankToNull(r.text(o, 'email', at)),
      website: blankToNull(r.text(o, 'website', at)),
      phone: firstPhone(r, o, at),
      staffing: (single(r, attributes, 'naast-bemensing', at, 'professioneel') ?? 'professioneel') as Provider['staffing'],
      municipalityCode,
      relations: attributes.filter((a) => a.taxonomy === 'naast-relatie-gemeente').map((a) => ({ municipalityCode: valueOf(r, a), relation: a.code as Provider['relations'][number]['relation'] })),
    };
    map.providers.push(provider);
  });

  r.array(input, 'services', '$', true).forEach((s, i) => {
    const at = `$.services[${i}]`;
    const attributes = readAttributes(r, s, at, resolve);
    const schedules = r.array(s, 'schedules', at);
    const hours = (kind: string) => {
      const found = schedules.find((x) => x.attending_type === kind);
      return found ? blankToNull(r.text(found, 'description', at)) : null;
    };
    const fields = attributes.filter((a) => a.taxonomy === 'naast-veld');
    const field = (code: string) => fields.find((a) => a.code === code);
    const wat = field('wat');
    const hoe = field('hoe');
    const service: Service = {
      id: idOf(r, s, 'id', at),
      providerId: idOf(r, s, 'organization_id', at),
      name: (r.text(s, 'name', at, true) ?? '').trim(),
      description: (r.text(s, 'description', at) ?? '').trim(),
      status: (r.text(s, 'status', at, true) ?? 'active') as Service['status'],
      what: wat ? valueOf(r, wat) : '',
      how: hoe ? valueOf(r, hoe) : '',
      targetGroups: codesOf(attributes, 'naast-doelgroep'),
      ageCategories: codesOf(attributes, 'naast-leeftijd'),
      lifeDomains: codesOf(attributes, 'naast-leefgebied'),
      channels: codesOf(attributes, 'naast-kanaal'),
      languages: r.array(s, 'languages', at).map((l, j) => r.text(l, 'code', `${at}.languages[${j}]`, true) ?? ''),
      phone: firstPhone(r, s, at),
      phoneHours: hours('telefoon'),
      email: blankToNull(r.text(s, 'email', at)),
      url: blankToNull(r.text(s, 'url', at)),
      walkInHours: hours('inloop'),
      homeVisits: attributes.some((a) => a.taxonomy === 'naast-kenmerk' && a.code === 'huisbezoek'),
      freeOfCharge: attributes.some((a) => a.taxonomy === 'naast-kenmerk' && a.code === 'gratis'),
      municipalityCodes: r.array(s, 'service_areas', at).map((a, j) => r.text(a, 'name', `${at}.service_areas[${j}]`, true) ?? ''),
      keywords: fields.filter((a) => a.code === 'trefwoord').map((a) => valueOf(r, a)),
    };
    map.services.push(service);
  });

  r.array(input, 'locations', '$').forEach((l, i) => {
    const at = `$.locations[${i}]`;
    const attributes = readAttributes(r, l, at, resolve);
    const type = r.text(l, 'location_type', at, true);
    if (type !== null && type !== 'physical') r.fail(`${at}.location_type`, 'Naast kent alleen fysieke locaties (physical).');
    const addresses = r.array(l, 'addresses', at);
    if (addresses.length > 1) r.fail(`${at}.addresses[1]`, 'Naast bewaart één adres per locatie.');
    const address = addresses[0];
    const addressText = (key: string) => (address ? (r.text(address, key, `${at}.addresses[0]`) ?? '').trim() : '');
    const accessibility = r.array(l, 'accessibility', at);
    const schedules = r.array(l, 'schedules', at);
    const location: Location = {
      id: idOf(r, l, 'id', at),
      providerId: idOf(r, l, 'organization_id', at),
      name: (r.text(l, 'name', at) ?? '').trim(),
      address: addressText('address_1'),
      postalCode: addressText('postal_code'),
      city: addressText('city'),
      municipalityCode: r.text(l, 'external_identifier_type', at) === GEMEENTECODE ? blankToNull(r.text(l, 'external_identifier', at)) : null,
      latitude: r.number(l, 'latitude', at),
      longitude: r.number(l, 'longitude', at),
      accessibility: codesOf(attributes, 'naast-toegankelijkheid'),
      accessibilityNotes: accessibility
        .map((a, j) => (r.text(a, 'description', `${at}.accessibility[${j}]`) ?? '').trim())
        .filter(Boolean)
        .join('\n'),
      openingHours: schedules
        .map((x, j) => (r.text(x, 'description', `${at}.schedules[${j}]`) ?? '').trim())
        .filter(Boolean)
        .join('\n'),
    };
    map.locations.push(location);
  });

  r.array(input, 'service_at_locations', '$').forEach((sl, i) => {
    const at = `$.service_at_locations[${i}]`;
    const entry: ServiceLocation = {
      id: idOf(r, sl, 'id', at),
      serviceId: idOf(r, sl, 'service_id', at),
      locationId: idOf(r, sl, 'location_id', at),
    };
    map.serviceLocations.push(entry);
  });
  return { map, issues: r.issues };
}

/** The HSDS field a Naast field name (as in validation paths) came from, for import messages. */
const HSDS_FIELDS: Record<string, string> = {
  naam: 'name',
  omschrijving: 'description',
  email: 'email',
  website: 'website',
  telefoon: 'phones[0].number',
  soort: 'attributes',
  bemensing: 'attributes',
  status: 'status',
  aanbiederId: 'organization_id',
  doelgroepen: 'attributes',
  leeftijden: 'attributes',
  leefgebieden: 'attributes',
  kanalen: 'attributes',
  talen: 'languages{i}.code',
  gemeenten: 'service_areas{i}.name',
  trefwoorden: 'attributes',
  postcode: 'addresses[0].postal_code',
  adres: 'addresses[0].address_1',
  plaats: 'addresses[0].city',
  gemeenteCode: 'external_identifier',
  breedtegraad: 'latitude',
  lengtegraad: 'longitude',
  toegankelijkheid: 'attributes',
  dienstId: 'service_id',
  locatieId: 'location_id',
};

/** Turns a validation path (`$.services[2].talen[0]`) into the document's own (`$.services[2].languages[0]`). */
export function hsdsPath(path: string): string {
  const match = /^(\$\.\w+\[\d+\])\.(\w+)(\[\d+\])?(.*)$/.exec(path);
  if (!match) return path;
  const [, entity, field, index = '', rest] = match;
  if (field === 'website' && entity!.startsWith('$.services')) return `${entity}.url`;
  if (field === 'relaties') return `${entity}.attributes`;
  const hsds = HSDS_FIELDS[field!];
  if (!hsds) return path;
  if (hsds.includes('{i}')) return index ? `${entity}.${hsds.replace('{i}', index)}` : `${entity}.${hsds.replace(/\{i\}.*$/, '')}`;
  return hsds.includes('[') || hsds === 'attributes' ? `${entity}.${hsds}` : `${entity}.${hsds}${index}${rest}`;
}
