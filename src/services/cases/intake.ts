import crypto from 'node:crypto';
import type { Database } from '../../db/client.ts';
import { newCase, newQuestion, withQuestion, type AccessChannel, type AgeCategory, type Case, type IsoDate, type LifeDomain } from '../../domain/cases/index.ts';
import { parseBsn, type EditableClientDetails } from './client.ts';
import { CaseInputError } from './errors.ts';
import { insertLegacyConsents } from './consents.ts';
import { insertNote, noteInsert } from './records.ts';
import { insertCase, updateCase, type CaseRecord } from './store.ts';

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
  const bsn = parseBsn(intake.bsn);
  const id = crypto.randomUUID();
  // The client is known by this case only: no person register, so the case id doubles as client id.
  const opened = withAge(newCase({ id, clientId: id, openedOn: intake.question.receivedOn }), intake.ageCategory);
  const { case: c, questionId } = addIntakeQuestion(opened, intake.question);
  const { consents = [], ...details } = intake.client;
  const record: CaseRecord = { id, municipalityCode: intake.municipalityCode, case: c, client: { ...details, informalSupporters: [] }, choices: {}, bsn, version: 0 };
  // The case and its intake contact moment in one statement, which also checks the municipality.
  const stored = await insertCase(
    db,
    record,
    (newCase) => [noteInsert(intakeNote(questionId, intake.question), newCase)],
    // Consents given at intake (e.g. in the resident portal's form) become records like every other.
    consents.length > 0 ? (tx) => insertLegacyConsents(tx, id, consents, intake.question.userId) : undefined,
  );
  if (!stored) throw new CaseInputError('body.gemeenteCode', 'unknown', 'Deze gemeente bestaat niet.');
  return stored;
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
