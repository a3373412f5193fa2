import type { DefinitiveQuestionMeaning } from './questionnaire.ts';
import { dutchDate } from './statements.ts';

/**
 * Trends across the change of the questionnaire after the Flierman motion (seeds/000_6cdda7e4ab47aefe.txt,
 * antwoord op vraag 1): until the measurement of 1 October 2014 the transition monitor asked whether
 * municipalities *expected* definitive agreements by 1 October; from early November whether they were
 * *actually realised*. A series of answers to the question on definitive agreements is therefore split
 * into segments, one per meaning; between segments is a break, never a line.
 */
export const MEANING_LABELS: Record<DefinitiveQuestionMeaning, string> = {
  verwachting: 'Verwachting: zal de gemeente op 1 oktober 2014 definitieve afspraken (subsidiebeschikking of contract) hebben?',
  realisatie: 'Realisatie: zijn de definitieve afspraken (subsidiebeschikking of contract) daadwerkelijk gerealiseerd?',
};

export interface VersionedPoint {
  referenceDate: string;
  meaning: DefinitiveQuestionMeaning | null;
}

export interface TrendSegment<T> {
  /** 1, 2, …: the series a point belongs to; points of different series are never one line. */
  series: number;
  meaning: DefinitiveQuestionMeaning | null;
  label: string;
  points: T[];
  /** Set on every segment after the first: why the series breaks here. */
  breakNote: string | null;
}

/** Consecutive rounds (by reference date) that asked the same question form one segment. */
export function trendSegments<T extends VersionedPoint>(points: T[]): TrendSegment<T>[] {
  const sorted = [...points].sort((a, b) => a.referenceDate.localeCompare(b.referenceDate));
  const segments: TrendSegment<T>[] = [];
  for (const p of sorted) {
    const last = segments[segments.length - 1];
    if (last && last.meaning === p.meaning) {
      last.points.push(p);
      continue;
    }
    segments.push({
      series: segments.length + 1,
      meaning: p.meaning,
      label: p.meaning ? MEANING_LABELS[p.meaning] : 'Vraag naar definitieve afspraken niet gesteld',
      points: [p],
      breakNote: last ? breakNote(last.meaning, p.meaning, p.referenceDate) : null,
    });
  }
  return segments;
}

export function breakNote(before: DefinitiveQuestionMeaning | null, after: DefinitiveQuestionMeaning | null, from: string): string {
  const what = (m: DefinitiveQuestionMeaning | null) => (m === 'verwachting' ? 'de verwachting' : m === 'realisatie' ? 'de realisatie' : 'geen vraag');
  return `Breuk in de reeks: vanaf de meting van ${dutchDate(from)} vraagt het Transitievolgsysteem naar ${what(after)} in plaats van naar ${what(before)} (aangepast na de motie Flierman, Kamerbrief 15 oktober 2014). Vergelijk de cijfers voor en na deze meting niet met elkaar.`;
}
