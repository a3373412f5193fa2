/** Errors of the accountability services; the API maps them to problems with the Dutch message. */
export class AccountabilityNotFoundError extends Error {}
export class AccountabilityConflictError extends Error {}
export class AccountabilityStateError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
export class AccountabilityInputError extends Error {
  constructor(readonly problems: { field: string; message: string }[]) {
    super(`De invoer klopt niet: ${problems.map((p) => p.message).join(' ')}`);
  }
}
/** Something with the same identity exists already (409). */
export class AccountabilityDuplicateError extends Error {}
