/**
 * The life of one provider report (verantwoordingsrapportage): the provider fills it (concept) and
 * submits it; the municipality reviews it and either asks questions (vragen: the provider answers,
 * may correct, and submits again) or accepts it. An accepted report is final: its figures feed the
 * council report, so it never changes afterwards.
 */
export const SUBMISSION_STATES = ['concept', 'ingediend', 'vragen', 'geaccepteerd'] as const;
export type SubmissionState = (typeof SUBMISSION_STATES)[number];

export const SUBMISSION_STATE_LABELS: Readonly<Record<SubmissionState, string>> = {
  concept: 'In bewerking bij de aanbieder',
  ingediend: 'Ingediend, wacht op beoordeling',
  vragen: 'Vragen van de gemeente',
  geaccepteerd: 'Geaccepteerd',
};

export type SubmissionAction = 'opslaan' | 'indienen' | 'vraag_stellen' | 'accepteren';
/** Who acts: the provider (aanbieder) or the municipality (gemeente). */
export type Side = 'aanbieder' | 'gemeente';

const ACTIONS: Readonly<Record<SubmissionAction, { side: Side; from: readonly SubmissionState[]; to: SubmissionState | 'same' }>> = {
  opslaan: { side: 'aanbieder', from: ['concept', 'vragen'], to: 'same' },
  indienen: { side: 'aanbieder', from: ['concept', 'vragen'], to: 'ingediend' },
  vraag_stellen: { side: 'gemeente', from: ['ingediend'], to: 'vragen' },
  accepteren: { side: 'gemeente', from: ['ingediend'], to: 'geaccepteerd' },
};

export type TransitionResult = { ok: true; state: SubmissionState } | { ok: false; code: 'wrong-side' | 'wrong-state' | 'incomplete'; message: string };

/**
 * The next state, or why not. `missing` lists the labels of required fields still empty: a report
 * is only submitted complete.
 */
export function transition(state: SubmissionState, action: SubmissionAction, side: Side, missing: readonly string[] = []): TransitionResult {
  const rule = ACTIONS[action];
  if (rule.side !== side) {
    return { ok: false, code: 'wrong-side', message: side === 'aanbieder' ? 'Alleen de gemeente kan een rapportage beoordelen.' : 'Alleen de aanbieder kan de rapportage invullen en indienen.' };
  }
  if (!rule.from.includes(state)) return { ok: false, code: 'wrong-state', message: wrongStateMessage(state, action) };
  if (action === 'indienen' && missing.length > 0) {
    return { ok: false, code: 'incomplete', message: `De rapportage is nog niet compleet. Vul nog in: ${missing.join(', ')}.` };
  }
  return { ok: true, state: rule.to === 'same' ? state : rule.to };
}

function wrongStateMessage(state: SubmissionState, action: SubmissionAction): string {
  if (state === 'geaccepteerd') return 'Deze rapportage is al geaccepteerd en kan niet meer veranderen.';
  if (action === 'opslaan' || action === 'indienen') return 'De rapportage is ingediend en wacht op de gemeente; wijzigen kan pas als de gemeente vragen stelt.';
  return 'De rapportage is niet ingediend; er valt nu niets te beoordelen.';
}

/** What a side may do now (buttons in the UI). */
export function allowedActions(state: SubmissionState, side: Side): SubmissionAction[] {
  return (Object.keys(ACTIONS) as SubmissionAction[]).filter((a) => ACTIONS[a].side === side && ACTIONS[a].from.includes(state));
}
