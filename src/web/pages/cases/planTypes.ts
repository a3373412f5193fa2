/** The plan, consent and client-detail resources of the API as the workspace reads them (tag "Dossiers"). */
import { PLAN_PARTIES, type PlanParty } from '../../../domain/cases/support-plan.ts';
import type { Case, LifeDomain } from '../../api/caseTypes.ts';

export { PLAN_PARTIES, type PlanParty };
export const REPRESENTATIVE_KINDS = ['curator', 'mentor', 'bewindvoerder', 'schriftelijk_gemachtigde', 'ouder_met_gezag'] as const;
export type RepresentativeKind = (typeof REPRESENTATIVE_KINDS)[number];

export interface ConsentRecord {
  id: string;
  onderwerp: string;
  ontvanger: string;
  gegevenDatum: string;
  ingetrokkenDatum: string | null;
  geldig: boolean;
  toelichting: string;
}

export interface NetworkMember {
  naam: string;
  relatie: string;
  telefoon: string | null;
}

export interface Representative {
  naam: string;
  soort: RepresentativeKind;
  telefoon: string | null;
}

/** The case with the fields this part of the workspace uses besides those in caseTypes.ts. */
export type FullCase = Case & {
  client: Case['client'] & { doelgroepen: string[]; netwerk: NetworkMember[]; vertegenwoordiger: Representative | null };
  toestemmingen: ConsentRecord[];
};

export interface PlanResult {
  id: string;
  omschrijving: string;
  leefgebied: LifeDomain | null;
}

export interface PlanAgreement {
  id: string;
  omschrijving: string;
  wieSoort: PlanParty;
  wie: string;
  resultaten: string[];
  datum: string | null;
}

export interface Plan {
  versie: number;
  resultaten: PlanResult[];
  afspraken: PlanAgreement[];
  akkoord: { datum: string; versie: number; huidigeVersie: boolean } | null;
  status: 'akkoord' | 'eerdere_versie' | 'niet_akkoord';
  aantalDossiersInHuishouden: number;
}
