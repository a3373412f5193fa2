import type { Database } from '../../db/client.ts';
import { REQUIREMENT_IDS, STAGES, STAGE_LABELS } from '../../domain/monitor/questionnaire.ts';
import { barChartSvg } from '../reports/charts.ts';
import { roundSummary, trend } from './summary.ts';
import { roundSources } from './sources.ts';
import { stageMap } from './report-map.ts';
import { figuresSentences, statementSentence } from '../../domain/monitor/statements.ts';
import { percent } from '../../domain/monitor/summary.ts';

/** A report as data: rendered to HTML (print style sheet) or PDF from the same model. */
export interface ReportModel {
  title: string;
  subtitle: string;
  sentences: string[];
  /** `alt`: the text alternative in the tagged PDF (issue 20 §6); without it the title and a pointer to the tables. */
  charts: { title: string; svg: string; alt?: string }[];
  tables: { title: string; header: string[]; rows: (string | number)[][] }[];
}

const REASON_LABELS: Record<string, string> = {
  geen_antwoord: 'geen antwoord',
  geen_afspraken: 'geen afspraken',
  geen_gecontracteerde_aanbieder: 'geen gecontracteerde aanbieder',
};

export async function roundReport(db: Database, roundId: string): Promise<ReportModel> {
  const { round, summary, sentences } = await roundSummary(db, roundId);
  const points = await trend(db);
  const sources = await roundSources(db, roundId);
  const map = await stageMap(db, round);
  const stageLabels = STAGES.map((s) => STAGE_LABELS[s]);
  return {
    title: `Transitiemonitor cliëntondersteuning: ${round.name}`,
    subtitle: `Peildatum ${round.referenceDate} · ${summary.municipalities} gemeenten (indeling ${round.divisionYear}) · gemaakt met Naast`,
    sentences,
    charts: [
      { title: 'Gemeenten per fase van de afspraken', svg: barChartSvg({ title: 'Gemeenten per fase', categories: stageLabels.map(shortLabel), series: [{ name: 'Gemeenten', values: STAGES.map((s) => summary.byStage[s]) }] }) },
      {
        title: 'Verloop over de rondes',
        svg: barChartSvg({
          title: 'Verloop per ronde (aantal gemeenten per fase)',
          categories: points.map((p) => p.round.referenceDate),
          series: STAGES.map((s) => ({ name: shortLabel(STAGE_LABELS[s]), values: points.map((p) => p.summary.byStage[s]) })),
          stacked: true,
        }),
      },
      // The choropleth on the boundaries of the round's division (issue 20 §4); its figures are the last table.
      ...(map ? [{ title: map.title, svg: map.svg, alt: map.alt }] : []),
    ],
    tables: [
      {
        // Non-response is its own row, and every percentage names its denominator (issue 21 §2).
        title: 'Fasen',
        header: ['Fase', 'Aantal gemeenten', 'Percentage'],
        rows: [
          ...STAGES.map((s) => [STAGE_LABELS[s], summary.byStage[s], `${percent(summary.byStage[s], summary.municipalities)}% van ${summary.municipalities}`]),
          ['Niet geantwoord (onbekend)', summary.nonResponse, `${percent(summary.nonResponse, summary.municipalities)}% van ${summary.municipalities}`],
        ],
      },
      {
        title: `Bronnen naast elkaar, peildatum ${round.referenceDate}`,
        header: ['Bron', 'Uitspraak'],
        rows: [
          ...figuresSentences(sources.tvs).map((line) => ['Transitievolgsysteem (antwoorden in Naast)', line]),
          ...(sources.mee ? figuresSentences(sources.mee).map((line) => ['Monitor van MEE Nederland (ingelezen)', line]) : [['Monitor van MEE Nederland', 'Niet ingelezen voor deze ronde.']]),
          ...sources.statements.map((st) => [`Brondocument: ${st.citation}`, statementSentence(st)]),
        ],
      },
      {
        title: 'Eisen a–f uit de bestuurlijke afspraken',
        header: ['Eis', 'Ja', 'Gedeeltelijk', 'Nee'],
        rows: REQUIREMENT_IDS.map((id) => [id, summary.byRequirement[id].ja, summary.byRequirement[id].gedeeltelijk, summary.byRequirement[id].nee]),
      },
      {
        title: 'Per jeugdregio',
        header: ['Jeugdregio', 'Gemeenten', 'Geantwoord', 'College of verder'],
        rows: summary.perYouthRegion.map((g) => [g.name, g.municipalities, g.responded, g.byStage.college + g.byStage.definitief]),
      },
      {
        title: `Achterblijvende gemeenten (${summary.lagging.length})`,
        header: ['Gemeente', 'Jeugdregio', 'Reden'],
        rows: summary.lagging.map((l) => [l.name, l.youthRegion.name, l.reasons.map((r) => REASON_LABELS[r] ?? r).join(', ')]),
      },
      ...(map ? [{ title: 'Fase per gemeente', header: ['Gemeente', 'Jeugdregio', 'Fase'], rows: map.rows }] : []),
    ],
  };
}

function shortLabel(label: string): string {
  return label.split(':')[0]!.replace('Afspraken ', '').replace('Ambtelijke afspraken', 'Ambtelijk');
}
