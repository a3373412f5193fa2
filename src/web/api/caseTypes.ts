/** The casework resources of the API (tag "Dossiers"), as the web UI reads them. */
// The vocabularies come from the domain itself (pure TypeScript), so the UI cannot drift from it.
import { STEPS, type Step } from '../../domain/cases/process.ts';
import { ACCESS_CHANNELS as CHANNELS, LIFE_DOMAINS, type AccessChannel as Channel, type LifeDomain } from '../../domain/cases/model.ts';

export { STEPS, CHANNELS, LIFE_DOMAINS };
export type { Step, Channel, LifeDomain };
export const AGE_CATEGORIES = ['0-18', '18-25', '25-65', '65+'] as const;
export const CLOSE_REASONS = ['afgerond', 'direct_beantwoord', 'doorverwezen', 'ingetrokken'] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];
export const RELATIONS = ['familie', 'naaste', 'vrijwilliger', 'vertegenwoordiger', 'ervaringsdeskundige'] as const;
export const REFERRAL_OUTCOMES = ['geholpen', 'wachtlijst', 'afgewezen', 'afgezien'] as const;
export const OBJECTION_KINDS = ['klacht', 'bezwaar', 'beroep'] as const;
export const WORK_LISTS = ['mijn', 'ongetoewezen', 'termijnen'] as const;
export type WorkList = (typeof WORK_LISTS)[number];

export interface Person {
  id: string;
  naam: string;
}

export interface Supporter extends Person {
  soort: 'professioneel' | 'informeel';
  relatie: (typeof RELATIONS)[number] | null;
  toegewezenDatum: string;
}

export interface Suggestion {
  vraagtype: number;
  regie: number;
  soortOmschrijving: string;
  vorm: string;
  voorwaarden: string[];
  opmerkingen: string[];
  afgeleid: string | null;
}

export interface Choice {
  voorgesteldeVorm: string;
  gekozenVorm: string;
  afgeweken: boolean;
  reden: string | null;
}

export interface Question {
  id: string;
  stap: Step;
  stapNaam: string;
  kanaal: Channel;
  vraagtype: number | null;
  regie: number | null;
  leefgebieden: LifeDomain[];
  afsluitreden: CloseReason | null;
  geslotenDatum: string | null;
  mogelijkeStappen: Step[];
  voorstel: Suggestion | null;
  keuze: Choice | null;
}

export interface Note {
  id: string;
  soort: 'notitie' | 'contactmoment';
  kanaal: Channel | null;
  datum: string;
  tekst: string;
}

export interface Referral {
  id: string;
  aanbieder: string;
  reden: string;
  verwezenDatum: string;
  uitkomst: (typeof REFERRAL_OUTCOMES)[number] | null;
  uitkomstToelichting: string;
}

export interface Objection {
  id: string;
  soort: (typeof OBJECTION_KINDS)[number];
  onderwerp: string;
  verzendDatum: string | null;
  termijn: { startDatum: string; gewoneEindDatum: string; eindDatum: string; verlengdVanwege: string[] } | null;
  ingediendDatum: string | null;
  dagenOver: number | null;
  verlopen: boolean;
  waarschuwing: string | null;
}

export interface Case {
  id: string;
  gemeenteCode: string;
  versie: number;
  client: {
    naam: string;
    telefoon: string | null;
    email: string | null;
    adres: string | null;
    bsnGemaskeerd: string | null;
    leeftijdscategorie: (typeof AGE_CATEGORIES)[number] | null;
  };
  geopendDatum: string;
  geslotenDatum: string | null;
  geblokkeerd: boolean;
  blokkade: string | null;
  ondersteuner: Supporter | null;
  eerdereOndersteuners: Supporter[];
  beslissers: (Person & { voorziening: string; toegewezenDatum: string })[];
  verzoekenAndereOndersteuner: { verzoekDatum: string; betwijfeldeOndersteuner: Person; reden: string | null; afgehandeldDatum: string | null }[];
  vragen: Question[];
  notities: Note[];
  verwijzingen: Referral[];
  bezwaren: Objection[];
}

export interface CaseSummary {
  id: string;
  clientNaam: string;
  ondersteuner: (Person & { soort: string }) | null;
  geopendDatum: string;
  geblokkeerd: boolean;
  vragen: { id: string; stap: Step }[];
  termijnen: { bezwaarId: string; soort: string; onderwerp: string; eindDatum: string; dagenOver: number; verlopen: boolean; waarschuwing: string | null }[];
}

export interface Caseload {
  ondersteuner: Person;
  gemeenteCode: string;
}
