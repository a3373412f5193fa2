/**
 * Money is stored as an integer number of euro cents (`number`). All amounts in this domain are far
 * below 2^53 (the national total is € 178,669,214 = 1.8e10 cents), so a JS number is exact; products
 * and ratios go through BigInt/Rational instead (see rational.ts).
 */
import { InvalidAmountError } from './errors.ts';

/** An integer amount of euro cents. A type alias for readability; checked at the domain's edges. */
export type Cents = number;

export const CENTS_PER_EURO = 100;

/** Throw unless `value` is a safe integer number of cents. `label` names the field in the message. */
export function assertCents(value: number, label = 'bedrag'): void {
  if (!Number.isSafeInteger(value)) {
    throw new InvalidAmountError(`Ongeldig ${label}: ${value} is geen geheel aantal centen.`);
  }
}

/**
 * The rounding unit used when the caller does not choose one: whole euros (100 cents) when the total is
 * a whole number of euros — the published Bijlage 5 figures are whole euros — otherwise single cents.
 */
export function autoUnit(totalCents: Cents): number {
  return totalCents % CENTS_PER_EURO === 0 ? CENTS_PER_EURO : 1;
}
