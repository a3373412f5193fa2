import { sql } from '../../db/sql.ts';
import type { Database } from '../../db/client.ts';
import { regionalBudgetWarnings, sharedProviders, type MemberInput, type SharedProvider } from '../../domain/policy/index.ts';
import { municipalityCoverage } from './coverage.ts';
import { municipalityOrganisations } from './socialmap.ts';
import { getFramework } from './store.ts';
import { NotFoundError } from '../../domain/errors.ts';

export class YouthRegionNotFoundError extends NotFoundError {
  constructor(code: string) {
    super(`Jeugdregio "${code}" bestaat niet.`);
  }
}

export interface RegionOverview {
  code: string;
  name: string;
  divisionYear: number;
  members: (MemberInput & { version: number })[];
  shared: SharedProvider[];
  warnings: string[];
}

/** The members of a youth region (latest division) with their frameworks, gaps and shared providers. */
export async function regionOverview(db: Database, regionCode: string): Promise<RegionOverview> {
  const [region] = await db.rows<{ name: string; year: number | null }>(sql`
    select yr.name, (select max(division_year) from division_members where youth_region_code = yr.code) as year
      from youth_regions yr where yr.code = ${regionCode}`);
  if (!region || region.year === null) throw new YouthRegionNotFoundError(regionCode);
  const rows = await db.rows<{ code: string; name: string }>(sql`
    select m.code, m.name from division_members dm join municipalities m on m.code = dm.municipality_code
     where dm.division_year = ${region.year} and dm.youth_region_code = ${regionCode} order by m.name`);
  const names = new Map<string, string>();
  const members: RegionOverview['members'] = [];
  for (const m of rows) {
    const stored = await getFramework(db, m.code);
    const organisations = await municipalityOrganisations(db, m.code);
    for (const o of organisations) names.set(o.id, o.name);
    const coverage = await municipalityCoverage(db, m.code);
    members.push({
      code: m.code,
      name: m.name,
      framework: stored.version > 0 ? stored.framework : null,
      version: stored.version,
      gaps: coverage.gaps,
      organisationIds: organisations.filter((o) => o.services > 0).map((o) => o.id),
    });
  }
  return { code: regionCode, name: region.name, divisionYear: region.year, members, shared: sharedProviders(members, names), warnings: regionalBudgetWarnings(members) };
}
