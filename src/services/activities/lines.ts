import type { Activity } from '../../domain/activities/index.ts';

/**
 * The two texts written per imported row, built by hand because they run a million times per file
 * (issue 23 goal 2: JSON.stringify of an array per row, and a regexp per field, were a large part of
 * the import's own CPU time). Each falls back to the general encoding for any text that needs escaping,
 * so the result is byte for byte what that encoding gives (test/services/activity-lines.test.ts).
 */

/**
 * The row's line in the duplicate check: exactly `JSON.stringify([date, municipalityCode, providerCode,
 * service, minutes, targetGroup, ageCategory, lifeDomain, district]) + '\n'`. The sha256 over these
 * lines is stored per import (provider_activity_imports.sha256), so it must never change: a file
 * imported before must still be recognised.
 */
export function hashLine(a: Activity): string {
  return `[${json(a.date)},${json(a.municipalityCode)},${json(a.providerCode)},${json(a.service)},${jsonNumber(a.minutes)},${json(a.targetGroup)},${json(a.ageCategory)},${json(a.lifeDomain)},${json(a.district)}]\n`;
}

/** A string or null as JSON.stringify writes it: quoted as is unless a character must be escaped. */
function json(value: string | null): string {
  if (value === null) return 'null';
  return isPlainJson(value) ? `"${value}"` : JSON.stringify(value);
}

/** A finite number is written by JSON.stringify as String(n); anything else the general way. */
const jsonNumber = (n: number): string => (Number.isFinite(n) ? String(n) : JSON.stringify(n));

/**
 * No character that JSON.stringify escapes: `"`, `\`, a control character below U+0020, or a UTF-16
 * surrogate (a lone one is escaped as \udXXX; a pair is not, but is left to JSON.stringify as well).
 */
function isPlainJson(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c === 0x22 || c === 0x5c || (c >= 0xd800 && c <= 0xdfff)) return false;
  }
  return true;
}

/**
 * The row in PostgreSQL's COPY text format, in the column order of the sinks' COPY statement:
 * tab-separated, \N for null, backslash, tab, line feed and carriage return escaped.
 */
export function copyLine(a: Activity): string {
  return `${copyField(a.providerCode)}\t${a.municipalityCode}\t${a.date}\t${copyField(a.service)}\t${a.minutes}\t${copyField(a.targetGroup)}\t${copyField(a.ageCategory)}\t${copyField(a.lifeDomain)}\t${copyField(a.district)}\n`;
}

function copyField(value: string | null): string {
  if (value === null) return '\\N';
  return isPlainCopy(value) ? value : value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

function isPlainCopy(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5c || c === 9 || c === 10 || c === 13) return false;
  }
  return true;
}
