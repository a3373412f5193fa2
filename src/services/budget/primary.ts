import type { Database } from '../../db/client.ts';
import { listCounts, organisationBudgets, type CountRow } from '../../db/budget/counts.ts';
import { publishedInputs, type MunicipalityInfo } from '../../db/budget/published-inputs.ts';
import { listMunicipalities } from '../../db/register/queries.ts';
import {
  allocateFromCounts,
  compareFigure,
  DEFAULT_KEY,
  standInToleranceCents,
  type CountOrganisation,
  type FigureComparison,
  type PrimaryRow,
  type Rational,
} from '../../domain/budget/index.ts';
import { InvalidInputError, NotFoundError } from '../../domain/errors.ts';

export interface PrimaryAllocationRow extends PrimaryRow {
  info: MunicipalityInfo;
  inhabitantsSource: string | null;
  clientsSource: string | null;
  clientsDerived: boolean;
  /** Against the published table of the same year and division; null when there is none. */
  published: { clientSupport: FigureComparison; ivh: FigureComparison } | null;
}

export interface PrimaryAllocation {
  year: number;
  divisionYear: number;
  /** The year of Tabel 3 whose organisation budgets were divided (the latest up to `year`). */
  budgetsYear: number;
  budgetsSource: string;
  rows: PrimaryAllocationRow[];
  /** How many rows equal the published table, and why the others differ. */
  summary: { rows: number; compared: number; equal: number; rounding: number; inhabitantsStandIn: number; inputs: number };
}

/**
 * The allocation of `year` from the stored primary inputs (inhabitants and MEE clients) and the key, each
 * row compared with the published table of that year where there is one. Inhabitants that are unknown fall
 * back to the share read from the published IVH column, and every such row says so.
 */
export async function primaryAllocation(db: Database, year: number): Promise<PrimaryAllocation> {
  const counts = await listCounts(db, year);
  if (counts.length === 0) {
    throw new NotFoundError(`Er zijn geen inwoners en MEE-cliënten opgeslagen voor ${year}. Lees ze in met "naast budget import-counts --year ${year} BESTAND" of via de budgetpagina.`);
  }
  const budgets = await organisationBudgets(db, year);
  if (!budgets) throw new NotFoundError(`Er zijn geen budgetten per MEE-organisatie (Tabel 3) voor ${year} of eerder.`);
  const divisionYear = counts[0]!.divisionYear;
  const published = await publishedInputs(db, year);
  const comparable = published && published.divisionYear === divisionYear ? published : null;
  const fallback = new Map<string, Rational>(comparable ? comparable.derived.flatMap((o) => o.rows.map((r) => [r.municipalityId, r.inhabitantShare] as const)) : []);
  const publishedRows = new Map(comparable ? comparable.rows.map((r) => [r.municipalityId, r] as const) : []);

  const missingClients = counts.filter((c) => c.clients === null).map((c) => c.info.name);
  if (missingClients.length) {
    throw new InvalidInputError(missingClients.map((name) => ({ field: 'clienten', message: `Het aantal MEE-cliënten van ${name} ontbreekt voor ${year}.` })));
  }
  const byOrg = new Map<string, CountRow[]>();
  for (const c of counts) byOrg.set(c.info.mee.code, [...(byOrg.get(c.info.mee.code) ?? []), c]);
  // An organisation's budget is divided over all its municipalities: one without counts would get nothing.
  const have = new Set(counts.map((c) => c.info.code));
  const missing = (await listMunicipalities(db, { divisionYear })).filter((m) => byOrg.has(m.meeCode) && !have.has(m.code));
  if (missing.length) {
    throw new InvalidInputError(missing.map((m) => ({ field: 'gemeente', message: `Voor ${m.name} (${m.meeName}) zijn geen aantallen voor ${year} opgeslagen; het budget van de MEE-organisatie gaat over al haar gemeenten.` })));
  }
  const orgs: CountOrganisation[] = [...byOrg].map(([code, list]) => {
    const totals = budgets.totals.get(code);
    if (!totals) throw new NotFoundError(`Er is geen budget voor ${list[0]!.info.mee.name} in Tabel 3 ${budgets.year}.`);
    return {
      organisationId: code,
      clientSupportCents: totals.clientSupportCents,
      ivhCents: totals.ivhCents,
      members: list.map((c) => ({ municipalityId: c.info.code, inhabitants: c.inhabitants, clients: c.clients!, fallbackInhabitantShare: fallback.get(c.info.code) })),
    };
  });
  const computed = allocateFromCounts(orgs, DEFAULT_KEY);
  const info = new Map(counts.map((c) => [c.info.code, c]));
  const tolerance = new Map(orgs.map((o) => [o.organisationId, standInToleranceCents(o.clientSupportCents, o.ivhCents)]));
  const rows = computed.map((r): PrimaryAllocationRow => {
    const c = info.get(r.municipalityId)!;
    const pub = publishedRows.get(r.municipalityId);
    const standIn = r.inhabitantsBasis === 'published-ivh-share' ? { toleranceCents: tolerance.get(r.organisationId)! } : undefined;
    return {
      ...r,
      info: c.info,
      inhabitantsSource: c.inhabitantsSource,
      clientsSource: c.clientsSource,
      clientsDerived: c.clientsDerived,
      published: pub ? { clientSupport: compareFigure(r.clientSupport, pub.clientSupportCents, standIn), ivh: compareFigure(r.ivh, pub.ivhCents, standIn) } : null,
    };
  });
  rows.sort((a, b) => (a.info.name < b.info.name ? -1 : a.info.name > b.info.name ? 1 : 0));
  return { year, divisionYear, budgetsYear: budgets.year, budgetsSource: budgets.source, rows, summary: summarise(rows) };
}

function summarise(rows: PrimaryAllocationRow[]): PrimaryAllocation['summary'] {
  const compared = rows.filter((r) => r.published);
  const reasonOf = (r: PrimaryAllocationRow) => {
    const reasons = [r.published!.clientSupport.reason, r.published!.ivh.reason];
    // The weightiest reason of the two columns counts for the row.
    return reasons.includes('inputs') ? 'inputs' : reasons.includes('inhabitants-stand-in') ? 'inhabitants-stand-in' : reasons.includes('rounding') ? 'rounding' : null;
  };
  const count = (reason: string | null) => compared.filter((r) => reasonOf(r) === reason).length;
  return {
    rows: rows.length,
    compared: compared.length,
    equal: count(null),
    rounding: count('rounding'),
    inhabitantsStandIn: count('inhabitants-stand-in'),
    inputs: count('inputs'),
  };
}
