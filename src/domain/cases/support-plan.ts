/**
 * The client's own support plan (eigen plan). §3.1 and the issue: "an own support plan the client owns
 * (one family, one plan)". The plan belongs to the household (huishouden), not to one case: when
 * several members of one family have a case, they share one plan, so the agreements of the mother and
 * the son cannot contradict each other. It holds the agreed results (resultaten, §3.1 "resultaten
 * vaststellen"), the agreed solutions or arrangements, and who does what: the client first, then the
 * network, the supporter and providers (§3.1 A/B: own strength and the network come first).
 *
 * Every save is a new version. The client agrees to a version: an agreement stays recorded when the
 * plan changes afterwards, but then it is an agreement to an earlier version, and the screen says so.
 * Like the rest of casework, nothing here has a price (model.ts: support is free for the client).
 */
import { compareDates, formatDutch, isIsoDate, type IsoDate } from './calendar.ts';
import { LIFE_DOMAINS, type LifeDomain } from './model.ts';
import { err, ok, type DomainError, type Result } from './result.ts';

/** Who carries out an agreement (wie doet wat). */
export const PLAN_PARTIES = ['client', 'netwerk', 'ondersteuner', 'aanbieder'] as const;
export type PlanParty = (typeof PLAN_PARTIES)[number];
export const PLAN_PARTY_LABELS: Readonly<Record<PlanParty, string>> = {
  client: 'De cliënt zelf',
  netwerk: 'Iemand uit het netwerk',
  ondersteuner: 'De cliëntondersteuner',
  aanbieder: 'Een aanbieder',
};

/** A result the client wants to reach, in his own words where possible. */
export interface PlanResult {
  readonly id: string;
  readonly description: string;
  readonly lifeDomain?: LifeDomain;
}

/** An agreed solution or arrangement: what will be done, by whom, for which results. */
export interface PlanAgreement {
  readonly id: string;
  readonly description: string;
  readonly party: PlanParty;
  /** The name of the person or organisation ("dochter Ans", "Thuiszorg West"); may be empty for the client himself. */
  readonly who: string;
  readonly resultIds: readonly string[];
  /** When it should be done or start; optional. */
  readonly dueOn?: IsoDate;
}

export interface PlanContent {
  readonly results: readonly PlanResult[];
  readonly agreements: readonly PlanAgreement[];
}

/** The client's agreement (akkoord) with one version of the plan. */
export interface PlanApproval {
  readonly on: IsoDate;
  readonly version: number;
}

export interface SupportPlan extends PlanContent {
  readonly version: number;
  readonly approval?: PlanApproval;
}

export const EMPTY_PLAN: SupportPlan = { version: 0, results: [], agreements: [] };

export type ApprovalStatus = 'akkoord' | 'eerdere_versie' | 'niet_akkoord';

/** Has the client agreed to the plan as it is now, to an earlier version, or not yet? */
export function approvalStatus(plan: SupportPlan): ApprovalStatus {
  if (!plan.approval) return 'niet_akkoord';
  return plan.approval.version === plan.version ? 'akkoord' : 'eerdere_versie';
}

export type PlanErrorCode =
  | 'plan-text-required'
  | 'plan-duplicate-id'
  | 'plan-unknown-result'
  | 'plan-who-required'
  | 'plan-bad-date'
  | 'plan-bad-life-domain'
  | 'plan-approval-in-future'
  | 'plan-empty-approval';

/** One wrong field of the plan; `path` names the field (e.g. `afspraken.1.wie`) for the API. */
export interface PlanError extends DomainError<PlanErrorCode> {
  readonly path: string;
}

export interface PlanRevision extends PlanContent {
  /**
   * The day the client agreed to the plan as sent; absent, or the date of the agreement already
   * recorded, means "no new agreement with this save".
   */
  readonly approvedOn?: IsoDate;
}

const sameContent = (a: PlanContent, b: PlanContent): boolean =>
  JSON.stringify({ r: a.results, a: a.agreements }) === JSON.stringify({ r: b.results, a: b.agreements });

/** Every problem with a revision at once, so the form can show them all. */
export function checkRevision(revision: PlanRevision, today: IsoDate): PlanError[] {
  const errors: PlanError[] = [];
  const fail = (path: string, code: PlanErrorCode, message: string) => errors.push({ path, code, message });
  const resultIds = new Set<string>();
  revision.results.forEach((r, i) => {
    if (!r.description.trim()) fail(`resultaten.${i}.omschrijving`, 'plan-text-required', 'Beschrijf het resultaat dat de cliënt wil bereiken.');
    if (resultIds.has(r.id)) fail(`resultaten.${i}.id`, 'plan-duplicate-id', `Het resultaat met id ${r.id} staat twee keer in het plan.`);
    if (r.lifeDomain !== undefined && !LIFE_DOMAINS.includes(r.lifeDomain)) fail(`resultaten.${i}.leefgebied`, 'plan-bad-life-domain', 'Onbekend leefgebied.');
    resultIds.add(r.id);
  });
  const agreementIds = new Set<string>();
  revision.agreements.forEach((a, i) => {
    if (!a.description.trim()) fail(`afspraken.${i}.omschrijving`, 'plan-text-required', 'Beschrijf wat er is afgesproken.');
    if (agreementIds.has(a.id)) fail(`afspraken.${i}.id`, 'plan-duplicate-id', `De afspraak met id ${a.id} staat twee keer in het plan.`);
    agreementIds.add(a.id);
    // The client himself needs no name; anyone else does, or nobody knows whom to call.
    if (a.party !== 'client' && !a.who.trim()) fail(`afspraken.${i}.wie`, 'plan-who-required', `Vul in wie dit doet (${PLAN_PARTY_LABELS[a.party].toLowerCase()}).`);
    a.resultIds.forEach((id, j) => {
      if (!resultIds.has(id)) fail(`afspraken.${i}.resultaten.${j}`, 'plan-unknown-result', 'Deze afspraak verwijst naar een resultaat dat niet in het plan staat.');
    });
    if (a.dueOn !== undefined && !isIsoDate(a.dueOn)) fail(`afspraken.${i}.datum`, 'plan-bad-date', 'Geen geldige datum.');
  });
  if (revision.approvedOn !== undefined) {
    if (!isIsoDate(revision.approvedOn)) fail('akkoordDatum', 'plan-bad-date', 'Geen geldige datum.');
    else if (compareDates(revision.approvedOn, today) > 0) {
      fail('akkoordDatum', 'plan-approval-in-future', `De cliënt kan niet akkoord gaan op een dag die nog moet komen (${formatDutch(revision.approvedOn)}).`);
    }
    if (revision.results.length === 0 && revision.agreements.length === 0) {
      fail('akkoordDatum', 'plan-empty-approval', 'Een leeg plan kan de cliënt niet goedkeuren. Leg eerst resultaten of afspraken vast.');
    }
  }
  return errors;
}

/**
 * The next version of the plan. The agreement moves along with an unchanged plan (saving the same
 * content changes nothing the client agreed to); a changed plan keeps the old agreement as one to an
 * earlier version, until the client agrees again.
 */
export function revisePlan(current: SupportPlan, revision: PlanRevision, today: IsoDate): Result<SupportPlan, PlanError[]> {
  const errors = checkRevision(revision, today);
  if (errors.length > 0) return err(errors);
  const version = current.version + 1;
  const content: PlanContent = { results: revision.results, agreements: revision.agreements };
  const unchanged = sameContent(current, content);
  const stillAgreed = unchanged && current.approval !== undefined && current.approval.version === current.version;
  // A form that sends the stored agreement date back is not a new agreement. The price: a second
  // agreement on the same day as the previous one cannot be told apart, so it is not recorded.
  const echoed = revision.approvedOn !== undefined && revision.approvedOn === current.approval?.on;
  let approval: PlanApproval | undefined;
  if (revision.approvedOn !== undefined && !echoed) approval = { on: revision.approvedOn, version };
  else if (stillAgreed) approval = { on: current.approval!.on, version };
  else approval = current.approval;
  return ok({ ...content, version, ...(approval ? { approval } : {}) });
}
