import { ConflictError, InvalidInputError, NotFoundError } from '../../domain/errors.ts';

/** Errors of the accountability services, members of the one error family (src/domain/errors.ts). */
export class AccountabilityNotFoundError extends NotFoundError {}
/** The caller's version is old: someone saved in between. */
export class AccountabilityConflictError extends ConflictError {
  constructor(message: string) {
    super(message, { reason: 'stale' });
  }
}
/** The report's state forbids the step. */
export class AccountabilityStateError extends ConflictError {
  constructor(code: string, message: string) {
    super(message, { code });
  }
}
export class AccountabilityInputError extends InvalidInputError {
  declare readonly problems: readonly { field: string; message: string }[];
  constructor(problems: { field: string; message: string }[]) {
    super(problems);
  }
}
/** Something with the same identity exists already. */
export class AccountabilityDuplicateError extends ConflictError {
  constructor(message: string) {
    super(message, { reason: 'exists' });
  }
}
