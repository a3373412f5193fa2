import { publishedInputs } from '../../db/budget/published-inputs.ts';
import type { Database } from '../../db/client.ts';
import { BudgetNotFoundError } from './allocations.ts';

export interface OrganisationCheck {
  meeCode: string;
  name: string;
  municipalities: number;
  tabel3: { clientSupportCents: number; ivhCents: number };
  sumOfMunicipalities: { clientSupportCents: number; ivhCents: number };
  sumsMatch: boolean;
  /** Recomputed from the derived shares with the key equals the published table, row by row. */
  computedEqualsPublished: boolean;
  mismatchedMunicipalities: string[];
}

/** Per MEE organisation: Σ municipalities vs Tabel 3, and computed vs published. */
export async function budgetCheck(db: Database, year: number): Promise<{ ok: boolean; organisations: OrganisationCheck[] }> {
  const inputs = await publishedInputs(db, year);
  if (!inputs) throw new BudgetNotFoundError(`Er zijn geen budgetten voor ${year}. Beschikbaar: 2014.`);
  const organisations = inputs.recomputed.map((org) => {
    const rows = inputs.rows.filter((r) => r.organisationId === org.organisationId);
    const sum = {
      clientSupportCents: rows.reduce((s, r) => s + r.clientSupportCents, 0),
      ivhCents: rows.reduce((s, r) => s + r.ivhCents, 0),
    };
    const total = inputs.totals[org.organisationId] ?? { clientSupportCents: NaN, ivhCents: NaN, name: org.organisationId };
    const mismatched = org.rows.filter((r) => !r.matchesPublished).map((r) => r.municipalityId);
    return {
      meeCode: org.organisationId,
      name: total.name,
      municipalities: rows.length,
      tabel3: { clientSupportCents: total.clientSupportCents, ivhCents: total.ivhCents },
      sumOfMunicipalities: sum,
      sumsMatch: sum.clientSupportCents === total.clientSupportCents && sum.ivhCents === total.ivhCents,
      computedEqualsPublished: mismatched.length === 0,
      mismatchedMunicipalities: mismatched,
    };
  });
  organisations.sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  const everyOrganisation = Object.keys(inputs.totals).every((code) => organisations.some((o) => o.meeCode === code));
  return { ok: everyOrganisation && organisations.every((o) => o.sumsMatch && o.computedEqualsPublished), organisations };
}
