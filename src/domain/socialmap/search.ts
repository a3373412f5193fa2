/**
 * The words of a resident's question ("ik heb schulden", "hulp voor mijn moeder met dementie"):
 * normalised, without stop words, and a cheap word-start match. The resident search itself ranks in
 * the database (src/services/socialmap/search.ts, ADR 0012); these helpers prepare its words and
 * serve the HSDS text filter.
 */
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
