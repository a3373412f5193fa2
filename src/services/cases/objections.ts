import crypto from 'node:crypto';
import { sql } from '../../db/sql.ts';
import type { Database } from '../../db/client.ts';
import {
  addDays,
  appealDeadline,
  assessTimeliness,
  daysBetween,
  deadlineUncertainty,
  objectionDeadline,
  warningsDue,
  type Deadline,
  type IsoDate,
  type Timeliness,
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
  /** Day it was posted (ter post bezorgd), for Awb 6:9 lid 2; filedOn is the day it was received. */
  postedOn: IsoDate | null;
  outcome: ObjectionOutcome | null;
  outcomeOn: IsoDate | null;
  outcomeNote: string;
  latenessExcusable: boolean | null;
  latenessReason: string;
  latenessDecidedOn: IsoDate | null;
  latenessDecidedBy: string | null;
}

/** The supporter's assessment of a late filing under Awb 6:11. */
export interface ExcusabilityRecord {
  excusable: boolean;
  reason: string;
  decidedOn: IsoDate;
  decidedBy: string | null;
}

type LatenessColumns = 'latenessExcusable' | 'latenessReason' | 'latenessDecidedOn' | 'latenessDecidedBy';

export interface ObjectionRecord extends Omit<ObjectionRow, 'plainDeadlineOn' | 'deadlineOn' | 'extendedBecause' | LatenessColumns> {
  deadline: Deadline | null;
  /** Whether what was filed was in time (Awb 6:9); null until it is filed (or posted) or without a period. */
  inTime: boolean | null;
  /** Awb 6:9 from the dates of posting and receipt, with the Dutch explanation. */
  timeliness: Timeliness | null;
  excusability: ExcusabilityRecord | null;
  /** The period still runs: nothing filed and no outcome yet. */
  running: boolean;
  daysLeft: number | null;
  lapsed: boolean;
  /** The domain's Dutch warning when the last day is within WARNING_DAYS. */
  warning: string | null;
}

export const objectionSelect = sql`select id::text as id, case_id::text as "caseId", question_id as "questionId", kind, subject,
  decision_sent_on::text as "decisionSentOn", plain_deadline_on::text as "plainDeadlineOn", deadline_on::text as "deadlineOn",
  extended_because as "extendedBecause", filed_on::text as "filedOn", posted_on::text as "postedOn", outcome, outcome_on::text as "outcomeOn",
  outcome_note as "outcomeNote", lateness_excusable as "latenessExcusable", lateness_reason as "latenessReason",
  lateness_decided_on::text as "latenessDecidedOn", lateness_decided_by::text as "latenessDecidedBy" from case_objections`;

/** The stored period back as the domain's Deadline, with what it means today. */
export function toObjection(row: ObjectionRow, today: IsoDate): ObjectionRecord {
  const { plainDeadlineOn, deadlineOn, extendedBecause, latenessExcusable, latenessReason, latenessDecidedOn, latenessDecidedBy, ...rest } = row;
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
  const excusability: ExcusabilityRecord | null =
    latenessExcusable !== null && latenessDecidedOn !== null
      ? { excusable: latenessExcusable, reason: latenessReason, decidedOn: latenessDecidedOn, decidedBy: latenessDecidedBy }
      : null;
  const timeliness = deadline ? assessTimeliness(deadline, { receivedOn: row.filedOn, postedOn: row.postedOn }, excusability) : null;
  return {
    ...rest,
    deadline,
    inTime: timeliness?.inTime ?? null,
    timeliness,
    excusability,
    running,
    daysLeft,
    lapsed: running && daysLeft !== null && daysLeft < 0,
    warning: running && deadline ? (warningsDue([deadline], today, WARNING_DAYS)[0]?.message ?? null) : null,
  };
}

export async function objectionsOf(db: Database, caseIds: readonly string[], today: IsoDate, only: 'all' | 'running' = 'all'): Promise<ObjectionRecord[]> {
  if (caseIds.length === 0) return [];
  // `running` as toObjection decides it, in SQL: a work list of 50 cases reads only the periods it shows.
  const running = only === 'running' ? sql`and kind <> 'klacht' and decision_sent_on is not null and plain_deadline_on is not null and deadline_on is not null and filed_on is null and outcome is null` : sql``;
  const rows = await db.rows<ObjectionRow>(sql`${objectionSelect} where case_id = any(${sql.array(caseIds)}::uuid[]) ${running} order by deadline_on nulls last, recorded_at, id`);
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
  /** Day it was received by the administrative body. */
  filedOn: IsoDate | null;
  /** Day it was posted, when sent by post (Awb 6:9 lid 2). Left out by older callers: then none. */
  postedOn?: IsoDate | null;
  outcome: ObjectionOutcome | null;
  outcomeOn: IsoDate | null;
  note: string;
  /** The supporter's Awb 6:11 assessment of a late filing; null clears it. */
  excusability?: { excusable: boolean; reason: string } | null;
  userId?: string | null;
}

interface StoredForUpdate {
  deadlineOn: IsoDate | null;
  latenessExcusable: boolean | null;
  latenessReason: string;
  latenessDecidedOn: IsoDate | null;
  latenessDecidedBy: string | null;
}

/**
 * Checks the filing dates and the 6:11 assessment together, so the form shows every problem at once:
 * a letter cannot arrive before it was posted, and only a late filing can be excusable.
 */
function checkProgress(stored: StoredForUpdate, input: ObjectionProgress, today: IsoDate): void {
  const problems: { field: string; code: string; message: string }[] = [];
  const postedOn = input.postedOn ?? null;
  if (input.outcome && !input.outcomeOn) problems.push({ field: 'body.uitkomstDatum', code: 'required', message: 'Vul de datum van de uitkomst in.' });
  if (postedOn && input.filedOn && postedOn > input.filedOn) {
    problems.push({ field: 'body.postDatum', code: 'after-receipt', message: 'De postdatum ligt na de datum van ontvangst. Een brief kan niet binnenkomen voordat hij is verstuurd.' });
  }
  if (postedOn && postedOn > today) problems.push({ field: 'body.postDatum', code: 'future', message: 'De postdatum ligt in de toekomst.' });
  if (input.excusability) {
    const late = stored.deadlineOn !== null && assessTimeliness({ endsOn: stored.deadlineOn }, { receivedOn: input.filedOn, postedOn })?.inTime === false;
    if (!late) {
      problems.push({ field: 'body.verschoonbaarheid', code: 'not-late', message: 'Alleen over een te laat ingediend bezwaar of beroep kunt u vastleggen of de termijnoverschrijding verschoonbaar is (artikel 6:11 Awb).' });
    }
  }
  if (problems.length > 0) throw new CaseInputError(problems[0]!.field, problems[0]!.code, problems.map((p) => p.message).join(' '), problems);
}

/** A changed assessment gets today's date and the user; an unchanged one keeps who decided and when. */
function excusabilityColumns(stored: StoredForUpdate, input: ObjectionProgress, today: IsoDate) {
  const e = input.excusability ?? null;
  if (!e) return { excusable: null, reason: '', decidedOn: null, decidedBy: null };
  const unchanged = stored.latenessExcusable === e.excusable && stored.latenessReason === e.reason;
  return unchanged
    ? { excusable: e.excusable, reason: e.reason, decidedOn: stored.latenessDecidedOn, decidedBy: stored.latenessDecidedBy }
    : { excusable: e.excusable, reason: e.reason, decidedOn: today, decidedBy: input.userId ?? null };
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
  const record = await updateCase(db, caseId, expectedVersion, async (current, tx) => {
    const found = isUuid(objectionId)
      ? await txRows<StoredForUpdate>(
          tx,
          sql`select deadline_on::text as "deadlineOn", lateness_excusable as "latenessExcusable",
            lateness_reason as "latenessReason", lateness_decided_on::text as "latenessDecidedOn", lateness_decided_by::text as "latenessDecidedBy"
            from case_objections where id = ${objectionId}::uuid and case_id = ${caseId}::uuid`,
        )
      : [];
    const stored = found[0];
    if (!stored) throw new CaseNotFoundError('Deze klacht of dit bezwaar of beroep bestaat niet in dit dossier.');
    checkProgress(stored, input, today);
    const e = excusabilityColumns(stored, input, today);
    return {
      record: current,
      after: async (t) => {
        await t.execute(sql`update case_objections set filed_on = ${input.filedOn}::date, posted_on = ${input.postedOn ?? null}::date, outcome = ${input.outcome},
          outcome_on = ${input.outcomeOn}::date, outcome_note = ${input.note}, lateness_excusable = ${e.excusable}, lateness_reason = ${e.reason},
          lateness_decided_on = ${e.decidedOn}::date, lateness_decided_by = ${e.decidedBy}::uuid where id = ${objectionId}::uuid`);
      },
    };
  });
  return { record, objection: await objection(db, objectionId, today) };
}
