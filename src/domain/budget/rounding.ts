/**
 * Largest-remainder apportionment (methode van de grootste overschotten, Hamilton/Hare).
 *
 * Why: the published table (Bijlage 5) is in whole euros and its per-organisation sums equal Tabel 3
 * exactly. Rounding each municipality's amount on its own would break that sum by a few euros; the
 * largest-remainder method rounds everybody down and hands the leftover units, one each, to the parts
 * with the largest fractional remainder — so the parts always add up exactly to the total.
 *
 * Everything is exact: weights are BigInt or Rational, quotas and remainders are Rational.
 * Tie-break (deterministic): larger remainder first, then lower index. Known limitation of the method
 * (Alabama paradox): raising the total can, in rare cases, lower one part by one unit. What does hold,
 * and is tested: every part is its quota rounded down or up, and a larger weight never gets less.
 */
import { InvalidAmountError, InvalidWeightsError } from './errors.ts';
import { assertCents } from './money.ts';
import { compare, floor, mul, rational, sign, sub, sum, toRational, type Rational } from './rational.ts';

export type Weight = bigint | Rational;

/** One part of an apportionment with every intermediate value, so a UI can explain the figure. */
export interface ApportionedPart {
  index: number;
  /** This part's share of the total: weight / sum of weights (exact). */
  share: Rational;
  /** Unrounded amount in cents: total × share. */
  exactCents: Rational;
  /** Exact amount rounded down to a whole unit, in cents. */
  floorCents: number;
  /** Fractional part of the quota, in units (0 ≤ remainder < 1): what decides who gets a leftover unit. */
  remainder: Rational;
  /** 0-based position in the order "largest remainder first, then lower index". */
  rank: number;
  /** Whether this part received one of the leftover units. */
  receivedExtraUnit: boolean;
  /** Final amount in cents = floorCents (+ unit when receivedExtraUnit). */
  cents: number;
}

export interface Apportionment {
  totalCents: number;
  /** Rounding unit in cents: 1 = cents, 100 = whole euros. */
  unit: number;
  /** Units left after rounding everybody down; exactly this many parts received one extra unit. */
  leftoverUnits: number;
  parts: ApportionedPart[];
}

/** Full apportionment with provenance. Throws on negative totals/weights or nothing to weigh by. */
export function apportion(totalCents: number, weights: readonly Weight[], unit = 1): Apportionment {
  assertCents(totalCents, 'totaal');
  if (!Number.isSafeInteger(unit) || unit <= 0) throw new InvalidAmountError(`Ongeldige afrondingseenheid: ${unit}.`);
  if (totalCents < 0) throw new InvalidAmountError(`Een negatief totaal (${totalCents} cent) kan niet worden verdeeld.`);
  if (totalCents % unit !== 0) {
    throw new InvalidAmountError(`Het totaal van ${totalCents} cent is geen veelvoud van de afrondingseenheid ${unit}.`);
  }
  const ws = weights.map(toRational);
  if (ws.some((w) => sign(w) < 0)) throw new InvalidWeightsError('Een verdeelgewicht mag niet negatief zijn.');
  const totalWeight = sum(ws);
  const units = BigInt(totalCents / unit);
  if (sign(totalWeight) === 0 && units > 0n) {
    throw new InvalidWeightsError('Er is niets om naar te verdelen: alle gewichten zijn nul of de lijst is leeg.');
  }

  const base = ws.map((w, index) => {
    const share = sign(totalWeight) === 0 ? rational(0n) : rational(w.num * totalWeight.den, w.den * totalWeight.num);
    const quota = mul(rational(units), share); // in units
    const fl = floor(quota);
    return { index, share, quota, fl, remainder: sub(quota, rational(fl)) };
  });
  const leftover = Number(units - base.reduce((acc, p) => acc + p.fl, 0n));
  const order = [...base].sort((a, b) => compare(b.remainder, a.remainder) || a.index - b.index);
  const rankOf = new Array<number>(base.length);
  order.forEach((p, rank) => (rankOf[p.index] = rank));

  const parts = base.map((p): ApportionedPart => {
    const rank = rankOf[p.index]!;
    const receivedExtraUnit = rank < leftover;
    const floorCents = Number(p.fl) * unit;
    return {
      index: p.index,
      share: p.share,
      exactCents: mul(p.quota, rational(unit)),
      floorCents,
      remainder: p.remainder,
      rank,
      receivedExtraUnit,
      cents: floorCents + (receivedExtraUnit ? unit : 0),
    };
  });
  return { totalCents, unit, leftoverUnits: leftover, parts };
}

/** Just the amounts: parts in cents, in the order of `weights`, summing exactly to `totalCents`. */
export function allocateLargestRemainder(totalCents: number, weights: readonly Weight[], unit = 1): number[] {
  return apportion(totalCents, weights, unit).parts.map((p) => p.cents);
}
