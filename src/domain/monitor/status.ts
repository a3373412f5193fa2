/**
 * Status of a municipality's response in a round, and the transitions allowed between them.
 * After submission a change is only possible as a new version (all versions are kept).
 */
export const STATUSES = ['niet_gestart', 'concept', 'ingediend', 'toelichting_gevraagd', 'geaccepteerd'] as const;
export type ResponseStatus = (typeof STATUSES)[number];

export type ResponseEvent = 'opslaan' | 'indienen' | 'toelichting_vragen' | 'accepteren';

const transitions: Record<ResponseStatus, Partial<Record<ResponseEvent, ResponseStatus>>> = {
  niet_gestart: { opslaan: 'concept', indienen: 'ingediend' },
  concept: { opslaan: 'concept', indienen: 'ingediend' },
  // A submitted response is changed by starting a new version (a new draft), or accepted/questioned.
  ingediend: { opslaan: 'concept', indienen: 'ingediend', toelichting_vragen: 'toelichting_gevraagd', accepteren: 'geaccepteerd' },
  toelichting_gevraagd: { opslaan: 'concept', indienen: 'ingediend', accepteren: 'geaccepteerd' },
  geaccepteerd: { opslaan: 'concept', indienen: 'ingediend' },
};

export function nextStatus(current: ResponseStatus, event: ResponseEvent): ResponseStatus | null {
  return transitions[current][event] ?? null;
}

/** Saving after a submission starts a new version instead of changing the submitted one. */
export function startsNewVersion(current: ResponseStatus, event: ResponseEvent): boolean {
  return event === 'opslaan' ? current !== 'niet_gestart' && current !== 'concept' : event === 'indienen' && current !== 'concept' && current !== 'niet_gestart';
}

export const STATUS_LABELS: Record<ResponseStatus, string> = {
  niet_gestart: 'Niet gestart',
  concept: 'Concept',
  ingediend: 'Ingediend',
  toelichting_gevraagd: 'Toelichting gevraagd',
  geaccepteerd: 'Geaccepteerd',
};
