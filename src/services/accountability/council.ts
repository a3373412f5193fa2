import { sql } from '../../db/sql.ts';
import { exceljs } from '../lazy-modules.ts';
import type { Database } from '../../db/client.ts';
import { DIMENSION_CATEGORIES, FUNDING_FORM_LABELS, LIKERT_ITEMS, addBreakdowns, suppress, type Breakdown, type FundingForm } from '../../domain/accountability/index.ts';
import { formatEuro } from '../../domain/budget/format.ts';
import { allocations, BudgetNotFoundError } from '../budget/allocations.ts';
import { barChartSvg } from '../reports/charts.ts';
import type { ReportModel } from '../monitor/report.ts';
import { neutraliseFormula } from '../tabular/export.ts';
import { AccountabilityNotFoundError } from './errors.ts';
import { experienceResults } from './experience.ts';
import { policyGaps, type PolicyGap } from './policy-gaps.ts';
import { listReports, loadReport } from './reports.ts';

/**
 * The horizontal accountability report for the municipal council (horizontale verantwoording, §3.4):
 * per year what client support cost (budget from the budget model's allocation, spend from the
 * accepted provider reports), what it reached, what clients said and which gaps the policy framework
 * shows. A public document: every count under 5 is suppressed ("< 5").
 */
export interface CouncilFacts {
  municipalityCode: string;
  municipalityName: string;
  year: number;
  budget: { year: number; clientSupportCents: number; ivhCents: number } | null;
  providers: { providerCode: string; fundingForm: FundingForm; label: string; state: string; clients: number; spendCents: number | null }[];
  spendCents: number;
  clients: number;
  byAge: Breakdown;
  byTargetGroup: Breakdown;
  byLifeDomain: Breakdown;
  experience: Awaited<ReturnType<typeof experienceResults>>;
  gaps: PolicyGap[];
}

/** The budget of the year, or of the nearest year the budget model has (2014: the basis for 2015). */
async function budgetFor(db: Database, municipalityCode: string, year: number): Promise<CouncilFacts['budget']> {
  for (const y of [year, 2014]) {
    try {
      const { rows } = await allocations(db, { year: y, source: 'published' });
      const row = rows.find((r) => r.info.code === municipalityCode);
      if (row) return { year: y, clientSupportCents: row.clientSupportCents, ivhCents: row.ivhCents };
    } catch (err) {
      if (!(err instanceof BudgetNotFoundError)) throw err;
    }
  }
  return null;
}

export async function councilFacts(db: Database, municipalityCode: string, year: number): Promise<CouncilFacts> {
  const [municipality] = await db.rows<{ name: string }>(sql`select name from municipalities where code = ${municipalityCode}`);
  if (!municipality) throw new AccountabilityNotFoundError('Deze gemeente bestaat niet.');
  const accepted = await listReports(db, { municipalityCodes: [municipalityCode], year, states: ['geaccepteerd'] });
  const reports = await Promise.all(accepted.map((r) => loadReport(db, r.id)));
  const number = (v: unknown) => (typeof v === 'number' ? v : 0);
  const breakdown = (key: string) => addBreakdowns(reports.map((r) => (r.values[key] ?? {}) as Breakdown));
  return {
    municipalityCode,
    municipalityName: municipality.name,
    year,
    budget: await budgetFor(db, municipalityCode, year),
    providers: reports.map((r) => ({ providerCode: r.providerCode, fundingForm: r.fundingForm, label: r.label, state: r.state, clients: number(r.values.clienten_bereikt), spendCents: r.spendCents })),
    spendCents: reports.reduce((n, r) => n + (r.spendCents ?? 0), 0),
    clients: reports.reduce((n, r) => n + number(r.values.clienten_bereikt), 0),
    byAge: breakdown('clienten_per_leeftijd'),
    byTargetGroup: breakdown('clienten_per_doelgroep'),
    byLifeDomain: breakdown('clienten_per_levensdomein'),
    experience: await experienceResults(db, { municipalityCodes: [municipalityCode], from: `${year}-01-01`, to: `${year}-12-31` }),
    gaps: await policyGaps(db, municipalityCode, year),
  };
}

/** A count as the public may see it. */
export const shown = (n: number): string | number => {
  const s = suppress(n);
  return s === null ? '< 5' : s;
};
const label = (category: string) => category.replaceAll('_', ' ');
const orderedCategories = (dimension: 'leeftijd' | 'doelgroep' | 'levensdomein', b: Breakdown) => [...new Set([...(DIMENSION_CATEGORIES[dimension] ?? []), ...Object.keys(b)])].filter((c) => (b[c] ?? 0) > 0);

export function councilModel(f: CouncilFacts): ReportModel {
  const budgetCents = f.budget ? f.budget.clientSupportCents + f.budget.ivhCents : null;
  const responses = f.experience.reduce((n, e) => n + e.responses, 0);
  const invited = f.experience.reduce((n, e) => n + e.invited, 0);
  const agree = LIKERT_ITEMS.map((item) => {
    const rows = f.experience.flatMap((e) => e.items.filter((i) => i.key === item.key));
    const answered = rows.reduce((n, i) => n + i.answered, 0);
    const yes = rows.reduce((n, i) => n + i.distribution[3] + i.distribution[4], 0);
    return { item, answered, percent: answered >= 5 ? Math.round((yes / answered) * 100) : null };
  });
  const sentences = [
    budgetCents === null
      ? 'Voor dit jaar is geen budget uit het budgetmodel bekend.'
      : `Budget cliëntondersteuning ${f.year}: ${formatEuro(budgetCents)} (waarvan Integrale Vroeghulp ${formatEuro(f.budget!.ivhCents)}; verdeling ${f.budget!.year} uit het budgetmodel).`,
    `Uitgegeven volgens de geaccepteerde rapportages van aanbieders: ${formatEuro(f.spendCents)}${budgetCents ? ` (${Math.round((f.spendCents / budgetCents) * 100)}% van het budget)` : ''}.`,
    `Bereikte cliënten volgens de rapportages: ${shown(f.clients)}; ${f.providers.length} ${f.providers.length === 1 ? 'rapportage' : 'rapportages'} geaccepteerd.`,
    responses > 0
      ? `Cliëntervaring: ${shown(responses)} ingevulde vragenlijsten${invited ? ` van ${shown(invited)} uitnodigingen` : ''}.`
      : 'Er zijn dit jaar geen vragenlijsten over cliëntervaring ingevuld.',
    f.gaps.length
      ? `De dekkingsanalyse van het afwegingskader laat voor ${f.gaps.length} ${f.gaps.length === 1 ? 'combinatie' : 'combinaties'} van doelgroep en leeftijd hiaten zien (zie de tabel).`
      : 'De dekkingsanalyse van het afwegingskader laat geen hiaten zien.',
  ];
  const euros = (c: number) => Math.round(c / 100);
  // Suppressed categories are left out of the chart (the table shows them as "< 5").
  const ages = orderedCategories('leeftijd', f.byAge).filter((a) => suppress(f.byAge[a]!) !== null);
  const charts = [
    {
      title: 'Budget en uitgaven (euro)',
      svg: barChartSvg({
        title: `Budget en uitgaven ${f.year} (euro)`,
        categories: ['Budget', 'Uitgaven'],
        series: [{ name: 'Euro', values: [budgetCents === null ? 0 : euros(budgetCents), euros(f.spendCents)] }],
      }),
    },
    {
      title: 'Bereikte cliënten per leeftijdscategorie',
      svg: barChartSvg({ title: 'Cliënten per leeftijdscategorie', categories: ages.length ? ages : ['geen'], series: [{ name: 'Cliënten', values: ages.length ? ages.map((a) => f.byAge[a]!) : [0] }] }),
    },
    {
      title: 'Cliëntervaring: aandeel (helemaal) eens per vraag',
      svg: barChartSvg({ title: 'Cliëntervaring: % (helemaal) eens', categories: LIKERT_ITEMS.map((i) => i.key), series: [{ name: '% eens', values: agree.map((a) => a.percent ?? 0) }] }),
    },
  ];
  const breakdownRows = (dimension: 'leeftijd' | 'doelgroep' | 'levensdomein', b: Breakdown) => orderedCategories(dimension, b).map((c) => [label(c), shown(b[c]!)]);
  return {
    title: `Horizontale verantwoording cliëntondersteuning ${f.municipalityName} ${f.year}`,
    subtitle: `Voor de gemeenteraad · aantallen onder de 5 zijn weggelaten (< 5) · gemaakt met Naast`,
    sentences,
    charts,
    tables: [
      {
        title: 'Rapportages van aanbieders',
        header: ['Aanbieder', 'Bekostiging', 'Periode', 'Cliënten', 'Uitgaven'],
        rows: f.providers.map((p) => [p.providerCode, FUNDING_FORM_LABELS[p.fundingForm], p.label, shown(p.clients), p.spendCents === null ? '-' : formatEuro(p.spendCents)]),
      },
      { title: 'Cliënten per leeftijdscategorie', header: ['Leeftijd', 'Cliënten'], rows: breakdownRows('leeftijd', f.byAge) },
      { title: 'Cliënten per doelgroep', header: ['Doelgroep', 'Cliënten'], rows: breakdownRows('doelgroep', f.byTargetGroup) },
      { title: 'Cliënten per levensdomein', header: ['Levensdomein', 'Cliënten'], rows: breakdownRows('levensdomein', f.byLifeDomain) },
      {
        title: 'Wat cliënten zeiden',
        header: ['Vraag', 'Beantwoord', '% (helemaal) eens'],
        rows: agree.map((a) => [a.item.label, shown(a.answered), a.percent === null ? '-' : `${a.percent}%`]),
      },
      { title: 'Hiaten uit het afwegingskader', header: ['Onderwerp', 'Toelichting'], rows: f.gaps.map((g) => [g.subject, g.description]) },
    ],
  };
}

/** The annex as a workbook: one sheet per table of the report, the same suppression. */
export async function councilAnnex(model: ReportModel): Promise<Buffer> {
  const workbook = new (exceljs().Workbook)();
  workbook.creator = 'Naast';
  const summary = workbook.addWorksheet('Samenvatting');
  summary.addRow([model.title]).font = { bold: true };
  for (const s of model.sentences) summary.addRow([neutraliseFormula(s)]);
  const used = new Set<string>();
  for (const table of model.tables) {
    let name = table.title.replace(/[\\/?*[\]:]/g, '').slice(0, 31);
    while (used.has(name)) name = `${name.slice(0, 28)}_${used.size}`;
    used.add(name);
    const sheet = workbook.addWorksheet(name);
    sheet.addRow(table.header).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row.map((c) => neutraliseFormula(c)));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
