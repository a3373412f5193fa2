/**
 * Demo social map for Utrecht: one (fictional) provider of every kind in Tabel 1, plus the Wmo-loket
 * and a social district team, each with Tabel 2's working method as text. Every name says "(demo)".
 *
 * Tabel 1's cell markings did not survive the seed's text extraction, so which provider serves which
 * target group here is made up for the demo — on purpose with gaps (e.g. homeless people, NAH, autism
 * in young adults: no provider) and overlaps (older people living independently: four providers), so
 * the coverage heat map of the policy framework shows both. Some services are regional: they are also
 * available in neighbouring municipalities.
 */
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

interface DemoProvider {
  key: string;
  kind: ProviderKind;
  name: string;
  relation: Provider['relations'][number]['relation'];
  staffing: Provider['staffing'];
  location?: Omit<Location, 'id' | 'providerId' | 'municipalityCode' | 'accessibilityNotes' | 'latitude' | 'longitude'> & { notes?: string; lat: number; lon: number };
  services: (Partial<Service> & Pick<Service, 'name' | 'targetGroups' | 'ageCategories' | 'lifeDomains' | 'channels'> & { regional?: boolean })[];
}

const PROVIDERS: DemoProvider[] = [
  {
    key: 'ouderen', kind: 'ouderenadviseur', name: 'Ouderenadvies Utrecht (demo)', relation: 'onderdeel-welzijnsorganisatie', staffing: 'beide',
    location: { name: 'Wijkcentrum De Linde (demo)', address: 'Lindelaan 12', postalCode: '3571 AA', city: 'Utrecht', accessibility: ['openbaar-vervoer', 'rolstoeltoegankelijk', 'parkeren'], notes: 'Ingang zonder drempel; invalidenparkeerplaats voor de deur.', openingHours: 'ma–do 9.00–16.00', lat: 52.1, lon: 5.13 },
    services: [
      { name: 'Ouderenadviseur aan huis', keywords: ['dementie', 'eenzaam', 'mantelzorg', 'rollator', 'thuis wonen'], targetGroups: ['ouderen', 'chronisch-zieken', 'zintuiglijke-problemen'], ageCategories: ['65+'], lifeDomains: ['zelfstandig_wonen_en_samenleven', 'vrienden_en_relaties', 'vrije_tijd_en_sport'], channels: ['telefoon', 'huisbezoek', 'inloop'], homeVisits: true, phoneHours: 'ma–vr 9.00–12.00', walkInHours: 'di 10.00–12.00' },
    ],
  },
  {
    key: 'mee', kind: 'mee', name: 'MEE-ondersteuning regio Utrecht (demo)', relation: 'stichting-gefinancierd', staffing: 'professioneel',
    location: { name: 'MEE-kantoor Utrecht (demo)', address: 'Stationsplein 5', postalCode: '3511 ED', city: 'Utrecht', accessibility: ['openbaar-vervoer', 'rolstoeltoegankelijk'], openingHours: 'ma–vr 8.30–17.00', lat: 52.09, lon: 5.11 },
    services: [
      { name: 'Cliëntondersteuning bij een beperking', keywords: ['beperking', 'indicatie', 'keukentafelgesprek', 'wlz', 'school', 'dagbesteding'], targetGroups: ['verstandelijke-beperking', 'lichamelijke-beperking', 'autisme', 'meervoudige-problematiek', 'werk-en-scholing'], ageCategories: ['0-18', '25-65', '65+'], lifeDomains: ['opvoeding_en_ontwikkeling', 'leren_en_werken', 'zelfstandig_wonen_en_samenleven', 'regelgeving_en_geldzaken'], channels: ['telefoon', 'e-mail', 'huisbezoek', 'website'], homeVisits: true, regional: true, phoneHours: 'ma–vr 8.30–17.00' },
      { name: 'Integrale Vroeghulp (demo)', keywords: ['ontwikkeling', 'baby', 'peuter', 'achterstand'], targetGroups: ['jonge-kinderen-ontwikkeling'], ageCategories: ['0-18'], lifeDomains: ['opvoeding_en_ontwikkeling'], channels: ['telefoon', 'huisbezoek'], homeVisits: true, regional: true },
    ],
  },
  {
    key: 'ggz', kind: 'steunpunt-ggz', name: 'Steunpunt GGZ Utrecht (demo)', relation: 'stichting-gefinancierd', staffing: 'beide',
    location: { name: 'Inloophuis Steunpunt GGZ (demo)', address: 'Oudegracht 200', postalCode: '3511 NR', city: 'Utrecht', accessibility: ['openbaar-vervoer'], notes: 'Trap naar de eerste verdieping; geen lift.', openingHours: 'ma, wo, vr 10.00–15.00', lat: 52.088, lon: 5.12 },
    services: [
      { name: 'Inloop en ervaringsdeskundige steun', keywords: ['psychisch', 'depressie', 'angst', 'ggz', 'ervaringsdeskundige'], targetGroups: ['psychische-problemen'], ageCategories: ['18-25', '25-65', '65+'], lifeDomains: ['vrienden_en_relaties', 'zelfstandig_wonen_en_samenleven', 'vrije_tijd_en_sport'], channels: ['inloop', 'telefoon'], languages: ['nl', 'en', 'ar'], regional: true, walkInHours: 'ma, wo, vr 10.00–15.00' },
    ],
  },
  {
    key: 'informeel', kind: 'informele-zorg', name: 'Mantelzorgsteunpunt Utrecht (demo)', relation: 'onderdeel-welzijnsorganisatie', staffing: 'vrijwillig',
    services: [
      { name: 'Steun voor mantelzorgers en buddy’s', keywords: ['mantelzorg', 'respijtzorg', 'vrijwilliger', 'buddy', 'overbelast'], targetGroups: ['ouderen', 'chronisch-zieken', 'nah'], ageCategories: ['25-65', '65+'], lifeDomains: ['zelfstandig_wonen_en_samenleven', 'vrienden_en_relaties'], channels: ['telefoon', 'e-mail', 'huisbezoek'], homeVisits: true },
    ],
  },
  {
    key: 'amw', kind: 'amw', name: 'Algemeen Maatschappelijk Werk Utrecht (demo)', relation: 'stichting-gefinancierd', staffing: 'professioneel',
    location: { name: 'AMW Kanaleneiland (demo)', address: 'Marshalllaan 40', postalCode: '3527 TK', city: 'Utrecht', accessibility: ['openbaar-vervoer', 'parkeren', 'rolstoeltoegankelijk'], openingHours: 'ma–vr 9.00–17.00', lat: 52.07, lon: 5.1 },
    services: [
      { name: 'Maatschappelijk werk', keywords: ['relatie', 'scheiding', 'rouw', 'stress', 'zelfredzaam'], targetGroups: ['psychische-problemen', 'meervoudige-problematiek', 'ouderen'], ageCategories: ['18-25', '25-65', '65+'], lifeDomains: ['vrienden_en_relaties', 'zelfstandig_wonen_en_samenleven', 'regelgeving_en_geldzaken'], channels: ['telefoon', 'e-mail', 'inloop'], walkInHours: 'di en do 9.00–11.00' },
    ],
  },
  {
    key: 'raadslieden', kind: 'sociaal-raadslieden', name: 'Sociaal Raadslieden Utrecht (demo)', relation: 'onderdeel-welzijnsorganisatie', staffing: 'professioneel',
    location: { name: 'Bibliotheek Overvecht (demo)', address: 'Zamenhofdreef 1', postalCode: '3562 JT', city: 'Utrecht', accessibility: ['openbaar-vervoer', 'rolstoeltoegankelijk'], openingHours: 'ma–za 10.00–17.00', lat: 52.11, lon: 5.11 },
    services: [
      { name: 'Spreekuur geld en regels', keywords: ['schulden', 'geld', 'toeslagen', 'belasting', 'brieven', 'bezwaar', 'uitkering'], targetGroups: ['financiele-problemen', 'meervoudige-problematiek'], ageCategories: ['18-25', '25-65', '65+'], lifeDomains: ['regelgeving_en_geldzaken'], channels: ['telefoon', 'e-mail', 'inloop'], languages: ['nl', 'tr', 'ar'], walkInHours: 'wo 13.00–16.00' },
    ],
  },
  {
    key: 'shg', kind: 'shg', name: 'Veilig Thuis regio Utrecht (demo)', relation: 'stichting-gefinancierd', staffing: 'professioneel',
    services: [
      { name: 'Advies bij huiselijk geweld', keywords: ['geweld', 'mishandeling', 'onveilig', 'huiselijk'], targetGroups: ['relationeel-geweld'], ageCategories: ['0-18', '18-25', '25-65', '65+'], lifeDomains: ['vrienden_en_relaties', 'opvoeding_en_ontwikkeling'], channels: ['telefoon'], regional: true, phoneHours: 'dag en nacht' },
    ],
  },
  {
    key: 'cjg', kind: 'cjg', name: 'Centrum voor Jeugd en Gezin Utrecht (demo)', relation: 'gemeentelijk', staffing: 'professioneel',
    location: { name: 'CJG Leidsche Rijn (demo)', address: 'Brennerbaan 150', postalCode: '3524 BN', city: 'Utrecht', accessibility: ['openbaar-vervoer', 'parkeren', 'rolstoeltoegankelijk'], openingHours: 'ma–vr 8.30–17.00', lat: 52.1, lon: 5.05 },
    services: [
      { name: 'Opvoedspreekuur', keywords: ['opvoeding', 'kind', 'puber', 'slapen', 'ruzie', 'school'], targetGroups: ['opvoeding', 'problemen-bij-kinderen'], ageCategories: ['0-18'], lifeDomains: ['opvoeding_en_ontwikkeling', 'leren_en_werken'], channels: ['inloop', 'telefoon', 'website'], walkInHours: 'ma–vr 9.00–11.00' },
    ],
  },
  {
    key: 'loket', kind: 'wmo-loket', name: 'Wmo-loket gemeente Utrecht (demo)', relation: 'gemeentelijk', staffing: 'professioneel',
    location: { name: 'Stadskantoor Utrecht (demo)', address: 'Stadsplateau 1', postalCode: '3521 AZ', city: 'Utrecht', accessibility: ['openbaar-vervoer', 'parkeren', 'rolstoeltoegankelijk'], notes: 'Ringleiding aan de balie.', openingHours: 'ma–vr 9.00–17.00', lat: 52.089, lon: 5.108 },
    services: [
      { name: 'Wmo-loket: informatie en aanvragen', keywords: ['huishoudelijke hulp', 'rolstoel', 'scootmobiel', 'woningaanpassing', 'vervoer', 'voorziening'], targetGroups: ['huishoudelijke-hulp', 'ouderen', 'lichamelijke-beperking'], ageCategories: ['18-25', '25-65', '65+'], lifeDomains: ['zelfstandig_wonen_en_samenleven'], channels: ['telefoon', 'website', 'inloop'], phoneHours: 'ma–vr 8.30–17.00' },
    ],
  },
  {
    key: 'wijkteam', kind: 'sociaal-wijkteam', name: 'Buurtteam Utrecht-Oost (demo)', relation: 'stichting-gefinancierd', staffing: 'professioneel',
    services: [
      { name: 'Buurtteam: één plek voor al uw vragen', keywords: ['wijkteam', 'buurtteam', 'alles', 'problemen'], targetGroups: ['meervoudige-problematiek', 'ouderen', 'opvoeding'], ageCategories: ['0-18', '25-65', '65+'], lifeDomains: ['zelfstandig_wonen_en_samenleven', 'regelgeving_en_geldzaken', 'opvoeding_en_ontwikkeling'], channels: ['telefoon', 'huisbezoek', 'inloop'], homeVisits: true },
    ],
  },
];

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
      const { regional: isRegional, ...fields } = s;
      const service: Service = {
        id: serviceId, providerId, description: `Demogegevens. ${method?.what ?? ''}`.trim(), status: 'active', what: method?.what ?? '', how: method?.how ?? '',
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
