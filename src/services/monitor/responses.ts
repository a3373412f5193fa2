import { sql } from '../../db/sql.ts';
import type { Database } from '../../db/client.ts';
import type { Answers } from '../../domain/monitor/questionnaire.ts';
import { nextStatus, type ResponseEvent, type ResponseStatus } from '../../domain/monitor/status.ts';
import { errorsOf, validateAnswers, warningsOf, type Finding } from '../../domain/monitor/validate.ts';
import { allocationByMunicipality } from './allocation.ts';
import type { Round } from './rounds.ts';
import { ConflictError, InvalidInputError } from '../../domain/errors.ts';

export interface ResponseVersion {
  municipalityCode: string;
  version: number;
  status: ResponseStatus;
  answers: Answers;
  warnings: Finding[];
  answeredBy: string;
  savedAt: string;
  submittedAt: string | null;
}

const versionSelect = sql`
  select municipality_code as "municipalityCode", version, status, answers, warnings, answered_by as "answeredBy",
         saved_at::text as "savedAt", submitted_at::text as "submittedAt"
    from monitor_responses`;

const parse = (r: ResponseVersion): ResponseVersion => ({
  ...r,
  answers: typeof r.answers === 'string' ? JSON.parse(r.answers) : r.answers,
  warnings: typeof r.warnings === 'string' ? JSON.parse(r.warnings) : r.warnings,
});

/** All versions of one municipality's response, newest first. */
export async function responseHistory(db: Database, roundId: string, code: string): Promise<ResponseVersion[]> {
  return (await db.rows<ResponseVersion>(sql`${versionSelect} where round_id = ${roundId} and municipality_code = ${code} order by version desc`)).map(parse);
}

/**
 * The newest version per municipality of a round; with `submittedOnly` the newest non-draft one
 * (a new draft after submission does not undo the submission). One set-based query.
 */
export async function currentResponses(db: Database, roundId: string, submittedOnly = false): Promise<ResponseVersion[]> {
  const rows = await db.rows<ResponseVersion>(sql`
    select distinct on (municipality_code) municipality_code as "municipalityCode", version, status, answers, warnings,
           answered_by as "answeredBy", saved_at::text as "savedAt", submitted_at::text as "submittedAt"
      from monitor_responses
     where round_id = ${roundId} and (${!submittedOnly} or status <> 'concept')
     order by municipality_code, version desc`);
  return rows.map(parse);
}

/** Answers with errors (findings of level 'fout', each with its field); warnings do not refuse. */
export class ResponseRejectedError extends InvalidInputError {
  constructor(
    readonly findings: Finding[],
    message = 'De antwoorden zijn niet opgeslagen: er zijn fouten.',
  ) {
    const errors = findings.filter((f) => f.level === 'fout');
    super(
      errors.map((f) => ({ field: f.field, code: f.rule, message: f.message })),
      { message: [message, ...errors.map((f) => f.message)].join(' ') },
    );
  }
}
/** The caller's version is old: someone saved in between. */
export class VersionConflictError extends ConflictError {
  constructor(message: string) {
    super(message, { reason: 'stale' });
  }
}
/** The response's status does not allow this step. */
export class TransitionError extends ConflictError {}

export interface SaveInput {
  round: Round;
  municipalityCode: string;
  answers: Answers;
  event: Extract<ResponseEvent, 'opslaan' | 'indienen'>;
  answeredBy: string;
  userId: string | null;
  /** From If-Match: the version the caller saw (0 = none yet); undefined skips the check. */
  expectedVersion?: number;
}

/**
 * Saves a draft or submits. Every save is a new version (all versions are kept), so the ETag is the
 * version number and a stale If-Match is detected in the same statement that inserts.
 */
export async function saveResponse(db: Database, input: SaveInput): Promise<ResponseVersion> {
  const [current] = await responseHistory(db, input.round.id, input.municipalityCode);
  const status = nextStatus(current?.status ?? 'niet_gestart', input.event);
  if (!status) throw new TransitionError(`Dit kan niet bij de status "${current?.status ?? 'niet_gestart'}".`);
  const allocation = (await allocationByMunicipality(db, input.round.divisionYear)).get(input.municipalityCode) ?? null;
  const findings = validateAnswers(input.answers, input.round.questionnaire, { allocationCents: allocation, mode: input.event === 'indienen' ? 'submit' : 'draft' });
  if (errorsOf(findings).length) throw new ResponseRejectedError(findings);
  const inserted = await insertVersion(db, input.round.id, input.municipalityCode, status, input.answers, warningsOf(findings), input.answeredBy, input.userId, input.expectedVersion);
  if (!inserted) throw new VersionConflictError('Iemand anders heeft deze antwoorden intussen gewijzigd. Laad de nieuwste versie en probeer het opnieuw.');
  return inserted;
}

async function insertVersion(
  db: Pick<Database, 'rows'>,
  roundId: string,
  code: string,
  status: ResponseStatus,
  answers: Answers,
  warnings: Finding[],
  answeredBy: string,
  userId: string | null,
  expectedVersion?: number,
): Promise<ResponseVersion | null> {
  try {
    const [row] = await db.rows<ResponseVersion>(sql`
      with latest as (
        select coalesce(max(version), 0) as version from monitor_responses where round_id = ${roundId} and municipality_code = ${code}
      )
      insert into monitor_responses (round_id, municipality_code, version, status, answers, warnings, answered_by, saved_by, submitted_at)
      select ${roundId}, ${code}, latest.version + 1, ${status}, ${JSON.stringify(answers)}::jsonb, ${JSON.stringify(warnings)}::jsonb,
             ${answeredBy}, ${userId}::uuid, case when ${status} = 'ingediend' then now() end
        from latest where ${expectedVersion ?? null}::int is null or latest.version = ${expectedVersion ?? null}
      returning municipality_code as "municipalityCode", version, status, answers, warnings, answered_by as "answeredBy",
                saved_at::text as "savedAt", submitted_at::text as "submittedAt"`);
    return row ? parse(row) : null;
  } catch (err) {
    // Two writers computed the same next version: the primary key refuses the second.
    if (/duplicate key|unique/i.test((err as Error).message + String((err as { cause?: Error }).cause?.message ?? ''))) return null;
    throw err;
  }
}

/** The ministry's follow-up on a submitted response: ask for clarification, or accept it. */
export async function reviewResponse(db: Database, round: Round, code: string, event: Extract<ResponseEvent, 'toelichting_vragen' | 'accepteren'>, userId: string | null): Promise<ResponseVersion> {
  const [current] = await responseHistory(db, round.id, code);
  const status = current ? nextStatus(current.status, event) : null;
  if (!current || !status) throw new TransitionError(`Dit kan niet bij de status "${current?.status ?? 'niet_gestart'}".`);
  const inserted = await insertVersion(db, round.id, code, status, current.answers, current.warnings, current.answeredBy, userId, current.version);
  if (!inserted) throw new VersionConflictError('De antwoorden zijn intussen gewijzigd. Laad de nieuwste versie.');
  return inserted;
}

/** Rows for a set-based insert of many submitted responses at once (import, regional answer, demo). */
export interface BulkResponse {
  municipalityCode: string;
  answers: Answers;
  warnings: Finding[];
}

export async function insertSubmittedResponses(db: Database, roundId: string, rows: BulkResponse[], answeredBy: string, userId: string | null): Promise<number> {
  if (rows.length === 0) return 0;
  await db.transaction(async (tx) => {
    // Bulk writes of one round one at a time: two at once both computed max(version) + 1 and the
    // second failed on the primary key with a 500 (test/reliability/concurrency.test.ts).
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`naast:monitor-antwoorden:${roundId}`}))`);
    for (let i = 0; i < rows.length; i += 500) {
      const values = sql.join(
        rows.slice(i, i + 500).map((r) => sql`(${r.municipalityCode}, ${JSON.stringify(r.answers)}::jsonb, ${JSON.stringify(r.warnings)}::jsonb)`),
        sql`, `,
      );
      await tx.execute(sql`
        insert into monitor_responses (round_id, municipality_code, version, status, answers, warnings, answered_by, saved_by, submitted_at)
        select ${roundId}, v.code, coalesce((select max(version) from monitor_responses m where m.round_id = ${roundId} and m.municipality_code = v.code), 0) + 1,
               'ingediend', v.answers, v.warnings, ${answeredBy}, ${userId}::uuid, now()
          from (values ${values}) as v (code, answers, warnings)`);
    }
  });
  return rows.length;
}
