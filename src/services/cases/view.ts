import type { Database } from '../../db/client.ts';
import type { IsoDate, NameOf } from '../../domain/cases/index.ts';
import { consentsOf, type ConsentView } from './consents.ts';
import { objectionsOf, type ObjectionRecord } from './objections.ts';
import { namesFor } from './people.ts';
import { notesOf, referralsOf, type NoteRecord, type ReferralRecord } from './records.ts';
import { loadCase, type CaseRecord } from './store.ts';
import type { TakenIn } from './intake.ts';

/** Everything a supporter sees of one case: the aggregate with names, and the records beside it. */
export interface CaseView {
  record: CaseRecord;
  nameOf: NameOf;
  notes: NoteRecord[];
  referrals: ReferralRecord[];
  objections: ObjectionRecord[];
  /** Every consent, withdrawn ones included (history). */
  consents: ConsentView[];
  /** The day the view was made: whether a consent is current depends on it. */
  today: IsoDate;
}

/** The view of a case just saved (pass the record) or read (pass the id). */
export async function caseView(db: Database, recordOrId: CaseRecord | string, today: IsoDate): Promise<CaseView> {
  const record = typeof recordOrId === 'string' ? await loadCase(db, recordOrId) : recordOrId;
  const [nameOf, notes, referrals, objections, consents] = await Promise.all([
    namesFor(db, record),
    notesOf(db, record.id),
    referralsOf(db, record.id),
    objectionsOf(db, [record.id], today),
    consentsOf(db, record.id),
  ]);
  return { record, nameOf, notes, referrals, objections, consents, today };
}

/**
 * The view of a case just taken in (intake.ts takeIn), from what its creating statement answered
 * (issue 23: nothing is read again). Beside the case only its intake contact moment exists, and the
 * consents given at intake; referrals, objections, people and a MEE transition cannot exist yet.
 */
export async function takenInView(db: Database, taken: TakenIn, today: IsoDate): Promise<CaseView> {
  const nameOf = await namesFor(db, taken.record, { meeTransition: false });
  return { record: taken.record, nameOf, notes: taken.notes, referrals: [], objections: [], consents: taken.consents, today };
}
