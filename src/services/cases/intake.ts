import crypto from 'node:crypto';
import type { Database } from '../../db/client.ts';
import { newCase, newQuestion, withQuestion, type AccessChannel, type AgeCategory, type Case, type IsoDate, type LifeDomain } from '../../domain/cases/index.ts';
import { parseBsn, type EditableClientDetails } from './client.ts';
import { CaseInputError } from './errors.ts';
import { consentsOf, insertLegacyConsents, type ConsentView } from './consents.ts';
import { insertNote, type NoteRecord } from './records.ts';
import { updateCase, type CaseRecord } from './store.ts';
import { writeCreationGrouped, writeCreations, type Creation } from './creation.ts';
import type { AuditEntry } from '../audit/log.ts';
import { pokeAuditSealer } from '../audit/seal.ts';
import type { KeyRef } from '../idempotency/store.ts';

/**
 * Intake (§3.3: every channel leads in — phone, online, the counter, a home visit, or a signal from
 * others). Every question starts at 'eerste_contact'; the client's words are kept as the first
 * contact moment of that question, through the channel it came in by.
 */
export interface QuestionIntake {
  receivedVia: AccessChannel;
  text: string;
  lifeDomains: LifeDomain[];
  receivedOn: IsoDate;
  userId: string | null;
}

export interface CaseIntake {
  municipalityCode: string;
  client: EditableClientDetails;
  /** As typed; validated here with the 11-test. */
  bsn: string | null;
  ageCategory: AgeCategory | null;
  question: QuestionIntake;
}

const withAge = (c: Case, ageCategory: AgeCategory | null): Case => {
  const { ageCategory: _old, ...rest } = c;
  return ageCategory ? { ...rest, ageCategory } : rest;
};

function addIntakeQuestion(c: Case, intake: QuestionIntake): { case: Case; questionId: string } {
  const questionId = crypto.randomUUID();
  const question = newQuestion({ id: questionId, receivedVia: intake.receivedVia, lifeDomains: intake.lifeDomains }, intake.receivedOn);
  return { case: withQuestion(c, question), questionId };
}

const intakeNote = (questionId: string, intake: QuestionIntake) => ({
  kind: 'contactmoment' as const,
  questionId,
  channel: intake.receivedVia,
  occurredOn: intake.receivedOn,
  body: intake.text,
  recordedBy: intake.userId,
});

export async function createCase(db: Database, intake: CaseIntake): Promise<CaseRecord> {
  return (await takeIn(db, intake)).record;
}

/** A case just taken in, with the records written with it (what its first view shows). */
export interface TakenIn {
  record: CaseRecord;
  /** Its intake contact moment, as stored. */
  notes: NoteRecord[];
  consents: ConsentView[];
}

export interface TakeInOptions {
  /** The new case's id, when the caller needs it beforehand (its audit row names the client). */
  id?: string;
  /** The audit row of the creating request, written in the same statement (api/cases/common.ts auditedCreation). */
  audit?: AuditEntry | null;
  /** The request's Idempotency-Key, marked used in the same statement. */
  key?: KeyRef | null;
  /**
   * Join concurrent creations into one statement (group commit, creation.ts). Only for the
   * application's own handle, never for a transaction's: the API's intake route sets it.
   */
  grouped?: boolean;
}

/**
 * Intake in ONE statement (ADR 0015, creation.ts): the case row with its work-list columns, its intake
 * contact moment and, when given, the audit row and Idempotency-Key mark of the request; it answers the
 * contact moment as stored. Consents given at intake (e.g. in the resident portal's form) become
 * records like every other, in a transaction with that statement. A case taken in has no supporter or
 * decision maker yet (assignments come later), so it has no `case_people` rows.
 */
export async function takeIn(db: Database, intake: CaseIntake, options: TakeInOptions = {}): Promise<TakenIn> {
  const creation = intakeCreation(intake, options);
  const { record } = creation;
  const { id } = record;
  const consents = intake.client.consents ?? [];
  // The statement also checks the municipality: for an unknown one it writes nothing.
  const stored = (note: NoteRecord | null | undefined): NoteRecord[] => {
    if (!note) throw new CaseInputError('body.gemeenteCode', 'unknown', 'Deze gemeente bestaat niet.');
    return [note];
  };
  if (consents.length === 0) {
    const note = options.grouped ? await writeCreationGrouped(db, creation) : (await writeCreations(db, [creation]))[0];
    return { record, notes: stored(note), consents: [] };
  }
  const taken = await db.transaction(async (tx) => {
    const notes = stored((await writeCreations(tx, [creation]))[0]);
    await insertLegacyConsents(tx, id, consents, intake.question.userId);
    return { record, notes, consents: await consentsOf(tx, id) };
  });
  // A transaction's handle does not name the database, so writeCreations could not poke the sealing
  // job: without this the audit row would wait for the job's slow backstop (ADR 0013).
  if (creation.audit) pokeAuditSealer(db);
  return taken;
}

/** What taking in writes: the new case's record, its intake contact moment, its audit row and key. */
export function intakeCreation(intake: CaseIntake, options: TakeInOptions = {}): Creation {
  const bsn = parseBsn(intake.bsn);
  const id = options.id ?? crypto.randomUUID();
  // The client is known by this case only: no person register, so the case id doubles as client id.
  const opened = withAge(newCase({ id, clientId: id, openedOn: intake.question.receivedOn }), intake.ageCategory);
  const { case: c, questionId } = addIntakeQuestion(opened, intake.question);
  const { consents: _consents, ...details } = intake.client;
  const record: CaseRecord = { id, municipalityCode: intake.municipalityCode, case: c, client: { ...details, informalSupporters: [] }, choices: {}, bsn, version: 1 };
  return { record, note: { id: crypto.randomUUID(), ...intakeNote(questionId, intake.question) }, audit: options.audit ?? null, key: options.key ?? null };
}

/**
 * A further question of the same client (§3.1: several questions, each at its own step). Allowed on
 * a blocked case: registering what the client asks is not yet helping him with it.
 */
export async function addQuestion(db: Database, caseId: string, expectedVersion: number | undefined, intake: QuestionIntake): Promise<CaseRecord> {
  return updateCase(db, caseId, expectedVersion, (current) => {
    const { case: c, questionId } = addIntakeQuestion(current.case, intake);
    return { record: { ...current, case: c }, after: async (tx) => void (await insertNote(tx, caseId, intakeNote(questionId, intake))) };
  });
}

/** Consents are records of their own (consents.ts): the details never carry them. */
const withoutConsents = ({ consents: _records, ...details }: EditableClientDetails) => details;

/**
 * Replaces the client's details (consents excepted: they are given and withdrawn one by one, see
 * consents.ts); informal supporters stay, they follow from assignments. Responses
 * only ever show the BSN masked, so a form cannot send it back: `bsn` undefined keeps the stored one,
 * null or empty removes it.
 */
export async function updateClientDetails(
  db: Database,
  caseId: string,
  expectedVersion: number | undefined,
  input: { client: EditableClientDetails; bsn: string | null | undefined; ageCategory: AgeCategory | null },
): Promise<CaseRecord> {
  const bsn = input.bsn === undefined ? undefined : parseBsn(input.bsn);
  return updateCase(db, caseId, expectedVersion, (current) => ({
    record: {
      ...current,
      bsn: bsn === undefined ? current.bsn : bsn,
      case: withAge(current.case, input.ageCategory),
      client: { ...withoutConsents(input.client), informalSupporters: current.client.informalSupporters },
    },
  }));
}
