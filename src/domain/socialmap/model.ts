/**
 * The social map (sociale kaart) as plain data: providers (aanbieders), their services (diensten) and
 * locations (locaties), and the validation every way in shares (API, CSV, HSDS import, demo data).
 */
import {
  ACCESSIBILITY_FEATURES,
  AGE_CATEGORIES,
  CHANNELS,
  LIFE_DOMAINS,
  MUNICIPAL_RELATIONS,
  PROVIDER_KINDS,
  SERVICE_STATUSES,
  STAFFING,
  TARGET_SUBGROUPS,
  type AccessibilityFeature,
  type Channel,
  type LifeDomain,
  type MunicipalRelation,
  type ProviderKind,
  type ServiceStatus,
  type Staffing,
  type TargetSubgroup,
} from './taxonomy.ts';
import type { AgeCategory } from '../cases/model.ts';

export interface Relation {
  municipalityCode: string;
  relation: MunicipalRelation;
}

/** Aanbieder (HSDS organization). */
export interface Provider {
  id: string;
  name: string;
  description: string;
  kind: ProviderKind;
  email: string | null;
  website: string | null;
  phone: string | null;
  staffing: Staffing;
  /** The municipality whose social map this entry belongs to (who keeps it up to date). */
  municipalityCode: string;
  /** §3.2: how municipalities relate to this provider. */
  relations: Relation[];
}

/** Dienst (HSDS service). */
export interface Service {
  id: string;
  providerId: string;
  name: string;
  description: string;
  status: ServiceStatus;
  /** Tabel 2 "wat" and "hoe". */
  what: string;
  how: string;
  targetGroups: TargetSubgroup[];
  ageCategories: AgeCategory[];
  lifeDomains: LifeDomain[];
  channels: Channel[];
  languages: string[];
  phone: string | null;
  phoneHours: string | null;
  email: string | null;
  url: string | null;
  walkInHours: string | null;
  homeVisits: boolean;
  freeOfCharge: boolean;
  /** Service area: the municipalities where residents can use it. */
  municipalityCodes: string[];
  keywords: string[];
}

/** Locatie (HSDS location, physical). */
export interface Location {
  id: string;
  providerId: string;
  name: string;
  address: string;
  postalCode: string;
  city: string;
  municipalityCode: string | null;
  latitude: number | null;
  longitude: number | null;
  accessibility: AccessibilityFeature[];
  accessibilityNotes: string;
  openingHours: string;
}

/** HSDS service_at_location: where a service is given. */
export interface ServiceLocation {
  id: string;
  serviceId: string;
  locationId: string;
}

/** One municipality's social map, or a part of it. */
export interface SocialMapData {
  providers: Provider[];
  services: Service[];
  locations: Location[];
  serviceLocations: ServiceLocation[];
}

export interface FaqEntry {
  id: string;
  municipalityCode: string;
  question: string;
  answer: string;
  position: number;
  published: boolean;
}

/** One problem with the input; `path` names the field (e.g. `diensten[2].doelgroepen[0]`). */
export interface Issue {
  path: string;
  message: string;
}

const codes = (terms: readonly { code: string }[]) => new Set(terms.map((t) => t.code));
const KNOWN = {
  kind: codes(PROVIDER_KINDS),
  relation: codes(MUNICIPAL_RELATIONS),
  target: codes(TARGET_SUBGROUPS),
  channel: codes(CHANNELS),
  access: codes(ACCESSIBILITY_FEATURES),
  status: codes(SERVICE_STATUSES),
  age: new Set<string>(AGE_CATEGORIES),
  domain: new Set<string>(LIFE_DOMAINS),
  staffing: new Set<string>(STAFFING),
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string): boolean => UUID.test(value);
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^[0-9+()\-\s]{3,40}$/;
const POSTAL_CODE = /^[1-9][0-9]{3} ?[A-Z]{2}$/;
const LANGUAGE = /^[a-z]{2}$/;

/** The field names as the API and the files call them (Dutch), for messages and paths. */
export const FIELD_NAMES = {
  provider: {
    name: 'naam', description: 'omschrijving', kind: 'soort', email: 'email', website: 'website', phone: 'telefoon',
    staffing: 'bemensing', municipalityCode: 'gemeenteCode', relations: 'relaties',
  },
  service: {
    providerId: 'aanbiederId', name: 'naam', description: 'omschrijving', status: 'status', what: 'wat', how: 'hoe',
    targetGroups: 'doelgroepen', ageCategories: 'leeftijden', lifeDomains: 'leefgebieden', channels: 'kanalen', languages: 'talen',
    phone: 'telefoon', phoneHours: 'telefonischeBereikbaarheid', email: 'email', url: 'website', walkInHours: 'inloopspreekuur',
    homeVisits: 'huisbezoek', freeOfCharge: 'gratis', municipalityCodes: 'gemeenten', keywords: 'trefwoorden',
  },
  location: {
    providerId: 'aanbiederId', name: 'naam', address: 'adres', postalCode: 'postcode', city: 'plaats', municipalityCode: 'gemeenteCode',
    latitude: 'breedtegraad', longitude: 'lengtegraad', accessibility: 'toegankelijkheid', accessibilityNotes: 'toegankelijkheidToelichting',
    openingHours: 'openingstijden',
  },
} as const;

class Checker {
  readonly issues: Issue[] = [];
  constructor(private readonly prefix: string) {}
  at(field: string): string {
    return this.prefix ? `${this.prefix}.${field}` : field;
  }
  add(field: string, message: string): void {
    this.issues.push({ path: this.at(field), message });
  }
  text(field: string, value: string, min: number, max: number): void {
    if (value.trim().length < min) this.add(field, 'Vul dit in.');
    else if (value.length > max) this.add(field, `Maximaal ${max} tekens.`);
  }
  optional(field: string, value: string | null, pattern: RegExp, message: string, max = 300): void {
    if (value === null) return;
    if (value.length > max) this.add(field, `Maximaal ${max} tekens.`);
    else if (!pattern.test(value)) this.add(field, message);
  }
  url(field: string, value: string | null): void {
    if (value === null) return;
    let ok = value.length <= 500;
    try {
      ok &&= ['http:', 'https:'].includes(new URL(value).protocol);
    } catch {
      ok = false;
    }
    if (!ok) this.add(field, 'Geen geldig webadres (begin met https://).');
  }
  list(field: string, values: readonly string[], known: Set<string>, what: string, max = 50): void {
    if (values.length > max) this.add(field, `Maximaal ${max} waarden.`);
    values.forEach((v, i) => {
      if (!known.has(v)) this.add(`${field}[${i}]`, `Onbekende ${what}: "${v}".`);
      else if (values.indexOf(v) !== i) this.add(`${field}[${i}]`, `"${v}" staat er twee keer in.`);
    });
  }
  municipality(field: string, code: string | null, municipalities: ReadonlySet<string>): void {
    if (code !== null && !municipalities.has(code)) this.add(field, `Onbekende gemeente: "${code}".`);
  }
}

export function validateProvider(p: Provider, municipalities: ReadonlySet<string>, prefix = ''): Issue[] {
  const c = new Checker(prefix);
  const f = FIELD_NAMES.provider;
  if (!isUuid(p.id)) c.add('id', 'Geen geldige id (uuid).');
  c.text(f.name, p.name, 1, 200);
  c.text(f.description, p.description, 0, 4000);
  if (!KNOWN.kind.has(p.kind)) c.add(f.kind, `Onbekende soort aanbieder: "${p.kind}".`);
  if (!KNOWN.staffing.has(p.staffing)) c.add(f.staffing, `Kies professioneel, vrijwillig of beide (niet "${p.staffing}").`);
  c.optional(f.email, p.email, EMAIL, 'Geen geldig e-mailadres.');
  c.optional(f.phone, p.phone, PHONE, 'Geen geldig telefoonnummer.', 40);
  c.url(f.website, p.website);
  c.municipality(f.municipalityCode, p.municipalityCode, municipalities);
  p.relations.forEach((r, i) => {
    const at = `${f.relations}[${i}]`;
    c.municipality(`${at}.gemeenteCode`, r.municipalityCode, municipalities);
    if (!KNOWN.relation.has(r.relation)) c.add(`${at}.relatie`, `Onbekende relatie: "${r.relation}".`);
    if (p.relations.findIndex((o) => o.municipalityCode === r.municipalityCode) !== i) c.add(`${at}.gemeenteCode`, 'Per gemeente één relatie.');
  });
  return c.issues;
}

export function validateService(s: Service, municipalities: ReadonlySet<string>, prefix = ''): Issue[] {
  const c = new Checker(prefix);
  const f = FIELD_NAMES.service;
  if (!isUuid(s.id)) c.add('id', 'Geen geldige id (uuid).');
  if (!isUuid(s.providerId)) c.add(f.providerId, 'Geen geldige id van een aanbieder.');
  c.text(f.name, s.name, 1, 200);
  c.text(f.description, s.description, 0, 4000);
  c.text(f.what, s.what, 0, 2000);
  c.text(f.how, s.how, 0, 2000);
  if (!KNOWN.status.has(s.status)) c.add(f.status, `Onbekende status: "${s.status}".`);
  c.list(f.targetGroups, s.targetGroups, KNOWN.target, 'doelgroep');
  c.list(f.ageCategories, s.ageCategories, KNOWN.age, 'leeftijdscategorie');
  c.list(f.lifeDomains, s.lifeDomains, KNOWN.domain, 'leefgebied');
  c.list(f.channels, s.channels, KNOWN.channel, 'manier van contact');
  s.languages.forEach((l, i) => {
    if (!LANGUAGE.test(l)) c.add(`${f.languages}[${i}]`, `Geen taalcode van twee letters (ISO 639-1): "${l}".`);
    else if (s.languages.indexOf(l) !== i) c.add(`${f.languages}[${i}]`, `"${l}" staat er twee keer in.`);
  });
  c.optional(f.phone, s.phone, PHONE, 'Geen geldig telefoonnummer.', 40);
  c.optional(f.email, s.email, EMAIL, 'Geen geldig e-mailadres.');
  c.url(f.url, s.url);
  for (const field of ['phoneHours', 'walkInHours'] as const) {
    const value = s[field];
    if (value !== null && value.length > 300) c.add(f[field], 'Maximaal 300 tekens.');
  }
  if (s.municipalityCodes.length === 0) c.add(f.municipalityCodes, 'Noem minstens één gemeente waar de dienst te gebruiken is.');
  s.municipalityCodes.forEach((code, i) => {
    c.municipality(`${f.municipalityCodes}[${i}]`, code, municipalities);
    if (s.municipalityCodes.indexOf(code) !== i) c.add(`${f.municipalityCodes}[${i}]`, `"${code}" staat er twee keer in.`);
  });
  if (s.keywords.length > 50) c.add(f.keywords, 'Maximaal 50 trefwoorden.');
  s.keywords.forEach((k, i) => {
    if (k.trim().length === 0 || k.length > 60) c.add(`${f.keywords}[${i}]`, 'Een trefwoord heeft 1 tot 60 tekens.');
  });
  return c.issues;
}

export function validateLocation(l: Location, municipalities: ReadonlySet<string>, prefix = ''): Issue[] {
  const c = new Checker(prefix);
  const f = FIELD_NAMES.location;
  if (!isUuid(l.id)) c.add('id', 'Geen geldige id (uuid).');
  if (!isUuid(l.providerId)) c.add(f.providerId, 'Geen geldige id van een aanbieder.');
  c.text(f.name, l.name, 1, 200);
  c.text(f.address, l.address, 0, 300);
  c.text(f.city, l.city, 0, 100);
  if (l.postalCode !== '' && !POSTAL_CODE.test(l.postalCode)) c.add(f.postalCode, 'Geen geldige postcode (bijvoorbeeld 3511 AB).');
  c.municipality(f.municipalityCode, l.municipalityCode, municipalities);
  if (l.latitude !== null && !(l.latitude >= -90 && l.latitude <= 90)) c.add(f.latitude, 'Tussen -90 en 90.');
  if (l.longitude !== null && !(l.longitude >= -180 && l.longitude <= 180)) c.add(f.longitude, 'Tussen -180 en 180.');
  c.list(f.accessibility, l.accessibility, KNOWN.access, 'toegankelijkheid');
  c.text(f.accessibilityNotes, l.accessibilityNotes, 0, 2000);
  c.text(f.openingHours, l.openingHours, 0, 500);
  return c.issues;
}

export function validateFaq(entry: Pick<FaqEntry, 'question' | 'answer' | 'position'>, prefix = ''): Issue[] {
  const c = new Checker(prefix);
  c.text('vraag', entry.question, 1, 500);
  c.text('antwoord', entry.answer, 1, 5000);
  if (!Number.isInteger(entry.position) || entry.position < 0 || entry.position > 10000) c.add('positie', 'Een heel getal van 0 tot 10000.');
  return c.issues;
}

/**
 * A whole social map: each part valid, and the references between them sound (a service's provider
 * and a location's provider exist, a service is only given at locations of its own provider, ids unique).
 * `names` are the collection names used in the paths.
 */
export function validateSocialMap(
  map: SocialMapData,
  municipalities: ReadonlySet<string>,
  names = { providers: 'aanbieders', services: 'diensten', locations: 'locaties', serviceLocations: 'dienstLocaties' },
): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  const unique = (id: string, path: string) => {
    if (seen.has(id)) issues.push({ path: `${path}.id`, message: `De id ${id} komt twee keer voor.` });
    seen.add(id);
  };
  const providers = new Set(map.providers.map((p) => p.id));
  map.providers.forEach((p, i) => {
    unique(p.id, `${names.providers}[${i}]`);
    issues.push(...validateProvider(p, municipalities, `${names.providers}[${i}]`));
  });
  const serviceProvider = new Map(map.services.map((s) => [s.id, s.providerId]));
  const locationProvider = new Map(map.locations.map((l) => [l.id, l.providerId]));
  map.services.forEach((s, i) => {
    unique(s.id, `${names.services}[${i}]`);
    issues.push(...validateService(s, municipalities, `${names.services}[${i}]`));
    if (isUuid(s.providerId) && !providers.has(s.providerId)) issues.push({ path: `${names.services}[${i}].aanbiederId`, message: `Aanbieder ${s.providerId} bestaat niet.` });
  });
  map.locations.forEach((l, i) => {
    unique(l.id, `${names.locations}[${i}]`);
    issues.push(...validateLocation(l, municipalities, `${names.locations}[${i}]`));
    if (isUuid(l.providerId) && !providers.has(l.providerId)) issues.push({ path: `${names.locations}[${i}].aanbiederId`, message: `Aanbieder ${l.providerId} bestaat niet.` });
  });
  const pairs = new Set<string>();
  map.serviceLocations.forEach((sl, i) => {
    const at = `${names.serviceLocations}[${i}]`;
    unique(sl.id, at);
    if (!isUuid(sl.id)) issues.push({ path: `${at}.id`, message: 'Geen geldige id (uuid).' });
    const sp = serviceProvider.get(sl.serviceId);
    const lp = locationProvider.get(sl.locationId);
    if (sp === undefined) issues.push({ path: `${at}.dienstId`, message: `Dienst ${sl.serviceId} bestaat niet.` });
    if (lp === undefined) issues.push({ path: `${at}.locatieId`, message: `Locatie ${sl.locationId} bestaat niet.` });
    if (sp !== undefined && lp !== undefined && sp !== lp) issues.push({ path: `${at}.locatieId`, message: 'De locatie hoort bij een andere aanbieder dan de dienst.' });
    const pair = `${sl.serviceId}|${sl.locationId}`;
    if (pairs.has(pair)) issues.push({ path: `${at}.locatieId`, message: 'Deze dienst staat al op deze locatie.' });
    pairs.add(pair);
  });
  return issues;
}

/** Trims text and turns empty optional text into null, so every way in stores the same thing. */
export const blankToNull = (value: string | null | undefined): string | null => {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
};
