import { validateBsn, type AgeCategory, type Bsn, type CloseReason, type InformalRelation, type IsoDate } from '../../domain/cases/index.ts';
import { CaseInputError } from './errors.ts';

/**
 * What the case keeps about the client besides the process: as little as support needs (AVG data
 * minimisation). No date of birth (the age category suffices, §2.3), no income, and no amounts at all.
 */

/** §2.3 "Aard van problematiek (niet limitatief)"; `anders` because the list is explicitly open. */
export const TARGET_GROUPS = [
  'verstandelijke_beperking',
  'lichamelijke_beperking',
  'zintuiglijke_beperking',
  'chronische_beperking',
  'psychosociale_of_psychiatrische_problematiek',
  'ouderdomsproblematiek',
  'anders',
] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

/** Who may act for the client by law or by the client's own written authorisation. */
export const REPRESENTATIVE_KINDS = ['curator', 'mentor', 'bewindvoerder', 'schriftelijk_gemachtigde', 'ouder_met_gezag'] as const;
export type RepresentativeKind = (typeof REPRESENTATIVE_KINDS)[number];

export interface NetworkMember {
  name: string;
  relation: string;
  phone: string | null;
}

export interface Representative {
  name: string;
  kind: RepresentativeKind;
  phone: string | null;
}

/**
 * A consent in the shape the client details once held it (what, given or refused, when). Consents are
 * records now (`consents.ts`: with whom, given on, withdrawn on, never deleted); this shape is still
 * accepted by `createCase`, which turns each one into a record, so callers written before keep working.
 */
export interface Consent {
  subject: string;
  given: boolean;
  recordedOn: IsoDate;
  note: string;
}

/** An informal supporter the client chose; not a user of Naast, so the name lives here. */
export interface InformalSupporter {
  id: string;
  name: string;
  relation: InformalRelation;
  phone: string | null;
}

export interface ClientDetails {
  name: string;
  phone: string | null;
  email: string | null;
  address: string | null;
  targetGroups: TargetGroup[];
  network: NetworkMember[];
  representative: Representative | null;
  informalSupporters: InformalSupporter[];
}

/**
 * The details a person edits (informal supporters follow from assignments, not from this form).
 * `consents` only at intake (see `Consent`); afterwards consents are given and withdrawn one by one.
 */
export type EditableClientDetails = Omit<ClientDetails, 'informalSupporters'> & { consents?: Consent[] };

/** A BSN from input: empty means none; otherwise it must pass the 11-test (the domain's message). */
export function parseBsn(input: string | null | undefined, field = 'body.bsn'): Bsn | null {
  if (input === null || input === undefined || input.trim() === '') return null;
  const result = validateBsn(input);
  if (!result.ok) throw new CaseInputError(field, result.error.code, result.error.message);
  return result.value;
}

/** The domain has these as types only; the API needs the values (checked both ways by `satisfies` and the tuple). */
export const AGE_CATEGORIES = ['0-18', '18-25', '25-65', '65+'] as const satisfies readonly AgeCategory[];
export const INFORMAL_RELATIONS = ['familie', 'naaste', 'vrijwilliger', 'vertegenwoordiger', 'ervaringsdeskundige'] as const satisfies readonly InformalRelation[];
export const CLOSE_REASONS = ['afgerond', 'direct_beantwoord', 'doorverwezen', 'ingetrokken'] as const satisfies readonly CloseReason[];
// Compile-time completeness: adding a value to the domain type without adding it here is an error.
type Missing<All, Listed> = Exclude<All, Listed> extends never ? true : never;
const _complete: [Missing<AgeCategory, (typeof AGE_CATEGORIES)[number]>, Missing<InformalRelation, (typeof INFORMAL_RELATIONS)[number]>, Missing<CloseReason, (typeof CLOSE_REASONS)[number]>] = [true, true, true];
void _complete;
