import type { Database } from '../../db/client.ts';
import { buildPlan, evaluateChecklist, type CheckItem, type Coverage, type PlanDocument } from '../../domain/policy/index.ts';
import { municipalityCoverage } from './coverage.ts';
import { municipalityInfo, municipalityOrganisations, socialMapFacts } from './socialmap.ts';
import { getFramework } from './store.ts';
import { NotFoundError } from '../../domain/errors.ts';

export class MunicipalityNotFoundError extends NotFoundError {
  constructor(code: string) {
    super(`Gemeente "${code}" bestaat niet.`);
  }
}

export async function requireMunicipality(db: Database, code: string) {
  const info = await municipalityInfo(db, code);
  if (!info) throw new MunicipalityNotFoundError(code);
  return info;
}

/** The Wmo 2015 checklist of a municipality, from its framework and social map. */
export async function municipalityChecklist(db: Database, code: string): Promise<{ items: CheckItem[]; coverage: Coverage }> {
  await requireMunicipality(db, code);
  const { framework } = await getFramework(db, code);
  const organisations = await municipalityOrganisations(db, code);
  const coverage = await municipalityCoverage(db, code);
  return { items: evaluateChecklist(framework, coverage, await socialMapFacts(db, code, organisations)), coverage };
}

/** The plan draft's document model; rendered to Markdown, Word-HTML or PDF by the caller. */
export async function municipalityPlan(db: Database, code: string, madeOn = new Date().toISOString().slice(0, 10)): Promise<PlanDocument> {
  const info = await requireMunicipality(db, code);
  const { framework } = await getFramework(db, code);
  const organisations = await municipalityOrganisations(db, code);
  const coverage = await municipalityCoverage(db, code);
  const checklist = evaluateChecklist(framework, coverage, await socialMapFacts(db, code, organisations));
  return buildPlan({
    municipalityName: info.name,
    youthRegionName: info.youthRegionName,
    framework,
    organisations: new Map(organisations.map((o) => [o.id, { name: o.name, kind: o.kind }])),
    coverage,
    checklist,
    madeOn,
  });
}
