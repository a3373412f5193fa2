import type { Database } from '../../db/client.ts';
import { STAGES, STAGE_LABELS, type Stage } from '../../domain/monitor/questionnaire.ts';
import { choroplethSvg, type MapClass } from '../reports/charts.ts';
import { boundaryFeatures, divisionMap } from '../register/maps.ts';
import { currentResponses } from './responses.ts';
import type { Round } from './rounds.ts';

/**
 * Ordered classes of the agreement stage, viridis (perceptually uniform, readable with every common
 * colour vision deficiency and in greyscale: light = no agreements, dark = definitive). Not answered is
 * its own neutral class, never counted as "no agreements" (issue 21 §2).
 */
export const STAGE_COLOURS: Record<Stage, string> = {
  geen: '#fde725',
  in_voorbereiding: '#5ec962',
  ambtelijk: '#21918c',
  college: '#3b528b',
  definitief: '#440154',
};
export const NO_ANSWER_COLOUR = '#d0d0d0';
export const NO_ANSWER_LABEL = 'Niet geantwoord (onbekend)';

export interface StageMap {
  title: string;
  svg: string;
  alt: string;
  rows: (string | number)[][];
}

/**
 * The map of the agreement stage per municipality for a round, on the boundaries of the round's
 * division; null when Naast has no boundaries of that year. Counted like the summary: submitted answers only.
 */
export async function stageMap(db: Database, round: Round): Promise<StageMap | null> {
  if (!boundaryFeatures(round.divisionYear)) return null;
  const map = await divisionMap(db, round.divisionYear);
  const stages = new Map((await currentResponses(db, round.id, true)).map((r) => [r.municipalityCode, r.answers.stage ?? null]));
  const classes: MapClass[] = [
    ...STAGES.map((s, i) => ({ value: i, label: STAGE_LABELS[s].split(':')[0]!, color: STAGE_COLOURS[s] })),
    { value: STAGES.length, label: NO_ANSWER_LABEL, color: NO_ANSWER_COLOUR },
  ];
  const values = new Map<string, number>();
  const rows: (string | number)[][] = [];
  const counts = new Array<number>(classes.length).fill(0);
  for (const f of map.features) {
    if (!f.properties.gemeente) continue;
    const stage = stages.get(f.properties.gemeente) ?? null;
    const value = stage ? STAGES.indexOf(stage) : STAGES.length;
    values.set(f.properties.code, value);
    counts[value]!++;
    rows.push([f.properties.naam, f.properties.jeugdregioNaam ?? '', classes[value]!.label]);
  }
  rows.sort((a, b) => String(a[0]).localeCompare(String(b[0]), 'nl'));
  const title = `Fase van de afspraken per gemeente (indeling ${round.divisionYear})`;
  const svg = choroplethSvg({ title, mapName: `gemeenten-${round.divisionYear}`, geoJson: map, values, classes });
  const alt =
    `Kaart van Nederland met per gemeente (indeling ${round.divisionYear}) de fase van de afspraken op ${round.referenceDate}: ` +
    classes.map((c, i) => `${counts[i]} ${c.label.toLowerCase()}`).join(', ') +
    '. De fase per gemeente staat in de tabel "Fase per gemeente".';
  return { title, svg, alt, rows };
}
