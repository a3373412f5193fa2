/**
 * Small-cell suppression for anything shared beyond the municipality's own staff (§ privacy): a
 * count under 5 could point to a person, so it is shown as "minder dan 5" (null). Zero stays zero:
 * it points to nobody. Totals are suppressed the same way, never recomputed from shown cells.
 */
import { suppressSmallCount } from '../access/policy.ts';

export { SMALL_COUNT_THRESHOLD } from '../access/policy.ts';

export const suppress = (count: number): number | null => suppressSmallCount(count);

/** A breakdown with every small cell suppressed. */
export function suppressBreakdown(breakdown: Readonly<Record<string, number>>): Record<string, number | null> {
  return Object.fromEntries(Object.entries(breakdown).map(([k, v]) => [k, suppress(v)]));
}

/** Sums breakdowns category by category (national and regional roll-ups). */
export function addBreakdowns(parts: readonly Readonly<Record<string, number>>[]): Record<string, number> {
  const total: Record<string, number> = {};
  for (const part of parts) for (const [k, v] of Object.entries(part)) total[k] = (total[k] ?? 0) + v;
  return total;
}
