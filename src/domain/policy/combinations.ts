/**
 * Which cells of the coverage matrix (target group × age category × life domain) can exist at all.
 *
 * The seed asks for expertise "over alle combinaties van de onderstaande categorieën" (Handreiking §2.3,
 * "Levenslang en levensbreed"), but some of Tabel 1's target sub-groups are themselves defined by age, so
 * a part of the cross product describes nobody. Such a cell is not a gap: a municipality cannot close it.
 * The rules are data with their source; everything not listed here can exist.
 */
import type { AgeCategory } from '../cases/model.ts';

export interface ImpossibleCombination {
  targetGroup: string;
  /** The age categories this target group cannot have. */
  ageCategories: readonly AgeCategory[];
  /** Why, in plain Dutch (shown next to the cell), and where it says so. */
  reason: string;
  source: string;
}

export const IMPOSSIBLE_COMBINATIONS: readonly ImpossibleCombination[] = [
  {
    targetGroup: 'jonge-kinderen-ontwikkeling',
    ageCategories: ['18-25', '25-65', '65+'],
    reason: 'Deze doelgroep gaat over jonge kinderen van 0 tot 7 jaar.',
    source: 'Handreiking cliëntondersteuning (2014) §4.6 Integrale Vroeghulp: "jonge kinderen (0-7 jaar)"; §5.3: "IVH richt zich op kinderen van 0 tot 7 jaar"',
  },
  {
    targetGroup: 'ouderen',
    ageCategories: ['0-18', '18-25'],
    reason: 'Kinderen en jongvolwassenen horen niet bij de doelgroep ouderen.',
    // 25-65 stays possible: psychogeriatric problems (e.g. dementia, §2.2) start before 65.
    source: 'Handreiking cliëntondersteuning (2014) §2.3, leeftijdscategorieën: "65+ (met name gericht op zinvolle daginvulling en behoud zelfstandigheid)"; Tabel 1 "Ouderen met … psychogeriatrische … problemen"',
  },
];

const impossible = new Map(IMPOSSIBLE_COMBINATIONS.map((c) => [c.targetGroup, c]));

/** Whether a target group can have this age category; the life domain never rules a cell out. */
export function combinationExists(targetGroup: string, ageCategory: string): boolean {
  const rule = impossible.get(targetGroup);
  return !rule || !(rule.ageCategories as readonly string[]).includes(ageCategory);
}

/** The rule that rules a combination out, or undefined when it can exist. */
export function impossibleReason(targetGroup: string, ageCategory: string): ImpossibleCombination | undefined {
  return combinationExists(targetGroup, ageCategory) ? undefined : impossible.get(targetGroup);
}
