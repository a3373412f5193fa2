/**
 * What-if calculations on top of the derived shares (derive.ts):
 * (a) another allocation key (verdeelsleutel), e.g. 50/50 or 100% inhabitants, against the published baseline;
 * (b) a regional pool (regionaal budget, §3.5) versus the woonplaatsbeginsel (every municipality pays for
 *     its own residents).
 * Friction-cost exposure (frictiekosten) is in friction.ts.
 */
import { DerivationError } from './errors.ts';
import { formatPercent, validateKey, type AllocationKey } from './key.ts';
import { assertCents, autoUnit } from './money.ts';
import { centsInput, explainPart, shareInput, type FigureProvenance } from './provenance.ts';
import { add, mul, rational, sign, toDecimal, type Rational } from './rational.ts';
import { apportion } from './rounding.ts';
import type { DerivedOrganisation, RowFlag } from './derive.ts';

/** weight-clamped-to-zero: under the new key the weighted share came out negative (because c_i < 0). */
export type ScenarioFlag = RowFlag | 'weight-clamped-to-zero';

export interface KeyScenarioRow {
  municipalityId: string;
  organisationId: string;
  /** Published amount (Bijlage 5). */
  baselineCents: number;
  scenarioCents: number;
  /** scenario − baseline (positive: the municipality would get more). */
  differenceCents: number;
  flags: ScenarioFlag[];
  provenance: FigureProvenance;
}

/**
 * Re-allocate each organisation's client-support total with `key` using the derived shares.
 * Policy for negative derived client shares: a weighted share below 0 is set to 0 (flagged), and the
 * organisation total is divided over the others — amounts stay ≥ 0 and still sum exactly to the total.
 * With the derivation key itself nothing is clamped and the scenario equals the baseline.
 */
export function scenarioAlternativeKey(orgs: readonly DerivedOrganisation[], key: AllocationKey, opts: { unit?: number } = {}): KeyScenarioRow[] {
  validateKey(key);
  const out: KeyScenarioRow[] = [];
  for (const org of orgs) {
    const flags = org.rows.map((r): ScenarioFlag[] => [...r.flags]);
    const weights = org.rows.map((r, i): Rational => {
      if (r.clientShare === null && sign(key.clientsWeight) !== 0) {
        throw new DerivationError(`${r.municipalityId}: het cliëntaandeel is onbekend (afgeleid met 0% cliënten), dus deze verdeelsleutel is niet door te rekenen.`);
      }
      const c = r.clientShare ?? rational(0n);
      const w = add(mul(key.inhabitantsWeight, r.inhabitantShare), mul(key.clientsWeight, c));
      if (sign(w) >= 0) return w;
      flags[i]!.push('weight-clamped-to-zero');
      return rational(0n);
    });
    const total = org.clientSupportTotalCents;
    const a = apportion(total, weights, opts.unit ?? autoUnit(total));
    const formula =
      `MEE-budget × (${formatPercent(key.inhabitantsWeight)} × inwonersaandeel + ${formatPercent(key.clientsWeight)} × cliëntaandeel), ` +
      `afgerond met de grootste-overschotmethode`;
    org.rows.forEach((r, i) => {
      const part = a.parts[i]!;
      const inputs = [
        centsInput('orgTotal', 'budget cliëntondersteuning MEE-organisatie', total),
        shareInput('inhabitantShare', 'inwonersaandeel (afgeleid)', r.inhabitantShare),
        shareInput('inhabitantsWeight', 'gewicht inwoners', key.inhabitantsWeight),
        shareInput('clientsWeight', 'gewicht cliënten', key.clientsWeight),
        shareInput('weightedShare', 'gewogen aandeel', weights[i]!),
        centsInput('baseline', 'gepubliceerd bedrag (basis)', r.published.clientSupportCents),
      ];
      if (r.clientShare) inputs.splice(2, 0, shareInput('clientShare', 'cliëntaandeel (afgeleid)', r.clientShare));
      out.push({
        municipalityId: r.municipalityId,
        organisationId: org.organisationId,
        baselineCents: r.published.clientSupportCents,
        scenarioCents: part.cents,
        differenceCents: part.cents - r.published.clientSupportCents,
        flags: flags[i]!,
        provenance: explainPart(a, part, formula, inputs),
      });
    });
  }
  return out;
}

export interface PoolMember {
  municipalityId: string;
  youthRegionId: string;
  /** The municipality's own allocation (e.g. its Bijlage 5 amount): what it pays under the woonplaatsbeginsel. */
  allocationCents: number;
}

export interface PoolContribution {
  municipalityId: string;
  /** Woonplaatsbeginsel: the municipality pays for its own residents, i.e. its own allocation. */
  ownAllocationCents: number;
  /** What it pays into the regional pool. */
  contributionCents: number;
  /** contribution − own allocation (0 when the pool is the sum of the allocations). */
  differenceCents: number;
  /** Its share of the pool (= its share of the region's allocations), exact and as decimal. */
  share: Rational;
  shareDecimal: string;
  provenance: FigureProvenance;
}

export interface RegionalPool {
  youthRegionId: string;
  poolTotalCents: number;
  members: PoolContribution[];
}

/**
 * Per youth region a pool that every member municipality pays into pro rata its own allocation. The pool
 * defaults to the sum of the allocations (contribution = own allocation); `poolTotalCents` per region
 * sets another pool size, divided pro rata with largest remainder (whole euros if the pool is).
 * Regions in order of first appearance.
 */
export function regionalPools(
  members: readonly PoolMember[],
  opts: { poolTotalCents?: Readonly<Record<string, number>>; unit?: number } = {},
): RegionalPool[] {
  const byRegion = new Map<string, PoolMember[]>();
  for (const m of members) {
    assertCents(m.allocationCents, `budget van ${m.municipalityId}`);
    const list = byRegion.get(m.youthRegionId) ?? [];
    list.push(m);
    byRegion.set(m.youthRegionId, list);
  }
  return [...byRegion].map(([youthRegionId, list]) => {
    const sumCents = list.reduce((acc, m) => acc + m.allocationCents, 0);
    const custom = opts.poolTotalCents?.[youthRegionId];
    const pool = custom ?? sumCents;
    const unit = opts.unit ?? (custom === undefined ? 1 : autoUnit(pool));
    const a = apportion(pool, list.map((m) => BigInt(m.allocationCents)), unit);
    const formula = 'regionale pot × eigen budget / som van de budgetten in de jeugdregio';
    return {
      youthRegionId,
      poolTotalCents: pool,
      members: list.map((m, i): PoolContribution => {
        const part = a.parts[i]!;
        return {
          municipalityId: m.municipalityId,
          ownAllocationCents: m.allocationCents,
          contributionCents: part.cents,
          differenceCents: part.cents - m.allocationCents,
          share: part.share,
          shareDecimal: toDecimal(part.share, 8),
          provenance: explainPart(a, part, formula, [
            centsInput('pool', 'regionale pot', pool),
            centsInput('ownAllocation', 'eigen budget gemeente', m.allocationCents),
            centsInput('regionSum', 'som van de budgetten in de jeugdregio', sumCents),
          ]),
        };
      }),
    };
  });
}
