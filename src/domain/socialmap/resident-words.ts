/**
 * From a resident's question to what the social map calls it (ADR 0012). Pure: the thesaurus text is
 * read by the service layer (data/socialmap/resident-thesaurus.csv) and the typo corrections come from
 * the database (pg_trgm); this module decides which words are searched for, how heavily, and why.
 */
import { queryTerms, words } from './search.ts';

export interface ThesaurusEntry {
  /** The resident's words, normalised (see `words`). */
  phrase: string[];
  /** The social-map word it means, shown to the resident. */
  category: string;
  /** Words searched for: the category's words and the `also` column. */
  expands: string[];
  targetGroups: string[];
  source: string;
  /** How much the phrase says about the need: 1, or less for words that only say who it is about ("zoon"). */
  weight: number;
}

/** Parses the `;`-separated thesaurus (lines starting with # are comments; the first other line is the header). */
export function parseThesaurus(text: string): ThesaurusEntry[] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() && !l.startsWith('#'));
  const [header, ...rows] = lines;
  const columns = (header ?? '').split(';').map((c) => c.trim());
  const at = (name: string) => {
    const i = columns.indexOf(name);
    if (i < 0) throw new Error(`resident thesaurus: column ${name} missing`);
    return i;
  };
  const [phrase, category, also, groups, source] = ['phrase', 'category', 'also', 'target_groups', 'source'].map(at) as [number, number, number, number, number];
  const weight = columns.indexOf('weight');
  return rows.map((row, n) => {
    const cells = row.split(';').map((c) => c.trim());
    const entry: ThesaurusEntry = {
      phrase: words(cells[phrase] ?? ''),
      category: cells[category] ?? '',
      expands: [...new Set([...words(cells[category] ?? ''), ...words(cells[also] ?? '')])],
      targetGroups: (cells[groups] ?? '').split('|').map((g) => g.trim()).filter(Boolean),
      source: cells[source] ?? '',
      weight: weight >= 0 && cells[weight] ? Number(cells[weight]) : 1,
    };
    if (entry.phrase.length === 0 || !entry.category) throw new Error(`resident thesaurus: row ${n + 2} has no phrase or category`);
    if (!(entry.weight > 0 && entry.weight <= 1)) throw new Error(`resident thesaurus: row ${n + 2} has a weight outside (0, 1]`);
    return entry;
  });
}

/**
 * Common first and last parts of Dutch compounds in help questions, to split a compound the resident
 * typed ("schuldhulpverlening" → "schuld" + "hulpverlening"). The index side needs no list: its tails are
 * matched by suffix (migration 0019, `search_tails`).
 */
const COMPOUND_PARTS = (
  'schuld geld huis woning thuis zorg hulp mantel ouder ouderen kind kinder jeugd jongeren gezin opvoed school werk taal ' +
  'rouw geweld dag buurt wijk trap rol scoot maaltijd huishoud vervoer parkeer voedsel kleding energie huur belasting toeslag ' +
  'budget dementie hersen slaap opvang nacht straat sport zwem brief post formulier klus vrijwilliger lotgenoten ontmoeting ' +
  'aanpassing verlening begeleiding ondersteuning spreekuur'
).split(' ');

/** A compound's parts when it starts with a known part and what follows is a word of 4+ letters. */
export function splitCompound(word: string): string[] {
  if (word.length < 8) return [];
  for (const part of [...COMPOUND_PARTS].sort((a, b) => b.length - a.length)) {
    if (!word.startsWith(part) || word === part) continue;
    const rest = word.slice(part.length).replace(/^(s|en|e)(?=[^aeiou])/, '');
    if (rest.length >= 4) return [part, rest];
  }
  return [];
}

export interface SearchTerm {
  /** One normalised word, searched for by the database. */
  word: string;
  /** How heavily a match counts: the resident's own words 1, what the thesaurus adds 1, compound parts and typo fixes less. */
  weight: number;
  /** What the resident is told when a service matches on this word: "omdat u zocht naar …". */
  because: string;
}

export interface Analysis {
  terms: SearchTerm[];
  /** Thesaurus entries the question matched. */
  concepts: ThesaurusEntry[];
  /** Target groups the question points at, with how strongly: services for them are lifted. */
  groups: { code: string; weight: number }[];
}

/**
 * From this many different need categories in one question, it is also a question for the services of
 * Tabel 1's "meervoudige problematiek" (a district team: one place for several problems at once).
 */
export const MANY_NEEDS = 3;

/** Typo fixes from the database: a word the resident typed → the known word it most resembles. */
export type Corrections = ReadonlyMap<string, string>;

/**
 * A light Dutch stem for matching phrases: without a last -en, -e, -t, -s or -d and with a doubled vowel
 * made single, so "komt"/"komen" and "loopt"/"lopen" meet. (The database does the real stemming.)
 */
export function lightStem(word: string): string {
  return word.replace(/(en|e|t|s|d)$/, '').replace(/([aeiou])\1(?=[^aeiou]$)/, '$1');
}

/**
 * A phrase word matches a question word that is the same, has the same light stem, or (4+ letters)
 * starts with it: "trap" matches "trappen", "eenzaam" "eenzaamheid". Never the other way round: a
 * short question word ("werk") does not match a longer phrase word ("werkster").
 */
function phraseWordIn(p: string, question: readonly string[]): boolean {
  return question.some((q) => q === p || (p.length >= 4 && (q.startsWith(p) || lightStem(q) === lightStem(p))));
}

/** All phrase words occur among the question's words, in any order. */
function phraseIn(phrase: readonly string[], question: readonly string[]): boolean {
  return phrase.every((p) => phraseWordIn(p, question));
}

/**
 * The words to search for. The resident's words count as typed, and a typo fix beside an unknown word;
 * each thesaurus phrase found adds its category words, so "ik kom de trap niet meer op" also searches
 * "woningaanpassing traplift"; a compound adds its parts.
 */
export function analyse(question: string, thesaurus: readonly ThesaurusEntry[], corrections: Corrections = new Map()): Analysis {
  const typed = words(question);
  const all = [...typed, ...typed.flatMap((w) => corrections.get(w) ?? [])];
  const terms = new Map<string, SearchTerm>();
  const add = (word: string, weight: number, because: string) => {
    const known = terms.get(word);
    if (!known || known.weight < weight) terms.set(word, { word, weight, because });
  };
  for (const w of queryTerms(typed.join(' '))) {
    add(w, 1, w);
    const fixed = corrections.get(w);
    if (fixed) add(fixed, 0.9, fixed);
    for (const part of splitCompound(fixed ?? w)) add(part, 0.6, w);
  }
  const concepts = thesaurus.filter((e) => phraseIn(e.phrase, all));
  // A word inside a matched phrase of two or more words is said by the phrase's category: alone it counts less
  // ("moeilijk" of "moeilijk lerend" should not find "moeite met lezen" on its own).
  for (const e of concepts) {
    // A word that only says who it is about ("zus", "oma") weighs as little as the thesaurus says.
    if (e.phrase.length === 1 && e.weight < 1) {
      for (const t of terms.values()) if (t.because === t.word && phraseWordIn(e.phrase[0]!, [t.word])) t.weight = Math.min(t.weight, e.weight);
    }
    if (e.phrase.length < 2) continue;
    for (const t of terms.values()) if (t.because === t.word && e.phrase.some((p) => phraseWordIn(p, [t.word]))) t.weight = Math.min(t.weight, 0.5);
  }
  for (const e of concepts) for (const x of e.expands) add(x, e.weight, `${e.phrase.join(' ')} (${e.category})`);
  const groups = new Map<string, number>();
  for (const e of concepts) for (const g of e.targetGroups) groups.set(g, Math.max(groups.get(g) ?? 0, e.weight));
  const needs = new Set(concepts.filter((e) => e.weight === 1).map((e) => e.category));
  if (needs.size >= MANY_NEEDS) groups.set('meervoudige-problematiek', 1);
  return { terms: [...terms.values()], concepts, groups: [...groups].map(([code, weight]) => ({ code, weight })) };
}

/** Words of the question that may be typos: long enough to correct, and not a stop word. */
export function correctable(question: string): string[] {
  return [...new Set(words(question).filter((w) => w.length >= 4 && queryTerms(w).length > 0))];
}

/** The reasons shown for one result: the distinct `because` of the terms it matched, strongest first. */
export function reasons(matched: readonly SearchTerm[]): string[] {
  return [...new Set([...matched].sort((a, b) => b.weight - a.weight).map((t) => t.because))].slice(0, 3);
}

export interface FirstStep {
  kind: 'telefoon' | 'inloop' | 'website' | 'e-mail';
  /** Plain Dutch, e.g. "Bel 030 000 00 00 (ma–vr 9.00–12.00)". */
  text: string;
}

interface Reachable {
  channels: readonly string[];
  phone: string | null;
  phoneHours: string | null;
  walkInHours: string | null;
  url: string | null;
  email: string | null;
  locations?: readonly { name: string; address: string; city: string }[];
}

/**
 * The one thing to do first: call when the service has a phone line, otherwise walk in, otherwise the
 * website's form, otherwise e-mail (a phone call is what most residents who ask for help start with).
 */
export function firstStep(s: Reachable): FirstStep | null {
  const where = s.locations?.[0];
  if (s.channels.includes('telefoon') && s.phone) return { kind: 'telefoon', text: `Bel ${s.phone}${s.phoneHours ? ` (${s.phoneHours})` : ''}` };
  if (s.channels.includes('inloop') && s.walkInHours) return { kind: 'inloop', text: `Loop binnen ${s.walkInHours}${where ? ` bij ${where.name}, ${where.address}, ${where.city}` : ''}` };
  if (s.url) return { kind: 'website', text: `Vul het formulier in op ${s.url}` };
  if (s.email) return { kind: 'e-mail', text: `Mail naar ${s.email}` };
  return null;
}

/** What it costs, as the resident reads it (client support itself is free: Wmo 2015 art. 2.2.4). */
export function costText(freeOfCharge: boolean): string {
  return freeOfCharge ? 'Gratis' : 'Niet gratis: vraag wat het kost';
}
