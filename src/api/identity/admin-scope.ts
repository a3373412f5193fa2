import { ProblemError, type InvalidParam } from '../problem.ts';
import { accountAccess, adminScopeOf, decideGrant, type AccountAccess, type Grant } from '../../domain/access/index.ts';
import type { UserRecord } from '../../services/identity/users.ts';
import { NotFoundError } from '../../domain/errors.ts';

/**
 * The API's side of the administration scope (src/domain/access/administration.ts): the decisions
 * turned into problem+json. An account outside the scope answers exactly like one that does not
 * exist; a grant in the request body is input, so it is refused with the field named.
 */

const NOT_FOUND = 'Niet gevonden.';

const label = (g: Grant) => (g.organisation.kind === 'landelijk' ? `${g.role} (landelijk)` : `${g.role} bij ${g.organisation.kind} ${g.organisation.code}`);

/**
 * Refuses the request unless the administrator may give every one of these grants: 400 when a role
 * cannot be held at that kind of organisation (a mistake in the input), else 403 when a grant lies
 * outside the administrator's scope. Every refused grant is named at once.
 */
export function assertGrantsAllowed(adminGrants: readonly Grant[], grants: readonly Grant[], field = 'body.rollen'): void {
  const invalid: InvalidParam[] = [];
  const outside: InvalidParam[] = [];
  grants.forEach((g, i) => {
    const decision = decideGrant(adminGrants, g);
    if (decision === 'invalid') {
      invalid.push({ name: `${field}.${i}`, code: 'invalid_grant', reason: `De rol ${g.role} kan niet worden gekoppeld aan een organisatie van soort ${g.organisation.kind}${g.organisation.kind === 'landelijk' ? ' met code ' + g.organisation.code : ''}.` });
    } else if (decision === 'out-of-scope') {
      outside.push({ name: `${field}.${i}`, code: 'grant_out_of_scope', reason: `U beheert ${label(g)} niet.` });
    }
  });
  if (invalid.length) {
    throw new ProblemError(400, `Deze rol past niet bij deze soort organisatie: ${invalid.length === 1 ? '1 rol' : `${invalid.length} rollen`}. Zie invalidParams.`, {
      invalidParams: [...invalid, ...outside],
    });
  }
  if (outside.length) {
    throw new ProblemError(403, 'U kunt alleen rollen toekennen of intrekken bij de gemeente die u beheert. Vraag een landelijke beheerder om de andere rollen.', {
      invalidParams: outside,
    });
  }
}

/** A municipality's administrator must give a new account a role in its own municipality: else it would vanish from their view. */
export function assertNewAccountInScope(adminGrants: readonly Grant[], grants: readonly Grant[]): void {
  if (adminScopeOf(adminGrants).all || grants.length > 0) return;
  throw new ProblemError(400, 'Geef het account minstens één rol bij de gemeente die u beheert.', {
    invalidParams: [{ name: 'body.rollen', code: 'too_small', reason: 'Minstens één rol bij uw eigen gemeente.' }],
  });
}

/** The account as far as this administrator may know it; 404 'Niet gevonden.' when not at all (or when it does not exist). */
export function accessibleAccount(adminGrants: readonly Grant[], user: UserRecord | null): { user: UserRecord; access: Exclude<AccountAccess, 'none'> } {
  const access = user ? accountAccess(adminGrants, user.grants) : 'none';
  if (!user || access === 'none') throw new NotFoundError(NOT_FOUND);
  return { user, access };
}

/** Name, e-mail, password, blocking and unlocking apply to every organisation the account works for. */
export function assertAccountWide(access: AccountAccess): void {
  if (access === 'full') return;
  throw new ProblemError(
    403,
    'Dit account heeft ook rollen bij organisaties die u niet beheert. Alleen de rollen bij uw eigen gemeente kunt u wijzigen; naam, e-mailadres, wachtwoord en blokkeren wijzigt een landelijke beheerder.',
  );
}
