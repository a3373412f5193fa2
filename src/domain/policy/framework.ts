/**
 * The policy framework of a municipality (afwegingskader cliëntondersteuning): the choices the seed's
 * Deel 1 asks a municipality to make, as data. §3.6 gives three organisation variants (combinations
 * allowed, local or regional), §3.2 four ways to bring the current providers together, §3.4 three
 * delivery modes and four funding forms, §2.3 the safeguards for independence, §3.3 the access channels.
 */
import type { Term } from '../socialmap/taxonomy.ts';

/** §3.6 "Drie varianten voor de organisatie". */
export const VARIANTS = [
  { code: 'sociale-wijkteams', label: 'Sociale wijkteams' },
  { code: 'een-loket', label: 'Eén loket' },
  { code: 'onafhankelijke-organisatie', label: 'Onafhankelijke organisatie' },
] as const satisfies readonly Term[];
export type Variant = (typeof VARIANTS)[number]['code'];

/** §3.2 "Afstemming onder de Wmo vanaf 2015": the ways to connect the current forms of support. */
export const APPROACHES = [
  { code: 'in-stand-houden', label: 'De huidige situatie in stand houden en hiaten en overlap uit de subsidies halen' },
  { code: 'zelf-organiseren', label: 'De cliëntondersteuning zelf organiseren (in het Wmo-loket of de wijkteams)' },
  { code: 'regisserende-organisatie', label: 'Eén regisserende organisatie aanwijzen voor de hele cliëntondersteuning' },
] as const satisfies readonly Term[];
export type Approach = (typeof APPROACHES)[number]['code'];

/** §3.2/§3.5: every variant can be organised locally, regionally, or partly both. */
export const SCALES = [
  { code: 'lokaal', label: 'Lokaal' },
  { code: 'regionaal', label: 'Regionaal' },
  { code: 'lokaal-en-regionaal', label: 'Deels lokaal, deels regionaal' },
] as const satisfies readonly Term[];
export type Scale = (typeof SCALES)[number]['code'];

/** §3.5: how joint purchasing is paid for between the municipalities of a region. */
export const REGIONAL_FUNDING = [
  { code: 'geen', label: 'Geen gezamenlijke inkoop' },
  { code: 'regionaal-budget', label: 'Een regionaal budget waaraan elke gemeente naar rato bijdraagt' },
  { code: 'woonplaatsbeginsel', label: 'Geen regionaal budget: elke gemeente betaalt voor de eigen inwoners (woonplaatsbeginsel)' },
] as const satisfies readonly Term[];
export type RegionalFunding = (typeof REGIONAL_FUNDING)[number]['code'];

/** §3.4 "Subsidie of aanbesteden": in-house, subsidy, subsidy with an agreement, or a public contract. */
export const DELIVERY_MODES = [
  { code: 'eigen-beheer', label: 'In eigen beheer' },
  { code: 'subsidie', label: 'Subsidie' },
  { code: 'subsidieovereenkomst', label: 'Subsidie met overeenkomst' },
  { code: 'opdracht', label: 'Opdracht (inkoop of aanbesteding)' },
  { code: 'geen-financiering', label: 'Geen financiering (afstemmingsoverleg)' },
] as const satisfies readonly Term[];
export type DeliveryMode = (typeof DELIVERY_MODES)[number]['code'];

/** §3.4 "Bekostiging". */
export const FUNDING_FORMS = [
  { code: 'functie', label: 'Functiebekostiging (beschikbaarheid)' },
  { code: 'product', label: 'Productbekostiging (prestatie)' },
  { code: 'project', label: 'Projectbekostiging' },
  { code: 'populatie', label: 'Populatiebekostiging' },
  { code: 'geen', label: 'Geen bekostiging door de gemeente' },
] as const satisfies readonly Term[];
export type FundingForm = (typeof FUNDING_FORMS)[number]['code'];

/** §2.3 "onafhankelijk" and "in het belang van de cliënt", §1.3 and §3.4 (evaluation by clients). */
export const SAFEGUARDS = [
  { code: 'beroepscode', label: 'Cliëntondersteuners werken volgens een beroepscode' },
  { code: 'statuut', label: 'Een (professioneel) statuut borgt de onafhankelijkheid' },
  { code: 'scheiding-beslissen-ondersteunen', label: 'Wie beslist over een voorziening, is nooit de cliëntondersteuner' },
  { code: 'andere-ondersteuner', label: 'Een cliënt kan om een andere cliëntondersteuner vragen' },
  { code: 'keuze-aanbieders', label: 'De cliënt kan kiezen uit meer dan één aanbieder' },
  { code: 'clientervaring', label: 'Cliënten beoordelen de ondersteuning (onafhankelijk onderzoek)' },
  { code: 'burgerbetrokkenheid', label: 'Inwoners en cliëntenorganisaties denken mee (bijvoorbeeld de Wmo-raad)' },
  { code: 'voorlichting', label: 'De gemeente vertelt inwoners actief dat er gratis, onafhankelijke cliëntondersteuning is' },
] as const satisfies readonly Term[];
export type Safeguard = (typeof SAFEGUARDS)[number]['code'];

/** §3.3 "Toegang tot cliëntondersteuning" and §2.3 "laagdrempelig" (outreach). */
export const ACCESS_CHANNELS = [
  { code: 'telefoon', label: 'Telefonisch' },
  { code: 'digitaal', label: 'Digitaal (website, e-mail, online vragen)' },
  { code: 'fysiek', label: 'Fysiek loket of inloop' },
  { code: 'huisbezoek', label: 'Op huisbezoek' },
  { code: 'outreachend', label: 'Outreachend (de ondersteuner zoekt zelf mensen op)' },
] as const satisfies readonly Term[];
export type AccessChannel = (typeof ACCESS_CHANNELS)[number]['code'];

/** Per provider: how the municipality has it deliver client support and pays for it (§3.4). */
export interface Arrangement {
  organisationId: string;
  deliveryMode: DeliveryMode;
  fundingForm: FundingForm;
  /** Yearly amount in euro cents, when known. */
  amountCents: number | null;
  note: string;
}

export interface SafeguardChoice {
  safeguard: Safeguard;
  /** How it is arranged, in the municipality's words (e.g. "NVMW-beroepscode in de subsidievoorwaarden"). */
  note: string;
}

export interface ChannelChoice {
  channel: AccessChannel;
  /** Hours, address or web address, e.g. "ma–vr 9.00–17.00". */
  details: string;
}

export interface Framework {
  municipalityCode: string;
  variants: Variant[];
  approaches: Approach[];
  scale: Scale;
  regionalFunding: RegionalFunding;
  /** The one directing organisation (§3.2), when that approach is chosen. */
  leadOrganisationId: string | null;
  arrangements: Arrangement[];
  safeguards: SafeguardChoice[];
  channels: ChannelChoice[];
  /** The municipality's own explanation of its choices. */
  notes: string;
}

export function emptyFramework(municipalityCode: string): Framework {
  return {
    municipalityCode,
    variants: [],
    approaches: [],
    scale: 'lokaal',
    regionalFunding: 'geen',
    leadOrganisationId: null,
    arrangements: [],
    safeguards: [],
    channels: [],
    notes: '',
  };
}

export const labelOf = <C extends string>(terms: readonly Term<C>[], code: C): string => terms.find((t) => t.code === code)?.label ?? code;

/** One problem with a framework, all reported at once (field path as in the API body). */
export interface FrameworkProblem {
  field: string;
  message: string;
}

/**
 * Rules that make a framework consistent. Vocabulary and shape are checked by the API schema; these are
 * the rules between fields, in plain Dutch.
 */
export function validateFramework(framework: Framework, knownOrganisations: ReadonlySet<string>): FrameworkProblem[] {
  const problems: FrameworkProblem[] = [];
  const duplicates = <T>(values: T[]) => values.filter((v, i) => values.indexOf(v) !== i);
  for (const [field, values] of [
    ['varianten', framework.variants],
    ['aanpak', framework.approaches],
  ] as const) {
    for (const d of new Set(duplicates<string>([...values]))) problems.push({ field, message: `"${d}" staat er twee keer in.` });
  }
  framework.arrangements.forEach((a, i) => {
    if (!knownOrganisations.has(a.organisationId)) {
      problems.push({ field: `afspraken.${i}.aanbiederId`, message: 'Deze aanbieder staat niet op de sociale kaart van de gemeente.' });
    }
    if ((a.deliveryMode === 'geen-financiering') !== (a.fundingForm === 'geen')) {
      problems.push({
        field: `afspraken.${i}.bekostiging`,
        message: 'Zonder financiering is er geen bekostigingsvorm; met financiering kiest u een bekostigingsvorm.',
      });
    }
    if (a.deliveryMode === 'geen-financiering' && a.amountCents) {
      problems.push({ field: `afspraken.${i}.bedragCent`, message: 'Een aanbieder zonder financiering heeft geen bedrag.' });
    }
  });
  for (const d of new Set(duplicates(framework.arrangements.map((a) => a.organisationId)))) {
    problems.push({ field: 'afspraken', message: `Aanbieder ${d} staat er twee keer in; maak één afspraak per aanbieder.` });
  }
  for (const d of new Set(duplicates(framework.safeguards.map((s) => s.safeguard)))) problems.push({ field: 'waarborgen', message: `Waarborg "${d}" staat er twee keer in.` });
  for (const d of new Set(duplicates(framework.channels.map((c) => c.channel)))) problems.push({ field: 'kanalen', message: `Kanaal "${d}" staat er twee keer in.` });
  if (framework.approaches.includes('regisserende-organisatie') && !framework.leadOrganisationId) {
    problems.push({ field: 'regisserendeAanbiederId', message: 'U koos voor één regisserende organisatie: kies welke organisatie dat is.' });
  }
  if (framework.leadOrganisationId && !knownOrganisations.has(framework.leadOrganisationId)) {
    problems.push({ field: 'regisserendeAanbiederId', message: 'Deze organisatie staat niet op de sociale kaart van de gemeente.' });
  }
  if (framework.scale === 'lokaal' && framework.regionalFunding !== 'geen') {
    problems.push({ field: 'regionaleBekostiging', message: 'Bij een lokale aanpak is er geen regionale bekostiging. Kies "regionaal" of "geen gezamenlijke inkoop".' });
  }
  return problems;
}
