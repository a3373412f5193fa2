/** The plan, consent and client-detail resources of the API (tag "Dossiers"), named for the workspace; the shapes come from the OpenAPI document. */
import { PLAN_PARTIES as DOMAIN_PLAN_PARTIES } from '../../../domain/cases/support-plan.ts';
import type { components } from '../../api/generated/openapi.d.ts';
import type { Case } from '../../api/caseTypes.ts';

type Schemas = components['schemas'];

/** The case as the workspace reads it: the API's Dossier already carries consents, network and representative. */
export type FullCase = Case;
export type ConsentRecord = Schemas['Toestemming'];
export type NetworkMember = Case['client']['netwerk'][number];
export type Representative = NonNullable<Case['client']['vertegenwoordiger']>;
export type RepresentativeKind = Representative['soort'];
export type Plan = Schemas['Ondersteuningsplan'];
export type PlanResult = Plan['resultaten'][number];
export type PlanAgreement = Plan['afspraken'][number];
export type PlanParty = PlanAgreement['wieSoort'];

export const PLAN_PARTIES = DOMAIN_PLAN_PARTIES satisfies readonly PlanParty[];
export const REPRESENTATIVE_KINDS = ['curator', 'mentor', 'bewindvoerder', 'schriftelijk_gemachtigde', 'ouder_met_gezag'] as const satisfies readonly RepresentativeKind[];

/** Both lists hold every value the API knows, too (see caseTypes.ts). */
type Covers<List extends readonly unknown[], Values> = [Exclude<Values, List[number]>] extends [never] ? true : never;
const _listsMatchApi: [Covers<typeof PLAN_PARTIES, PlanParty>, Covers<typeof REPRESENTATIVE_KINDS, RepresentativeKind>] = [true, true];
