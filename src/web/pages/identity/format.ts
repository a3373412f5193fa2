import type { Lang } from '../../i18n/messages.ts';

/** The API writes times as ISO 8601, or as PostgreSQL text ("2026-11-26 13:04:30.414+00"). */
export function parseApiTime(value: string): Date {
  const iso = value.includes('T') ? value : value.replace(' ', 'T');
  return new Date(iso.replace(/([+-]\d\d)$/, '$1:00'));
}

/** "26 nov 2026, 14:04" in Dutch time, in the language of the interface. */
export function formatDateTime(value: string, lang: Lang): string {
  const date = parseApiTime(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }).format(date);
}

/** Is a lock (vergrendeldTot) still in force? */
export function isLocked(until: string | null, now = new Date()): boolean {
  return until !== null && parseApiTime(until).getTime() > now.getTime();
}

/** "23.000" in Dutch, "23,000" in English: a count in the language of the interface. */
export function formatCount(value: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB').format(value);
}
