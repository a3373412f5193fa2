import type { DomainError, Result } from '../../domain/cases/index.ts';

/** No such case, or a sub-record that does not belong to it. */
export class CaseNotFoundError extends Error {}

/** If-Match named an older version of the case: someone else saved in between. */
export class CaseVersionConflictError extends Error {
  constructor() {
    super('Het dossier is intussen gewijzigd. Laad de nieuwste versie en probeer het opnieuw.');
  }
}

/** A rule of the domain refused the change; `message` is the domain's Dutch sentence, shown as-is. */
export class CaseRefusedError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Input only the server can check (BSN 11-test, a colleague who is no supporter here), per field. */
export class CaseInputError extends Error {
  constructor(
    readonly field: string,
    readonly code: string,
    message: string,
    /** Every wrong field when there is more than one (a plan), so a form can show them all at once. */
    readonly fields: readonly { field: string; code: string; message: string }[] = [{ field, code, message }],
  ) {
    super(message);
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
  if (!result.ok) throw new CaseRefusedError(result.error.code, result.error.message);
  return result.value;
}
