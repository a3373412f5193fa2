import type { Database } from '../../db/client.ts';
import { listReports, loadReport } from './reports.ts';

/**
 * Dashboards over periods: per municipality (its providers' reports, for its own staff: exact) and
 * per provider (its own reports in every municipality it reports to). One row per report.
 */
export interface DashboardRow {
  periodId: string;
  municipalityCode: string;
  providerCode: string;
  fundingForm: string;
  label: string;
  from: string;
  to: string;
  state: string;
  clients: number | null;
  contacts: number | null;
  referrals: number | null;
  spendCents: number | null;
}

export async function dashboard(db: Database, filter: { municipalityCodes?: string[]; providerCodes?: string[] }): Promise<DashboardRow[]> {
  const list = await listReports(db, filter);
  const reports = await Promise.all(list.map((r) => loadReport(db, r.id)));
  const n = (v: unknown) => (typeof v === 'number' ? v : null);
  return reports
    .map((r) => ({
      periodId: r.id,
      municipalityCode: r.municipalityCode,
      providerCode: r.providerCode,
      fundingForm: r.fundingForm,
      label: r.label,
      from: r.from,
      to: r.to,
      state: r.state,
      clients: n(r.values.clienten_bereikt),
      contacts: n(r.values.contactmomenten),
      referrals: n(r.values.verwijzingen),
      spendCents: r.spendCents,
    }))
    .sort((a, b) => a.from.localeCompare(b.from) || a.municipalityCode.localeCompare(b.municipalityCode) || a.providerCode.localeCompare(b.providerCode));
}
