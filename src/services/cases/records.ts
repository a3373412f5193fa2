import crypto from 'node:crypto';
import { sql, type SQL } from '../../db/sql.ts';
import type { Database } from '../../db/client.ts';
import { formatDutch, pendingReplacement, referralConsentWarning, type AccessChannel, type Case, type IsoDate, type Question } from '../../domain/cases/index.ts';
import { consentsOf } from './consents.ts';
import { CaseNotFoundError, CaseRefusedError } from './errors.ts';
import { isUuid } from './people.ts';
import { txRows, updateCase, type CaseRecord, type Executor } from './store.ts';

/**
 * Records that grow beside the aggregate: notes, contact moments and referrals. Each is written in the
 * same transaction as the case's version bump, so If-Match and the audit trail cover them too.
 */

/** The question, or a 404-style error: a question id from another case is as unknown as a made-up one. */
export function questionOf(c: Case, questionId: string): Question {
  const question = c.questions.find((q) => q.id === questionId);
  if (!question) throw new CaseNotFoundError('Deze vraag bestaat niet in dit dossier.');
  return question;
}

/**
 * Work on the client's questions waits while he asks for another supporter (Bijlage 2: the request
 * "moet" be honoured). `advance` refuses by itself; classifying, choosing a form and referring are
 * support work too, so they stop here with the same reason.
 */
export function refuseWhenBlocked(c: Case): void {
  const pending = pendingReplacement(c);
  if (!pending) return;
  throw new CaseRefusedError(
    'case-blocked',
    `Dit dossier is geblokkeerd: de cliënt heeft op ${formatDutch(pending.requestedOn)} om een andere cliëntondersteuner gevraagd. ` +
      'Wijs eerst een andere ondersteuner toe; tot dan gaat de ondersteuning in dit dossier niet verder.',
  );
}

export const NOTE_KINDS = ['notitie', 'contactmoment'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

export interface NoteRecord {
  id: string;
  kind: NoteKind;
  questionId: string | null;
  channel: AccessChannel | null;
  occurredOn: IsoDate;
  body: string;
  recordedBy: string | null;
  /** Display name of who recorded it (the author in the case page's timeline); null when unknown. */
  recordedByName: string | null;
  recordedAt: string;
}

export type NewNote = Omit<NoteRecord, 'id' | 'recordedAt' | 'recordedByName'>;

export async function insertNote(tx: Executor, caseId: string, note: NewNote, id: string = crypto.randomUUID()): Promise<string> {
  await tx.execute(noteInsert(note, sql`(select ${caseId}::uuid as id)`, id));
  return id;
}

/** The insert of a note for the case(s) in `cases` (a relation with `id`): also usable inside the statement that creates the case. */
export function noteInsert(note: NewNote, cases: SQL, id: string = crypto.randomUUID()): SQL {
  return sql`insert into case_notes (id, case_id, question_id, kind, channel, occurred_on, body, recorded_by)
    select ${id}::uuid, c.id, ${note.questionId}::text, ${note.kind}::text, ${note.channel}::text, ${note.occurredOn}::date, ${note.body}::text, ${note.recordedBy}::uuid from ${cases} c`;
}

/** Notes as NoteRecords, from `notes` (case_notes, or the rows an insert into it returned). */
export const notesFrom = (notes: SQL): SQL => sql`select n.id::text as id, n.kind, n.question_id as "questionId", n.channel, n.occurred_on::text as "occurredOn", n.body,
  n.recorded_by::text as "recordedBy", u.display_name as "recordedByName",
  to_char(n.recorded_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "recordedAt"
  from ${notes} n left join users u on u.id = n.recorded_by`;

const noteSelect = notesFrom(sql`case_notes`);

export async function notesOf(db: Database, caseId: string): Promise<NoteRecord[]> {
  return db.rows<NoteRecord>(sql`${noteSelect} where n.case_id = ${caseId}::uuid order by n.occurred_on, n.recorded_at, n.id`);
}

/** A note or contact moment; allowed on a blocked case, because finding another supporter takes contact too. */
export async function addNote(db: Database, caseId: string, expectedVersion: number | undefined, note: NewNote): Promise<{ record: CaseRecord; note: NoteRecord }> {
  const id = crypto.randomUUID();
  const record = await updateCase(db, caseId, expectedVersion, (current) => {
    if (note.questionId) questionOf(current.case, note.questionId);
    return { record: current, after: async (tx) => void (await insertNote(tx, caseId, note, id)) };
  });
  const [saved] = await db.rows<NoteRecord>(sql`${noteSelect} where n.id = ${id}::uuid`);
  return { record, note: saved! };
}

export const REFERRAL_OUTCOMES = ['geholpen', 'wachtlijst', 'afgewezen', 'afgezien'] as const;
export type ReferralOutcome = (typeof REFERRAL_OUTCOMES)[number];

export interface ReferralRecord {
  id: string;
  questionId: string | null;
  provider: string;
  reason: string;
  referredOn: IsoDate;
  outcome: ReferralOutcome | null;
  outcomeOn: IsoDate | null;
  outcomeNote: string;
}

const referralSelect = sql`select id::text as id, question_id as "questionId", provider, reason, referred_on::text as "referredOn",
  outcome, outcome_on::text as "outcomeOn", outcome_note as "outcomeNote" from case_referrals`;

export async function referralsOf(db: Database, caseId: string): Promise<ReferralRecord[]> {
  return db.rows<ReferralRecord>(sql`${referralSelect} where case_id = ${caseId}::uuid order by referred_on, recorded_at, id`);
}

async function referral(db: Database, id: string): Promise<ReferralRecord> {
  const [row] = await db.rows<ReferralRecord>(sql`${referralSelect} where id = ${id}::uuid`);
  return row!;
}

export interface NewReferral {
  questionId: string | null;
  provider: string;
  reason: string;
  referredOn: IsoDate;
  userId: string | null;
}

/**
 * Referring the client to a provider (bemiddelen en verwijzen) is support work: refused while blocked.
 * Without a current consent to share with that provider the referral is still recorded (it may need
 * no data at all), with a warning for the supporter (domain consent.ts).
 */
export async function addReferral(
  db: Database,
  caseId: string,
  expectedVersion: number | undefined,
  input: NewReferral,
): Promise<{ record: CaseRecord; referral: ReferralRecord; warnings: string[] }> {
  const id = crypto.randomUUID();
  const record = await updateCase(db, caseId, expectedVersion, (current) => {
    refuseWhenBlocked(current.case);
    if (input.questionId) questionOf(current.case, input.questionId);
    return {
      record: current,
      after: async (tx) => {
        await tx.execute(sql`insert into case_referrals (id, case_id, question_id, provider, reason, referred_on, recorded_by)
          values (${id}::uuid, ${caseId}::uuid, ${input.questionId}, ${input.provider}, ${input.reason}, ${input.referredOn}::date, ${input.userId}::uuid)`);
      },
    };
  });
  const warning = referralConsentWarning(await consentsOf(db, caseId), input.provider, input.referredOn);
  return { record, referral: await referral(db, id), warnings: warning ? [warning] : [] };
}

/** What came of a referral; recording an outcome is bookkeeping, so it is allowed on a blocked case. */
export async function recordReferralOutcome(
  db: Database,
  caseId: string,
  expectedVersion: number | undefined,
  referralId: string,
  input: { outcome: ReferralOutcome; outcomeOn: IsoDate; note: string },
): Promise<{ record: CaseRecord; referral: ReferralRecord }> {
  const record = await updateCase(db, caseId, expectedVersion, async (current, tx) => {
    const found = isUuid(referralId)
      ? await txRows(tx, sql`select 1 from case_referrals where id = ${referralId}::uuid and case_id = ${caseId}::uuid`)
      : [];
    if (found.length === 0) throw new CaseNotFoundError('Deze verwijzing bestaat niet in dit dossier.');
    return {
      record: current,
      after: async (t) => {
        await t.execute(sql`update case_referrals set outcome = ${input.outcome}, outcome_on = ${input.outcomeOn}::date, outcome_note = ${input.note}
          where id = ${referralId}::uuid`);
      },
    };
  });
  return { record, referral: await referral(db, referralId) };
}
