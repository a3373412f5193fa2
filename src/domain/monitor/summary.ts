import { REQUIREMENT_ANSWERS, REQUIREMENT_IDS, STAGES, type Answers, type DefinitiveQuestionMeaning, type RequirementAnswer, type RequirementId, type Stage } from './questionnaire.ts';

export interface MonitoredMunicipality {
  code: string;
  name: string;
  youthRegion: { code: string; name: string };
  mee: { code: string; name: string };
}

/** The submitted (or later) answers of a municipality; drafts do not count as a response. */
export interface SubmittedResponse {
  municipalityCode: string;
  answers: Answers;
}

export type LaggingReason = 'geen_antwoord' | 'geen_afspraken' | 'geen_gecontracteerde_aanbieder';

export interface LaggingMunicipality extends MonitoredMunicipality {
  reasons: LaggingReason[];
  stage: Stage | null;
}

export interface GroupSummary {
  code: string;
  name: string;
  municipalities: number;
  responded: number;
  byStage: Record<Stage, number>;
}

export interface RoundSummary {
  municipalities: number;
  responded: number;
  /** Municipalities without a submitted answer: their own category, never "no agreements" (issue 21 §2). */
  nonResponse: number;
  /** Among respondents: named other providers, explicitly none, or not known (no column in the import). */
  otherProviders: { named: number; none: number; unknown: number };
  /** The question on definitive agreements: what it asked in this round, and the answers among respondents. */
  definitive: { meaning: DefinitiveQuestionMeaning | null; ja: number; nee: number; unanswered: number };
  /** Whole percent, rounded half up. */
  responseRate: number;
  byStage: Record<Stage, number>;
  byRequirement: Record<RequirementId, Record<RequirementAnswer, number>>;
  perYouthRegion: GroupSummary[];
  perMeeOrganisation: GroupSummary[];
  lagging: LaggingMunicipality[];
}

const zeroStages = (): Record<Stage, number> => Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;

export interface LaggingRule {
  /** From the contract deadline (1 October 2014) on, a municipality without any contracted provider lags. */
  contractsDue: boolean;
  /** What the round's question on definitive agreements asks; a realised "ja" is a contract. */
  definitiveMeaning?: DefinitiveQuestionMeaning | null;
}

/**
 * A municipality lags when it did not respond, has no agreements with MEE, or — once contracts are
 * due — has no contracted provider at all (the minister's question 7).
 */
export function laggingReasons(answers: Answers | null, rule: LaggingRule): LaggingReason[] {
  if (!answers) return ['geen_antwoord'];
  const reasons: LaggingReason[] = [];
  if (answers.stage === 'geen' || answers.stage === null) reasons.push('geen_afspraken');
  // Unknown providers (null: the import had no such column) are not "none": no reason to lag.
  const realised = rule.definitiveMeaning === 'realisatie' && answers.definitiveAgreements === 'ja';
  if (rule.contractsDue && answers.stage !== 'definitief' && !realised && answers.otherProviders !== null && answers.otherProviders.length === 0) reasons.push('geen_gecontracteerde_aanbieder');
  return reasons;
}

export function summarise(municipalities: MonitoredMunicipality[], responses: SubmittedResponse[], rule: LaggingRule): RoundSummary {
  const byCode = new Map(responses.map((r) => [r.municipalityCode, r.answers]));
  const byStage = zeroStages();
  const byRequirement = Object.fromEntries(REQUIREMENT_IDS.map((id) => [id, Object.fromEntries(REQUIREMENT_ANSWERS.map((a) => [a, 0]))])) as RoundSummary['byRequirement'];
  const regions = new Map<string, GroupSummary>();
  const organisations = new Map<string, GroupSummary>();
  const lagging: LaggingMunicipality[] = [];
  const otherProviders = { named: 0, none: 0, unknown: 0 };
  const definitive = { meaning: rule.definitiveMeaning ?? null, ja: 0, nee: 0, unanswered: 0 };
  let responded = 0;
  for (const m of municipalities) {
    const answers = byCode.get(m.code) ?? null;
    const groups = [group(regions, m.youthRegion), group(organisations, m.mee)];
    for (const g of groups) g.municipalities++;
    if (answers) {
      responded++;
      for (const g of groups) g.responded++;
      if (answers.stage) {
        byStage[answers.stage]++;
        for (const g of groups) g.byStage[answers.stage]++;
      }
      for (const id of REQUIREMENT_IDS) {
        const answer = answers.requirements[id]?.answer;
        if (answer) byRequirement[id][answer]++;
      }
      const providers = answers.otherProviders ?? null;
      otherProviders[providers === null ? 'unknown' : providers.length ? 'named' : 'none']++;
      definitive[answers.definitiveAgreements ?? 'unanswered']++;
    }
    const reasons = laggingReasons(answers, rule);
    if (reasons.length) lagging.push({ ...m, reasons, stage: answers?.stage ?? null });
  }
  const sortByName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'nl');
  return {
    municipalities: municipalities.length,
    responded,
    nonResponse: municipalities.length - responded,
    otherProviders,
    definitive,
    responseRate: percent(responded, municipalities.length),
    byStage,
    byRequirement,
    perYouthRegion: [...regions.values()].sort(sortByName),
    perMeeOrganisation: [...organisations.values()].sort(sortByName),
    lagging: lagging.sort(sortByName),
  };
}

function group(map: Map<string, GroupSummary>, ref: { code: string; name: string }): GroupSummary {
  let g = map.get(ref.code);
  if (!g) map.set(ref.code, (g = { code: ref.code, name: ref.name, municipalities: 0, responded: 0, byStage: zeroStages() }));
  return g;
}

/** Whole percent, half up; 0 of 0 is 0. */
export function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.floor((part * 100) / whole + 0.5);
}
