import type { Database } from '../../db/client.ts';
import { municipalityCoverage, municipalityGaps } from '../policy/coverage.ts';

/**
 * Gaps from the policy framework (afwegingskader) for the council report: the cells of the coverage
 * analysis (target group × age category × life domain) that no provider on the social map covers.
 * The single place where the accountability module reads the policy module; grouped per target group
 * and age so the council sees a short list, with the life domains that are missing.
 */
export interface PolicyGap {
  /** What is not covered: a target group and an age category. */
  subject: string;
  /** The life domains without any provider, in plain Dutch. */
  description: string;
}

const words = (code: string) => code.replaceAll('_', ' ');

export async function policyGaps(db: Database, municipalityCode: string, _year: number): Promise<PolicyGap[]> {
  // Without any provider on the social map every cell is a gap: say so once instead of listing them all.
  if ((await municipalityCoverage(db, municipalityCode)).providers.length === 0) {
    return [{ subject: 'Sociale kaart', description: 'Er staat nog geen aanbod op de sociale kaart, dus de dekkingsanalyse kan nog niet laten zien wat ontbreekt.' }];
  }
  const cells = await municipalityGaps(db, municipalityCode);
  const groups = new Map<string, string[]>();
  for (const c of cells) {
    const key = `${words(c.targetGroup)} · ${c.ageCategory}`;
    groups.set(key, [...(groups.get(key) ?? []), words(c.lifeDomain)]);
  }
  return [...groups.entries()].map(([subject, domains]) => ({ subject, description: `Geen aanbieder op de sociale kaart voor: ${domains.join(', ')}.` }));
}
