/**
 * Independence of client support (onafhankelijkheid, Bijlage 2 and §2.3 "In het belang van de cliënt").
 * - "Beslissen op een aanvraag en de cliëntondersteuning kunnen dus niet in één hand liggen, dat wil
 *   zeggen niet door één en dezelfde persoon worden uitgevoerd." Checked both ways, per client.
 * - "Indien de cliënt twijfelt aan de objectiviteit van de cliëntondersteuner, mag hij ... vragen om een
 *   andere ondersteuner. De gemeente moet aan dat verzoek gehoor geven." The request is recorded, the
 *   case is blocked until someone else stands beside the client, and the doubted person can never be
 *   assigned to this client again (otherwise the right would be empty).
 * - "Uiteraard kan de cliënt ook zelf zijn ondersteuning organiseren (naasten, vertegenwoordigers)."
 */
import { formatDutch, type IsoDate } from './calendar.ts';
import type { Case, DecisionMakerAssignment, PersonId, ReplacementRequest, SupporterAssignment } from './model.ts';
import { err, ok, type DomainError, type Result } from './result.ts';

export type AssignmentRole = 'ondersteuner' | 'beslisser';

export type IndependenceErrorCode = 'decides-for-client' | 'supports-client' | 'doubted-by-client' | 'no-supporter' | 'request-pending';
export type IndependenceError = DomainError<IndependenceErrorCode>;

/** How a person is named in messages; the API layer passes real names, the default stays neutral. */
export type NameOf = (personId: PersonId) => string;
const defaultName: NameOf = (id) => `Medewerker ${id}`;

const fail = (code: IndependenceErrorCode, message: string) => err<IndependenceError>({ code, message });

/** The open request for another supporter, if any. While it is open the case is blocked. */
export function pendingReplacement(c: Case): ReplacementRequest | undefined {
  return c.replacementRequests.find((r) => r.resolvedOn === undefined);
}

export function isBlocked(c: Case): boolean {
  return pendingReplacement(c) !== undefined;
}

/** Everyone whose objectivity this client has doubted. */
export function doubtedSupporters(c: Case): readonly PersonId[] {
  return [...new Set(c.replacementRequests.map((r) => r.doubtedSupporterId))];
}

/** May `personId` take `role` for this client? Names in messages come from `nameOf`. */
export function checkAssignment(c: Case, personId: PersonId, role: AssignmentRole, nameOf: NameOf = defaultName): Result<true, IndependenceError> {
  const name = nameOf(personId);
  if (role === 'ondersteuner') {
    const decides = c.decisionMakers.filter((d) => d.personId === personId);
    if (decides.length > 0) {
      const what = [...new Set(decides.map((d) => `'${d.provision}'`))].join(' en ');
      return fail(
        'decides-for-client',
        `${name} kan niet de cliëntondersteuner van deze cliënt zijn, omdat ${name} beslist over de aanvraag ${what} van deze cliënt. ` +
          'Beslissen en ondersteunen mogen niet in één hand liggen.',
      );
    }
    const request = c.replacementRequests.find((r) => r.doubtedSupporterId === personId);
    if (request) {
      return fail(
        'doubted-by-client',
        `${name} kan niet (opnieuw) de cliëntondersteuner van deze cliënt zijn, omdat de cliënt op ${formatDutch(request.requestedOn)} ` +
          `om een andere ondersteuner dan ${name} heeft gevraagd.`,
      );
    }
    return ok(true);
  }
  // Former supporters count too: someone who stood beside the client cannot later judge his application.
  if (c.supporter?.personId === personId) {
    return fail('supports-client', `${name} kan niet beslissen over een aanvraag van deze cliënt, omdat ${name} de cliëntondersteuner van deze cliënt is.`);
  }
  if (c.formerSupporters.some((s) => s.personId === personId)) {
    return fail('supports-client', `${name} kan niet beslissen over een aanvraag van deze cliënt, omdat ${name} eerder de cliëntondersteuner van deze cliënt was.`);
  }
  return ok(true);
}

/** Record that the client doubts the current supporter; the case is blocked until `assignSupporter`. */
export function recordReplacementRequest(c: Case, request: { readonly requestedOn: IsoDate; readonly reason?: string }): Result<Case, IndependenceError> {
  if (!c.supporter) return fail('no-supporter', 'Deze cliënt heeft geen cliëntondersteuner; er valt niemand te vervangen.');
  const pending = pendingReplacement(c);
  if (pending) {
    return fail('request-pending', `Er loopt al een verzoek om een andere ondersteuner (sinds ${formatDutch(pending.requestedOn)}).`);
  }
  const recorded: ReplacementRequest = { requestedOn: request.requestedOn, doubtedSupporterId: c.supporter.personId, ...(request.reason ? { reason: request.reason } : {}) };
  return ok({ ...c, replacementRequests: [...c.replacementRequests, recorded] });
}

function resolvePending(c: Case, on: IsoDate, newSupporterId?: PersonId): readonly ReplacementRequest[] {
  return c.replacementRequests.map((r) => (r.resolvedOn === undefined ? { ...r, resolvedOn: on, ...(newSupporterId ? { newSupporterId } : {}) } : r));
}

/**
 * Assign a supporter: a professional, or an informal supporter the client chose (family, a volunteer).
 * Honours an open replacement request, which is then resolved and the case unblocked.
 */
export function assignSupporter(c: Case, assignment: SupporterAssignment, nameOf: NameOf = defaultName): Result<Case, IndependenceError> {
  const check = checkAssignment(c, assignment.personId, 'ondersteuner', nameOf);
  if (!check.ok) return check;
  if (c.supporter?.personId === assignment.personId) return ok({ ...c, supporter: assignment });
  return ok({
    ...c,
    supporter: assignment,
    formerSupporters: c.supporter ? [...c.formerSupporters, c.supporter] : c.formerSupporters,
    replacementRequests: resolvePending(c, assignment.assignedOn, assignment.personId),
  });
}

/** The client arranges support himself, outside our records (§2.3 Keuzevrijheid). Also unblocks the case. */
export function clientArrangesOwnSupport(c: Case, on: IsoDate): Case {
  const { supporter, ...rest } = c;
  return {
    ...rest,
    formerSupporters: supporter ? [...c.formerSupporters, supporter] : c.formerSupporters,
    replacementRequests: resolvePending(c, on),
  };
}

/** Register who decides on an application of this client, refusing anyone who supports(ed) him. */
export function assignDecisionMaker(c: Case, assignment: DecisionMakerAssignment, nameOf: NameOf = defaultName): Result<Case, IndependenceError> {
  const check = checkAssignment(c, assignment.personId, 'beslisser', nameOf);
  return check.ok ? ok({ ...c, decisionMakers: [...c.decisionMakers, assignment] }) : check;
}
