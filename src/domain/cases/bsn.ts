/**
 * Burgerservicenummer (BSN). Validated with the 11-test ("elfproef"): nine digits d1..d9,
 * 9·d1 + 8·d2 + … + 2·d8 − 1·d9 must be divisible by 11. The −1 on the last digit is what distinguishes
 * the BSN test from the bank-account elfproef. All zeros passes the arithmetic but is no number.
 * Because 11 is prime and every weight is smaller than 11, any single wrong digit is detected.
 */
import { err, ok, type DomainError, type Result } from './result.ts';

declare const bsnBrand: unique symbol;
/** A BSN that passed validation; only `validateBsn` makes one. */
export type Bsn = string & { readonly [bsnBrand]: true };

export type BsnErrorCode = 'bsn-format' | 'bsn-all-zeros' | 'bsn-eleven-test';
export type BsnError = DomainError<BsnErrorCode>;

const WEIGHTS = [9, 8, 7, 6, 5, 4, 3, 2, -1] as const;

/** People type BSNs with spaces or dots ("1112.22.333"); those are not part of the number. */
export function normaliseBsn(input: string): string {
  return input.replace(/[\s.]/g, '');
}

export function elevenTestSum(digits: string): number {
  return [...digits].reduce((sum, d, i) => sum + Number(d) * WEIGHTS[i]!, 0);
}

export function validateBsn(input: string): Result<Bsn, BsnError> {
  const digits = normaliseBsn(input);
  if (!/^\d{9}$/.test(digits)) {
    return err({ code: 'bsn-format', message: 'Een BSN bestaat uit precies 9 cijfers.' });
  }
  if (digits === '000000000') {
    return err({ code: 'bsn-all-zeros', message: 'Een BSN kan niet uit alleen nullen bestaan.' });
  }
  if (elevenTestSum(digits) % 11 !== 0) {
    return err({ code: 'bsn-eleven-test', message: 'Dit is geen geldig BSN: het voldoet niet aan de elfproef. Controleer de cijfers.' });
  }
  return ok(digits as Bsn);
}

export function isValidBsn(input: string): boolean {
  return validateBsn(input).ok;
}

/**
 * Only the last three digits are shown (`******123`): enough for a supporter to check "is this the
 * right person?" without a screen, export or log line leaking the number. Anything that is not nine
 * digits is fully masked, so a malformed value never leaks either.
 */
export function maskBsn(input: string): string {
  const digits = normaliseBsn(input);
  return /^\d{9}$/.test(digits) ? `******${digits.slice(6)}` : '*********';
}
