/**
 * Public search of the social map: a resident types a question in their own words ("ik heb schulden",
 * "hulp voor mijn moeder met dementie"); services are ranked by how well those words match the
 * service's name, keywords, Tabel 2 "wat", description and the labels of its target groups.
 */
import { TARGET_SUBGROUPS, LIFE_DOMAIN_TERMS, labelOf } from './taxonomy.ts';

/** Words that say nothing about the question. */
const STOPWORDS = new Set(
  (
    'ik je jij u we wij ze zij hij het de een en of in op aan met voor van bij naar over om te tot uit als dat die dit ' +
    'mijn mij me zijn haar hun ons onze is ben bent heb hebt heeft hebben kan kun kunt wil wilt wordt word waar wat wie hoe ' +
    'er niet geen wel ook nog maar dan heel veel erg graag iemand iets hulp help zoek zoeken vraag vragen nodig the a an of for and to with my i need help'
  ).split(' '),
);

/** Lower case, without accents, split on anything that is not a letter or digit. */
export function words(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** The question's words that carry meaning (at least two letters, no stop words), each once. */
export function queryTerms(question: string): string[] {
  return [...new Set(words(question).filter((w) => w.length >= 2 && !STOPWORDS.has(w)))];
}

/**
 * Two words match when equal, or when the shorter (at least four letters) starts the longer:
 * "schuld" finds "schulden", "dementie" finds "dementiezorg"; or when they share all but the last two
 * letters of the shorter (at least five): "schulden" finds "schuldhulp". Dutch compounds and plurals
 * mostly share the start, so this is a cheap stemmer.
 */
export function wordsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 4 && long.startsWith(short)) return true;
  let common = 0;
  while (common < short.length && short[common] === long[common]) common++;
  return common >= 5 && common >= short.length - 2;
}

export interface Searchable {
  name: string;
  providerName: string;
  keywords: readonly string[];
  what: string;
  description: string;
  how: string;
  targetGroups: readonly string[];
  lifeDomains: readonly string[];
}

/** Weight of a match per field: the name and the keywords say most about what a service is for. */
const WEIGHTS = { name: 6, keywords: 5, providerName: 3, targets: 3, what: 2, description: 2, how: 1 } as const;

/**
 * Score of a service for the question's terms; 0 when a term matches nothing (all terms must match
 * somewhere, so a longer question narrows the results as a resident expects).
 */
export function score(terms: readonly string[], s: Searchable): number {
  if (terms.length === 0) return 1;
  const fields: [keyof typeof WEIGHTS, string[]][] = [
    ['name', words(s.name)],
    ['keywords', s.keywords.flatMap(words)],
    ['providerName', words(s.providerName)],
    ['targets', [...s.targetGroups.map((c) => labelOf(TARGET_SUBGROUPS, c)), ...s.lifeDomains.map((c) => labelOf(LIFE_DOMAIN_TERMS, c))].flatMap(words)],
    ['what', words(s.what)],
    ['description', words(s.description)],
    ['how', words(s.how)],
  ];
  let total = 0;
  for (const term of terms) {
    let best = 0;
    for (const [field, fieldWords] of fields) {
      if (fieldWords.some((w) => wordsMatch(term, w))) best = Math.max(best, WEIGHTS[field]);
    }
    if (best === 0) return 0;
    total += best;
  }
  return total;
}

/** Ranks by score (highest first), then by name; drops what does not match. */
export function rank<T extends Searchable>(question: string, items: readonly T[]): T[] {
  const terms = queryTerms(question);
  return items
    .map((item) => ({ item, score: score(terms, item) }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score || a.item.name.localeCompare(b.item.name, 'nl'))
    .map((x) => x.item);
}
