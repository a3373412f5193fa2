import type { Database } from '../../db/client.ts';
import { listMunicipalities } from '../../db/register/queries.ts';
import { addBreakdowns, suppress, suppressBreakdown, type Breakdown } from '../../domain/accountability/index.ts';
import { listReports, loadReport } from './reports.ts';

/**
 * National and regional roll-ups for the monitor's roles: aggregates of accepted provider reports
 * only, never a report or a case. Counts under 5 are suppressed (null), totals included; amounts are
 * not counts of people and stay.
 */
export interface RollupGroup {
  code: string;
  name: string;
  municipalities: number;
  reports: number;
  clients: number | null;
  spendCents: number;
}

export interface Rollup {
  year: number;
  scope: { kind: 'landelijk' } | { kind: 'jeugdregio'; code: string };
  reports: number;
  clients: number | null;
  spendCents: number;
  byAge: Record<string, number | null>;
  byTargetGroup: Record<string, number | null>;
  byLifeDomain: Record<string, number | null>;
  /** Per youth region (national) or per municipality (regional). */
  groups: RollupGroup[];
}

const DIVISION_YEAR = 2014;

export async function rollup(db: Database, year: number, youthRegionCode: string | null): Promise<Rollup> {
  const members = await listMunicipalities(db, { divisionYear: DIVISION_YEAR, youthRegionCode: youthRegionCode ?? undefined });
  const codes = members.map((m) => m.code);
  const accepted = await listReports(db, { municipalityCodes: codes, year, states: ['geaccepteerd'] });
  const reports = await Promise.all(accepted.map((r) => loadReport(db, r.id)));
  const clientsOf = (r: (typeof reports)[number]) => (typeof r.values.clienten_bereikt === 'number' ? r.values.clienten_bereikt : 0);
  const breakdown = (key: string) => suppressBreakdown(addBreakdowns(reports.map((r) => (r.values[key] ?? {}) as Breakdown)));
  const groupKey = (code: string) => {
    const m = members.find((x) => x.code === code)!;
    return youthRegionCode ? { code: m.code, name: m.name } : { code: m.youthRegionCode, name: m.youthRegionName };
  };
  const groups = new Map<string, RollupGroup & { raw: number; set: Set<string> }>();
  for (const m of members) {
    const g = groupKey(m.code);
    const entry = groups.get(g.code) ?? { ...g, municipalities: 0, reports: 0, clients: 0, spendCents: 0, raw: 0, set: new Set<string>() };
    entry.set.add(m.code);
    entry.municipalities = entry.set.size;
    groups.set(g.code, entry);
  }
  for (const r of reports) {
    const entry = groups.get(groupKey(r.municipalityCode).code)!;
    entry.reports++;
    entry.raw += clientsOf(r);
    entry.spendCents += r.spendCents ?? 0;
  }
  return {
    year,
    scope: youthRegionCode ? { kind: 'jeugdregio', code: youthRegionCode } : { kind: 'landelijk' },
    reports: reports.length,
    clients: suppress(reports.reduce((n, r) => n + clientsOf(r), 0)),
    spendCents: reports.reduce((n, r) => n + (r.spendCents ?? 0), 0),
    byAge: breakdown('clienten_per_leeftijd'),
    byTargetGroup: breakdown('clienten_per_doelgroep'),
    byLifeDomain: breakdown('clienten_per_levensdomein'),
    groups: [...groups.values()]
      .map(({ raw, set: _set, ...g }) => ({ ...g, clients: suppress(raw) }))
      .sort((a, b) => a.name.localeCompare(b.name, 'nl')),
  };
}
