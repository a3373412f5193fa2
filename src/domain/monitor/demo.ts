import { REQUIREMENT_IDS, STAGES, type Answers, type DefinitiveAnswer, type DefinitiveQuestionMeaning, type RequirementAnswer, type Stage } from './questionnaire.ts';

/** A small seeded PRNG (mulberry32): the same seed gives the same demo data everywhere. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Share of municipalities per stage on a round's reference date, and the response rate. */
export interface RoundProfile {
  roundId: string;
  stageShares: Record<Stage, number>;
  responseRate: number;
  /** What the round's question on definitive agreements asks (questionnaire version; question-versions.ts). */
  definitiveMeaning?: DefinitiveQuestionMeaning;
  /**
   * Exact counts for a division of `of` municipalities (used instead of the shares when the division has
   * that size): `respondents` answer, the others do not, and the stages are counted among the respondents.
   */
  exact?: { of: number; respondents: number; stages: Record<Stage, number> };
}

/**
 * The 1 May 2014 round of the demo reproduces the figures of Kamervraag 1 (seeds/000_6cdda7e4ab47aefe.txt):
 * "63% van de 403 gemeenten geen afspraken … met MEE" (254 of 403: none or in preparation) and "bij 1 op de
 * 10 gemeenten geen afspraken in voorbereiding" (40 of 403), with 28 municipalities that did not answer
 * as their own category. The seed does not say which measurement the report used: putting it in the
 * 1 May round (the date the agreements were due, Bijlage 1 §3.2 D) is a choice of the demo, not a fact.
 */
const MAY_2014 = { of: 403, respondents: 375, stages: { definitief: 8, college: 50, ambtelijk: 63, in_voorbereiding: 214, geen: 40 } };

/**
 * Profiles consistent with the seed documents: agreements were due on 1 May 2014; by 1 October
 * nearly all municipalities had civil-servant level agreements and 84% had them at college level;
 * in early November the final contracts and subsidy decisions followed quickly.
 */
export const PROFILES_2014: RoundProfile[] = [
  { roundId: '2014-04', definitiveMeaning: 'verwachting', responseRate: 0.86, stageShares: { geen: 0.34, in_voorbereiding: 0.46, ambtelijk: 0.15, college: 0.05, definitief: 0 } },
  {
    roundId: '2014-05',
    definitiveMeaning: 'verwachting',
    responseRate: MAY_2014.respondents / MAY_2014.of,
    stageShares: { geen: 40 / 403, in_voorbereiding: 214 / 403, ambtelijk: 63 / 403, college: 50 / 403, definitief: 8 / 403 },
    exact: MAY_2014,
  },
  { roundId: '2014-10', definitiveMeaning: 'verwachting', responseRate: 0.97, stageShares: { geen: 0.01, in_voorbereiding: 0.02, ambtelijk: 0.13, college: 0.62, definitief: 0.22 } },
  { roundId: '2014-11', definitiveMeaning: 'realisatie', responseRate: 0.98, stageShares: { geen: 0.005, in_voorbereiding: 0.01, ambtelijk: 0.045, college: 0.3, definitief: 0.64 } },
];

const PROVIDERS = ['Algemeen maatschappelijk werk', 'Sociaal wijkteam', 'Steunpunt GGZ', 'Ouderenadviseur', 'Sociaal raadslieden', 'MEE-organisatie uit een andere regio'];

export interface DemoMunicipality {
  code: string;
  allocationCents: number;
}

/**
 * Demo answers per round and municipality (null = did not respond). Every municipality has a fixed
 * "pace"; its stage in a round is the stage its pace reaches in that round's distribution, so each
 * municipality only moves forward over the rounds.
 */
function traitsOf<M extends { code: string }>(municipalities: M[], seed: number) {
  const random = seededRandom(seed);
  return municipalities.map((m) => ({
    ...m,
    pace: random(),
    diligence: random(),
    budgetFactor: 0.45 + random() * 0.6,
    providers: PROVIDERS.filter(() => random() < 0.35),
    noise: Array.from({ length: 24 }, () => random()),
  }));
}

export function generateDemoResponses(municipalities: DemoMunicipality[], profiles: RoundProfile[], seed = 2014): Map<string, Map<string, Answers | null>> {
  const traits = traitsOf(municipalities, seed);
  const order = [...traits].sort((a, b) => b.pace - a.pace);
  const result = new Map<string, Map<string, Answers | null>>();
  profiles.forEach((profile, roundIndex) => {
    if (profile.exact && profile.exact.of === municipalities.length) {
      result.set(profile.roundId, exactRound(traits, order, profile, roundIndex, profile.exact));
      return;
    }
    const perRound = new Map<string, Answers | null>();
    const stageOf = new Map<string, Stage>();
    let position = 0;
    for (const stage of [...STAGES].reverse()) {
      const count = Math.round(profile.stageShares[stage] * municipalities.length);
      for (const m of order.slice(position, position + count)) stageOf.set(m.code, stage);
      position += count;
    }
    for (const m of order.slice(position)) stageOf.set(m.code, 'geen');
    for (const m of traits) {
      if (m.diligence > profile.responseRate) {
        perRound.set(m.code, null);
        continue;
      }
      perRound.set(m.code, answersFor(stageOf.get(m.code)!, m, roundIndex, profile.definitiveMeaning));
    }
    result.set(profile.roundId, perRound);
  });
  return result;
}

type Trait = ReturnType<typeof traitsOf<DemoMunicipality>>[number];

/** A round with exact counts: the least diligent do not answer; the others get stages by pace. */
function exactRound(traits: Trait[], order: Trait[], profile: RoundProfile, roundIndex: number, exact: NonNullable<RoundProfile['exact']>): Map<string, Answers | null> {
  const silent = new Set([...traits].sort((a, b) => b.diligence - a.diligence).slice(0, exact.of - exact.respondents).map((m) => m.code));
  const stageOf = new Map<string, Stage>();
  let position = 0;
  const answering = order.filter((m) => !silent.has(m.code));
  for (const stage of [...STAGES].reverse()) {
    for (const m of answering.slice(position, position + exact.stages[stage])) stageOf.set(m.code, stage);
    position += exact.stages[stage];
  }
  return new Map(traits.map((m) => [m.code, silent.has(m.code) ? null : answersFor(stageOf.get(m.code) ?? 'geen', m, roundIndex, profile.definitiveMeaning)]));
}

/**
 * The MEE monitor of 1 October 2014 as the letter of 15 October 2014 reports it (seeds/000_6cdda7e4ab47aefe.txt,
 * antwoord op vraag 1): "in nagenoeg alle gemeenten ambtelijke afspraken" (400 of 403 in the demo) and
 * "in 84% van de gemeenten … op collegeniveau afgerond" (339 of 403). The letter gives no counts: the
 * numbers of the demo are the nearest whole municipalities, for the 403 of the 2014 division.
 */
export function generateDemoMeeMonitor(municipalities: { code: string }[], seed = 2014): Map<string, Stage> {
  const n = municipalities.length;
  const college = Math.round(0.84 * n);
  const atLeastCivil = n - Math.max(1, Math.round((n * 3) / 403));
  const order = [...traitsOf(municipalities, seed)].sort((a, b) => b.pace - a.pace);
  return new Map(order.map((m, i) => [m.code, i < college ? 'college' : i < atLeastCivil ? 'ambtelijk' : 'in_voorbereiding']));
}

function answersFor(stage: Stage, m: { allocationCents: number; budgetFactor: number; providers: string[]; noise: number[] }, roundIndex: number, meaning?: DefinitiveQuestionMeaning): Answers {
  const level = STAGES.indexOf(stage);
  const requirements: Answers['requirements'] = {};
  REQUIREMENT_IDS.forEach((id, i) => {
    const x = m.noise[(i + roundIndex * 6) % m.noise.length]!;
    const answer: RequirementAnswer = level >= 3 ? (x < 0.8 ? 'ja' : 'gedeeltelijk') : level === 2 ? (x < 0.4 ? 'ja' : x < 0.85 ? 'gedeeltelijk' : 'nee') : x < 0.1 ? 'gedeeltelijk' : 'nee';
    requirements[id] = { answer, explanation: answer === 'nee' ? 'Hierover worden nog afspraken gemaakt in de regio.' : '' };
  });
  const budget = level >= 2 ? Math.round((m.allocationCents * m.budgetFactor) / 100) * 100 : null;
  return {
    stage,
    requirements,
    budgetMee2015Cents: budget,
    otherProviders: level >= 1 ? m.providers : [],
    definitiveAgreements: meaning ? definitiveAnswer(meaning, level, m.noise[(roundIndex * 5 + 3) % m.noise.length]!) : null,
    freeText: '',
  };
}

/** Expected (before November) or realised (from November): a realised "ja" only with a final contract. */
function definitiveAnswer(meaning: DefinitiveQuestionMeaning, level: number, x: number): DefinitiveAnswer {
  if (meaning === 'realisatie') return level === 4 ? 'ja' : 'nee';
  return level >= 3 || (level === 2 && x < 0.5) ? 'ja' : 'nee';
}
