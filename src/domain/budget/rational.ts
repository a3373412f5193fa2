/**
 * A tiny exact rational number on BigInt (breuk). Budget shares are ratios of published euro amounts,
 * e.g. 3064/58781; floating point would make "the parts sum to the total" a matter of luck, so every
 * share, weight and unrounded amount in this domain is a Rational.
 *
 * Invariant (normal form): den > 0 and gcd(|num|, den) = 1; zero is 0/1. Equal values are therefore
 * structurally equal, which keeps comparisons and test assertions simple.
 */
export interface Rational {
  readonly num: bigint;
  readonly den: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

function toBig(n: bigint | number, what: string): bigint {
  if (typeof n === 'bigint') return n;
  if (!Number.isSafeInteger(n)) throw new RangeError(`${what} must be a safe integer, got ${n}`);
  return BigInt(n);
}

/** Build a normalised rational num/den. Numbers must be safe integers (no floats sneak in). */
export function rational(num: bigint | number, den: bigint | number = 1n): Rational {
  let n = toBig(num, 'numerator');
  let d = toBig(den, 'denominator');
  if (d === 0n) throw new RangeError('denominator must not be zero');
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d);
  return g > 1n ? { num: n / g, den: d / g } : { num: n, den: d };
}

export const ZERO: Rational = rational(0n);
export const ONE: Rational = rational(1n);

export function isRational(x: unknown): x is Rational {
  return typeof x === 'object' && x !== null && typeof (x as Rational).num === 'bigint' && typeof (x as Rational).den === 'bigint';
}

/** Accept a BigInt (an integer weight, e.g. a head count) or a Rational. */
export function toRational(x: bigint | Rational): Rational {
  return typeof x === 'bigint' ? rational(x) : rational(x.num, x.den);
}

export const add = (a: Rational, b: Rational): Rational => rational(a.num * b.den + b.num * a.den, a.den * b.den);
export const sub = (a: Rational, b: Rational): Rational => rational(a.num * b.den - b.num * a.den, a.den * b.den);
export const mul = (a: Rational, b: Rational): Rational => rational(a.num * b.num, a.den * b.den);
export const neg = (a: Rational): Rational => ({ num: -a.num, den: a.den });

export function div(a: Rational, b: Rational): Rational {
  if (b.num === 0n) throw new RangeError('division by zero');
  return rational(a.num * b.den, a.den * b.num);
}

export function sum(xs: readonly Rational[]): Rational {
  return xs.reduce(add, ZERO);
}

/** -1, 0 or 1 as a < b, a = b, a > b. Dens are positive, so cross-multiplication keeps the order. */
export function compare(a: Rational, b: Rational): -1 | 0 | 1 {
  const l = a.num * b.den;
  const r = b.num * a.den;
  return l < r ? -1 : l > r ? 1 : 0;
}

export const equals = (a: Rational, b: Rational): boolean => a.num === b.num && a.den === b.den;
export const sign = (a: Rational): -1 | 0 | 1 => (a.num < 0n ? -1 : a.num > 0n ? 1 : 0);
export const isZero = (a: Rational): boolean => a.num === 0n;

/** Largest integer ≤ a (BigInt division truncates toward zero, so negatives need a correction). */
export function floor(a: Rational): bigint {
  const q = a.num / a.den;
  return a.num < 0n && q * a.den !== a.num ? q - 1n : q;
}

/** "num/den" (or just "num" for integers): the exact form shown next to a decimal approximation. */
export function toFraction(a: Rational): string {
  return a.den === 1n ? a.num.toString() : `${a.num}/${a.den}`;
}

/**
 * Decimal string with `places` digits after the point, rounded half away from zero (the convention
 * people expect on paper). Display only: never feed it back into a calculation.
 */
export function toDecimal(a: Rational, places = 4): string {
  const scale = 10n ** BigInt(places);
  const abs = a.num < 0n ? -a.num : a.num;
  const scaled = (abs * scale * 2n + a.den) / (2n * a.den); // round half up on the absolute value
  const intPart = (scaled / scale).toString();
  const frac = places > 0 ? '.' + (scaled % scale).toString().padStart(places, '0') : '';
  return (a.num < 0n && scaled !== 0n ? '-' : '') + intPart + frac;
}

/**
 * Parse "1/5", "0.2", "0,2", "-3", or "20%" into an exact Rational. Meant for keys and split shares typed
 * by a user or sent by the API; a decimal is read exactly ("0.1" is 1/10, not a binary float).
 */
export function parseRational(text: string): Rational {
  const t = text.trim();
  const frac = /^(-?\d+)\s*\/\s*(\d+)$/.exec(t);
  if (frac) return rational(BigInt(frac[1]!), BigInt(frac[2]!));
  const dec = /^(-?)(\d+)(?:[.,](\d+))?\s*(%?)$/.exec(t);
  if (!dec) throw new RangeError(`Geen geldig getal of breuk: "${text}"`);
  const digits = dec[3] ?? '';
  let r = rational(BigInt(dec[2]! + digits), 10n ** BigInt(digits.length));
  if (dec[4] === '%') r = div(r, rational(100n));
  return dec[1] === '-' ? neg(r) : r;
}
