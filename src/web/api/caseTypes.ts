/** The casework resources of the API (tag "Dossiers"), named for the web UI; the shapes come from the OpenAPI document. */
import type { components, operations } from './generated/openapi.d.ts';
// The lists to choose from come from the domain itself (pure TypeScript); the end of this file checks them against the API.
import { STEPS as DOMAIN_STEPS } from '../../domain/cases/process.ts';
import { ACCESS_CHANNELS, LIFE_DOMAINS as DOMAIN_LIFE_DOMAINS } from '../../domain/cases/model.ts';

type Schemas = components['schemas'];

export type Case = Schemas['Dossier'];
export type CaseSummary = Schemas['DossierOverzicht'];
export type Caseload = Schemas['Caseload'];
export type Question = Schemas['Vraag'];
export type Suggestion = Schemas['VoorstelOndersteuning'];
export type Choice = Schemas['KeuzeOndersteuning'];
export type Note = Schemas['Notitie'];
export type Referral = Schemas['Verwijzing'];
export type Objection = Schemas['Bezwaar'];
export type Supporter = Schemas['Clientondersteuner'];
export type Person = Caseload['ondersteuner'];

export type Step = Question['stap'];
export type Channel = Question['kanaal'];
export type LifeDomain = Question['leefgebieden'][number];
export type CloseReason = NonNullable<Question['afsluitreden']>;
type AgeCategory = NonNullable<Case['client']['leeftijdscategorie']>;
type Relation = NonNullable<Supporter['relatie']>;
type ReferralOutcome = NonNullable<Referral['uitkomst']>;
type ObjectionKind = Objection['soort'];
/** The work lists the UI offers (the API also knows "alle"). */
export type WorkList = Exclude<NonNullable<NonNullable<operations['listWerkvoorraad']['parameters']['query']>['soort']>, 'alle'>;

export const STEPS = DOMAIN_STEPS satisfies readonly Step[];
export const CHANNELS = ACCESS_CHANNELS satisfies readonly Channel[];
export const LIFE_DOMAINS = DOMAIN_LIFE_DOMAINS satisfies readonly LifeDomain[];
export const AGE_CATEGORIES = ['0-18', '18-25', '25-65', '65+'] as const satisfies readonly AgeCategory[];
export const CLOSE_REASONS = ['afgerond', 'direct_beantwoord', 'doorverwezen', 'ingetrokken'] as const satisfies readonly CloseReason[];
export const RELATIONS = ['familie', 'naaste', 'vrijwilliger', 'vertegenwoordiger', 'ervaringsdeskundige'] as const satisfies readonly Relation[];
export const REFERRAL_OUTCOMES = ['geholpen', 'wachtlijst', 'afgewezen', 'afgezien'] as const satisfies readonly ReferralOutcome[];
export const OBJECTION_KINDS = ['klacht', 'bezwaar', 'beroep'] as const satisfies readonly ObjectionKind[];
export const WORK_LISTS = ['mijn', 'ongetoewezen', 'termijnen'] as const satisfies readonly WorkList[];

/**
 * Each list holds only values the API knows (`satisfies` above) and every one of them (below), so a value
 * added to or dropped from the API's enum stops the type check here instead of going missing in a form.
 */
type Covers<List extends readonly unknown[], Values> = [Exclude<Values, List[number]>] extends [never] ? true : never;
const _listsMatchApi: [
  Covers<typeof STEPS, Step>,
  Covers<typeof CHANNELS, Channel>,
  Covers<typeof LIFE_DOMAINS, LifeDomain>,
  Covers<typeof AGE_CATEGORIES, AgeCategory>,
  Covers<typeof CLOSE_REASONS, CloseReason>,
  Covers<typeof RELATIONS, Relation>,
  Covers<typeof REFERRAL_OUTCOMES, ReferralOutcome>,
  Covers<typeof OBJECTION_KINDS, ObjectionKind>,
  Covers<typeof WORK_LISTS, WorkList>,
] = [true, true, true, true, true, true, true, true, true];
