import { slug } from './slug.ts';

/**
 * Finding a municipality from what a person or a spreadsheet wrote: its name as in Bijlage 5, its
 * official name ('s-Gravenhage), a common variant (Den Haag, s-Gravenhage), or its CBS code in either
 * form (0518, 518 when a spreadsheet dropped the zeros, GM0518). One rule for every import (issue 18,
 * issue 21 §3); the variants themselves are data (data/reference/municipality-name-variants.csv).
 */
export interface NamedMunicipality {
  code: string;
  name: string;
  cbsCode: string | null;
}

/** Another spelling of the municipality with this CBS code (official, as in a source, or common). */
export interface NameVariant {
  cbsCode: string;
  name: string;
}

/** "GM0363", "gm 0363", "0363" and "363" → "GM0363"; anything else → null. */
export function normaliseCbsCode(text: string): string | null {
  const match = /^\s*(?:gm\s*)?(\d{1,4})\s*$/i.exec(text);
  return match ? `GM${match[1]!.padStart(4, '0')}` : null;
}

/** Comparison key of a name: case, accents, apostrophes, punctuation and a leading "gemeente" do not count. */
export function municipalityNameKey(text: string): string {
  return slug(text.replace(/^\s*gemeente\s+/i, ''));
}

/**
 * A resolver over one list of municipalities (one division): text → municipality code, or undefined
 * when nothing or more than one municipality fits (e.g. "Bergen", which is Bergen (L.) or Bergen (NH.)).
 */
export function municipalityResolver(municipalities: readonly NamedMunicipality[], variants: readonly NameVariant[] = []): (text: string) => string | undefined {
  const byKey = new Map<string, string | null>();
  const add = (key: string, code: string) => {
    if (!key) return;
    const known = byKey.get(key);
    byKey.set(key, known === undefined || known === code ? code : null);
  };
  const byCbs = new Map<string, string>();
  for (const m of municipalities) {
    add(m.code, m.code);
    add(municipalityNameKey(m.name), m.code);
    if (m.cbsCode) byCbs.set(m.cbsCode, m.code);
  }
  for (const v of variants) {
    const code = byCbs.get(v.cbsCode);
    if (code) add(municipalityNameKey(v.name), code);
  }
  return (text) => {
    const cbs = normaliseCbsCode(text);
    if (cbs) return byCbs.get(cbs);
    return byKey.get(municipalityNameKey(text)) ?? undefined;
  };
}
