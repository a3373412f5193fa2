import type { Database } from '../../db/client.ts';
import { formatEuro } from '../../domain/budget/index.ts';
import { classIndex, perInhabitantCents, quintileBreaks } from '../../domain/budget/division-map.ts';
import { choroplethSvg, type MapClass } from '../reports/charts.ts';
import { boundaryFeatures, divisionMap } from '../register/maps.ts';
import type { ReportModel } from '../monitor/report.ts';
import { budgetMapFigures, type BudgetMapFigures } from './division-map.ts';

/**
 * The budget report (issue 20 §4/§6): national totals, the budget map on the published division
 * (2013) and on the next one (2014), and the figures per municipality. The same ReportModel as the
 * monitor report, so reports/render.ts makes it a tagged PDF (each map a Figure with alternative
 * text, each table a Table) or a printable HTML page.
 */

/** Cividis, light = low, dark = high: the same scale as the web map (BudgetMap.tsx). */
export const BUDGET_MAP_COLOURS = ['#ffea46', '#bcaf6f', '#7c7b78', '#414d6b', '#00204d'];
/** "Niet te verdelen": white with dark hatching, apart from every colour of the scale and in greyscale. */
export const NOT_DISTRIBUTABLE_LABEL = 'Niet te verdelen (splitsing zonder verdeelsleutel)';

/** Divisions of the report: the published one and the one after it, where a boundary file exists. */
const reportDivisions = (from: number) => [from, from + 1].filter((year) => boundaryFeatures(year));

export async function budgetReport(db: Database, budgetYear: number): Promise<ReportModel> {
  const first = await budgetMapFigures(db, budgetYear);
  const all = [first];
  for (const year of reportDivisions(first.fromDivision).slice(1)) all.push(await budgetMapFigures(db, budgetYear, year));
  const maps = await Promise.all(all.map((f) => budgetMapChart(db, f)));
  return {
    title: `Budget cliëntondersteuning ${budgetYear}: kaart en cijfers per gemeente`,
    subtitle: `Bron: ${first.source} · inwoners op 1 januari ${first.fromDivision} (CBS) · gemaakt met Naast`,
    sentences: totalsSentences(all),
    charts: maps.flatMap((m) => (m ? [m] : [])),
    tables: [
      ...all.map((f) => ({
        title: `Budget per gemeente (indeling ${f.division})`,
        header: ['Gemeente', 'Jeugdregio', 'Budget MEE', 'Inwoners', 'Per inwoner'],
        rows: f.municipalities.map((m) => {
          const per = m.clientSupportCents === null ? null : perInhabitantCents(m.clientSupportCents, m.inhabitants);
          return m.clientSupportCents === null
            ? [m.name, m.youthRegion?.name ?? '', 'niet te verdelen', 'niet te verdelen', 'zie de laatste tabel']
            : [m.name, m.youthRegion?.name ?? '', formatEuro(m.clientSupportCents), m.inhabitants?.toLocaleString('nl-NL') ?? 'onbekend', per === null ? 'onbekend' : formatEuro(per, { showCents: true })];
        }),
      })),
      ...all
        .filter((f) => f.municipalities.some((m) => m.notDistributable))
        .map((f) => ({
          title: `Niet te verdelen in de indeling ${f.division}`,
          header: ['Gemeente', 'Waarom, en wat u kunt doen'],
          rows: f.municipalities.filter((m) => m.notDistributable).map((m) => [m.name, m.notDistributable!]),
        })),
    ],
  };
}

function totalsSentences(all: BudgetMapFigures[]): string[] {
  const first = all[0]!;
  const t = first.totals;
  const sentences = [
    `Budget cliëntondersteuning (MEE) ${first.budgetYear} voor heel Nederland: ${formatEuro(t.clientSupportCents)}; Integrale Vroeghulp: ${formatEuro(t.ivhCents)}.`,
    t.inhabitants
      ? `Inwoners op 1 januari ${first.fromDivision}: ${t.inhabitants.toLocaleString('nl-NL')}; dat is ${formatEuro(perInhabitantCents(t.clientSupportCents, t.inhabitants)!, { showCents: true })} MEE-budget per inwoner.`
      : 'De inwonertallen zijn niet ingelezen: de kaarten tonen het bedrag per gemeente, niet per inwoner.',
  ];
  for (const f of all) {
    sentences.push(`Indeling ${f.division}: ${f.totals.municipalities} gemeenten.`);
    for (const u of f.undistributed) {
      sentences.push(
        `${u.name} is op 1 januari ${f.division} gesplitst over ${u.successors.map((s) => s.name).join(', ')}. Zonder verdeelsleutel met bron is het budget van ${u.name} ` +
          `(${formatEuro(u.clientSupportCents)}) niet over die gemeenten te verdelen; zij staan op de kaart als "niet te verdelen". Het totaal van Nederland blijft gelijk.`,
      );
    }
  }
  return sentences;
}

/** The map of one division as an SVG chart with its alternative text; null without boundaries. */
async function budgetMapChart(db: Database, f: BudgetMapFigures): Promise<{ title: string; svg: string; alt: string } | null> {
  if (!boundaryFeatures(f.division)) return null;
  const map = await divisionMap(db, f.division);
  const measure = (m: { clientSupportCents: number | null; inhabitants: number | null }) =>
    m.clientSupportCents === null ? null : f.inhabitantsKnown ? perInhabitantCents(m.clientSupportCents, m.inhabitants) : m.clientSupportCents;
  const byCode = new Map(f.municipalities.map((m) => [m.cbsCode, measure(m)]));
  const breaks = quintileBreaks([...byCode.values()].filter((v): v is number => v !== null));
  const edges = [0, ...breaks];
  const classes: MapClass[] = BUDGET_MAP_COLOURS.map((color, i) => ({
    value: i,
    label: i < 4 ? `${formatEuro(edges[i]!, { showCents: f.inhabitantsKnown })} tot ${formatEuro(edges[i + 1]!, { showCents: f.inhabitantsKnown })}` : `${formatEuro(edges[4]!, { showCents: f.inhabitantsKnown })} of meer`,
    color,
  }));
  const hasMissing = [...byCode.values()].some((v) => v === null);
  if (hasMissing) classes.push({ value: 5, label: NOT_DISTRIBUTABLE_LABEL, color: '#ffffff', hatched: true });
  const counts = new Array<number>(classes.length).fill(0);
  const values = new Map<string, number>();
  for (const feature of map.features) {
    if (!byCode.has(feature.properties.code)) continue;
    const v = byCode.get(feature.properties.code)!;
    const cls = v === null ? 5 : classIndex(breaks, v);
    values.set(feature.properties.code, cls);
    counts[cls]!++;
  }
  const what = f.inhabitantsKnown ? 'het MEE-budget per inwoner' : 'het MEE-budget';
  const title = `Budget MEE ${f.budgetYear} ${f.inhabitantsKnown ? 'per inwoner ' : ''}per gemeente (indeling ${f.division})`;
  const svg = choroplethSvg({ title, mapName: `gemeenten-${f.division}`, geoJson: map, values, classes });
  const alt =
    `Kaart van Nederland met per gemeente (indeling ${f.division}, ${f.totals.municipalities} gemeenten) ${what} in ${BUDGET_MAP_COLOURS.length} klassen van licht (weinig) tot donker (veel): ` +
    classes.map((c, i) => `${counts[i]} gemeenten ${c.value === 5 ? 'niet te verdelen' : c.label}`).join(', ') +
    `. De bedragen staan in de tabel "Budget per gemeente (indeling ${f.division})".`;
  return { title, svg, alt };
}
