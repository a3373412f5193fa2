import type { Database } from '../../db/client.ts';
import { caseworkUsage, listUsage } from '../../db/budget/counts.ts';
import type { MunicipalityInfo } from '../../db/budget/published-inputs.ts';
import { poolAgainstUse, type UsePool } from '../../domain/budget/index.ts';
import { allocations } from './allocations.ts';

/** Where the actual use comes from: imported counts (budget_usage) or the casework (cases open that year). */
export type UseSource = 'import' | 'casework';

export interface PoolsAgainstUse {
  year: number;
  basis: 'published' | 'primary';
  useSource: UseSource;
  /** Dutch description of the use figures, for display. */
  useDescription: string;
  pools: UsePool[];
  info: Map<string, MunicipalityInfo>;
}

/**
 * Regional pool per youth region against actual use: each municipality pays in its allocation by the key
 * (published or from the primary inputs) and the pool is divided by what its residents used. Without a
 * chosen source: imported use when the year has any, else the casework.
 */
export async function poolsAgainstUse(db: Database, year: number, opts: { basis?: 'published' | 'primary'; use?: UseSource } = {}): Promise<PoolsAgainstUse> {
  const basis = opts.basis ?? 'published';
  const { rows } = await allocations(db, { year, source: basis });
  const imported = await listUsage(db, year);
  const useSource: UseSource = opts.use ?? (imported.size > 0 ? 'import' : 'casework');
  const use = useSource === 'import' ? new Map([...imported].map(([code, u]) => [code, u.clients])) : await caseworkUsage(db, year);
  const sources = [...new Set([...imported.values()].map((u) => u.source))];
  const useDescription = useSource === 'import'
    ? `ingelezen gebruik ${year} (${sources.join('; ') || 'geen bron'})`
    : `dossiers: cliënten met een dossier dat in ${year} openstond, per gemeente`;
  const pools = poolAgainstUse(rows.map((r) => ({ municipalityId: r.info.code, youthRegionId: r.info.youthRegion.code, allocationCents: r.clientSupportCents, use: use.get(r.info.code) ?? 0 })));
  return { year, basis, useSource, useDescription, pools, info: new Map(rows.map((r) => [r.info.code, r.info])) };
}
