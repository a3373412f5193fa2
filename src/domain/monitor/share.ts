import { percent } from './summary.ts';

/**
 * A percentage that always carries its numerator and denominator, so that "63%" never stands on its own:
 * the parliamentary answers say "63% van de 403 gemeenten" (seeds/000_6cdda7e4ab47aefe.txt, vraag 1),
 * and a reader must be able to see what the 100% is (issue 21 §2).
 */
export interface Share {
  numerator: number;
  denominator: number;
  /** Whole percent, half up (summary.ts percent). */
  percent: number;
}

export function share(numerator: number, denominator: number): Share {
  return { numerator, denominator, percent: percent(numerator, denominator) };
}

/** "63% (254 van de 403 gemeenten)". */
export function shareText(s: Share, noun = 'gemeenten'): string {
  return `${s.percent}% (${s.numerator} van de ${s.denominator} ${noun})`;
}
