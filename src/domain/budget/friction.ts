/**
 * Friction-cost exposure (frictiekosten, §4.4): friction costs can arise where the budget a municipality
 * will spend at MEE in 2015 is below its historical (Bijlage 5) budget. Aggregated per MEE organisation —
 * where the friction costs are eventually settled — and per youth region, where agreements are made.
 * Municipalities that have not reported a planned figure are counted, never silently treated as 0.
 */
import { assertCents } from './money.ts';

export interface FrictionInput {
  municipalityId: string;
  organisationId: string;
  youthRegionId: string;
  /** Historical budget (Bijlage 5 client support), cents. */
  baselineCents: number;
  /** Budget the municipality will spend at MEE in 2015, cents; null/undefined when not (yet) known. */
  plannedCents?: number | null;
}

export interface FrictionRow {
  municipalityId: string;
  organisationId: string;
  youthRegionId: string;
  baselineCents: number;
  plannedCents: number | null;
  /** max(0, baseline − planned): the shortfall that may cause friction costs; null without a figure. */
  gapCents: number | null;
  /** planned − baseline, signed (negative: less spent at MEE than before); null without a figure. */
  differenceCents: number | null;
}

export interface FrictionAggregate {
  /** MEE organisation id or youth region id (or 'NL' for the national total). */
  groupId: string;
  municipalities: number;
  withPlanned: number;
  withoutPlanned: number;
  /** Municipalities without a planned figure, in input order. */
  missingMunicipalityIds: string[];
  /** Baseline of all municipalities in the group. */
  baselineCents: number;
  /** Baseline of only those with a planned figure (compare this with plannedCents). */
  baselineWithPlannedCents: number;
  plannedCents: number;
  /** Sum of the per-municipality gaps (a surplus in one municipality does not offset a gap in another). */
  gapCents: number;
  /** Sum of the signed differences (net position of the group). */
  differenceCents: number;
}

export interface FrictionExposure {
  rows: FrictionRow[];
  perOrganisation: FrictionAggregate[];
  perYouthRegion: FrictionAggregate[];
  national: FrictionAggregate;
}

function emptyAggregate(groupId: string): FrictionAggregate {
  return {
    groupId,
    municipalities: 0,
    withPlanned: 0,
    withoutPlanned: 0,
    missingMunicipalityIds: [],
    baselineCents: 0,
    baselineWithPlannedCents: 0,
    plannedCents: 0,
    gapCents: 0,
    differenceCents: 0,
  };
}

function addRow(agg: FrictionAggregate, r: FrictionRow): void {
  agg.municipalities += 1;
  agg.baselineCents += r.baselineCents;
  if (r.plannedCents === null) {
    agg.withoutPlanned += 1;
    agg.missingMunicipalityIds.push(r.municipalityId);
    return;
  }
  agg.withPlanned += 1;
  agg.baselineWithPlannedCents += r.baselineCents;
  agg.plannedCents += r.plannedCents;
  agg.gapCents += r.gapCents ?? 0;
  agg.differenceCents += r.differenceCents ?? 0;
}

/** Per municipality gap and difference, aggregated per organisation and youth region (first-seen order). */
export function frictionExposure(inputs: readonly FrictionInput[]): FrictionExposure {
  const rows = inputs.map((i): FrictionRow => {
    assertCents(i.baselineCents, `historisch budget van ${i.municipalityId}`);
    const planned = i.plannedCents ?? null;
    if (planned !== null) assertCents(planned, `begroot budget 2015 van ${i.municipalityId}`);
    return {
      municipalityId: i.municipalityId,
      organisationId: i.organisationId,
      youthRegionId: i.youthRegionId,
      baselineCents: i.baselineCents,
      plannedCents: planned,
      gapCents: planned === null ? null : Math.max(0, i.baselineCents - planned),
      differenceCents: planned === null ? null : planned - i.baselineCents,
    };
  });
  const group = (pick: (r: FrictionRow) => string): FrictionAggregate[] => {
    const m = new Map<string, FrictionAggregate>();
    for (const r of rows) {
      const id = pick(r);
      const agg = m.get(id) ?? emptyAggregate(id);
      addRow(agg, r);
      m.set(id, agg);
    }
    return [...m.values()];
  };
  const national = emptyAggregate('NL');
  rows.forEach((r) => addRow(national, r));
  return { rows, perOrganisation: group((r) => r.organisationId), perYouthRegion: group((r) => r.youthRegionId), national };
}
