/**
 * Reading the published table backwards (Bijlage 5 → shares) and forwards again.
 *
 * Bijlage 5 gives, per municipality, the client-support amount (BUDGET MEE) and the IVH amount (BUDGET IVH)
 * but not the inhabitant or client counts behind them. Because IVH was allocated by inhabitants, the IVH
 * column reveals the inhabitant share; with the key, the client-support column then reveals the client share:
 *   s_i = ivh_i / ivh_org
 *   c_i = (mee_i / mee_org − inhabitantsWeight · s_i) / clientsWeight
 * Forward again, mee_org · (inhabitantsWeight · s_i + clientsWeight · c_i) = mee_i exactly, so `recompute`
 * reproduces the published euros exactly — the check that our model is the published model. These shares
 * are the basis for scenarios (another key, herindeling).
 *
 * A negative c_i means the published figures cannot come from the key with non-negative client counts:
 * a finding to show (flag on the row), not a reason to stop.
 */
import { DerivationError, InvalidAmountError } from './errors.ts';
import { allocateClientSupport, allocateIvh, DEFAULT_KEY, formatPercent, validateKey, type AllocatedFigure, type AllocationKey } from './key.ts';
import { assertCents } from './money.ts';
import { centsInput, shareInput, type ProvenanceInput } from './provenance.ts';
import { div, equals, mul, rational, sign, sub, toDecimal, toFraction, type Rational } from './rational.ts';

/** One row of Bijlage 5 (amounts in cents; the published ones are whole euros). */
export interface PublishedRow {
  municipalityId: string;
  organisationId: string;
  clientSupportCents: number;
  ivhCents: number;
}

/**
 * - negative-client-share: c_i < 0, the figures are inconsistent with the key;
 * - client-share-undetermined: the key gives clients weight 0, so c_i cannot be derived;
 * - inconsistent-with-key: with clients weight 0 the client-support share should equal s_i but does not.
 */
export type RowFlag = 'negative-client-share' | 'client-share-undetermined' | 'inconsistent-with-key';

/** How a derived share was obtained, for display. */
export interface ShareProvenance {
  formula: string;
  inputs: ProvenanceInput[];
  exact: string;
  decimal: string;
}

export interface DerivedRow {
  municipalityId: string;
  organisationId: string;
  published: { clientSupportCents: number; ivhCents: number };
  /** s_i: implied inhabitant share. */
  inhabitantShare: Rational;
  /** mee_i / mee_org: the municipality's share of the client-support budget. */
  clientSupportShare: Rational;
  /** c_i: implied client share; null when the key gives clients weight 0. */
  clientShare: Rational | null;
  flags: RowFlag[];
  provenance: { inhabitantShare: ShareProvenance; clientShare: ShareProvenance | null };
}

export interface OrganisationFinding {
  code: 'total-mismatch';
  message: string;
}

export interface DerivedOrganisation {
  organisationId: string;
  key: AllocationKey;
  /** Sums of the rows (these, not Tabel 3, are what the shares are relative to). */
  clientSupportTotalCents: number;
  ivhTotalCents: number;
  rows: DerivedRow[];
  findings: OrganisationFinding[];
}

export interface DeriveOptions {
  /** Tabel 3 totals per organisation id; a difference with the row sums is reported as a finding. */
  publishedTotals?: Readonly<Record<string, { clientSupportCents: number; ivhCents: number }>>;
}

function share(formula: string, inputs: ProvenanceInput[], r: Rational): ShareProvenance {
  return { formula, inputs, exact: toFraction(r), decimal: toDecimal(r, 8) };
}

function groupByOrganisation(rows: readonly PublishedRow[]): Map<string, PublishedRow[]> {
  const byOrg = new Map<string, PublishedRow[]>();
  for (const r of rows) {
    assertCents(r.clientSupportCents, `budget MEE van ${r.municipalityId}`);
    assertCents(r.ivhCents, `budget IVH van ${r.municipalityId}`);
    if (r.clientSupportCents < 0 || r.ivhCents < 0) throw new InvalidAmountError(`Negatief budget voor ${r.municipalityId}.`);
    const list = byOrg.get(r.organisationId) ?? [];
    list.push(r);
    byOrg.set(r.organisationId, list);
  }
  return byOrg;
}

/** Derive s_i and c_i per organisation (organisations and rows in order of first appearance). */
export function deriveShares(rows: readonly PublishedRow[], key: AllocationKey = DEFAULT_KEY, opts: DeriveOptions = {}): DerivedOrganisation[] {
  validateKey(key);
  const result: DerivedOrganisation[] = [];
  for (const [organisationId, list] of groupByOrganisation(rows)) {
    const meeOrg = list.reduce((acc, r) => acc + r.clientSupportCents, 0);
    const ivhOrg = list.reduce((acc, r) => acc + r.ivhCents, 0);
    if (meeOrg === 0 || ivhOrg === 0) {
      throw new DerivationError(`${organisationId}: het totale budget MEE of IVH is 0, daaruit zijn geen aandelen af te leiden.`);
    }
    const findings: OrganisationFinding[] = [];
    const published = opts.publishedTotals?.[organisationId];
    if (published && (published.clientSupportCents !== meeOrg || published.ivhCents !== ivhOrg)) {
      findings.push({
        code: 'total-mismatch',
        message: `${organisationId}: de som van de gemeenten (MEE ${meeOrg}, IVH ${ivhOrg} cent) wijkt af van de gepubliceerde totalen (MEE ${published.clientSupportCents}, IVH ${published.ivhCents} cent).`,
      });
    }
    const derived = list.map((r): DerivedRow => {
      const s = rational(r.ivhCents, ivhOrg);
      const m = rational(r.clientSupportCents, meeOrg);
      const sProv = share('inwonersaandeel = budget IVH gemeente / budget IVH MEE-organisatie', [
        centsInput('ivh', 'budget IVH gemeente', r.ivhCents),
        centsInput('ivhOrg', 'budget IVH MEE-organisatie', ivhOrg),
      ], s);
      const flags: RowFlag[] = [];
      let c: Rational | null = null;
      let cProv: ShareProvenance | null = null;
      if (sign(key.clientsWeight) === 0) {
        flags.push('client-share-undetermined');
        if (!equals(m, s)) flags.push('inconsistent-with-key');
      } else {
        c = div(sub(m, mul(key.inhabitantsWeight, s)), key.clientsWeight);
        if (sign(c) < 0) flags.push('negative-client-share');
        cProv = share(
          `cliëntaandeel = (budget MEE gemeente / budget MEE MEE-organisatie − ${formatPercent(key.inhabitantsWeight)} × inwonersaandeel) / ${formatPercent(key.clientsWeight)}`,
          [
            centsInput('mee', 'budget MEE gemeente', r.clientSupportCents),
            centsInput('meeOrg', 'budget MEE MEE-organisatie', meeOrg),
            shareInput('inhabitantShare', 'inwonersaandeel', s),
            shareInput('inhabitantsWeight', 'gewicht inwoners', key.inhabitantsWeight),
            shareInput('clientsWeight', 'gewicht cliënten', key.clientsWeight),
          ],
          c,
        );
      }
      return {
        municipalityId: r.municipalityId,
        organisationId,
        published: { clientSupportCents: r.clientSupportCents, ivhCents: r.ivhCents },
        inhabitantShare: s,
        clientSupportShare: m,
        clientShare: c,
        flags,
        provenance: { inhabitantShare: sProv, clientShare: cProv },
      };
    });
    result.push({ organisationId, key, clientSupportTotalCents: meeOrg, ivhTotalCents: ivhOrg, rows: derived, findings });
  }
  return result;
}

export interface RecomputedRow {
  municipalityId: string;
  clientSupport: AllocatedFigure;
  ivh: AllocatedFigure;
  /** Both recomputed amounts equal the published ones. */
  matchesPublished: boolean;
  flags: RowFlag[];
}

export interface RecomputedOrganisation {
  organisationId: string;
  rows: RecomputedRow[];
  allMatch: boolean;
}

/**
 * Allocate the organisation's totals forward again from the derived shares with the same key and
 * largest-remainder rounding (whole euros when the totals are). Where c_i is undetermined (clients weight
 * 0) s_i stands in for it — its weight is 0, so it does not change the result.
 */
export function recompute(org: DerivedOrganisation): RecomputedOrganisation {
  const members = org.rows.map((r) => ({ id: r.municipalityId, inhabitantShare: r.inhabitantShare, clientShare: r.clientShare ?? r.inhabitantShare }));
  const cs = allocateClientSupport(org.clientSupportTotalCents, members, org.key, { allowNegativeShares: true });
  const ivh = allocateIvh(org.ivhTotalCents, members);
  const rows = org.rows.map((r, i): RecomputedRow => ({
    municipalityId: r.municipalityId,
    clientSupport: cs[i]!,
    ivh: ivh[i]!,
    matchesPublished: cs[i]!.cents === r.published.clientSupportCents && ivh[i]!.cents === r.published.ivhCents,
    flags: r.flags,
  }));
  return { organisationId: org.organisationId, rows, allMatch: rows.every((r) => r.matchesPublished) };
}
