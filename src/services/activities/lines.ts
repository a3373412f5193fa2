import type { Activity } from '../../domain/activities/index.ts';

/**
 * The two lines written per imported row, as UTF-8 bytes straight into a buffer, because they run a
 * million times per file (issue 23 goal 2). Built as strings (JSON.stringify of an array per row, a
 * template per COPY line) they cost most of the import's own CPU time: a tree of short strings per
 * row, flattened and encoded again for the hash and the socket, and the garbage collection of all
 * that. Here each character of the common text (below U+0800 and not to be escaped) is written as
 * its UTF-8 bytes; any other text goes through the general encoding (JSON.stringify, the COPY escapes,
 * Node's UTF-8 encoder), so the bytes are always exactly those of the string versions
 * (test/services/activity-lines.test.ts compares them).
 */
export class LineBuffer {
  private bytes: Buffer<ArrayBuffer>;
  private end = 0;

  constructor(capacity = 64 * 1024) {
    this.bytes = Buffer.allocUnsafe(capacity);
  }

  /** Bytes written so far. */
  get length(): number {
    return this.end;
  }

  /** The bytes so far, valid until the next write: for a consumer that reads them at once (a hash, a Blob). */
  view(): Buffer<ArrayBuffer> {
    return this.bytes.subarray(0, this.end);
  }

  clear(): void {
    this.end = 0;
  }

  /** The bytes so far, handed over: for a stream that keeps them (this starts a new buffer). */
  take(): Buffer {
    const out = this.bytes.subarray(0, this.end);
    this.bytes = Buffer.allocUnsafe(this.bytes.length);
    this.end = 0;
    return out;
  }

  /**
   * The row's line in the duplicate check: exactly the UTF-8 of `JSON.stringify([date,
   * municipalityCode, providerCode, service, minutes, targetGroup, ageCategory, lifeDomain, district])
   * + '\n'`. The sha256 over these lines is stored per import (provider_activity_imports.sha256), so
   * it must never change: a file imported before must still be recognised.
   */
  addHashLine(a: Activity): void {
    const b = this.room(a);
    let at = this.end;
    b[at++] = 0x5b; // [
    at = jsonText(b, at, a.date);
    b[at++] = 0x2c; // ,
    at = jsonText(b, at, a.municipalityCode);
    b[at++] = 0x2c;
    at = jsonText(b, at, a.providerCode);
    b[at++] = 0x2c;
    at = jsonText(b, at, a.service);
    b[at++] = 0x2c;
    at = Number.isFinite(a.minutes) ? number(b, at, a.minutes) : ascii(b, at, 'null');
    b[at++] = 0x2c;
    at = jsonText(b, at, a.targetGroup);
    b[at++] = 0x2c;
    at = jsonText(b, at, a.ageCategory);
    b[at++] = 0x2c;
    at = jsonText(b, at, a.lifeDomain);
    b[at++] = 0x2c;
    at = jsonText(b, at, a.district);
    b[at++] = 0x5d; // ]
    b[at++] = 0x0a;
    this.end = at;
  }

  /**
   * The row in PostgreSQL's COPY text format, in the column order of the sinks' COPY statement:
   * tab-separated, \N for null, backslash, tab, line feed and carriage return escaped (municipality
   * and date as they are: a register code and an ISO date).
   */
  addCopyLine(a: Activity): void {
    const b = this.room(a);
    let at = this.end;
    at = copyText(b, at, a.providerCode);
    b[at++] = 0x09;
    at = rawText(b, at, a.municipalityCode);
    b[at++] = 0x09;
    at = rawText(b, at, a.date);
    b[at++] = 0x09;
    at = copyText(b, at, a.service);
    b[at++] = 0x09;
    at = number(b, at, a.minutes);
    b[at++] = 0x09;
    at = copyText(b, at, a.targetGroup);
    b[at++] = 0x09;
    at = copyText(b, at, a.ageCategory);
    b[at++] = 0x09;
    at = copyText(b, at, a.lifeDomain);
    b[at++] = 0x09;
    at = copyText(b, at, a.district);
    b[at++] = 0x0a;
    this.end = at;
  }

  /**
   * Makes room for one line of `a`: a character takes at most 6 bytes in either line (a JSON escape
   * \u001f; UTF-8 needs at most 3 per UTF-16 unit), plus separators and the number.
   */
  private room(a: Activity): Buffer {
    const chars = a.date.length + a.municipalityCode.length + a.providerCode.length + a.service.length + (a.targetGroup?.length ?? 0) + (a.ageCategory?.length ?? 0) + (a.lifeDomain?.length ?? 0) + (a.district?.length ?? 0);
    const need = this.end + 6 * chars + 128;
    if (need > this.bytes.length) {
      const bigger = Buffer.allocUnsafe(Math.max(need, 2 * this.bytes.length));
      this.bytes.copy(bigger, 0, 0, this.end);
      this.bytes = bigger;
    }
    return this.bytes;
  }
}

const RAW = 0;
const JSON_TEXT = 1;
const COPY_TEXT = 2;

/**
 * Writes `text` as UTF-8 from `at` while no character needs the general path: below U+0800 (one or
 * two bytes; surrogates and the rest are left to Node's encoder) and, for JSON, not `"`, `\` or a
 * control character; for COPY, not `\`, tab, line feed or carriage return. Returns the end, or -1.
 */
function plain(b: Buffer, at: number, text: string, kind: number): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (kind === JSON_TEXT ? c < 0x20 || c === 0x22 || c === 0x5c : kind === COPY_TEXT && (c === 0x5c || c === 0x09 || c === 0x0a || c === 0x0d)) return -1;
      b[at++] = c;
    } else if (c < 0x800) {
      b[at++] = 0xc0 | (c >> 6);
      b[at++] = 0x80 | (c & 0x3f);
    } else return -1;
  }
  return at;
}

/** A string or null as JSON.stringify writes it. */
function jsonText(b: Buffer, at: number, text: string | null): number {
  if (text === null) return ascii(b, at, 'null');
  b[at] = 0x22;
  const end = plain(b, at + 1, text, JSON_TEXT);
  if (end === -1) return at + b.write(JSON.stringify(text), at, 'utf8');
  b[end] = 0x22;
  return end + 1;
}

/** A COPY field: \N for null, the escapes where needed. */
function copyText(b: Buffer, at: number, text: string | null): number {
  if (text === null) return ascii(b, at, '\\N');
  const end = plain(b, at, text, COPY_TEXT);
  if (end !== -1) return end;
  return at + b.write(text.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r'), at, 'utf8');
}

function rawText(b: Buffer, at: number, text: string): number {
  const end = plain(b, at, text, RAW);
  return end !== -1 ? end : at + b.write(text, at, 'utf8');
}

/** A number as String(n) writes it (digits by hand for the usual whole number). */
function number(b: Buffer, at: number, n: number): number {
  if (!(Number.isInteger(n) && n >= 0 && n < 1e15)) return ascii(b, at, String(n));
  let digits = 1;
  for (let rest = n; rest >= 10; rest = Math.floor(rest / 10)) digits++;
  let rest = n;
  for (let i = at + digits - 1; i >= at; i--) {
    b[i] = 0x30 + (rest % 10);
    rest = Math.floor(rest / 10);
  }
  return at + digits;
}

/** Text known to be ASCII (a literal, a number's String). */
function ascii(b: Buffer, at: number, text: string): number {
  for (let i = 0; i < text.length; i++) b[at++] = text.charCodeAt(i);
  return at;
}
