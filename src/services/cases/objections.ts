import crypto from 'node:crypto';
import { sql } from '../../db/sql.ts';
import type { Database } from '../../db/client.ts';
import {
  addDays,
  appealDeadline,
  daysBetween,
  deadlineUncertainty,
  isFiledInTime,
  objectionDeadline,
  warningsDue,
  type Deadline,
  type IsoDate,
} from '../../domain/cases/index.ts';
import { CaseInputError, CaseNotFoundError } from './errors.ts';
import { isUuid } from './people.ts';
import { questionOf } from './records.ts';
import { txRows, updateCase, type CaseRecord } from './store.ts';

/**
 * Help with complaints, objection and appeal (Bijlage 4). The statutory period comes from the domain
 * (Awb 6:7/6:8 and the Algemene termijnenwet) the moment the dispatch date is known, and is stored, so
 * the deadline work list is one indexed query. A complaint has no statutory period.
 */
export const OBJECTION_KINDS = ['klacht', 'bezwaar', 'beroep'] as const;
export type ObjectionKind = (typeof OBJECTION_KINDS)[number];
export const OBJECTION_OUTCOMES = ['gegrond', 'deels_gegrond', 'ongegrond', 'niet_ontvankelijk', 'ingetrokken'] as const;
export type ObjectionOutcome = (typeof OBJECTION_OUTCOMES)[number];

/** Warn two weeks ahead: time to talk it through with the client, write the objection and send it. */
export const WARNING_DAYS = 14;

interface ObjectionRow {
  id: string;
  caseId: string;
  questionId: string | null;
  kind: ObjectionKind;
  subject: string;
  decisionSentOn: IsoDate | null;
  plainDeadlineOn: IsoDate | null;
  deadlineOn: IsoDate | null;
  extendedBecause: unknown;
  filedOn: IsoDate | null;
  outcome: ObjectionOutcome | null;
  outcomeOn: IsoDate | null;
  outcomeNote: string;
}

export interface ObjectionRecord extends Omit<ObjectionRow, 'plainDeadlineOn' | 'deadlineOn' | 'extendedBecause'> {
  deadline: Deadline | null;
  /** Whether what was filed was in time (Awb 6:9); null until it is filed or without a period. */
  inTime: boolean | null;
  /** The period still runs: nothing filed and no outcome yet. */
  running: boolean;
  daysLeft: number | null;
  lapsed: boolean;
  /** The domain's Dutch warning when the last day is within WARNING_DAYS. */
  warning: string | null;
}

export const objectionSelect = sql`select id::text as id, case_id::text as "caseId", question_id as "questionId", kind, subject,
  decision_sent_on::text as "decisionSentOn", plain_deadline_on::text as "plainDeadlineOn", deadline_on::text as "deadlineOn",
  extended_because as "extendedBecause", filed_on::text as "filedOn", outcome, outcome_on::text as "outcomeOn",
  outcome_note as "outcomeNote" from case_objections`;

/** The stored period back as the domain's Deadline, with what it means today. */
export function toObjection(row: ObjectionRow, today: IsoDate): ObjectionRecord {
  const { plainDeadlineOn, deadlineOn, extendedBecause, ...rest } = row;
  const deadline: Deadline | null =
    row.kind !== 'klacht' && row.decisionSentOn && plainDeadlineOn && deadlineOn
      ? {
          kind: row.kind,
          announcedOn: row.decisionSentOn,
          startsOn: addDays(row.decisionSentOn, 1),
          plainEndsOn: plainDeadlineOn,
          endsOn: deadlineOn,
          extendedBecause: (typeof extendedBecause === 'string' ? JSON.parse(extendedBecause) : extendedBecause) as string[],
          ...deadlineUncertainty(deadlineOn),
        }
      : null;
  const running = deadline !== null && row.filedOn === null && row.outcome === null;
  const daysLeft = deadline ? daysBetween(today, deadline.endsOn) : null;
  return {
    ...rest,
    deadline,
    inTime: deadline && row.filedOn ? isFiledInTime(deadline, { receivedOn: row.filedOn }) : null,
    running,
    daysLeft,
    lapsed: running && daysLeft !== null && daysLeft < 0,
    warning: running && deadline ? (warningsDue([deadline], today, WARNING_DAYS)[0]?.message ?? null) : null,
  };
}

export async function objectionsOf(db: Database, caseIds: readonly string[], today: IsoDate): Promise<ObjectionRecord[]> {
  if (caseIds.length === 0) return [];
  const list = sql.join(caseIds.map((id) => sql`${id}::uuid`), sql`, `);
  const rows = await db.rows<ObjectionRow>(sql`${objectionSelect} where case_id in (${list}) order by deadline_on nulls last, recorded_at, id`);
  return rows.map((r) => toObjection(r, today));
}

export interface NewObjection {
  kind: ObjectionKind;
  subject: string;
  decisionSentOn: IsoDate | null;
  questionId: string | null;
  userId: string | null;
}

function computeDeadline(kind: ObjectionKind, sentOn: IsoDate | null): Deadline | null {
  if (kind === 'klacht') {
    if (sentOn) throw new CaseInputError('body.verzendDatum', 'not-applicable', 'Een klacht heeft geen wettelijke termijn; laat de verzenddatum leeg.');
    return null;
  }
  if (!sentOn) {
    throw new CaseInputError('body.verzendDatum', 'required', 'Vul de datum in waarop het besluit is verzonden of uitgereikt: daarvan hangt de termijn af.');
  }
  try {
    return kind === 'bezwaar' ? objectionDeadline(sentOn) : appealDeadline(sentOn);
  } catch (err) {
    // The holiday calendar starts in 2014 (holidays.ts); an earlier date is an input mistake, not a crash.
    if (err instanceof RangeError) throw new CaseInputError('body.verzendDatum', 'out-of-range', err.message);
    throw err;
  }
}

/** Allowed on a blocked case: the period runs regardless, and a missed period cannot be repaired. */
export async function addObjection(
  db: Database,
  caseId: string,
  expectedVersion: number | undefined,
  input: NewObjection,
  today: IsoDate,
): Promise<{ record: CaseRecord; objection: ObjectionRecord }> {
  const deadline = computeDeadline(input.kind, input.decisionSentOn);
  const id = crypto.randomUUID();
  const record = await updateCase(db, caseId, expectedVersion, (current) => {
    if (input.questionId) questionOf(current.case, input.questionId);
    return {
      record: current,
      after: async (tx) => {
        await tx.execute(sql`insert into case_objections (id, case_id, question_id, kind, subject, decision_sent_on, plain_deadline_on, deadline_on, extended_because, recorded_by)
          values (${id}::uuid, ${caseId}::uuid, ${input.questionId}, ${input.kind}, ${input.subject}, ${input.decisionSentOn}::date,
                  ${deadline?.plainEndsOn ?? null}::date, ${deadline?.endsOn ?? null}::date, ${JSON.stringify(deadline?.extendedBecause ?? [])}::jsonb, ${input.userId}::uuid)`);
      },
    };
  });
  return { record, objection: await objection(db, id, today) };
}

async function objection(db: Database, id: string, today: IsoDate): Promise<ObjectionRecord> {
  const [row] = await db.rows<ObjectionRow>(sql`${objectionSelect} where id = ${id}::uuid`);
  return toObjection(row!, today);
}

export interface ObjectionProgress {
  filedOn: IsoDate | null;
  outcome: ObjectionOutcome | null;
  outcomeOn: IsoDate | null;
  note: string;
}

/** Records when it was filed and what came of it; a filed objection leaves the deadline list. */
export async function updateObjection(
  db: Database,
  caseId: string,
  expectedVersion: number | undefined,
  objectionId: string,
  input: ObjectionProgress,
  today: IsoDate,
): Promise<{ record: CaseRecord; objection: ObjectionRecord }> {
  if (input.outcome && !input.outcomeOn) throw new CaseInputError('body.uitkomstDatum', 'required', 'Vul de datum van de uitkomst in.');
  const record = await updateCase(db, caseId, expectedVersion, async (current, tx) => {
    const found = isUuid(objectionId) ? await txRows(tx, sql`select 1 from case_objections where id = ${objectionId}::uuid and case_id = ${caseId}::uuid`) : [];
    if (found.length === 0) throw new CaseNotFoundError('Deze klacht of dit bezwaar of beroep bestaat niet in dit dossier.');
    return {
      record: current,
      after: async (t) => {
        await t.execute(sql`update case_objections set filed_on = ${input.filedOn}::date, outcome = ${input.outcome},
          outcome_on = ${input.outcomeOn}::date, outcome_note = ${input.note} where id = ${objectionId}::uuid`);
      },
    };
  });
  return { record, objection: await objection(db, objectionId, today) };
}
