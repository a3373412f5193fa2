/**
 * The allocation from primary inputs: inhabitants and MEE clients per municipality, and the key
 * (Handreiking §4.4: 20% by inhabitants, 80% by MEE clients of 2013; IVH by inhabitants). Unlike
 * derive.ts, nothing is read back from the published table: shares are counts over organisation totals,
 *   s_i = inhabitants_i / Σ inhabitants,  c_i = clients_i / Σ clients,
 * and the organisation's budgets are divided with largest remainder (key.ts). So a difference with
 * Bijlage 5 is a real finding, explained per row by `compareWithPublished`.
 *
 * Where a municipality's inhabitants are unknown, the organisation falls back to the inhabitant shares read
 * from the published IVH column (derive.ts) — and says so on every row (`inhabitantsBasis`), because then
 * the IVH column cannot differ from the published one by construction.
 */
import { InvalidSharesError } from './errors.ts';
import { allocateClientSupport, allocateIvh, DEFAULT_KEY, type AllocatedFigure, type AllocationKey } from './key.ts';
import { assertCents } from './money.ts';
import type { FigureProvenance, ProvenanceInput } from './provenance.ts';
import { rational, type Rational } from './rational.ts';

export interface CountMember {
  municipalityId: string;
  /** Inhabitants on the reference date (CBS, 1 January); null when unknown. */
  inhabitants: number | null;
  /** MEE clients in the reference year. */
  clients: number;
  /** Inhabitant share to use when `inhabitants` is unknown (e.g. from the published IVH column). */
  fallbackInhabitantShare?: Rational;
}

export interface CountOrganisation {
  organisationId: string;
  clientSupportCents: number;
  ivhCents: number;
  members: CountMember[];
}

/** 'counts': inhabitants are counts; 'published-ivh-share': stand-in share from the IVH column. */
export type InhabitantsBasis = 'counts' | 'published-ivh-share';

export interface PrimaryRow {
  municipalityId: string;
  organisationId: string;
  inhabitants: number | null;
  clients: number;
  inhabitantShare: Rational;
  clientShare: Rational;
  inhabitantsBasis: InhabitantsBasis;
  clientSupport: AllocatedFigure;
  ivh: AllocatedFigure;
}

const countInput = (name: string, label: string, n: number): ProvenanceInput => ({ name, label, exact: String(n), decimal: String(n) });

function checkCount(n: number | null, what: string, id: string): void {
  if (n !== null && (!Number.isSafeInteger(n) || n < 0)) {
    throw new InvalidSharesError(`Het aantal ${what} van ${id} moet een geheel getal van 0 of meer zijn (nu ${n}).`);
  }
}

/** Inhabitant shares of one organisation: from counts when all are known, else the stand-in shares. */
function inhabitantShares(org: CountOrganisation): { shares: Rational[]; basis: InhabitantsBasis; total: number | null } {
  if (org.members.every((m) => m.inhabitants !== null)) {
    const total = org.members.reduce((a, m) => a + m.inhabitants!, 0);
    if (total === 0) throw new InvalidSharesError(`${org.organisationId}: samen 0 inwoners, daarover valt niets te verdelen.`);
    return { shares: org.members.map((m) => rational(m.inhabitants!, total)), basis: 'counts', total };
  }
  const missing = org.members.filter((m) => m.inhabitants === null && !m.fallbackInhabitantShare).map((m) => m.municipalityId);
  if (missing.length > 0) {
    throw new InvalidSharesError(`Het aantal inwoners ontbreekt voor ${missing.join(', ')}.`);
  }
  return { shares: org.members.map((m) => m.fallbackInhabitantShare!), basis: 'published-ivh-share', total: null };
}

function withCounts(p: FigureProvenance, counts: ProvenanceInput[]): FigureProvenance {
  return { ...p, inputs: [...counts, ...p.inputs] };
}

/** Allocate each organisation's budgets from the counts with the key; rows in the order given. */
export function allocateFromCounts(orgs: readonly CountOrganisation[], key: AllocationKey = DEFAULT_KEY): PrimaryRow[] {
  const out: PrimaryRow[] = [];
  for (const org of orgs) {
    assertCents(org.clientSupportCents, 'budget cliëntondersteuning');
    assertCents(org.ivhCents, 'budget IVH');
    for (const m of org.members) {
      checkCount(m.inhabitants, 'inwoners', m.municipalityId);
      checkCount(m.clients, 'cliënten', m.municipalityId);
    }
    const clientTotal = org.members.reduce((a, m) => a + m.clients, 0);
    if (clientTotal === 0) throw new InvalidSharesError(`${org.organisationId}: samen 0 MEE-cliënten, daarover valt niets te verdelen.`);
    const inh = inhabitantShares(org);
    const members = org.members.map((m, i) => ({ id: m.municipalityId, inhabitantShare: inh.shares[i]!, clientShare: rational(m.clients, clientTotal) }));
    const cs = allocateClientSupport(org.clientSupportCents, members, key);
    const ivh = allocateIvh(org.ivhCents, members);
    org.members.forEach((m, i) => {
      const counts = [countInput('clients', 'MEE-cliënten gemeente', m.clients), countInput('clientsTotal', 'MEE-cliënten MEE-organisatie', clientTotal)];
      const inhabitantCounts = inh.total === null ? [] : [countInput('inhabitants', 'inwoners gemeente', m.inhabitants!), countInput('inhabitantsTotal', 'inwoners MEE-organisatie', inh.total)];
      out.push({
        municipalityId: m.municipalityId,
        organisationId: org.organisationId,
        inhabitants: m.inhabitants,
        clients: m.clients,
        inhabitantShare: members[i]!.inhabitantShare,
        clientShare: members[i]!.clientShare,
        inhabitantsBasis: inh.basis,
        clientSupport: { ...cs[i]!, provenance: withCounts(cs[i]!.provenance, [...inhabitantCounts, ...counts]) },
        ivh: { ...ivh[i]!, provenance: withCounts(ivh[i]!.provenance, inhabitantCounts) },
      });
    });
  }
  return out;
}

/**
 * Why a computed amount differs from the published one:
 * - 'rounding': the published amount is the exact amount rounded the other way (within one unit), so the
 *   inputs agree and only the assignment of a leftover euro differs;
 * - 'inputs': further away than rounding can explain, so the inputs differ from what the publisher used.
 */
export type DifferenceReason = 'rounding' | 'inhabitants-stand-in' | 'inputs';

/**
 * How far a client-support amount can move when the inhabitant share is the stand-in read from the IVH
 * column instead of counts: that share is off by at most ½ euro / IVH total, which moves the amount by
 * inhabitantsWeight × budget × that, and the whole client counts absorb the same error once more (their
 * tolerance is 1.5 × it); plus one unit for the rounding itself. In cents.
 */
export function standInToleranceCents(clientSupportCents: number, ivhCents: number, key: AllocationKey = DEFAULT_KEY): number {
  const w = Number(key.inhabitantsWeight.num) / Number(key.inhabitantsWeight.den);
  return Math.ceil(2.5 * w * 50 * clientSupportCents / ivhCents) + 200;
}

export interface FigureComparison {
  computedCents: number;
  publishedCents: number;
  differenceCents: number;
  reason: DifferenceReason | null;
  /** Dutch one-line explanation, empty when equal. */
  explanation: string;
}

const euro = (cents: number) => `€ ${(cents / 100).toFixed(2).replace('.', ',')}`;

/** Compare one computed figure with its published counterpart (amounts in cents). */
export function compareFigure(figure: AllocatedFigure, publishedCents: number, standIn?: { toleranceCents: number }): FigureComparison {
  assertCents(publishedCents, 'gepubliceerd bedrag');
  const difference = figure.cents - publishedCents;
  if (difference === 0) return { computedCents: figure.cents, publishedCents, differenceCents: 0, reason: null, explanation: '' };
  const { floorCents, unitCents } = figure.provenance.rounding;
  const roundedOtherWay = publishedCents === floorCents || publishedCents === floorCents + unitCents;
  if (roundedOtherWay) {
    return {
      computedCents: figure.cents,
      publishedCents,
      differenceCents: difference,
      reason: 'rounding',
      explanation:
        `Afronding: het exacte bedrag is € ${figure.provenance.exact.euros.replace('.', ',')}; Bijlage 5 rondt het ${publishedCents > figure.cents ? 'naar boven' : 'naar beneden'} af, ` +
        `de grootste-overschotmethode ${figure.provenance.rounding.receivedExtraUnit ? 'gaf hier' : 'gaf hier geen'} extra euro.`,
    };
  }
  if (standIn && Math.abs(difference) <= standIn.toleranceCents) {
    return {
      computedCents: figure.cents,
      publishedCents,
      differenceCents: difference,
      reason: 'inhabitants-stand-in',
      explanation:
        `Inwoners: de CBS-inwonertallen ontbreken, dus het inwonersaandeel komt uit de IVH-kolom van Bijlage 5 (hele euro's). ` +
        `Die afronding verklaart tot ${euro(standIn.toleranceCents)} verschil; met de inwonertallen verdwijnt het.`,
    };
  }
  return {
    computedCents: figure.cents,
    publishedCents,
    differenceCents: difference,
    reason: 'inputs',
    explanation:
      `Invoer: het verschil van ${euro(Math.abs(difference))} is groter dan afronding; de aantallen inwoners of cliënten wijken af ` +
      `van wat voor Bijlage 5 is gebruikt.`,
  };
}
