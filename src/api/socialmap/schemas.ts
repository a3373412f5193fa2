import { z } from 'zod';
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
} from '../../domain/socialmap/taxonomy.ts';
import type { Location, Provider, Service } from '../../domain/socialmap/model.ts';
import type { PublicService, SearchResult } from '../../services/socialmap/search.ts';
import type { StoredFaq } from '../../services/socialmap/faq.ts';

export const tags = ['Sociale kaart'];
export const manage = { permission: 'sociale-kaart:beheren' as const };
export const publicAccess = { public: true as const };

const codes = <T extends readonly { code: string }[]>(terms: T) => terms.map((t) => t.code) as [T[number]['code'], ...T[number]['code'][]];
const text = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().default(null);

export const Relation = z.object({ gemeenteCode: z.string().max(100), relatie: z.enum(codes(MUNICIPAL_RELATIONS)).describe('§3.2: hoe de gemeente zich tot de aanbieder verhoudt') });

export const ProviderInput = z
  .object({
    naam: text(200).min(1),
    omschrijving: text(4000).default(''),
    soort: z.enum(codes(PROVIDER_KINDS)).describe('Soort aanbieder (Tabel 1 en 2)'),
    email: optionalText(300),
    website: optionalText(500),
    telefoon: optionalText(40),
    bemensing: z.enum(STAFFING).default('professioneel'),
    relaties: z.array(Relation).max(50).default([]),
  })
  .meta({ id: 'AanbiederInvoer' });

export const Provider_ = ProviderInput.extend({ id: z.string(), gemeenteCode: z.string(), versie: z.number().int() });

export const ServiceInput = z
  .object({
    naam: text(200).min(1),
    omschrijving: text(4000).default(''),
    status: z.enum(codes(SERVICE_STATUSES)).default('active'),
    wat: text(2000).default('').describe('Tabel 2: wat de dienst doet'),
    hoe: text(2000).default('').describe('Tabel 2: hoe de dienst werkt'),
    doelgroepen: z.array(z.enum(codes(TARGET_SUBGROUPS))).max(17).default([]).describe('Doelgroepen uit Tabel 1; leeg = iedereen'),
    leeftijden: z.array(z.enum(AGE_CATEGORIES)).max(4).default([]).describe('Leeg = alle leeftijden'),
    leefgebieden: z.array(z.enum(LIFE_DOMAINS)).max(6).default([]).describe('Leeg = alle leefgebieden'),
    kanalen: z.array(z.enum(codes(CHANNELS))).max(5).default([]),
    talen: z.array(z.string().regex(/^[a-z]{2}$/)).max(30).default(['nl']).describe('Taalcodes (ISO 639-1)'),
    telefoon: optionalText(40),
    telefonischeBereikbaarheid: optionalText(300),
    email: optionalText(300),
    website: optionalText(500),
    inloopspreekuur: optionalText(300),
    huisbezoek: z.boolean().default(false),
    gratis: z.boolean().default(true),
    gemeenten: z.array(z.string().max(100)).max(100).default([]).describe('Werkgebied; leeg = de eigen gemeente'),
    trefwoorden: z.array(text(60).min(1)).max(50).default([]),
    locatieIds: z.array(z.string().max(64)).max(100).default([]).describe('Locaties van dezelfde aanbieder waar de dienst gegeven wordt'),
  })
  .meta({ id: 'DienstInvoer' });

const ServiceOut = ServiceInput.extend({ id: z.string(), aanbiederId: z.string(), versie: z.number().int() });
export const ServiceSchema = ServiceOut.meta({ id: 'Dienst' });

export const LocationInput = z
  .object({
    naam: text(200).min(1),
    adres: text(300).default(''),
    postcode: text(10).default(''),
    plaats: text(100).default(''),
    gemeenteCode: z.string().max(100).nullable().default(null),
    breedtegraad: z.number().min(-90).max(90).nullable().default(null),
    lengtegraad: z.number().min(-180).max(180).nullable().default(null),
    toegankelijkheid: z.array(z.enum(codes(ACCESSIBILITY_FEATURES))).max(3).default([]),
    toegankelijkheidToelichting: text(2000).default(''),
    openingstijden: text(500).default(''),
  })
  .meta({ id: 'LocatieInvoer' });
export const LocationSchema = LocationInput.extend({ id: z.string(), aanbiederId: z.string(), versie: z.number().int() }).meta({ id: 'Locatie' });

export const ProviderSchema = Provider_.extend({ diensten: z.array(ServiceOut).optional(), locaties: z.array(LocationSchema).optional() }).meta({ id: 'Aanbieder' });

export const PublicServiceSchema = ServiceOut.omit({ versie: true })
  .extend({
    aanbieder: z.object({ id: z.string(), naam: z.string(), soort: z.string(), website: z.string().nullable(), telefoon: z.string().nullable(), email: z.string().nullable(), bemensing: z.string() }),
    locaties: z.array(LocationSchema.omit({ versie: true })),
  })
  .meta({ id: 'DienstOpenbaar' });

/** A search result: the service, why it was found, the first step and what it costs (issue 19 §2). */
export const SearchResultSchema = PublicServiceSchema.extend({
  waaromGevonden: z.array(z.string()).describe('De woorden of zinnen van de vraag waarop de dienst is gevonden; leeg zonder vraag'),
  eersteStap: z
    .object({ soort: z.enum(['telefoon', 'inloop', 'website', 'e-mail']), tekst: z.string().describe('In gewone taal, bijvoorbeeld "Bel 030 000 00 00 (ma–vr 9.00–12.00)"') })
    .nullable(),
  kosten: z.string().describe('"Gratis" of wat de inwoner moet weten over de kosten'),
  afstandKm: z
    .number()
    .nullable()
    .describe('Hemelsbreed, in km, van het midden van de postcode (plaats als postcode) tot de dichtstbijzijnde locatie van de dienst; leeg zonder postcode of locatie met coördinaten'),
}).meta({ id: 'Zoekresultaat' });

export const searchResultOut = (r: SearchResult) => ({
  ...publicServiceOut(r),
  waaromGevonden: r.matchedBecause,
  eersteStap: r.firstStep ? { soort: r.firstStep.kind, tekst: r.firstStep.text } : null,
  kosten: r.cost,
  afstandKm: r.distanceKm,
});

export const FaqInput = z
  .object({ vraag: text(500).min(1), antwoord: text(5000).min(1), positie: z.number().int().min(0).max(10000).default(0), gepubliceerd: z.boolean().default(true) })
  .meta({ id: 'VeelgesteldeVraagInvoer' });
export const FaqSchema = FaqInput.extend({ id: z.string(), gemeenteCode: z.string(), versie: z.number().int() }).meta({ id: 'VeelgesteldeVraag' });

export const ifMatchHeaders = z.object({ 'if-match': z.string().optional().describe('Versie die u het laatst las, bijvoorbeeld "3" (412 als die verouderd is)') });
export const ifMatchRequired = z.object({ 'if-match': z.string().describe('Versie die u het laatst las, bijvoorbeeld "3": verwijderen kan alleen met de actuele versie') });

// ------------------------------------------------------------------------------------ conversions

export const providerOut = (p: Provider, version: number) => ({
  id: p.id, naam: p.name, omschrijving: p.description, soort: p.kind, email: p.email, website: p.website, telefoon: p.phone, bemensing: p.staffing,
  gemeenteCode: p.municipalityCode, relaties: p.relations.map((r) => ({ gemeenteCode: r.municipalityCode, relatie: r.relation })), versie: version,
});

export const providerIn = (b: z.output<typeof ProviderInput>, id: string, municipalityCode: string): Provider => ({
  id, name: b.naam, description: b.omschrijving, kind: b.soort, email: b.email || null, website: b.website || null, phone: b.telefoon || null,
  staffing: b.bemensing, municipalityCode, relations: b.relaties.map((r) => ({ municipalityCode: r.gemeenteCode, relation: r.relatie })),
});

const serviceFields = (s: Service) => ({
  id: s.id, aanbiederId: s.providerId, naam: s.name, omschrijving: s.description, status: s.status, wat: s.what, hoe: s.how,
  doelgroepen: s.targetGroups, leeftijden: s.ageCategories, leefgebieden: s.lifeDomains, kanalen: s.channels, talen: s.languages,
  telefoon: s.phone, telefonischeBereikbaarheid: s.phoneHours, email: s.email, website: s.url, inloopspreekuur: s.walkInHours,
  huisbezoek: s.homeVisits, gratis: s.freeOfCharge, gemeenten: s.municipalityCodes, trefwoorden: s.keywords,
});
export const serviceOut = (s: Service, version: number, locationIds: string[]) => ({ ...serviceFields(s), locatieIds: locationIds, versie: version });

export const serviceIn = (b: z.output<typeof ServiceInput>, id: string, providerId: string, ownMunicipality: string): Service => ({
  id, providerId, name: b.naam, description: b.omschrijving, status: b.status, what: b.wat, how: b.hoe, targetGroups: b.doelgroepen,
  ageCategories: b.leeftijden, lifeDomains: b.leefgebieden, channels: b.kanalen, languages: b.talen, phone: b.telefoon || null,
  phoneHours: b.telefonischeBereikbaarheid || null, email: b.email || null, url: b.website || null, walkInHours: b.inloopspreekuur || null,
  homeVisits: b.huisbezoek, freeOfCharge: b.gratis, municipalityCodes: b.gemeenten.length ? b.gemeenten : [ownMunicipality], keywords: b.trefwoorden,
});

const locationFields = (l: Location) => ({
  id: l.id, aanbiederId: l.providerId, naam: l.name, adres: l.address, postcode: l.postalCode, plaats: l.city, gemeenteCode: l.municipalityCode,
  breedtegraad: l.latitude, lengtegraad: l.longitude, toegankelijkheid: l.accessibility, toegankelijkheidToelichting: l.accessibilityNotes, openingstijden: l.openingHours,
});
export const locationOut = (l: Location, version: number) => ({ ...locationFields(l), versie: version });

export const locationIn = (b: z.output<typeof LocationInput>, id: string, providerId: string): Location => ({
  id, providerId, name: b.naam, address: b.adres, postalCode: b.postcode.toUpperCase(), city: b.plaats, municipalityCode: b.gemeenteCode || null,
  latitude: b.breedtegraad, longitude: b.lengtegraad, accessibility: b.toegankelijkheid, accessibilityNotes: b.toegankelijkheidToelichting, openingHours: b.openingstijden,
});

export const publicServiceOut = (s: PublicService) => ({
  ...serviceFields(s),
  locatieIds: s.locations.map((l) => l.id),
  aanbieder: { id: s.provider.id, naam: s.provider.name, soort: s.provider.kind, website: s.provider.website, telefoon: s.provider.phone, email: s.provider.email, bemensing: s.provider.staffing },
  locaties: s.locations.map(locationFields),
});

export const faqOut = (f: StoredFaq) => ({ id: f.id, gemeenteCode: f.municipalityCode, vraag: f.question, antwoord: f.answer, positie: f.position, gepubliceerd: f.published, versie: f.version });
export const faqIn = (b: z.output<typeof FaqInput>) => ({ question: b.vraag, answer: b.antwoord, position: b.positie, published: b.gepubliceerd });
