import { ConflictError, InvalidInputError } from '../errors.ts';

/**
 * Typed errors of the budget domain, members of the one error family (src/domain/errors.ts): wrong
 * figures are invalid input; every error carries a stable `code` and a Dutch `message` (shown to
 * municipal users as-is).
 */
export class BudgetError extends InvalidInputError {
  constructor(code: string, message: string) {
    super([{ code, message }], { code, message });
  }
}

/** Verdeelsleutel ongeldig: weights negative or not summing to 1. */
export class InvalidAllocationKeyError extends BudgetError {
  constructor(message: string) {
    super('invalid-allocation-key', message);
  }
}

/** Aandelen ongeldig: a share vector that is negative, does not sum to 1, or has duplicate ids. */
export class InvalidSharesError extends BudgetError {
  constructor(message: string) {
    super('invalid-shares', message);
  }
}

/** Weights that cannot be apportioned: negative, or all zero while there is something to divide. */
export class InvalidWeightsError extends BudgetError {
  constructor(message: string) {
    super('invalid-weights', message);
  }
}

/** An amount that is not a safe integer number of cents, or not a whole number of rounding units. */
export class InvalidAmountError extends BudgetError {
  constructor(message: string) {
    super('invalid-amount', message);
  }
}

/** The published table cannot be turned into shares (e.g. an organisation with IVH total 0). */
export class DerivationError extends BudgetError {
  constructor(message: string) {
    super('derivation-failed', message);
  }
}

/** A list of herindeling changes that contradicts itself or the figures it is applied to. */
export class InvalidDivisionChangeError extends BudgetError {
  constructor(message: string) {
    super('invalid-division-change', message);
  }
}

/** One (from → to) pair of a split for which the user did not supply a share. */
export interface MissingSplitShare {
  from: string;
  to: string;
}

/**
 * A split (splitsing) without shares for exactly its `to` list. Lists every missing pair over all
 * splits of the year, and shares given for municipalities that are not in the `to` list, so the user
 * can fix everything in one go.
 */
export class MissingSplitSharesError extends ConflictError {
  constructor(
    readonly missing: MissingSplitShare[],
    readonly unexpected: MissingSplitShare[],
    message: string,
  ) {
    super(message, {
      code: 'missing-split-shares',
      details: { title: 'Aandelen voor splitsing ontbreken', ontbrekendeAandelen: missing.map((m) => ({ van: m.from, naar: m.to })) },
    });
  }
}

/** Text that is not a euro amount (parseEuro). */
export class ParseEuroError extends BudgetError {
  constructor(
    readonly input: string,
    message: string,
  ) {
    super('invalid-euro-text', message);
  }
}
