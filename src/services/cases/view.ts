import type { Database } from '../../db/client.ts';
import type { IsoDate, NameOf } from '../../domain/cases/index.ts';
import { consentsOf, type ConsentView } from './consents.ts';
import { objectionsOf, type ObjectionRecord } from './objections.ts';
import { namesFor } from './people.ts';
import { notesOf, referralsOf, type NoteRecord, type ReferralRecord } from './records.ts';
import { loadCase, type CaseRecord } from './store.ts';

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
 * The view of a case createCase has just stored, in its transaction (issue 23: fewer statements per
 * intake). Beside the case only its intake contact moment exists, and the consents given at intake
 * (`withConsents`); referrals, objections and a MEE transition cannot exist yet, so they are not read.
 */
export async function newCaseView(db: Database, record: CaseRecord, today: IsoDate, withConsents: boolean): Promise<CaseView> {
  const nameOf = await namesFor(db, record, { meeTransition: false });
  const notes = await notesOf(db, record.id);
  const consents = withConsents ? await consentsOf(db, record.id) : [];
  return { record, nameOf, notes, referrals: [], objections: [], consents, today };
}
