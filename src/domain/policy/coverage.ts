/**
 * Gap and overlap analysis (hiaten en overlap, §3.2 and §2.3 "levenslang en levensbreed"): "dit criterium
 * veronderstelt dat de gemeente over alle combinaties van de onderstaande categorieën expertise in
 * cliëntondersteuning beschikbaar heeft". The coverage matrix crosses Tabel 1's target sub-groups with the
 * four age categories and the six life domains; each cell lists the providers with a service for it.
 */
import { AGE_CATEGORIES, LIFE_DOMAINS, TARGET_SUBGROUPS } from '../socialmap/taxonomy.ts';
import { combinationExists } from './combinations.ts';

/** One service of the social map, reduced to what the coverage needs. */
export interface CoverageService {
  serviceId: string;
  serviceName: string;
  organisationId: string;
  organisationName: string;
  targetGroups: readonly string[];
  ageCategories: readonly string[];
  lifeDomains: readonly string[];
}

/** `onmogelijk`: a combination that describes nobody (combinations.ts); never a gap, never counted. */
export type CellStatus = 'gat' | 'gedekt' | 'overlap' | 'onmogelijk';

export interface CoverageCell {
  targetGroup: string;
  ageCategory: string;
  lifeDomain: string;
  /** Distinct providers (organisations), by name. */
  providers: { id: string; name: string }[];
  status: CellStatus;
}

export interface Coverage {
  overlapThreshold: number;
  cells: CoverageCell[];
  /** Cells that can exist (not `onmogelijk`): the whole that gaps and overlaps are counted against. */
  possible: number;
  gaps: number;
  overlaps: number;
  /** Services that name no target group, age or life domain: they cannot show what they cover. */
  unclassified: { serviceId: string; serviceName: string; organisationName: string; missing: ('doelgroep' | 'leeftijd' | 'levensdomein')[] }[];
  providers: { id: string; name: string; cells: number }[];
}

export const DEFAULT_OVERLAP_THRESHOLD = 3;

export const TARGET_GROUP_CODES: readonly string[] = TARGET_SUBGROUPS.map((g) => g.code);

/**
 * The coverage matrix as a pure function over service rows. A cell is a gap with no provider and an
 * overlap with `overlapThreshold` providers or more. A service counts in a cell only when it names the
 * target group, the age category and the life domain: an unclassified service is listed apart, because
 * a municipality cannot show what it covers.
 */
export function coverageMatrix(services: readonly CoverageService[], options: { overlapThreshold?: number } = {}): Coverage {
  const threshold = options.overlapThreshold ?? DEFAULT_OVERLAP_THRESHOLD;
  if (!Number.isInteger(threshold) || threshold < 2) throw new RangeError('De drempel voor overlap is een geheel getal van 2 of meer.');
  const byCell = new Map<string, Map<string, string>>();
  const key = (g: string, a: string, d: string) => `${g}|${a}|${d}`;
  const unclassified: Coverage['unclassified'] = [];
  for (const s of services) {
    const missing: Coverage['unclassified'][number]['missing'] = [];
    if (s.targetGroups.length === 0) missing.push('doelgroep');
    if (s.ageCategories.length === 0) missing.push('leeftijd');
    if (s.lifeDomains.length === 0) missing.push('levensdomein');
    if (missing.length) {
      unclassified.push({ serviceId: s.serviceId, serviceName: s.serviceName, organisationName: s.organisationName, missing });
      continue;
    }
    for (const g of s.targetGroups) {
      for (const a of s.ageCategories) {
        for (const d of s.lifeDomains) {
          const k = key(g, a, d);
          let providers = byCell.get(k);
          if (!providers) byCell.set(k, (providers = new Map()));
          providers.set(s.organisationId, s.organisationName);
        }
      }
    }
  }
  const cells: CoverageCell[] = [];
  const perProvider = new Map<string, { id: string; name: string; cells: number }>();
  for (const g of TARGET_GROUP_CODES) {
    for (const a of AGE_CATEGORIES) {
      for (const d of LIFE_DOMAINS) {
        if (!combinationExists(g, a)) {
          // A service that names e.g. "ouderen" and "0-18" does not serve old children: nobody is there.
          cells.push({ targetGroup: g, ageCategory: a, lifeDomain: d, providers: [], status: 'onmogelijk' });
          continue;
        }
        const found = byCell.get(key(g, a, d)) ?? new Map<string, string>();
        const providers = [...found].map(([id, name]) => ({ id, name })).sort((x, y) => x.name.localeCompare(y.name, 'nl'));
        for (const p of providers) {
          const entry = perProvider.get(p.id) ?? { ...p, cells: 0 };
          entry.cells++;
          perProvider.set(p.id, entry);
        }
        const status: CellStatus = providers.length === 0 ? 'gat' : providers.length >= threshold ? 'overlap' : 'gedekt';
        cells.push({ targetGroup: g, ageCategory: a, lifeDomain: d, providers, status });
      }
    }
  }
  return {
    overlapThreshold: threshold,
    cells,
    possible: cells.filter((c) => c.status !== 'onmogelijk').length,
    gaps: cells.filter((c) => c.status === 'gat').length,
    overlaps: cells.filter((c) => c.status === 'overlap').length,
    unclassified,
    providers: [...perProvider.values()].sort((x, y) => y.cells - x.cells || x.name.localeCompare(y.name, 'nl')),
  };
}

/** A group of gaps for a sentence: one target group and age category, and the life domains without a provider. */
export interface GapGroup {
  targetGroup: string;
  ageCategory: string;
  lifeDomains: string[];
  /** True when no life domain at all is covered for this group and age. */
  whole: boolean;
}

/** Gaps grouped by target group and age, in matrix order, so a plan can say them in a few lines. */
export function groupGaps(coverage: Coverage): GapGroup[] {
  const groups = new Map<string, GapGroup>();
  for (const c of coverage.cells) {
    if (c.status !== 'gat') continue;
    const k = `${c.targetGroup}|${c.ageCategory}`;
    const g = groups.get(k) ?? { targetGroup: c.targetGroup, ageCategory: c.ageCategory, lifeDomains: [], whole: false };
    g.lifeDomains.push(c.lifeDomain);
    groups.set(k, g);
  }
  // Every life domain is possible once the age is (combinations.ts rules out by age only).
  for (const g of groups.values()) g.whole = g.lifeDomains.length === LIFE_DOMAINS.length;
  return [...groups.values()];
}

/** Target groups without any provider in any cell: the most urgent gaps. */
export function uncoveredTargetGroups(coverage: Coverage): string[] {
  const covered = new Set(coverage.cells.filter((c) => c.status === 'gedekt' || c.status === 'overlap').map((c) => c.targetGroup));
  return TARGET_GROUP_CODES.filter((g) => !covered.has(g));
}
