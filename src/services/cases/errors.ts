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
  ) {
    super(message);
  }
}

/** The value of a domain result, or the refusal as an error: a refused step is normal business. */
export function unwrap<T>(result: Result<T, DomainError<string>>): T {
  if (!result.ok) throw new CaseRefusedError(result.error.code, result.error.message);
  return result.value;
}
