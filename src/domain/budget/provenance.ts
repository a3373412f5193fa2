/**
 * Provenance (herkomst) of a computed figure: enough to explain it step by step in the UI —
 * which inputs, the exact unrounded amount, how it was rounded, and the result. Plain JSON-safe data
 * (strings and numbers only, no BigInt), so it can go straight into an API response or a JSONB column.
 */
import type { Apportionment, ApportionedPart } from './rounding.ts';
import { div, rational, toDecimal, toFraction, type Rational } from './rational.ts';

export interface ProvenanceInput {
  /** Machine name, e.g. 'orgTotal', 'inhabitantShare', 'clientsWeight'. */
  name: string;
  /** Dutch label for display, e.g. 'inwonersaandeel'. */
  label: string;
  /** Exact value as "num/den" (rationals) or an integer string (cents). */
  exact: string;
  /** Decimal approximation for display (8 places for shares, 2 for euros). */
  decimal: string;
}

export interface RoundingExplanation {
  /** Rounding unit in cents (100 = whole euros). */
  unitCents: number;
  /** Exact amount rounded down to the unit, in cents. */
  floorCents: number;
  /** Fraction of a unit left over after rounding down, 4 decimals (decides who gets a leftover unit). */
  remainder: string;
  /** Position in the order "largest remainder first, then lower index" (0-based). */
  rank: number;
  /** How many units were left over in the whole apportionment (= how many parts got +1 unit). */
  leftoverUnits: number;
  receivedExtraUnit: boolean;
}

export interface FigureProvenance {
  /** Dutch one-line description of the formula. */
  formula: string;
  inputs: ProvenanceInput[];
  /** The unrounded amount: exact fraction of cents, and euros to 4 decimals. */
  exact: { centsFraction: string; euros: string };
  rounding: RoundingExplanation;
  resultCents: number;
}

export function shareInput(name: string, label: string, r: Rational): ProvenanceInput {
  return { name, label, exact: toFraction(r), decimal: toDecimal(r, 8) };
}

export function centsInput(name: string, label: string, cents: number): ProvenanceInput {
  return { name, label, exact: String(cents), decimal: toDecimal(rational(cents, 100), 2) };
}

/** Euros (to `places` decimals) of an exact amount in cents. */
export function centsToEuroDecimal(cents: Rational, places = 4): string {
  return toDecimal(div(cents, rational(100n)), places);
}

/** Explanation of one part of an apportionment. `offsetCents` adds a fixed amount (e.g. a base amount). */
export function explainPart(
  a: Apportionment,
  part: ApportionedPart,
  formula: string,
  inputs: ProvenanceInput[],
  offsetCents = 0,
): FigureProvenance {
  const exact = offsetCents === 0 ? part.exactCents : rationalAdd(part.exactCents, offsetCents);
  return {
    formula,
    inputs,
    exact: { centsFraction: toFraction(exact), euros: centsToEuroDecimal(exact) },
    rounding: {
      unitCents: a.unit,
      floorCents: part.floorCents + offsetCents,
      remainder: toDecimal(part.remainder, 4),
      rank: part.rank,
      leftoverUnits: a.leftoverUnits,
      receivedExtraUnit: part.receivedExtraUnit,
    },
    resultCents: part.cents + offsetCents,
  };
}

function rationalAdd(r: Rational, cents: number): Rational {
  return rational(r.num + BigInt(cents) * r.den, r.den);
}
