/**
 * The vocabulary of the social map (sociale kaart), from the seed's Tabel 1, Tabel 2, §2.3, §3.2 and §3.3.
 *
 * Tabel 1 lists 17 sub-groups of vulnerable residents (nine by the nature of the vulnerability, eight by
 * the nature of the problems) against eight kinds of provider. The table's cell markings (primary or
 * secondary target group) are symbols that did not survive the text extraction of the seed, so Naast
 * ships the rows and columns only; which provider serves which sub-group is data a municipality enters
 * (and the demo data says so).
 */
import { LIFE_DOMAINS, type AgeCategory, type LifeDomain } from '../cases/model.ts';

export { LIFE_DOMAINS, type LifeDomain };
export const AGE_CATEGORIES = ['0-18', '18-25', '25-65', '65+'] as const satisfies readonly AgeCategory[];

export interface Term<Code extends string = string> {
  readonly code: Code;
  /** Dutch label as in the seed, plain enough for residents. */
  readonly label: string;
}

/** Tabel 1, "Subgroepen op basis van aard van de kwetsbaarheid" and "… aard van de problematiek". */
export const TARGET_SUBGROUPS = [
  { code: 'ouderen', label: 'Ouderen met lichamelijke, cognitieve, psychogeriatrische, materiële of zintuiglijke problemen', basis: 'kwetsbaarheid' },
  { code: 'verstandelijke-beperking', label: 'Mensen met een (licht) verstandelijke beperking', basis: 'kwetsbaarheid' },
  { code: 'psychische-problemen', label: 'Mensen met (chronische) psychosociale en/of psychiatrische problemen', basis: 'kwetsbaarheid' },
  { code: 'autisme', label: 'Mensen met autisme', basis: 'kwetsbaarheid' },
  { code: 'chronisch-zieken', label: 'Chronisch zieken', basis: 'kwetsbaarheid' },
  { code: 'lichamelijke-beperking', label: 'Mensen met lichamelijke beperkingen', basis: 'kwetsbaarheid' },
  { code: 'nah', label: 'Mensen met niet-aangeboren hersenletsel (NAH)', basis: 'kwetsbaarheid' },
  { code: 'zintuiglijke-problemen', label: 'Mensen met zintuiglijke problemen', basis: 'kwetsbaarheid' },
  { code: 'jonge-kinderen-ontwikkeling', label: 'Jonge kinderen met (dreigende) ontwikkelingsachterstanden', basis: 'kwetsbaarheid' },
  { code: 'relationeel-geweld', label: 'Mensen die te maken hebben met relationeel geweld', basis: 'problematiek' },
  { code: 'financiele-problemen', label: 'Mensen met financiële problemen (uitkering nodig of schulden)', basis: 'problematiek' },
  { code: 'huishoudelijke-hulp', label: 'Mensen die huishoudelijke hulp nodig hebben', basis: 'problematiek' },
  { code: 'werk-en-scholing', label: 'Mensen met een beperking die begeleiding nodig hebben naar werk en scholing', basis: 'problematiek' },
  { code: 'opvoeding', label: 'Gezinnen met een vraag over opvoeding of opgroeien', basis: 'problematiek' },
  { code: 'problemen-bij-kinderen', label: 'Gezinnen met een vraag over problemen bij een of meer kinderen', basis: 'problematiek' },
  { code: 'dak-en-thuislozen', label: 'Dak- en thuislozen', basis: 'problematiek' },
  { code: 'meervoudige-problematiek', label: 'Mensen met meervoudige problematiek', basis: 'problematiek' },
] as const satisfies readonly (Term & { basis: 'kwetsbaarheid' | 'problematiek' })[];
export type TargetSubgroup = (typeof TARGET_SUBGROUPS)[number]['code'];

/**
 * The kinds of provider: the eight columns of Tabel 1, the Wmo-loket of Tabel 2, and the forms §3.3/§3.6
 * add (a social district team, an independent client-support organisation); `anders` because the
 * tables are "niet limitatief".
 */
export const PROVIDER_KINDS = [
  { code: 'ouderenadviseur', label: 'Ouderenadviseur' },
  { code: 'mee', label: 'MEE' },
  { code: 'steunpunt-ggz', label: 'Steunpunt GGZ' },
  { code: 'informele-zorg', label: 'Informele zorg (mantelzorgsteunpunt, vriendendienst, buddyzorg)' },
  { code: 'amw', label: 'Algemeen maatschappelijk werk' },
  { code: 'sociaal-raadslieden', label: 'Sociaal raadslieden' },
  { code: 'shg', label: 'Steunpunt Huiselijk Geweld' },
  { code: 'cjg', label: 'Centrum voor Jeugd en Gezin' },
  { code: 'wmo-loket', label: 'Wmo-loket' },
  { code: 'sociaal-wijkteam', label: 'Sociaal wijkteam' },
  { code: 'clientenorganisatie', label: 'Cliënten- of familieorganisatie' },
  { code: 'anders', label: 'Andere aanbieder' },
] as const satisfies readonly Term[];
export type ProviderKind = (typeof PROVIDER_KINDS)[number]['code'];

/** Tabel 2, "Globale vorm en werkwijze": what the provider does (wat) and how (hoe), as demo text. */
export const WORKING_METHODS: Readonly<Partial<Record<ProviderKind, { what: string; how: string }>>> = {
  ouderenadviseur: {
    what: 'Vooral informatie en advies over voorzieningen voor welzijn en zorg. Organiseert ook collectieve ondersteuning, zoals maaltijddiensten.',
    how: 'Vooral voor ouderen. Soms standaard huisbezoeken, inloopspreekuren in welzijnslocaties. Beroepsmatige en vrijwillige ouderenadviseurs.',
  },
  mee: {
    what: 'Informatie, advies, hulpvraagverduidelijking, kortdurende ondersteuning, belangenbehartiging, training en lotgenotencontact. In alle levensfasen en op alle levensgebieden.',
    how: 'Vooral voor mensen met een beperking en mensen met meervoudige problematiek. Werkt vanuit de eigen regie van de cliënt, versterkt het sociale netwerk en gaat vaak naar de cliënt toe.',
  },
  'steunpunt-ggz': {
    what: 'Informatie en advies gericht op empowerment van de cliënt, samen met hulp bij het krijgen van voorzieningen en belangenbehartiging.',
    how: 'Meestal inloopuren en telefonische spreekuren, ook bij mensen thuis. Vaak tolken voor anderstaligen. Soms ervaringsdeskundigen.',
  },
  'informele-zorg': {
    what: 'Informatie en advies, en hulp bij het krijgen van begeleiding zonder indicatie, zoals een vrijwilliger of lotgenotencontact. Hulp bij het regelen van respijtzorg.',
    how: 'Inloop, soms als deel van het Wmo-loket. Op afspraak huisbezoek.',
  },
  amw: {
    what: 'Algemene ondersteuning bij zelfredzaamheid in het eigen leven; hulp bij het krijgen van professionele hulp als dat nodig is.',
    how: 'Spreekuren en afspraken op kantoor. Vragen per e-mail kan ook.',
  },
  'sociaal-raadslieden': {
    what: 'Hulp en advies bij materiële, juridische, belasting- en geldvragen. Doorverwijzen en helpen bij klachten, bezwaar en beroep.',
    how: 'Spreekuren, telefonisch en per e-mail. Op afspraak bezoek, eventueel thuis.',
  },
  shg: {
    what: 'Informatie en advies en toeleiding naar ondersteuning en zorg.',
    how: 'Reageert op meldingen uit het netwerk. Gaat als dat nodig is naar het gezin toe.',
  },
  cjg: {
    what: 'Hulp en advies bij opvoedingsvragen; zo nodig doorverwijzen naar professionele hulp.',
    how: 'Vooral inloopspreekuren en telefonisch bereikbaar. Op afspraak een gesprek, eventueel thuis.',
  },
  'wmo-loket': {
    what: 'Informatie en advies over voorzieningen, en het verstrekken daarvan, voor in principe alle inwoners.',
    how: 'Vaak enkelvoudige vragen; een fysiek loket of telefonisch. Breedte en diepte verschillen per gemeente.',
  },
};

/** §3.2: the five ways a provider relates to the municipality. */
export const MUNICIPAL_RELATIONS = [
  { code: 'stichting-gefinancierd', label: 'Zelfstandige stichting, gefinancierd door de gemeente' },
  { code: 'stichting-niet-gefinancierd', label: 'Zelfstandige stichting, niet gefinancierd door de gemeente' },
  { code: 'onderdeel-welzijnsorganisatie', label: 'Onderdeel van een welzijnsorganisatie die de gemeente (mede) financiert' },
  { code: 'onderdeel-zorginstelling', label: 'Onderdeel van een zorginstelling zonder financiële relatie met de gemeente' },
  { code: 'gemeentelijk', label: 'Onderdeel van de gemeentelijke dienstverlening' },
] as const satisfies readonly Term[];
export type MunicipalRelation = (typeof MUNICIPAL_RELATIONS)[number]['code'];

/** §3.2: with a financial relation the municipality connects through funding terms, otherwise by consultation. */
export function connectsThrough(relation: MunicipalRelation): 'financiering' | 'afstemmingsoverleg' {
  return relation === 'stichting-niet-gefinancierd' || relation === 'onderdeel-zorginstelling' ? 'afstemmingsoverleg' : 'financiering';
}

/** §3.3: the ways a resident reaches client support. */
export const CHANNELS = [
  { code: 'telefoon', label: 'Telefonisch' },
  { code: 'e-mail', label: 'Per e-mail' },
  { code: 'website', label: 'Via de website (online vraag)' },
  { code: 'inloop', label: 'Inloopspreekuur' },
  { code: 'huisbezoek', label: 'Op huisbezoek' },
] as const satisfies readonly Term[];
export type Channel = (typeof CHANNELS)[number]['code'];

/** Who does the work: professionals, volunteers (informal support), or both (§2.3). */
export const STAFFING = ['professioneel', 'vrijwillig', 'beide'] as const;
export type Staffing = (typeof STAFFING)[number];

/** §3.3: accessibility of a physical location. */
export const ACCESSIBILITY_FEATURES = [
  { code: 'openbaar-vervoer', label: 'Bereikbaar met het openbaar vervoer' },
  { code: 'parkeren', label: 'Parkeergelegenheid' },
  { code: 'rolstoeltoegankelijk', label: 'Rolstoeltoegankelijk' },
] as const satisfies readonly Term[];
export type AccessibilityFeature = (typeof ACCESSIBILITY_FEATURES)[number]['code'];

/** §2.3 "Integraal": the six life domains with a label a resident understands. */
export const LIFE_DOMAIN_TERMS = [
  { code: 'opvoeding_en_ontwikkeling', label: 'Opvoeding en ontwikkeling' },
  { code: 'zelfstandig_wonen_en_samenleven', label: 'Zelfstandig wonen en samenleven' },
  { code: 'leren_en_werken', label: 'Leren en werken' },
  { code: 'regelgeving_en_geldzaken', label: 'Regels en geldzaken' },
  { code: 'vrienden_en_relaties', label: 'Vrienden en relaties' },
  { code: 'vrije_tijd_en_sport', label: 'Vrije tijd en sport' },
] as const satisfies readonly Term<LifeDomain>[];

/** The age categories of the MEE information package (§4.3), as residents read them. */
export const AGE_TERMS = [
  { code: '0-18', label: 'Kinderen en jongeren (0 tot 18 jaar)' },
  { code: '18-25', label: 'Jongvolwassenen (18 tot 25 jaar)' },
  { code: '25-65', label: 'Volwassenen (25 tot 65 jaar)' },
  { code: '65+', label: 'Ouderen (65 jaar en ouder)' },
] as const satisfies readonly Term<AgeCategory>[];

export const STAFFING_TERMS = [
  { code: 'professioneel', label: 'Beroepskrachten' },
  { code: 'vrijwillig', label: 'Vrijwilligers' },
  { code: 'beide', label: 'Beroepskrachten en vrijwilligers' },
] as const satisfies readonly Term<Staffing>[];

/** HSDS service status, in Dutch. */
export const SERVICE_STATUSES = [
  { code: 'active', label: 'Actief' },
  { code: 'inactive', label: 'Niet actief' },
  { code: 'defunct', label: 'Opgeheven' },
  { code: 'temporarily closed', label: 'Tijdelijk gesloten' },
] as const satisfies readonly Term[];
export type ServiceStatus = (typeof SERVICE_STATUSES)[number]['code'];

/** The age category of an age in years (the same boundaries as the casework module). */
export function ageCategoryOf(age: number): AgeCategory {
  return age < 18 ? '0-18' : age < 25 ? '18-25' : age < 65 ? '25-65' : '65+';
}

/** Label of a code in one of the vocabularies, or the code itself when unknown. */
export function labelOf(terms: readonly Term[], code: string): string {
  return terms.find((t) => t.code === code)?.label ?? code;
}
