import type { Database } from '../../db/client.ts';
import type { IsoDate } from '../../domain/cases/index.ts';
import { readSupportPlan } from '../cases/support-plan.ts';

/**
 * The resident's own support plan (eigen plan, "one family, one plan"), as the resident reads it:
 * the results they want to reach and who does what. It comes from the casework module; nothing here
 * is the supporter's working material (no ids, no who-saved-it).
 */
export interface ResidentPlan {
  version: number;
  agreedOn: IsoDate | null;
  /** Agreed to this version, to an earlier one, or not (yet). */
  approval: 'akkoord' | 'eerdere_versie' | 'niet_akkoord';
  results: { description: string }[];
  agreements: { description: string; who: string; dueOn: IsoDate | null }[];
}

/** Null while nothing has been agreed yet (no plan, or an empty one). */
export async function residentPlan(db: Database, caseId: string, _today: IsoDate): Promise<ResidentPlan | null> {
  const plan = await readSupportPlan(db, caseId);
  if (!plan || (plan.version === 0 && plan.results.length === 0 && plan.agreements.length === 0)) return null;
  return {
    version: plan.version,
    agreedOn: plan.approval?.on ?? null,
    approval: plan.status,
    results: plan.results.map((r) => ({ description: r.description })),
    // "Who" in the resident's words: the name given, else the kind of party ("De cliënt zelf" → "U zelf").
    agreements: plan.agreements.map((a) => ({ description: a.description, who: a.who || (a.party === 'client' ? 'U zelf' : a.partyLabel), dueOn: a.dueOn })),
  };
}
