import type { Database } from '../../db/client.ts';
import {
  frictionExposure,
  keyFromInhabitantsWeight,
  rational,
  regionalPools,
  scenarioAlternativeKey,
  type FrictionExposure,
  type KeyScenarioRow,
  type RegionalPool,
} from '../../domain/budget/index.ts';
import { BudgetNotFoundError } from './allocations.ts';
import { publishedInputs, type MunicipalityInfo, type PublishedInputs } from '../../db/budget/published-inputs.ts';
import { listPlannedSpending } from './spending.ts';

async function inputsOf(db: Database, year: number): Promise<PublishedInputs> {
  const inputs = await publishedInputs(db, year);
  if (!inputs) throw new BudgetNotFoundError(`Er zijn geen budgetten voor ${year}. Beschikbaar: 2014.`);
  return inputs;
}

function infoByCode(inputs: PublishedInputs): Map<string, MunicipalityInfo> {
  return new Map(inputs.rows.map((r) => [r.municipalityId, r.info]));
}

/** Another allocation key (share for inhabitants in whole percent) against the published table. */
export async function keyScenario(db: Database, year: number, inhabitantsPercent: number): Promise<(KeyScenarioRow & { info: MunicipalityInfo })[]> {
  const inputs = await inputsOf(db, year);
  const key = keyFromInhabitantsWeight(rational(BigInt(inhabitantsPercent), 100n));
  const info = infoByCode(inputs);
  return scenarioAlternativeKey(inputs.derived, key).map((r) => ({ ...r, info: info.get(r.municipalityId)! }));
}

/** Regional pool per youth region (pro-rata contributions) against the woonplaatsbeginsel. */
export async function youthRegionPools(db: Database, year: number): Promise<{ pools: RegionalPool[]; info: Map<string, MunicipalityInfo> }> {
  const inputs = await inputsOf(db, year);
  const pools = regionalPools(
    inputs.rows.map((r) => ({ municipalityId: r.municipalityId, youthRegionId: r.info.youthRegion.code, allocationCents: r.clientSupportCents })),
  );
  return { pools, info: infoByCode(inputs) };
}

/** Friction-cost exposure: the published budget of `year` against what municipalities will spend in `spendingYear`. */
export async function frictionCosts(db: Database, year: number, spendingYear: number): Promise<FrictionExposure & { info: Map<string, MunicipalityInfo> }> {
  const inputs = await inputsOf(db, year);
  const planned = new Map((await listPlannedSpending(db, spendingYear)).map((p) => [p.municipalityCode, Number(p.amountCents)]));
  const exposure = frictionExposure(
    inputs.rows.map((r) => ({
      municipalityId: r.municipalityId,
      organisationId: r.organisationId,
      youthRegionId: r.info.youthRegion.code,
      baselineCents: r.clientSupportCents,
      plannedCents: planned.get(r.municipalityId) ?? null,
    })),
  );
  return { ...exposure, info: infoByCode(inputs) };
}
