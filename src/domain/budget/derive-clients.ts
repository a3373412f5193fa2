/**
 * The 2013 MEE clients per municipality, derived from Bijlage 5.
 *
 * Why derive: the client counts behind Bijlage 5 were never published (Handreiking §4.4: "cliënten MEE per
 * gemeente (80%) met als peiljaar voor de cliëntaantallen het jaar 2013"). The published euros do fix them:
 * derive.ts gives each municipality's client share c_i = k_i / K of its organisation. If the table really
 * came from whole client counts, there is an organisation total K for which every c_i · K is a whole number
 * — up to the rounding of the published euros. That is a strong check: one K must fit every row at once.
 *
 * The rounding bound: a published amount is off by at most half a euro from its exact value, so
 *   |c_i · K − k_i| ≤ K · (½ / mee_org + w_inh · ½ / ivh_org) / w_cl
 * (the first term from the client-support column, the second from the inhabitant share read from the IVH
 * column). We take the smallest K ≤ maxTotal that fits every row within `tolerance` × this bound (any
 * multiple of K fits too, so the smallest is the only one with whole, coprime counts). Rows between 1× and
 * `tolerance` × the bound are reported (`outsideStrictBound`): their IVH figure is rounded a little more
 * than half a euro away from its exact value, so the derivation is a little less certain there.
 */
import type { DerivedOrganisation } from './derive.ts';
import { rational, toDecimal, type Rational } from './rational.ts';

export interface DerivedClientRow {
  municipalityId: string;
  /** The whole number of MEE clients (2013) nearest to c_i · K. */
  clients: number;
  /** c_i · K before rounding (decimal, for display). */
  exact: string;
  /** |c_i · K − clients|, in clients. */
  deviation: number;
  /** The deviation exceeds the strict rounding bound (but not `tolerance` × it). */
  outsideStrictBound: boolean;
}

export interface DerivedClientCounts {
  organisationId: string;
  /** K: the organisation's MEE clients in 2013; null when no K ≤ maxTotal fits every row. */
  totalClients: number | null;
  /** The strict rounding bound for K, in clients. */
  bound: number | null;
  rows: DerivedClientRow[];
}

export interface DeriveClientOptions {
  /** Largest organisation total to try (default 200,000: more than all MEE clients in the country). */
  maxTotal?: number;
  /** Multiple of the rounding bound a row may deviate (default 1.5). */
  tolerance?: number;
}

const toNumber = (r: Rational): number => Number(r.num) / Number(r.den);

/** Distance of c · K to the nearest whole number, exactly (as a number for comparing). */
function deviationAt(c: Rational, k: number): { nearest: number; deviation: number } {
  const scaled = c.num * BigInt(k);
  const nearest = (scaled * 2n + c.den) / (2n * c.den); // round half up (c ≥ 0 here)
  const diff = scaled - nearest * c.den;
  return { nearest: Number(nearest), deviation: Math.abs(Number(diff)) / Number(c.den) };
}

/** Whole client counts per organisation (organisations in the order given). */
export function deriveClientCounts(orgs: readonly DerivedOrganisation[], opts: DeriveClientOptions = {}): DerivedClientCounts[] {
  const maxTotal = opts.maxTotal ?? 200_000;
  const tolerance = opts.tolerance ?? 1.5;
  return orgs.map((org) => {
    const shares = org.rows.map((r) => r.clientShare);
    const boundPerClient = (0.5 / org.clientSupportTotalCents * 100 + toNumber(org.key.inhabitantsWeight) * 0.5 / org.ivhTotalCents * 100) / toNumber(org.key.clientsWeight);
    const none: DerivedClientCounts = { organisationId: org.organisationId, totalClients: null, bound: null, rows: [] };
    if (shares.some((c) => c === null || c.num < 0n)) return none;
    const cs = shares as Rational[];
    for (let k = 1; k <= maxTotal; k++) {
      const limit = tolerance * k * boundPerClient;
      if (!cs.every((c) => deviationAt(c, k).deviation <= limit)) continue;
      const bound = k * boundPerClient;
      return {
        organisationId: org.organisationId,
        totalClients: k,
        bound,
        rows: org.rows.map((r, i) => {
          const { nearest, deviation } = deviationAt(cs[i]!, k);
          return {
            municipalityId: r.municipalityId,
            clients: nearest,
            exact: toDecimal(rational(cs[i]!.num * BigInt(k), cs[i]!.den), 4),
            deviation,
            outsideStrictBound: deviation > bound,
          };
        }),
      };
    }
    return none;
  });
}
