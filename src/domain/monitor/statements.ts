import { STAGES, type Stage } from './questionnaire.ts';
import { share, type Share } from './share.ts';

/**
 * What the minister said about the transition, per source (issue 21 §2). The letter of 15 October 2014
 * (seeds/000_6cdda7e4ab47aefe.txt, antwoord op vraag 1) follows the agreements "zowel via het
 * Transitievolgsysteem als de interne monitor van MEE Nederland": two sources that stand side by side,
 * each statement with its source and its date. The 63% and "1 op de 10" are not the minister's figures:
 * they are in the question, from "het bericht" (a report) the members of parliament refer to.
 */
export const STATEMENT_SOURCES = ['tvs', 'mee_monitor', 'bericht', 'staatssecretaris'] as const;
export type StatementSource = (typeof STATEMENT_SOURCES)[number];

export const SOURCE_LABELS: Record<StatementSource, string> = {
  tvs: 'het Transitievolgsysteem (TVS)',
  mee_monitor: 'de monitor van MEE Nederland',
  bericht: 'het bericht waarnaar de Kamervragen van Leijten en Siderius (2014Z13083) verwijzen',
  staatssecretaris: 'de staatssecretaris van VWS',
};

/** What a figure counts. The stages are those of the questionnaire (questionnaire.ts STAGES). */
export const MEASURES = ['geen_afspraken', 'niets_in_voorbereiding', 'ambtelijk_of_verder', 'college_of_verder', 'definitief', 'kwalitatief'] as const;
export type Measure = (typeof MEASURES)[number];
export type CountedMeasure = Exclude<Measure, 'kwalitatief'>;
export const COUNTED_MEASURES = MEASURES.filter((m): m is CountedMeasure => m !== 'kwalitatief');

const MEASURE_PHRASES: Record<CountedMeasure, string> = {
  geen_afspraken: 'geen afspraken met MEE gemaakt',
  niets_in_voorbereiding: 'ook geen afspraken in voorbereiding',
  ambtelijk_of_verder: 'ambtelijke afspraken met de MEE-organisatie',
  college_of_verder: 'afspraken op collegeniveau afgerond',
  definitief: 'een definitief contract of een definitieve subsidiebeschikking',
};

/** Which stages a measure counts: "no agreements" are none and in preparation (vraag 1 of the seed). */
const MEASURE_STAGES: Record<CountedMeasure, Stage[]> = {
  geen_afspraken: ['geen', 'in_voorbereiding'],
  niets_in_voorbereiding: ['geen'],
  ambtelijk_of_verder: ['ambtelijk', 'college', 'definitief'],
  college_of_verder: ['college', 'definitief'],
  definitief: ['definitief'],
};

/** A statement as the seed makes it; stored data (monitor_statements), never recomputed. */
export interface Statement {
  id: string;
  source: StatementSource;
  /** The date the statement is about, when the source names one. */
  referenceDate: string | null;
  /** How the source words the date ("per 1 oktober"), or why there is none. */
  referenceDateText: string;
  /** The date of the document that makes the statement. */
  publishedOn: string;
  roundId: string | null;
  measure: Measure;
  /** Words instead of a figure ("nagenoeg alle"), as the source has them. */
  quantifier: string | null;
  percent: number | null;
  /** Only what the source states: a missing numerator or denominator stays missing. */
  numerator: number | null;
  denominator: number | null;
  quote: string;
  citation: string;
  note: string;
}

const dateFormat = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
export const dutchDate = (iso: string) => dateFormat.format(new Date(`${iso}T00:00:00Z`));

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "63% van de 403 gemeenten (de bron noemt geen aantal)": only what the source states, and what it does not. */
export function statedQuantity(s: Pick<Statement, 'quantifier' | 'percent' | 'numerator' | 'denominator'>): string {
  if (s.percent === null) return `${s.quantifier ?? 'een niet genoemd deel van de'} gemeenten`;
  if (s.denominator === null) return `${s.percent}% van de gemeenten (de bron noemt geen aantallen)`;
  if (s.numerator === null) return `${s.percent}% van de ${s.denominator} gemeenten (de bron noemt geen aantal)`;
  return `${s.percent}% van de ${s.denominator} gemeenten (${s.numerator} gemeenten)`;
}

/** The statement in one Dutch sentence, attributed to its source and date. */
export function statementSentence(s: Statement): string {
  const when = s.referenceDate ? `per ${dutchDate(s.referenceDate)}` : s.referenceDateText;
  const attribution = `${capitalise(`volgens ${SOURCE_LABELS[s.source]}`)} (${when}; ${dutchDate(s.publishedOn)} aan de Kamer gemeld)`;
  if (s.measure === 'kwalitatief') return `${attribution}: "${s.quote}"`;
  return `${attribution}: ${MEASURE_PHRASES[s.measure]} in ${statedQuantity(s)}.`;
}

/** Each measure as a share of all municipalities of the division, from the counts per stage. */
export function measuresFromStages(byStage: Record<Stage, number>, municipalities: number): Record<CountedMeasure, Share> {
  return Object.fromEntries(
    COUNTED_MEASURES.map((m) => [m, share(MEASURE_STAGES[m].reduce((sum, stage) => sum + byStage[stage], 0), municipalities)]),
  ) as Record<CountedMeasure, Share>;
}

export function stageCounts(stages: (Stage | null)[]): Record<Stage, number> {
  const counts = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
  for (const s of stages) if (s) counts[s]++;
  return counts;
}

/** One source's figures of one round as measured in Naast, with the unknown part as its own category. */
export interface SourceFigures {
  source: Extract<StatementSource, 'tvs' | 'mee_monitor'>;
  /** What the figures are based on, in words. */
  basis: string;
  referenceDate: string;
  measures: Record<CountedMeasure, Share>;
  /** Municipalities this source says nothing about (no answer, not in the MEE file): never "no agreements". */
  unknown: Share;
}

/** "Volgens de monitor van MEE Nederland (ingelezen in Naast), per 1 oktober 2014: …" with every share's numerator and denominator. */
export function figuresSentences(f: SourceFigures): string[] {
  const attribution = `${capitalise(`volgens ${SOURCE_LABELS[f.source]}`)} (${f.basis}), per ${dutchDate(f.referenceDate)}`;
  const q = (s: Share) => `${s.percent}% van de ${s.denominator} gemeenten (${s.numerator} ${s.numerator === 1 ? 'gemeente' : 'gemeenten'})`;
  return [
    ...COUNTED_MEASURES.map((m) => `${attribution}: ${MEASURE_PHRASES[m]} in ${q(f.measures[m])}.`),
    `${attribution}: onbekend (${f.source === 'tvs' ? 'geen antwoord' : 'niet in de MEE-monitor'}) bij ${q(f.unknown)}; dat telt niet als "geen afspraken".`,
  ];
}

/**
 * Whether a figure measured in Naast says what a statement of the seeds says: the same whole percentage
 * (and the same denominator when the source states one); "nagenoeg alle" is at least 95%; "1 op de 10"
 * is one in ten after rounding. Used to check the demo data against the seeds, and to show agreement.
 */
export function statementMatches(statement: Pick<Statement, 'quantifier' | 'percent' | 'denominator' | 'numerator'>, figure: Share): boolean {
  if (statement.denominator !== null && statement.denominator !== figure.denominator) return false;
  if (statement.numerator !== null && statement.numerator !== figure.numerator) return false;
  if (statement.percent !== null) return statement.percent === figure.percent;
  if (statement.quantifier === 'nagenoeg alle') return figure.percent >= 95;
  const perTen = /^(\d+) op de 10$/.exec(statement.quantifier ?? '');
  if (perTen) return Math.round((figure.numerator * 10) / figure.denominator) === Number(perTen[1]);
  return false;
}
