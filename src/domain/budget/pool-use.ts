/**
 * Regional pool against actual use (Handreiking §3.5: "een regionaal budget waarin iedere gemeente naar rato
 * bijdraagt" versus the woonplaatsbeginsel, where every municipality pays for its own residents).
 *
 * In the pool each municipality pays in its own allocation (the key: Bijlage 5 or the primary allocation),
 * and the pool pays for the support the region's residents actually use. Under the woonplaatsbeginsel a
 * municipality pays for its own residents' use: the pool's total divided by use,
 *   cost_i = pool × use_i / Σ use   (largest remainder, so the costs add up to the pool).
 * The difference contribution − cost says who gains and who loses by pooling:
 *   > 0 the municipality pays more into the pool than its residents use (it loses by pooling);
 *   < 0 its residents use more than it pays in (it gains by pooling).
 * With use exactly proportional to the key every difference is 0; that is the only case the old
 * comparison (pool = sum of the allocations) could show.
 */
import { InvalidAmountError } from './errors.ts';
import { assertCents, autoUnit } from './money.ts';
import { centsInput, explainPart, type FigureProvenance } from './provenance.ts';
import { toDecimal } from './rational.ts';
import { apportion } from './rounding.ts';

export interface UseMember {
  municipalityId: string;
  youthRegionId: string;
  /** What the municipality pays into the pool: its own allocation by the key. */
  allocationCents: number;
  /** Actual use: e.g. clients supported (casework) or an imported count. */
  use: number;
}

export interface UseRow {
  municipalityId: string;
  contributionCents: number;
  use: number;
  /** Share of the region's use, decimal. */
  useShare: string;
  /** The cost of its own residents' use (woonplaatsbeginsel). */
  costOfUseCents: number;
  /** contribution − cost: > 0 loses by pooling, < 0 gains. */
  differenceCents: number;
  outcome: 'wint' | 'verliest' | 'gelijk';
  provenance: FigureProvenance;
}

export interface UsePool {
  youthRegionId: string;
  poolCents: number;
  totalUse: number;
  /** No use recorded in the region: nothing to compare, every cost is 0 and the pool is unspent. */
  noUse: boolean;
  members: UseRow[];
}

/** Per youth region (in order of first appearance): contributions by the key against the cost of actual use. */
export function poolAgainstUse(members: readonly UseMember[]): UsePool[] {
  const byRegion = new Map<string, UseMember[]>();
  for (const m of members) {
    assertCents(m.allocationCents, `budget van ${m.municipalityId}`);
    if (!Number.isSafeInteger(m.use) || m.use < 0) throw new InvalidAmountError(`Het gebruik van ${m.municipalityId} moet een geheel getal van 0 of meer zijn.`);
    const list = byRegion.get(m.youthRegionId) ?? [];
    list.push(m);
    byRegion.set(m.youthRegionId, list);
  }
  return [...byRegion].map(([youthRegionId, list]) => {
    const pool = list.reduce((a, m) => a + m.allocationCents, 0);
    const totalUse = list.reduce((a, m) => a + m.use, 0);
    const noUse = totalUse === 0;
    const a = apportion(noUse ? 0 : pool, list.map((m) => BigInt(m.use)), noUse ? 1 : autoUnit(pool));
    const formula = 'regionale pot × eigen gebruik / gebruik in de jeugdregio (woonplaatsbeginsel), afgerond met de grootste-overschotmethode';
    return {
      youthRegionId,
      poolCents: pool,
      totalUse,
      noUse,
      members: list.map((m, i): UseRow => {
        const part = a.parts[i]!;
        const difference = m.allocationCents - part.cents;
        return {
          municipalityId: m.municipalityId,
          contributionCents: m.allocationCents,
          use: m.use,
          useShare: toDecimal(part.share, 8),
          costOfUseCents: part.cents,
          differenceCents: difference,
          outcome: difference > 0 ? 'verliest' : difference < 0 ? 'wint' : 'gelijk',
          provenance: explainPart(a, part, formula, [
            centsInput('pool', 'regionale pot (som van de bijdragen)', pool),
            { name: 'use', label: 'gebruik gemeente', exact: String(m.use), decimal: String(m.use) },
            { name: 'regionUse', label: 'gebruik jeugdregio', exact: String(totalUse), decimal: String(totalUse) },
            centsInput('contribution', 'bijdrage (eigen budget)', m.allocationCents),
          ]),
        };
      }),
    };
  });
}
