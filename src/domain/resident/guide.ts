/**
 * What a resident needs from a search result before anything else (issue 19 §2): why it fits their
 * question, the first step to take (phone, walk-in hours, form) and what it costs. Pure: the pages
 * turn these into words through the message catalogue.
 */
import { queryTerms, words, wordsMatch } from '../socialmap/search.ts';
import { LIFE_DOMAIN_TERMS, TARGET_SUBGROUPS, labelOf } from '../socialmap/taxonomy.ts';
import type { Location, Service } from '../socialmap/model.ts';

export type FirstStep =
  | { kind: 'telefoon'; phone: string; hours: string | null }
  | { kind: 'inloop'; hours: string; address: string | null }
  | { kind: 'formulier'; url: string }
  | { kind: 'email'; email: string }
  /** Nothing to start with on the map: a client supporter finds the way (never a dead end). */
  | { kind: 'ondersteuner' };

type Guided = Pick<Service, 'phone' | 'phoneHours' | 'walkInHours' | 'url' | 'email' | 'keywords' | 'lifeDomains' | 'targetGroups' | 'name' | 'what' | 'freeOfCharge'> & {
  locations: Pick<Location, 'address' | 'postalCode' | 'city'>[];
  provider?: { phone?: string | null; email?: string | null; website?: string | null };
};

const addressOf = (l: Guided['locations'][number]): string => [l.address, [l.postalCode, l.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');

/**
 * Every way to start, the most direct first: a phone call reaches a person the same day; walking in
 * needs no appointment; a form or an e-mail waits for an answer. The provider's own number counts when
 * the service has none.
 */
export function firstSteps(s: Guided): FirstStep[] {
  const steps: FirstStep[] = [];
  const phone = s.phone ?? s.provider?.phone ?? null;
  if (phone) steps.push({ kind: 'telefoon', phone, hours: s.phoneHours });
  if (s.walkInHours) {
    const withAddress = s.locations.find((l) => l.address);
    steps.push({ kind: 'inloop', hours: s.walkInHours, address: withAddress ? addressOf(withAddress) : null });
  }
  const url = s.url ?? s.provider?.website ?? null;
  if (url && /^https?:\/\//i.test(url)) steps.push({ kind: 'formulier', url });
  const email = s.email ?? s.provider?.email ?? null;
  if (email) steps.push({ kind: 'email', email });
  if (steps.length === 0) steps.push({ kind: 'ondersteuner' });
  return steps;
}

export type Cost = 'gratis' | 'vraag';
/** A service marks itself free of charge; otherwise the resident asks (the map holds no prices). */
export const costOf = (s: Pick<Service, 'freeOfCharge'>): Cost => (s.freeOfCharge ? 'gratis' : 'vraag');

/**
 * Why a service fits, in the service's own words: the keywords, topics and target groups that share a
 * word with the question (at most three). Empty when the question matched only the description, or
 * when there was no question.
 */
export function whyItFits(question: string, s: Guided): string[] {
  const terms = queryTerms(question);
  if (terms.length === 0) return [];
  const candidates = [
    ...s.keywords,
    ...s.lifeDomains.map((c) => labelOf(LIFE_DOMAIN_TERMS, c)),
    ...s.targetGroups.map((c) => labelOf(TARGET_SUBGROUPS, c)),
  ];
  const hits = candidates.filter((phrase) => words(phrase).some((w) => terms.some((t) => wordsMatch(t, w))));
  return [...new Set(hits.map((h) => h.toLowerCase()))].slice(0, 3);
}
