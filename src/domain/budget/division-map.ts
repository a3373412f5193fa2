/**
 * Figures of the budget map on a division (issue 20 §4): per municipality and per youth region, with
 * the parts of a split that cannot be divided kept apart (DOMAIN.md "Municipal divisions change every
 * 1 January": a split is only divided by a key with a cited source, never guessed). Pure: no I/O.
 */

export interface MapMunicipality {
  cbsCode: string;
  region: { code: string; name: string } | null;
  /** The sum of the parts that are known (for a complete row: the whole figure). */
  knownCents: number;
  knownInhabitants: number | null;
  complete: boolean;
  /** CBS codes of the split municipalities whose part in this row could not be divided. */
  missingFrom: string[];
}

export interface MapUndistributed {
  cbsCode: string;
  cents: number;
  inhabitants: number | null;
  successorCodes: string[];
}

export interface RegionFigure {
  code: string;
  name: string;
  cents: number;
  inhabitants: number | null;
  municipalities: number;
  /** False when a split part is missing whose successors lie in more than one region. */
  complete: boolean;
  /** Names (CBS codes) of split municipalities that were counted whole in this region. */
  wholeSplits: string[];
}

/**
 * Sums municipalities per youth region. A split municipality whose successors all lie in one region
 * belongs wholly to that region, so its amount is added there exactly (no key needed); when its
 * successors lie in several regions, those regions are incomplete.
 */
export function regionFigures(rows: readonly MapMunicipality[], undistributed: readonly MapUndistributed[]): RegionFigure[] {
  const regionOf = new Map(rows.map((r) => [r.cbsCode, r.region?.code ?? null]));
  const regions = new Map<string, RegionFigure>();
  for (const r of rows) {
    if (!r.region) continue;
    const figure = regions.get(r.region.code) ?? { code: r.region.code, name: r.region.name, cents: 0, inhabitants: 0, municipalities: 0, complete: true, wholeSplits: [] };
    figure.cents += r.knownCents;
    figure.inhabitants = figure.inhabitants === null || r.knownInhabitants === null ? null : figure.inhabitants + r.knownInhabitants;
    figure.municipalities++;
    regions.set(r.region.code, figure);
  }
  for (const u of undistributed) {
    const targets = new Set(u.successorCodes.map((c) => regionOf.get(c) ?? null));
    const only = targets.size === 1 ? [...targets][0] : null;
    const whole = only ? regions.get(only) : undefined;
    if (whole) {
      whole.cents += u.cents;
      whole.inhabitants = whole.inhabitants === null || u.inhabitants === null ? null : whole.inhabitants + u.inhabitants;
      whole.wholeSplits.push(u.cbsCode);
      continue;
    }
    for (const code of targets) if (code) regions.get(code)!.complete = false;
  }
  return [...regions.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

/** Cents per inhabitant, rounded half up; null without a positive count. */
export function perInhabitantCents(cents: number, inhabitants: number | null): number | null {
  return inhabitants && inhabitants > 0 ? Math.round(cents / inhabitants) : null;
}

/** The four upper bounds of five classes by quintile (the same rule as the web map). */
export function quintileBreaks(values: readonly number[]): number[] {
  if (values.length === 0) return [0, 0, 0, 0];
  const sorted = [...values].sort((a, b) => a - b);
  return [1, 2, 3, 4].map((q) => sorted[Math.min(sorted.length - 1, Math.floor((q * sorted.length) / 5))]!);
}

/** The class (0–4) of a value among the breaks of quintileBreaks. */
export const classIndex = (breaks: readonly number[], value: number): number => breaks.filter((b) => value >= b).length;
