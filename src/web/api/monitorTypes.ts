/** The monitor resources of /api/v1 (tag Monitor), named for the web UI; the shapes come from the OpenAPI document. Money is in euro cents. */
import type { components } from './generated/openapi.d.ts';
import type { QuestionnaireDefinition } from '../../domain/monitor/questionnaire.ts';

type Schemas = components['schemas'];

/**
 * The questionnaire of a round, as data (GET /monitor/rondes/{rondeId}/vragenlijst). The OpenAPI document
 * declares this answer as an open object, so its shape comes from the domain that builds it.
 */
export type Questionnaire = QuestionnaireDefinition;

export type Round = Schemas['Ronde'];
/** GET /monitor/rondes/{rondeId}/samenvatting */
export type RoundSummary = Schemas['RondeSamenvatting'];
export type GroupSummary = RoundSummary['perJeugdregio'][number];
export type Laggard = RoundSummary['achterblijvers'][number];
/** GET /monitor/trend */
export type TrendPoint = Schemas['TrendPunt'];
/** GET /monitor/rondes/{rondeId}/bronnen: the transition monitor and MEE Nederland's monitor side by side. */
export type RoundSources = Schemas['RondeBronnen'];
export type SourceFigures = Schemas['BronCijfers'];
/** A statement of the source documents, with its source, date and citation. */
export type MonitorStatement = Schemas['MonitorUitspraak'];
/** A percentage with its numerator and denominator. */
export type Share = Schemas['Aandeel'];
/** GET /monitor/rondes/{rondeId}/gemeenten */
export type MunicipalityStatus = Schemas['GemeenteStatus'];
export type ResponseStatus = MunicipalityStatus['status'];
/** The answers as the API reads and writes them (AntwoordenInput). */
export type AnswersBody = Schemas['AntwoordenInput'];
export type Stage = NonNullable<AnswersBody['fase']>;
export type RequirementId = keyof AnswersBody['eisen'];
export type RequirementAnswer = NonNullable<NonNullable<AnswersBody['eisen'][RequirementId]>['antwoord']>;
/** A finding of the questionnaire's rules (Bevinding); `veld` is e.g. `requirements.b.explanation`. */
export type Finding = Schemas['Bevinding'];
export type AnswerVersion = Schemas['AntwoordVersie'];
/** GET /monitor/rondes/{rondeId}/antwoorden/{gemeenteCode}: newest version first. */
export type MunicipalityAnswers = Schemas['AntwoordenGemeente'];
/** PUT …/antwoorden/{gemeenteCode} and POST …/indienen, …/toelichting-vragen, …/accepteren */
export type AnswerSaved = Schemas['AntwoordOpgeslagen'];
/** The follow-up of one municipality; `versie` goes in If-Match (0 = nothing recorded yet). */
export type Followup = Schemas['Opvolging'];
/** GET /monitor/rondes/{rondeId}/opvolging */
export type FollowupMunicipality = Schemas['OpvolgingGemeente'];
/** GET /monitor/escalaties */
export type Escalation = Schemas['Escalatie'];
/** GET /monitor/rondes/{rondeId}/vergelijking */
export type Reconciliation = Schemas['VergelijkingMeeMonitor'];
export type ReconciliationKind = Schemas['VergelijkingGemeente']['soort'];
