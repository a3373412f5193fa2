/** The accountability API's shapes, as far as the pages use them. */
export type State = 'concept' | 'ingediend' | 'vragen' | 'geaccepteerd';

export interface PeriodRow {
  id: string;
  gemeenteCode: string;
  aanbiederCode: string;
  bekostigingsvorm: string;
  vanafDatum: string;
  totEnMetDatum: string;
  naam: string;
  status: State;
  versie: number;
  uitgavenCenten: number | null;
}

export type Value = number | boolean | string | Record<string, number>;

export interface Report extends PeriodRow {
  waarden: Record<string, Value>;
  voorinvulling: Record<string, Value>;
  berichten: { id: string; kant: 'aanbieder' | 'gemeente'; tekst: string; geschrevenOp: string }[];
  uwKant: 'aanbieder' | 'gemeente';
  mogelijkeActies: ('opslaan' | 'indienen' | 'vraag_stellen' | 'accepteren')[];
}

export interface Template {
  bekostigingsvorm: string;
  omschrijving: string;
  velden: { sleutel: string; label: string; soort: string; dimensie: string | null; voorIngevuld: boolean; verplicht: boolean }[];
}

export interface Totals {
  jaar: number;
  niveau: 'landelijk' | 'jeugdregio';
  rapportages: number;
  clienten: number | null;
  uitgavenCenten: number;
  groepen: { code: string; naam: string; gemeenten: number; rapportages: number; clienten: number | null; uitgavenCenten: number }[];
}

export interface DashboardRow {
  periodeId: string;
  aanbiederCode: string;
  naam: string;
  vanafDatum: string;
  clienten: number | null;
}
