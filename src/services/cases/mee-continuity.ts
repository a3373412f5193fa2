import { sql } from '../../db/sql.ts';
import type { Database } from '../../db/client.ts';
import { continuityReport, type Case, type ContinuityCounts, type ContinuityReport, type IsoDate, type MeeCase } from '../../domain/cases/index.ts';
import { suppressSmallCount } from '../../domain/access/policy.ts';

interface Row {
  caseId: string;
  municipalityCode: string;
  meeOrganisation: string;
  meeSupporterId: string;
  startedOn: string | null;
  closedOn: string | null;
  aggregate: unknown;
}

const parse = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;

/**
 * How one imported trajectory went, read from its case: transferred when the MEE supporter was
 * replaced (on the day the next supporter was assigned), completed when the case closed; the domain
 * takes whichever came first.
 */
export function meeCaseOf(row: Row): MeeCase {
  const c = parse<Case>(row.aggregate);
  const sequence = [...c.formerSupporters, ...(c.supporter ? [c.supporter] : [])];
  const index = sequence.findIndex((s) => s.personId === row.meeSupporterId);
  const next = index >= 0 ? sequence[index + 1] : undefined;
  return {
    caseId: row.caseId,
    meeOrganisation: row.meeOrganisation,
    municipalityCode: row.municipalityCode,
    ...(row.startedOn ? { startedOn: row.startedOn } : {}),
    ...(row.closedOn ? { completedOn: row.closedOn } : {}),
    ...(next ? { transferredOn: next.assignedOn, transferredTo: next.kind } : {}),
  };
}

/** The imported MEE trajectories of these municipalities. */
export async function meeCases(db: Database, municipalityCodes: readonly string[]): Promise<MeeCase[]> {
  if (municipalityCodes.length === 0) return [];
  const list = sql.join(municipalityCodes.map((c) => sql`${c}`), sql`, `);
  const rows = await db.rows<Row>(sql`
    select t.case_id::text as "caseId", t.municipality_code as "municipalityCode", t.mee_organisation as "meeOrganisation",
           t.mee_supporter_id as "meeSupporterId", t.started_on::text as "startedOn", c.closed_on::text as "closedOn", c.aggregate
      from case_mee_transitions t join cases c on c.id = t.case_id
     where t.municipality_code in (${list})`);
  return rows.map(meeCaseOf);
}

/** The municipalities with imported MEE trajectories (for the access check per municipality). */
export async function meeMunicipalities(db: Database): Promise<string[]> {
  return (await db.rows<{ code: string }>(sql`select distinct municipality_code as code from case_mee_transitions order by 1`)).map((r) => r.code);
}

export type SuppressedCounts = { readonly [K in keyof ContinuityCounts]: number | null };
export interface ContinuityResult extends Omit<ContinuityReport, 'totals' | 'byMeeOrganisation' | 'byMunicipality' | 'notRunningOnTransition'> {
  readonly totals: SuppressedCounts;
  readonly byMeeOrganisation: Readonly<Record<string, SuppressedCounts>>;
  readonly byMunicipality: Readonly<Record<string, SuppressedCounts>>;
  readonly notRunningOnTransition: number | null;
  readonly suppressed: boolean;
}

const suppressCounts = (c: ContinuityCounts, on: boolean): SuppressedCounts =>
  Object.fromEntries(Object.entries(c).map(([k, v]) => [k, on ? suppressSmallCount(v) : v])) as unknown as SuppressedCounts;
const suppressAll = (r: Readonly<Record<string, ContinuityCounts>>, on: boolean) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, suppressCounts(v, on)]));

/** The domain's continuity report, with counts under 5 suppressed when `suppress` (regional and national callers). */
export async function continuity(db: Database, municipalityCodes: readonly string[], asOf: IsoDate, suppress: boolean): Promise<ContinuityResult> {
  const report = continuityReport(await meeCases(db, municipalityCodes), asOf);
  return {
    asOf: report.asOf,
    totals: suppressCounts(report.totals, suppress),
    byMeeOrganisation: suppressAll(report.byMeeOrganisation, suppress),
    byMunicipality: suppressAll(report.byMunicipality, suppress),
    notRunningOnTransition: suppress ? suppressSmallCount(report.notRunningOnTransition) : report.notRunningOnTransition,
    suppressed: suppress,
  };
}
