/**
 * Demo social map for Utrecht (DEMO DATA: invented but plausible, every provider name says "(demo)"):
 * one (fictional) provider of every kind in Tabel 1, the Wmo-loket and social district teams, and the
 * other offers a resident meets on a real social map (debt help, shelter, food bank, language, sport,
 * dementia, …): 110 services over every target group, with overlapping offers, walk-in and phone
 * channels, so that the ranking of the resident search (ADR 0012) matters and can be measured.
 *
 * Tabel 1's cell markings did not survive the seed's text extraction, so which provider serves which
 * target group here is made up for the demo, with overlaps (older people living independently: many
 * providers) and gaps in the cells of target group × age × life domain, so the coverage heat map of
 * the policy framework shows both. Some services are regional: they are also available in
 * neighbouring municipalities. Services without their own description get Tabel 2's working method.
 */
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../config.ts';
import { nameUuid } from '../../domain/socialmap/ids.ts';
import type { Location, Provider, Service, ServiceLocation, SocialMapData } from '../../domain/socialmap/model.ts';
import { WORKING_METHODS, type ProviderKind } from '../../domain/socialmap/taxonomy.ts';
import type { Database } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';
import { createFaq } from './faq.ts';
import { replaceMap } from './store.ts';

export const DEMO_MUNICIPALITY = 'utrecht';
/** Neighbours that share the regional services (Zuidoost Utrecht, Lekstroom, Utrecht West). */
export const DEMO_NEIGHBOURS = ['zeist', 'de-bilt', 'nieuwegein', 'stichtse-vecht', 'bunnik'];

const id = (name: string) => nameUuid(`demo:utrecht:${name}`);
/** The id of a demo service by its provider key and position in the data file (the relevance set refers to them so). */
export const demoServiceId = (providerKey: string, position: number) => id(`service:${providerKey}:${position}`);

interface DemoProvider {
  key: string;
  kind: ProviderKind;
  name: string;
  relation: Provider['relations'][number]['relation'];
  staffing: Provider['staffing'];
  location?: Omit<Location, 'id' | 'providerId' | 'municipalityCode' | 'accessibilityNotes' | 'latitude' | 'longitude'> & { notes?: string; lat: number; lon: number };
  services: (Partial<Service> & Pick<Service, 'name' | 'targetGroups' | 'ageCategories' | 'lifeDomains' | 'channels'> & { regional?: boolean })[];
}

/**
 * The providers and services live in data/socialmap/demo-utrecht.json (reviewed like code; a service's
 * id comes from its provider key and its position, so new services go at the end of a provider's list).
 */
const PROVIDERS: DemoProvider[] = (JSON.parse(fs.readFileSync(path.join(projectRoot, 'data', 'socialmap', 'demo-utrecht.json'), 'utf8')) as { providers: DemoProvider[] }).providers;

/** The demo map (pure data; ids are name-based, so loading it twice gives the same rows). */
export function demoSocialMap(): SocialMapData {
  const map: SocialMapData = { providers: [], services: [], locations: [], serviceLocations: [] };
  for (const p of PROVIDERS) {
    const providerId = id(`provider:${p.key}`);
    const method = WORKING_METHODS[p.kind];
    const regional = p.services.some((s) => s.regional);
    map.providers.push({
      id: providerId, name: p.name, description: `Demogegevens. ${method?.what ?? ''}`.trim(), kind: p.kind, email: `info@${p.key}.demo.naast.nl`,
      website: `https://${p.key}.demo.naast.nl`, phone: '030 000 00 00', staffing: p.staffing, municipalityCode: DEMO_MUNICIPALITY,
      relations: [{ municipalityCode: DEMO_MUNICIPALITY, relation: p.relation }, ...(regional ? [{ municipalityCode: 'zeist', relation: 'stichting-niet-gefinancierd' as const }] : [])],
    });
    const locationId = p.location ? id(`location:${p.key}`) : undefined;
    if (p.location && locationId) {
      const { notes, lat, lon, ...rest } = p.location;
      map.locations.push({ ...rest, id: locationId, providerId, municipalityCode: DEMO_MUNICIPALITY, accessibilityNotes: notes ?? '', latitude: lat, longitude: lon });
    }
    p.services.forEach((s, i) => {
      const serviceId = id(`service:${p.key}:${i}`);
      const { regional: isRegional, description: _description, ...fields } = s;
      const service: Service = {
        id: serviceId, providerId, description: `Demogegevens. ${s.description ?? method?.what ?? ''}`.trim(), status: 'active', what: method?.what ?? '', how: method?.how ?? '',
        languages: ['nl'], phone: '030 000 00 00', phoneHours: null, email: `info@${p.key}.demo.naast.nl`, url: `https://${p.key}.demo.naast.nl`, walkInHours: null,
        homeVisits: false, freeOfCharge: true, keywords: [], municipalityCodes: isRegional ? [DEMO_MUNICIPALITY, ...DEMO_NEIGHBOURS] : [DEMO_MUNICIPALITY],
        ...fields,
      };
      map.services.push(service);
      if (locationId) map.serviceLocations.push({ id: id(`at:${p.key}:${i}`), serviceId, locationId } satisfies ServiceLocation);
    });
  }
  return map;
}

const DEMO_FAQ = [
  { question: 'Wat is cliëntondersteuning?', answer: 'Een cliëntondersteuner denkt met u mee als u hulp nodig heeft, bijvoorbeeld bij zorg, wonen, werk of geld. Hij of zij staat naast u en werkt niet voor de organisatie die over uw aanvraag beslist.' },
  { question: 'Kost cliëntondersteuning geld?', answer: 'Nee. Cliëntondersteuning is gratis voor alle inwoners. Dat staat in de Wmo 2015.' },
  { question: 'Mag ik zelf iemand meenemen naar een gesprek?', answer: 'Ja. U mag altijd iemand meenemen, bijvoorbeeld een familielid, een vriend of een cliëntondersteuner.' },
  { question: 'Ik ben het niet eens met mijn cliëntondersteuner. Wat nu?', answer: 'U mag vragen om een andere cliëntondersteuner. De gemeente moet dat regelen.' },
];

/**
 * Loads the demo map and FAQ for Utrecht unless Utrecht already has a social map. Returns the number
 * of services loaded (0 when nothing was done).
 */
export async function loadDemoSocialMap(db: Database): Promise<number> {
  const [existing] = await db.rows<{ n: number }>(sql`select count(*)::int as n from socialmap_organisations where municipality_code = ${DEMO_MUNICIPALITY}`);
  if (existing!.n > 0) return 0;
  const map = demoSocialMap();
  await replaceMap(db, DEMO_MUNICIPALITY, map);
  const [faq] = await db.rows<{ n: number }>(sql`select count(*)::int as n from socialmap_faq where municipality_code = ${DEMO_MUNICIPALITY}`);
  if (faq!.n === 0) {
    for (const [position, entry] of DEMO_FAQ.entries()) await createFaq(db, DEMO_MUNICIPALITY, { ...entry, position, published: true });
  }
  return map.services.length;
}
