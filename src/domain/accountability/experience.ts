/**
 * Client experience (cliëntervaring): the questionnaire as data and its results. Likert items run
 * 1 (helemaal oneens) to 5 (helemaal eens); the items follow the Wmo client-experience survey
 * (cliëntervaringsonderzoek) so results can be handed over to it, plus one open question.
 */
export const LIKERT_ITEMS = [
  { key: 'bereikbaar', label: 'Ik kon de cliëntondersteuner makkelijk bereiken.' },
  { key: 'serieus', label: 'De cliëntondersteuner nam mij serieus.' },
  { key: 'samen', label: 'Wij hebben samen naar oplossingen gezocht.' },
  { key: 'onafhankelijk', label: 'De cliëntondersteuner stond aan mijn kant, niet aan die van een instantie.' },
  { key: 'regie', label: 'Ik kan nu beter zelf regelen wat ik nodig heb.' },
  { key: 'passend', label: 'De ondersteuning paste bij mijn vraag.' },
] as const;
export type LikertKey = (typeof LIKERT_ITEMS)[number]['key'];
export const LIKERT_KEYS = LIKERT_ITEMS.map((i) => i.key) as LikertKey[];

export const LIKERT_LABELS = ['helemaal oneens', 'oneens', 'neutraal', 'eens', 'helemaal eens'] as const;

export interface ExperienceResponse {
  answers: Partial<Record<LikertKey, 1 | 2 | 3 | 4 | 5>>;
  freeText: string;
}

export interface ItemResult {
  key: LikertKey;
  label: string;
  answered: number;
  /** Count per score 1–5. */
  distribution: [number, number, number, number, number];
  /** Mean over the answers, two decimals; null without answers. */
  mean: number | null;
  /** Share that (helemaal) eens answered, 0–100; null without answers. */
  agreePercent: number | null;
}

export interface ExperienceResult {
  invited: number;
  responses: number;
  /** Responses / invited, 0–100 with one decimal; null when nobody was invited. */
  responseRate: number | null;
  items: ItemResult[];
  freeTexts: string[];
}

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

export function summariseExperience(responses: readonly ExperienceResponse[], invited: number): ExperienceResult {
  const items = LIKERT_ITEMS.map((item): ItemResult => {
    const scores = responses.map((r) => r.answers[item.key]).filter((s): s is 1 | 2 | 3 | 4 | 5 => s !== undefined);
    const distribution: ItemResult['distribution'] = [0, 0, 0, 0, 0];
    for (const s of scores) distribution[s - 1] = distribution[s - 1]! + 1;
    const sum = scores.reduce((a, b) => a + b, 0);
    return {
      key: item.key,
      label: item.label,
      answered: scores.length,
      distribution,
      mean: scores.length ? round(sum / scores.length, 2) : null,
      agreePercent: scores.length ? round(((distribution[3] + distribution[4]) / scores.length) * 100, 1) : null,
    };
  });
  return {
    invited,
    responses: responses.length,
    responseRate: invited > 0 ? round((responses.length / invited) * 100, 1) : null,
    items,
    freeTexts: responses.map((r) => r.freeText.trim()).filter(Boolean),
  };
}

/** A score from input: 1–5, or the reason it is not. */
export function parseLikert(text: string): { ok: true; value: 1 | 2 | 3 | 4 | 5 | undefined } | { ok: false; message: string } {
  const t = text.trim();
  if (t === '') return { ok: true, value: undefined };
  if (/^[1-5]$/.test(t)) return { ok: true, value: Number(t) as 1 | 2 | 3 | 4 | 5 };
  return { ok: false, message: `"${t}" is geen score van 1 (helemaal oneens) tot 5 (helemaal eens).` };
}
