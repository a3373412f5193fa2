/**
 * What the summary at the top of the case page shows, worked out from the case and its plan (pure, no
 * I/O, tested in caseOverview.test.ts): the client's question per question, the next step the process
 * (Figuur 1) suggests, the deadlines that run, and the contact timeline newest first.
 */
import { STEPS, type Case, type Note, type Step } from '../../api/caseTypes.ts';
import type { Plan } from './planTypes.ts';

/** The next step of the case, in the order a supporter works. `question` is the 1-based number. */
export type NextStep =
  /** The client asked for another supporter: nothing moves until someone else is assigned (Bijlage 2). */
  | { kind: 'blocked' }
  /** Nobody stands beside the client yet. */
  | { kind: 'assign' }
  /** Leaving "vragen verhelderen" needs the Bijlage 3 row and column (process.ts requiresClassification). */
  | { kind: 'classify'; question: number }
  | { kind: 'step'; question: number; questionId: string; from: Step; to: Step }
  /** No step forward left (evaluation): closing is what remains. */
  | { kind: 'close'; question: number; from: Step }
  | { kind: 'done' };

const order = (step: Step) => STEPS.indexOf(step);

export function nextStep(c: Pick<Case, 'geblokkeerd' | 'ondersteuner' | 'vragen'>): NextStep {
  if (c.geblokkeerd) return { kind: 'blocked' };
  const index = c.vragen.findIndex((q) => q.stap !== 'afgesloten');
  if (index < 0) return { kind: 'done' };
  if (!c.ondersteuner) return { kind: 'assign' };
  const q = c.vragen[index]!;
  const question = index + 1;
  if (q.stap === 'vragen_verhelderen' && (q.vraagtype === null || q.regie === null)) return { kind: 'classify', question };
  // Forward in Figuur 1 is the nearest later step; going back (from evaluation) is a choice, not "next".
  const forward = q.mogelijkeStappen.filter((s) => s !== 'afgesloten' && order(s) > order(q.stap)).sort((a, b) => order(a) - order(b));
  if (forward[0]) return { kind: 'step', question, questionId: q.id, from: q.stap, to: forward[0] };
  return { kind: 'close', question, from: q.stap };
}

/** The client's question in his own words: the contact moment the intake made for it (intake.ts). */
export function questionText(c: Pick<Case, 'notities'>, questionId: string): string | null {
  const first = c.notities
    .filter((n) => n.vraagId === questionId && n.soort === 'contactmoment')
    .sort((a, b) => a.datum.localeCompare(b.datum) || a.tijdstip.localeCompare(b.tijdstip))[0];
  return first?.tekst ?? null;
}

export type Deadline =
  | { kind: 'objection'; date: string; soort: Case['bezwaren'][number]['soort']; subject: string; daysLeft: number | null; expired: boolean }
  | { kind: 'agreement'; date: string; subject: string }
  | { kind: 'evaluation'; date: string; question: number };

/**
 * The deadlines that run: objection and appeal periods not yet used (Awb 6:7, computed by the API), the
 * dates of the plan's agreements from today on, and questions in evaluation (since when). Soonest first.
 */
export function runningDeadlines(c: Pick<Case, 'bezwaren' | 'vragen'>, plan: Pick<Plan, 'afspraken'> | undefined, today: string): Deadline[] {
  const objections: Deadline[] = c.bezwaren
    .filter((o) => o.termijn && !o.ingediendDatum)
    .map((o) => ({ kind: 'objection', date: o.termijn!.eindDatum, soort: o.soort, subject: o.onderwerp, daysLeft: o.dagenOver, expired: o.verlopen }));
  const agreements: Deadline[] = (plan?.afspraken ?? [])
    .filter((a) => a.datum !== null && a.datum >= today)
    .map((a) => ({ kind: 'agreement', date: a.datum!, subject: a.omschrijving }));
  const evaluations: Deadline[] = c.vragen.flatMap((q, i) => {
    const since = q.stap === 'evaluatie' ? q.geschiedenis.filter((h) => h.naar === 'evaluatie').at(-1)?.datum : undefined;
    return since ? [{ kind: 'evaluation' as const, date: since, question: i + 1 }] : [];
  });
  return [...objections, ...agreements, ...evaluations].sort((a, b) => a.date.localeCompare(b.date));
}

/** Notes and contact moments, newest first (the day it happened, then when it was recorded). */
export function timeline(notes: readonly Note[]): Note[] {
  return [...notes].sort((a, b) => b.datum.localeCompare(a.datum) || b.tijdstip.localeCompare(a.tijdstip) || b.id.localeCompare(a.id));
}

/** Today in the Netherlands as yyyy-mm-dd (the dates of the API are Dutch calendar days). */
export const todayIso = (): string => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });
