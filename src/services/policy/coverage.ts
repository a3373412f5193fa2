import type { Database } from '../../db/client.ts';
import { coverageMatrix, DEFAULT_OVERLAP_THRESHOLD, type Coverage } from '../../domain/policy/index.ts';
import { coverageServices } from './socialmap.ts';

/** The coverage matrix of a municipality's social map (target group × age × life domain × provider). */
export async function municipalityCoverage(db: Database, municipalityCode: string, overlapThreshold = DEFAULT_OVERLAP_THRESHOLD): Promise<Coverage> {
  return coverageMatrix(await coverageServices(db, municipalityCode), { overlapThreshold });
}

/**
 * The uncovered cells (hiaten) of a municipality, for other modules (e.g. the council report of the
 * accountability module). `providers` is always 0: a gap is a cell without any provider.
 */
export async function municipalityGaps(db: Database, municipalityCode: string): Promise<{ targetGroup: string; ageCategory: string; lifeDomain: string; providers: number }[]> {
  const coverage = await municipalityCoverage(db, municipalityCode);
  return coverage.cells
    .filter((c) => c.status === 'gat')
    .map((c) => ({ targetGroup: c.targetGroup, ageCategory: c.ageCategory, lifeDomain: c.lifeDomain, providers: c.providers.length }));
}
