import { sql } from '../../db/sql.ts';
import type { Database } from '../../db/client.ts';
import { listMunicipalities } from '../../db/register/queries.ts';
import {
  changesFromPairs,
  MissingSplitSharesError,
  rollForward,
  type MissingSplitShare,
  type Contribution,
  type DivisionChange,
  type FigureProvenance,
} from '../../domain/budget/index.ts';
import { publishedInputs, type MunicipalityInfo } from '../../db/budget/published-inputs.ts';
import { storedSplitShares, type SplitShareInput } from './split-shares.ts';
import { NotFoundError } from '../../domain/errors.ts';
import { primaryAllocation } from './primary.ts';

export type AllocationSource = 'published' | 'computed' | 'primary';

export interface AllocationRow {
  info: MunicipalityInfo;
  clientSupportCents: number;
  ivhCents: number;
  /** With source 'primary': the counts the row was computed from (inhabitants null when unknown). */
  inhabitants?: number | null;
  clients?: number | null;
}

export interface AllocationOptions {
  year: number;
  source: AllocationSource;
  /** Division to show the figures in; default the one the table was published in. */
  division?: number;
  /** Shares for splits; default the shares stored in the database. */
  splitShares?: SplitShareInput[];
}

export class BudgetNotFoundError extends NotFoundError {}

/**
 * The allocation of a year per municipality: as published (Bijlage 5) or recomputed from the
 * derived shares with the key (they must be equal), in the published division or rolled forward
 * through the herindelingen to a later one.
 */
export async function allocations(db: Database, options: AllocationOptions): Promise<{ divisionYear: number; rows: AllocationRow[] }> {
  if (options.source === 'primary') return primaryRows(db, options);
  const inputs = await publishedInputs(db, options.year);
  if (!inputs) throw new BudgetNotFoundError(`Er zijn geen budgetten voor ${options.year}. Beschikbaar: 2014.`);
  const computed = new Map(inputs.recomputed.flatMap((o) => o.rows.map((r) => [r.municipalityId, r] as const)));
  let rows: AllocationRow[] = inputs.rows.map((r) => {
    const c = computed.get(r.municipalityId)!;
    return options.source === 'computed'
      ? { info: r.info, clientSupportCents: c.clientSupport.cents, ivhCents: c.ivh.cents }
      : { info: r.info, clientSupportCents: r.clientSupportCents, ivhCents: r.ivhCents };
  });
  const target = options.division ?? inputs.divisionYear;
  if (target < inputs.divisionYear) {
    throw new BudgetNotFoundError(`De budgetten ${options.year} zijn gepubliceerd in de indeling ${inputs.divisionYear}; terugrekenen naar ${target} kan niet.`);
  }
  for (let year = inputs.divisionYear + 1; year <= target; year++) {
    rows = (await rollAllocations(db, rows, year, options.splitShares)).rows;
  }
  return { divisionYear: target, rows };
}

/** From the stored inhabitants and MEE clients with the key (services/budget/primary.ts), rolled forward if asked. */
async function primaryRows(db: Database, options: AllocationOptions): Promise<{ divisionYear: number; rows: AllocationRow[] }> {
  const primary = await primaryAllocation(db, options.year);
  let rows: AllocationRow[] = primary.rows.map((r) => ({ info: r.info, clientSupportCents: r.clientSupport.cents, ivhCents: r.ivh.cents, inhabitants: r.inhabitants, clients: r.clients }));
  const target = options.division ?? primary.divisionYear;
  if (target < primary.divisionYear) {
    throw new BudgetNotFoundError(`De aantallen voor ${options.year} staan in de indeling ${primary.divisionYear}; terugrekenen naar ${target} kan niet.`);
  }
  for (let year = primary.divisionYear + 1; year <= target; year++) {
    rows = (await rollAllocations(db, rows, year, options.splitShares)).rows;
  }
  return { divisionYear: target, rows };
}

export interface RolledAllocation extends AllocationRow {
  clientSupportContributions: Contribution[];
  ivhContributions: Contribution[];
}

/** Rolls allocation rows one division forward (into the division of 1 January `year`). */
export async function rollAllocations(db: Database, rows: AllocationRow[], year: number, splitShares?: SplitShareInput[]): Promise<{ rows: RolledAllocation[] }> {
  const changes = await changesInto(db, year, splitShares ?? (await storedSplitShares(db, year)));
  const names = new Map(rows.map((r) => [r.info.code, r.info.name]));
  const members = await listMunicipalities(db, { divisionYear: year });
  for (const m of members) names.set(m.code, m.name);
  const nameOf = (code: string) => names.get(code) ?? code;
  const roll = (cents: (r: AllocationRow) => number) => {
    try {
      return rollForward(rows.map((r) => ({ municipalityId: r.info.code, cents: cents(r) })), changes, { nameOf });
    } catch (err) {
      // Name the municipalities, not their codes: the user writes the missing shares by name.
      if (!(err instanceof MissingSplitSharesError)) throw err;
      const named = (list: MissingSplitShare[]) => list.map((m) => ({ from: nameOf(m.from), to: nameOf(m.to) }));
      throw new MissingSplitSharesError(named(err.missing), named(err.unexpected), err.message);
    }
  };
  const mee = roll((r) => r.clientSupportCents);
  const ivh = new Map(roll((r) => r.ivhCents).map((r) => [r.municipalityId, r]));
  const info = new Map(members.map((m) => [m.code, m]));
  return {
    rows: mee
      .map((r) => {
        const m = info.get(r.municipalityId);
        if (!m) throw new Error(`${nameOf(r.municipalityId)} ontbreekt in de indeling ${year}.`);
        return {
          info: {
            code: m.code,
            name: m.name,
            cbsCode: m.cbsCode,
            youthRegion: { code: m.youthRegionCode, name: m.youthRegionName },
            mee: { code: m.meeCode, name: m.meeName },
          },
          clientSupportCents: r.cents,
          ivhCents: ivh.get(r.municipalityId)!.cents,
          clientSupportContributions: r.contributions,
          ivhContributions: ivh.get(r.municipalityId)!.contributions,
        };
      })
      .sort((a, b) => (a.info.name < b.info.name ? -1 : a.info.name > b.info.name ? 1 : 0)),
  };
}

async function changesInto(db: Database, year: number, shares: SplitShareInput[]): Promise<DivisionChange[]> {
  const pairs = await db.rows<{ kind: 'merger' | 'split'; from: string; to: string; source: string }>(sql`
    select kind, from_code as "from", to_code as "to", source from division_changes
     where extract(year from effective_date) = ${year} order by id`);
  return changesFromPairs(pairs).map((change) => {
    if (change.kind !== 'split') return change;
    const own = shares.filter((s) => s.from === change.from);
    if (own.length === 0) return change;
    const source = [change.source, ...new Set(own.map((s) => `aandelen: ${s.source}`))].filter(Boolean).join('; ');
    return { ...change, source, shares: own.map((s) => ({ to: s.to, weight: s.weight })) };
  });
}

export type { FigureProvenance };
