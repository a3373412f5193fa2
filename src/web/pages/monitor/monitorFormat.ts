/** Labels, colours, dates and small rules shared by the monitor pages. */
import { isRole, ROLE_DEFINITIONS, type Permission } from '../../../domain/access/index.ts';
import { REQUIREMENT_ANSWERS, REQUIREMENT_IDS, STAGES } from '../../../domain/monitor/questionnaire.ts';
import type { User } from '../../api/session.ts';
import type { Lang } from '../../i18n/messages.ts';
import type { Round, Stage } from '../../api/monitorTypes.ts';

export { REQUIREMENT_ANSWERS, REQUIREMENT_IDS, STAGES };

/**
 * Colours with at least 3:1 contrast against white (WCAG 1.4.11); segments also get a white border, a
 * legend, a pattern when printed, and every chart has a table with the same figures.
 */
export const STAGE_COLORS: Record<Stage | 'none', string> = {
  none: '#595959',
  geen: '#a4262c',
  in_voorbereiding: '#94520a',
  ambtelijk: '#6b4ea0',
  college: '#1f5a96',
  definitief: '#1d6b3a',
};
export const ANSWER_COLORS = { ja: '#1d6b3a', gedeeltelijk: '#94520a', nee: '#a4262c' } as const;
/** Yes, partly, no: the order of the stacked bars (from good to bad). */
export const ANSWER_ORDER = ['ja', 'gedeeltelijk', 'nee'] as const;

/** "2014-10-01" → "1 oktober 2014" (the date itself, no time zone shift). */
export function formatDate(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '';
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** A moment of the API ("2014-10-03 09:15:00.123+00" or ISO) as Dutch local time: "3 oktober 2014, 11:15". */
export function formatTimestamp(value: string | null | undefined, lang: Lang): string {
  if (!value) return '';
  const iso = value.trim().replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00');
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Amsterdam',
  }).format(date);
}

/** Whole percentage of a part, as the ministry's letters round it: 243 of 403 → 60. */
export function percentage(part: number, whole: number): number {
  return whole > 0 ? Math.round((part / whole) * 100) : 0;
}

/** The round with the latest reference date: the default choice. */
export function latestRound(rounds: Round[]): Round | undefined {
  return rounds.reduce<Round | undefined>((latest, r) => (!latest || r.peildatum > latest.peildatum ? r : latest), undefined);
}

/** Whether one of the user's roles gives the permission (to show the right pages; the API decides). */
export function hasPermission(user: User, permission: Permission): boolean {
  return user.rollen.some((g) => isRole(g.rol) && ROLE_DEFINITIONS[g.rol].permissions.includes(permission));
}

/** The version a change starts from: If-Match with the ETag, or If-None-Match: * when nothing exists yet. */
export function conditionalHeaders(etag: string | null | undefined): Record<string, string> {
  return etag && etag !== '"0"' && etag !== 'W/"0"' ? { 'If-Match': etag } : { 'If-None-Match': '*' };
}

/** Counts of stages plus "no answer", in the order of the questionnaire. */
export function stageCounts(perFase: Record<Stage, number>, total: number): { key: Stage | 'none'; count: number }[] {
  const answered = STAGES.reduce((sum, s) => sum + perFase[s], 0);
  return [...STAGES.map((s) => ({ key: s as Stage | 'none', count: perFase[s] })), { key: 'none' as const, count: Math.max(0, total - answered) }];
}
