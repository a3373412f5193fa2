/** Response shapes of the monitor resources of /api/v1 (tag Monitor in openapi.json). Money is in euro cents. */
import type { QuestionnaireDefinition, RequirementAnswer, RequirementId, Stage } from '../../domain/monitor/questionnaire.ts';

export type { RequirementAnswer, RequirementId, Stage };
/** The questionnaire of a round, as data (GET /monitor/rondes/{rondeId}/vragenlijst). */
export type Questionnaire = QuestionnaireDefinition;

export type ResponseStatus = 'niet_gestart' | 'concept' | 'ingediend' | 'toelichting_gevraagd' | 'geaccepteerd';
export type LagReason = 'geen_antwoord' | 'geen_afspraken' | 'geen_gecontracteerde_aanbieder';

export interface Ref {
  code: string;
  naam: string;
}

export interface Round {
  id: string;
  naam: string;
  peildatum: string;
  openVanafDatum: string;
  deadlineDatum: string;
  indeling: number;
  contractenVerwacht: boolean;
  vragenlijst: { id: string; versie: number };
}

export type StageCounts = Record<Stage, number>;

export interface GroupSummary extends Ref {
  aantalGemeenten: number;
  geantwoord: number;
  perFase: StageCounts;
}

export interface Laggard {
  gemeente: Ref;
  jeugdregio: Ref;
  meeOrganisatie: Ref;
  fase: Stage | null;
  redenen: LagReason[];
}

/** GET /monitor/rondes/{rondeId}/samenvatting */
export interface RoundSummary {
  ronde: Round;
  aantalGemeenten: number;
  geantwoord: number;
  responsPercentage: number;
  perFase: StageCounts;
  perEis: Record<RequirementId, Record<RequirementAnswer, number>>;
  perJeugdregio: GroupSummary[];
  perMeeOrganisatie: GroupSummary[];
  achterblijvers: Laggard[];
  zinnen: string[];
}

/** GET /monitor/trend */
export interface TrendPoint {
  ronde: Round;
  aantalGemeenten: number;
  geantwoord: number;
  perFase: StageCounts;
}

/** GET /monitor/rondes/{rondeId}/gemeenten */
export interface MunicipalityStatus {
  gemeente: Ref;
  jeugdregio: string;
  status: ResponseStatus;
  versie: number;
  fase: Stage | null;
}

/** The answers as the API reads and writes them (AntwoordenInput). */
export interface AnswersBody {
  fase: Stage | null;
  eisen: Partial<Record<RequirementId, { antwoord: RequirementAnswer | null; toelichting: string }>>;
  budgetMee2015Cent: number | null;
  andereAanbieders: string[];
  toelichting: string;
}

/** A finding of the questionnaire's rules (Bevinding); `veld` is e.g. `requirements.b.explanation`. */
export interface Finding {
  regel: string;
  niveau: 'fout' | 'waarschuwing';
  veld: string;
  melding: string;
}

export interface AnswerVersion {
  versie: number;
  status: Exclude<ResponseStatus, 'niet_gestart'>;
  antwoorden: AnswersBody;
  waarschuwingen: Finding[];
  beantwoordDoor: string;
  opgeslagenOp: string;
  ingediendOp: string | null;
}

/** GET /monitor/rondes/{rondeId}/antwoorden/{gemeenteCode}: newest version first. */
export interface MunicipalityAnswers {
  status: ResponseStatus;
  versies: AnswerVersion[];
}

/** PUT …/antwoorden/{gemeenteCode} and POST …/indienen, …/toelichting-vragen, …/accepteren */
export interface AnswerSaved {
  versie: number;
  status: ResponseStatus;
  waarschuwingen: Finding[];
}

export type FollowupEventKind = 'team_toegewezen' | 'toelichting_gevraagd' | 'contact' | 'besluit' | 'escalatie' | 'geaccepteerd';

export interface Followup {
  ondersteuningsteam: string | null;
  toelichtingDeadlineDatum: string | null;
  geescaleerd: boolean;
  /** For If-Match; 0 = nothing recorded yet. */
  versie: number;
  gebeurtenissen: { id: number; soort: FollowupEventKind; notitie: string; tijdstip: string; vastgelegdDoor: string | null }[];
}

/** GET /monitor/rondes/{rondeId}/opvolging */
export interface FollowupMunicipality {
  gemeente: Ref;
  jeugdregio: Ref;
  achterblijver: boolean;
  redenen: LagReason[];
  fase: Stage | null;
  status: ResponseStatus;
  opvolging: Followup;
}

/** GET /monitor/escalaties */
export interface Escalation {
  ronde: { id: string; naam: string };
  gemeente: Ref;
  redenen: ('geescaleerd' | 'toelichting_verlopen')[];
  ondersteuningsteam: string | null;
  toelichtingDeadlineDatum: string | null;
  status: ResponseStatus;
}

export type ReconciliationKind = 'gelijk' | 'verschil' | 'alleen_tvs' | 'alleen_mee' | 'geen_van_beide';

/** GET /monitor/rondes/{rondeId}/vergelijking */
export interface Reconciliation {
  ronde: Round;
  meeMonitorIngelezen: boolean;
  aantallen: { gelijk: number; verschil: number; alleenTvs: number; alleenMee: number; geenVanBeide: number };
  gemeenten: {
    gemeente: Ref;
    transitiemonitor: Stage | null;
    meeMonitor: Stage | null;
    meeMonitorDatum: string | null;
    stappenVerschil: number | null;
    soort: ReconciliationKind;
  }[];
}
