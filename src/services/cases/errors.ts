import type { DomainError, Result } from '../../domain/cases/index.ts';
import { ConflictError, InvalidInputError, NotFoundError } from '../../domain/errors.ts';

/** No such case, or a sub-record that does not belong to it. */
export class CaseNotFoundError extends NotFoundError {}

/** If-Match named an older version of the case: someone else saved in between. */
export class CaseVersionConflictError extends ConflictError {
  constructor() {
    super('Het dossier is intussen gewijzigd. Laad de nieuwste versie en probeer het opnieuw.', { reason: 'stale' });
  }
}

/**
 * A rule of the domain refused the change because of the state the case is in; `message` is the
 * domain's Dutch sentence, shown as-is, `code` the domain's stable code.
 */
export class CaseRefusedError extends ConflictError {
  constructor(code: string, message: string) {
    super(message, { code });
  }
}

/** Input only the server can check (BSN 11-test, a colleague who is no supporter here), per field. */
export class CaseInputError extends InvalidInputError {
  constructor(
    readonly field: string,
    code: string,
    message: string,
    /** Every wrong field when there is more than one (a plan), so a form can show them all at once. */
    readonly fields: readonly { field: string; code: string; message: string }[] = [{ field, code, message }],
  ) {
    super(fields, { message, code });
  }

  /** One error for a list of domain problems (`path` relative to the body). */
  static of(errors: readonly { path: string; code: string; message: string }[]): CaseInputError {
    const fields = errors.map((e) => ({ field: `body.${e.path}`, code: e.code, message: e.message }));
    const [first] = fields;
    return new CaseInputError(first!.field, first!.code, fields.map((f) => f.message).join(' '), fields);
  }
}

/** The value of a domain result, or the refusal as an error: a refused step is normal business. */
export function unwrap<T>(result: Result<T, DomainError<string>>): T {
  if (!result.ok) {
    // Missing or unusable input the domain asks for is the caller's to fix (invalid input); everything
    // else is a state the case is in that forbids the change (conflict).
    const { code, message } = result.error;
    const field = INPUT_CODES[code];
    throw field ? new CaseInputError(field, code, message) : new CaseRefusedError(code, message);
  }
  return result.value;
}

/** Domain refusals that name a missing or wrong field, with the field. */
const INPUT_CODES: Record<string, string> = {
  'override-form-required': 'body.vorm',
  'override-reason-required': 'body.reden',
  'close-reason-required': 'body.afsluitreden',
  'close-reason-not-allowed': 'body.afsluitreden',
  'date-before-last-step': 'body.datum',
};
