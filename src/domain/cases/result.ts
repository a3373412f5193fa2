/**
 * The outcome of a domain operation that a user can get wrong (an invalid transition, a supporter who
 * may not be assigned, a BSN that fails the 11-test). Such outcomes are returned, not thrown, so the
 * caller must look at them: a refused step in a client's case is normal business, not an exception.
 * Programming errors (a malformed date string, a negative retention period) still throw RangeError.
 */
export type Result<T, E> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

export const ok = <T>(value: T): { readonly ok: true; readonly value: T } => ({ ok: true, value });
export const err = <E>(error: E): { readonly ok: false; readonly error: E } => ({ ok: false, error });

/** Every error of this domain: a stable English `code` for the API layer, a Dutch `message` for people. */
export interface DomainError<C extends string> {
  readonly code: C;
  readonly message: string;
}
