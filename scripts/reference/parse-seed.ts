/**
 * Pure parsing helpers for the seed "Handreiking cliëntondersteuning" (2014), plain text extracted
 * from a PDF. Used by scripts/extract-reference-2014.ts; kept free of I/O so they can be tested.
 */

/** A table row with euro amounts: the text before the amounts and the two whole-euro figures. */
export interface AmountRow {
  text: string;
  budgetMee: number;
  budgetIvh: number;
}

/** "… € 190.148 € 3.064" at the end of a line (Dutch thousands separator, whole euros). */
const AMOUNTS_AT_END = /^(.*?)\s*€\s*([\d.]+)\s+€\s*([\d.]+)\s*$/;

export function parseEuro(text: string): number {
  if (!/^\d{1,3}(\.\d{3})*$/.test(text)) throw new Error(`Geen bedrag in hele euro's: "${text}"`);
  return Number(text.replaceAll('.', ''));
}

/**
 * The PDF extraction breaks a hyphenated word after the hyphen ("MEE West- Brabant",
 * "Bodegraven- Reeuwijk"). A hyphen followed by a space and a capital is such an artefact; a
 * hyphen followed by a lower-case word is real Dutch ("Gooi- en Vechtstreek") and is kept.
 */
export function fixHyphenArtefacts(text: string): string {
  return text.replace(/(\p{L})- (\p{Lu})/gu, '$1-$2').replace(/\s+/g, ' ').trim();
}

/** Stable kebab-case code: no diacritics, lower case, everything else becomes a single dash. */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function amountRow(line: string): AmountRow | null {
  const m = AMOUNTS_AT_END.exec(line.trim());
  if (!m) return null;
  return { text: m[1]!.trim(), budgetMee: parseEuro(m[2]!), budgetIvh: parseEuro(m[3]!) };
}

export interface ParsedTable {
  rows: AmountRow[];
  total: AmountRow;
}

/** Tabel 3: from the header line "MEE organisaties Cliëntondersteuning" up to its caption. */
export function parseTabel3(lines: string[]): ParsedTable {
  const caption = lines.findIndex((l) => l.startsWith('Tabel 3: Budgetten per MEE-organisatie'));
  if (caption < 0) throw new Error('Tabel 3 niet gevonden (bijschrift "Tabel 3: Budgetten per MEE-organisatie")');
  const header = lines.slice(0, caption).findLastIndex((l) => /MEE organisaties Cliëntondersteuning/.test(l));
  if (header < 0) throw new Error('Kop van Tabel 3 niet gevonden');
  const rows: AmountRow[] = [];
  let total: AmountRow | undefined;
  for (const line of lines.slice(header + 1, caption)) {
    const row = amountRow(line);
    if (!row) continue; // column headings ("budget 2014", "Integrale Vroeghulp") and blank lines
    if (row.text === 'TOTAAL') total = row;
    else if (row.text.startsWith('MEE ')) rows.push(row);
    else throw new Error(`Onverwachte regel in Tabel 3: "${line}"`);
  }
  if (!total) throw new Error('TOTAAL-regel van Tabel 3 niet gevonden');
  return { rows, total };
}

const BIJLAGE5_HEADER = /^\s*GEMEENTE JEUGDREGIO MEE ORGANISATIE BUDGET MEE BUDGET IVH\s*$/;

/**
 * Bijlage 5: the data lines between the first column header and the TOTAAL line. The header
 * repeats on every page and is skipped. A row that the PDF wrapped over several lines is joined
 * until the two amounts close it; text left over at the end is an error, never silently dropped.
 */
export function parseBijlage5(lines: string[]): ParsedTable {
  const start = lines.findIndex((l) => BIJLAGE5_HEADER.test(l));
  if (start < 0) throw new Error('Kolomkop van Bijlage 5 niet gevonden');
  const rows: AmountRow[] = [];
  let pending = '';
  for (const line of lines.slice(start + 1)) {
    if (line.trim() === '' || BIJLAGE5_HEADER.test(line)) continue;
    const joined = `${pending} ${line}`.trim();
    const row = amountRow(joined);
    if (!row) {
      pending = joined;
      continue;
    }
    pending = '';
    if (row.text === 'TOTAAL') return { rows, total: row };
    rows.push(row);
  }
  throw new Error(`TOTAAL-regel van Bijlage 5 niet gevonden (restant: "${pending}")`);
}

/** Split "GEMEENTE JEUGDREGIO MEE-ORGANISATIE" at the start of the MEE organisation name. */
export function splitMee(text: string): { place: string; mee: string } {
  const at = text.indexOf(' MEE ');
  if (at < 0) throw new Error(`Geen MEE-organisatie in regel: "${text}"`);
  return { place: text.slice(0, at).trim(), mee: text.slice(at + 1).trim() };
}

/** All proper word suffixes of a text, longest first ("a b c" → ["b c", "c"]). */
export function properSuffixes(text: string): string[] {
  const words = text.split(' ');
  return words.slice(1).map((_, i) => words.slice(i + 1).join(' '));
}

/**
 * Derive the youth-region names from the glued "GEMEENTE JEUGDREGIO" texts.
 *
 * Every municipality occurs once but a region recurs, so a region is the longest suffix a text
 * shares with another text. Two municipalities of one region can end in the same word
 * ("Beek (L.)", "Stein (L.)" → "(L.) Zuid-Limburg"); such a candidate contains a shorter
 * candidate as its own suffix and is dropped. A text that shares no suffix at all belongs to a
 * region of one municipality; such a region is named after it ("Utrecht" → "Utrecht Stad"), so
 * the split must put the municipality name at the start of the region, and must be the only such
 * split. The caller still verifies the count (41) and that every text splits uniquely.
 */
export function deriveYouthRegions(texts: string[]): string[] {
  const count = new Map<string, number>();
  for (const text of texts) {
    for (const s of new Set(properSuffixes(text))) count.set(s, (count.get(s) ?? 0) + 1);
  }
  const shared = new Set<string>();
  const alone: string[] = [];
  for (const text of texts) {
    const longest = properSuffixes(text).find((s) => (count.get(s) ?? 0) >= 2);
    if (longest) shared.add(longest);
    else alone.push(text);
  }
  const regions = new Set([...shared].filter((c) => !properSuffixes(c).some((s) => shared.has(s))));
  for (const text of alone) {
    const named = properSuffixes(text).filter((region) => {
      const municipality = text.slice(0, text.length - region.length).trim();
      return region === municipality || region.startsWith(`${municipality} `);
    });
    if (named.length !== 1) {
      throw new Error(`Jeugdregio niet eenduidig af te leiden uit "${text}" (${named.length} kandidaten)`);
    }
    regions.add(named[0]!);
  }
  return [...regions].sort((a, b) => a.localeCompare(b, 'nl'));
}

/** Split on the longest youth-region suffix; also says how many region suffixes matched. */
export function splitOnRegion(
  text: string,
  regions: ReadonlySet<string>,
): { municipality: string; region: string; matches: number } {
  const found = properSuffixes(text).filter((s) => regions.has(s));
  const region = found[0];
  if (!region) throw new Error(`Geen jeugdregio aan het eind van "${text}"`);
  return { municipality: text.slice(0, text.length - region.length).trim(), region, matches: found.length };
}

function words(name: string): string[] {
  return fixHyphenArtefacts(name).toLowerCase().replace(/-/g, ' ').split(/\s+/);
}

/**
 * Map a Bijlage 5 spelling of an MEE organisation to its Tabel 3 name: the same words, or else
 * the only Tabel 3 name containing all its words ("MEE Noord Midden Limburg" ⊂ "MEE Noord en
 * Midden Limburg", "MEE Noordoost-Brabant" ⊂ "MEE Noordoost Noord-Brabant").
 */
export function matchMeeName(name: string, tabel3Names: readonly string[]): string {
  const key = words(name).join(' ');
  const same = tabel3Names.filter((t) => words(t).join(' ') === key);
  if (same.length === 1) return same[0]!;
  const wanted = words(name);
  const containing = tabel3Names.filter((t) => wanted.every((w) => words(t).includes(w)));
  if (same.length === 0 && containing.length === 1) return containing[0]!;
  throw new Error(`MEE-organisatie "${name}" past niet op precies één naam uit Tabel 3`);
}

/** Comparison key for municipality names: case and punctuation ("-", ".", ",") do not count. */
function nameKey(name: string): string {
  return name.toLowerCase().replace(/[-.,]/g, ' ').replace(/\s+/g, ' ').trim();
}

export type CbsMatchRule = 'exact' | 'interpunctie' | 'provincie-aanduiding' | 'a/d' | 'naamvariant';

/**
 * Find the CBS name for a Bijlage 5 name. Rules, in order, each only if exactly one CBS name fits:
 * identical; equal up to case and punctuation; without a province qualifier "(L.)", "(NH.)",
 * "(ZH.)", "(O.)", "(Z.)" that the CBS file omits; with "a/d" read as "aan de" or "aan den"; last, a
 * documented name variant (data/reference/municipality-name-variants.csv: "Den Haag" is 's-Gravenhage),
 * given as variant → CBS name.
 */
export function matchCbsName(
  name: string,
  cbsNames: readonly string[],
  variants: ReadonlyMap<string, string> = new Map(),
): { naam: string; rule: CbsMatchRule } | null {
  if (cbsNames.includes(name)) return { naam: name, rule: 'exact' };
  const tries: [CbsMatchRule, string[]][] = [
    ['interpunctie', [name]],
    ['provincie-aanduiding', [name.replace(/\s*\([A-Z][A-Za-z]{0,2}\.\)$/, '')]],
    ['a/d', [name.replace(/ a\/d /, ' aan de '), name.replace(/ a\/d /, ' aan den ')]],
  ];
  for (const [rule, variants] of tries) {
    if (variants.every((v) => v === name) && rule !== 'interpunctie') continue;
    const keys = new Set(variants.map(nameKey));
    const hits = cbsNames.filter((c) => keys.has(nameKey(c)));
    if (hits.length === 1) return { naam: hits[0]!, rule };
  }
  const documented = variants.get(name);
  if (documented && cbsNames.includes(documented)) return { naam: documented, rule: 'naamvariant' };
  return null;
}
