/**
 * The allocation key (verdeelsleutel) and the forward allocation of one MEE organisation's budgets to
 * the municipalities in its area (Bijlage 5):
 * - client support (cliëntondersteuning): inhabitantsWeight × inhabitant share + clientsWeight × client
 *   share (MEE clients, reference year 2013); default 20% / 80%;
 * - IVH (Integrale Vroeghulp): by inhabitants, optionally after a fixed base amount per municipality.
 * Amounts are apportioned with largest remainder, in whole euros by default, so they sum exactly to the
 * organisation's total (as the published table does: its per-organisation sums equal Tabel 3).
 */
import { InvalidAllocationKeyError, InvalidAmountError, InvalidSharesError } from './errors.ts';
import { assertCents, autoUnit } from './money.ts';
import { centsInput, explainPart, shareInput, type FigureProvenance } from './provenance.ts';
import { add, equals, mul, ONE, rational, sign, sub, sum, toDecimal, type Rational } from './rational.ts';
import { apportion } from './rounding.ts';

export interface AllocationKey {
  /** Weight of the inhabitant share (inwoners), e.g. 1/5. */
  inhabitantsWeight: Rational;
  /** Weight of the MEE-client share (cliënten MEE, peiljaar 2013), e.g. 4/5. */
  clientsWeight: Rational;
}

/** The key of the Handreiking: 20% inhabitants, 80% MEE clients. */
export const DEFAULT_KEY: AllocationKey = { inhabitantsWeight: rational(1n, 5n), clientsWeight: rational(4n, 5n) };

/** "20%", "33,3333%": Dutch percentage of an exact weight, for messages and formulas. */
export function formatPercent(r: Rational): string {
  return toDecimal(mul(r, rational(100n)), 4).replace(/\.?0+$/, '').replace('.', ',') + '%';
}

/** Return the key if both weights are ≥ 0 and sum to exactly 1; otherwise throw (Dutch message). */
export function validateKey(key: AllocationKey): AllocationKey {
  const { inhabitantsWeight: i, clientsWeight: c } = key;
  if (sign(i) < 0 || sign(c) < 0 || !equals(add(i, c), ONE)) {
    throw new InvalidAllocationKeyError(
      `Ongeldige verdeelsleutel: de gewichten moeten elk minstens 0% zijn en samen 100% ` +
        `(nu ${formatPercent(i)} inwoners + ${formatPercent(c)} cliënten = ${formatPercent(add(i, c))}).`,
    );
  }
  return key;
}

/** Key from the inhabitants weight alone (clients get the rest), e.g. parseRational('50%') → 50/50. */
export function keyFromInhabitantsWeight(inhabitantsWeight: Rational): AllocationKey {
  return validateKey({ inhabitantsWeight, clientsWeight: sub(ONE, inhabitantsWeight) });
}

export interface IvhMember {
  id: string;
  /** Share of the organisation's inhabitants (inwonersaandeel); the members' shares sum to 1. */
  inhabitantShare: Rational;
}

export interface ClientSupportMember extends IvhMember {
  /** Share of the organisation's MEE clients (cliëntaandeel); the members' shares sum to 1. */
  clientShare: Rational;
}

/** One municipality's allocated amount with the explanation of how it came about. */
export interface AllocatedFigure {
  id: string;
  cents: number;
  provenance: FigureProvenance;
}

export interface AllocateOptions {
  /** Rounding unit in cents; default whole euros when the total is whole euros, else cents. */
  unit?: number;
  /**
   * Accept negative individual shares as long as every combined weight is ≥ 0. Only for recomputing
   * from derived shares (derive.ts), where a negative client share is a finding, not an input error.
   */
  allowNegativeShares?: boolean;
}

function checkShares<T extends IvhMember>(members: readonly T[], pick: (m: T) => Rational, label: 'inwonersaandeel' | 'cliëntaandeel', allowNegative: boolean): void {
  const seen = new Set<string>();
  for (const m of members) {
    if (seen.has(m.id)) throw new InvalidSharesError(`Gemeente ${m.id} komt meer dan eens voor.`);
    seen.add(m.id);
    if (!allowNegative && sign(pick(m)) < 0) {
      throw new InvalidSharesError(`Het ${label} van ${m.id} is negatief.`);
    }
  }
  const total = sum(members.map(pick));
  if (members.length > 0 && !equals(total, ONE)) {
    throw new InvalidSharesError(`De ${label.replace('aandeel', 'aandelen')} tellen op tot ${formatPercent(total)} in plaats van 100%.`);
  }
}

function emptyCheck(totalCents: number, count: number): void {
  assertCents(totalCents, 'totaalbedrag');
  if (count === 0 && totalCents !== 0) throw new InvalidSharesError('Er zijn geen gemeenten om het budget over te verdelen.');
}

/** Client-support budget of one organisation → per member, largest remainder, sums exactly. */
export function allocateClientSupport(
  orgTotalCents: number,
  members: readonly ClientSupportMember[],
  key: AllocationKey = DEFAULT_KEY,
  opts: AllocateOptions = {},
): AllocatedFigure[] {
  validateKey(key);
  emptyCheck(orgTotalCents, members.length);
  const allowNeg = opts.allowNegativeShares ?? false;
  checkShares(members, (m) => m.inhabitantShare, 'inwonersaandeel', allowNeg);
  checkShares(members, (m) => m.clientShare, 'cliëntaandeel', allowNeg);
  const weights = members.map((m) => add(mul(key.inhabitantsWeight, m.inhabitantShare), mul(key.clientsWeight, m.clientShare)));
  weights.forEach((w, i) => {
    if (sign(w) < 0) {
      throw new InvalidSharesError(`Het gewogen aandeel van ${members[i]!.id} is negatief (${formatPercent(w)}).`);
    }
  });
  const a = apportion(orgTotalCents, weights, opts.unit ?? autoUnit(orgTotalCents));
  const formula =
    `MEE-budget × (${formatPercent(key.inhabitantsWeight)} × inwonersaandeel + ` +
    `${formatPercent(key.clientsWeight)} × cliëntaandeel), afgerond met de grootste-overschotmethode`;
  return members.map((m, i) => ({
    id: m.id,
    cents: a.parts[i]!.cents,
    provenance: explainPart(a, a.parts[i]!, formula, [
      centsInput('orgTotal', 'budget cliëntondersteuning MEE-organisatie', orgTotalCents),
      shareInput('inhabitantShare', 'inwonersaandeel', m.inhabitantShare),
      shareInput('clientShare', 'cliëntaandeel', m.clientShare),
      shareInput('inhabitantsWeight', 'gewicht inwoners', key.inhabitantsWeight),
      shareInput('clientsWeight', 'gewicht cliënten', key.clientsWeight),
      shareInput('weightedShare', 'gewogen aandeel', weights[i]!),
    ]),
  }));
}

export interface IvhOptions {
  /**
   * Fixed amount each municipality receives before the rest is divided by inhabitants (0 by default).
   * Note: the organisation's own base amount (basisbedrag per MEE-organisatie, Bijlage 5 footnote) is part
   * of `orgIvhCents` and is, like the published table, divided by inhabitants — this option is for
   * scenarios that give every municipality a fixed floor.
   */
  baseAmountCents?: number;
  /** Rounding unit in cents for the part divided by inhabitants; default as in AllocateOptions. */
  unit?: number;
}

/** IVH budget of one organisation → per member: base amount (if any) + rest by inhabitant share. */
export function allocateIvh(orgIvhCents: number, members: readonly IvhMember[], opts: IvhOptions = {}): AllocatedFigure[] {
  emptyCheck(orgIvhCents, members.length);
  checkShares(members, (m) => m.inhabitantShare, 'inwonersaandeel', false);
  const base = opts.baseAmountCents ?? 0;
  assertCents(base, 'basisbedrag');
  const rest = orgIvhCents - base * members.length;
  if (base < 0 || rest < 0) {
    throw new InvalidAmountError(`Het basisbedrag van ${base} cent voor ${members.length} gemeenten is meer dan het IVH-budget (${orgIvhCents} cent).`);
  }
  const a = apportion(rest, members.map((m) => m.inhabitantShare), opts.unit ?? autoUnit(rest));
  const formula = base === 0
    ? 'IVH-budget × inwonersaandeel, afgerond met de grootste-overschotmethode'
    : 'basisbedrag + (IVH-budget − basisbedragen) × inwonersaandeel, afgerond met de grootste-overschotmethode';
  return members.map((m, i) => {
    const inputs = [centsInput('orgTotal', 'IVH-budget MEE-organisatie', orgIvhCents), shareInput('inhabitantShare', 'inwonersaandeel', m.inhabitantShare)];
    if (base !== 0) inputs.push(centsInput('baseAmount', 'basisbedrag per gemeente', base));
    return { id: m.id, cents: a.parts[i]!.cents + base, provenance: explainPart(a, a.parts[i]!, formula, inputs, base) };
  });
}
