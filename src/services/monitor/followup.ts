import { sql, type SQL } from '../../db/sql.ts';
import type { Database } from '../../db/client.ts';
import type { LaggingReason } from '../../domain/monitor/summary.ts';
import type { ResponseStatus } from '../../domain/monitor/status.ts';
import type { Stage } from '../../domain/monitor/questionnaire.ts';
import { currentResponses, VersionConflictError } from './responses.ts';
import { roundMunicipalities, roundSummary } from './summary.ts';
import { requireRound, type Round } from './rounds.ts';
import { NotFoundError } from '../../domain/errors.ts';

/**
 * Follow-up (opvolging) of lagging municipalities by the ministry: a support team, a deadline for
 * clarification, escalation, and a log of what happened (contacts, decisions, …). The record has a
 * version for If-Match; events are appended and never change.
 */
export const FOLLOWUP_EVENT_KINDS = ['team_toegewezen', 'toelichting_gevraagd', 'contact', 'besluit', 'escalatie', 'geaccepteerd'] as const;
export type FollowupEventKind = (typeof FOLLOWUP_EVENT_KINDS)[number];
/** Kinds a person records by hand; the others follow from actions (PUT, clarification, acceptance). */
export const MANUAL_EVENT_KINDS = ['contact', 'besluit', 'escalatie'] as const;

export interface FollowupEvent {
  id: number;
  kind: FollowupEventKind;
  note: string;
  occurredAt: string;
  recordedBy: string | null;
}

export interface FollowupRecord {
  municipalityCode: string;
  supportTeam: string | null;
  clarificationDeadline: string | null;
  escalated: boolean;
  version: number;
  updatedAt: string;
  events: FollowupEvent[];
}

type Executor = { execute(query: SQL): Promise<unknown> };
/** Rows of a statement run inside a transaction (both drivers answer with `rows`). */
async function txRows<T>(tx: Executor, query: SQL): Promise<T[]> {
  return ((await tx.execute(query)) as { rows: T[] }).rows;
}

const recordColumns = sql`municipality_code as "municipalityCode", support_team as "supportTeam",
  clarification_deadline::text as "clarificationDeadline", escalated, version, updated_at::text as "updatedAt"`;

/** Every follow-up record of a round with its events (oldest first), by municipality code. */
export async function followupsOfRound(db: Database, roundId: string, code?: string): Promise<Map<string, FollowupRecord>> {
  const only = code ? sql`and municipality_code = ${code}` : sql``;
  const records = await db.rows<Omit<FollowupRecord, 'events'>>(sql`select ${recordColumns} from monitor_followups where round_id = ${roundId} ${only}`);
  const events = await db.rows<FollowupEvent & { municipalityCode: string }>(sql`
    select id::int as id, municipality_code as "municipalityCode", kind, note, occurred_at::text as "occurredAt", recorded_by::text as "recordedBy"
      from monitor_followup_events where round_id = ${roundId} ${only} order by occurred_at, id`);
  const result = new Map(records.map((r) => [r.municipalityCode, { ...r, events: [] as FollowupEvent[] }]));
  for (const { municipalityCode, ...e } of events) result.get(municipalityCode)?.events.push(e);
  return result;
}

export interface FollowupOverviewRow {
  code: string;
  name: string;
  youthRegion: { code: string; name: string };
  lagging: boolean;
  reasons: LaggingReason[];
  stage: Stage | null;
  status: ResponseStatus;
  followup: FollowupRecord | null;
}

/** The round's lagging municipalities, and any other municipality that already has a follow-up record. */
export async function followupOverview(db: Database, roundId: string): Promise<{ round: Round; rows: FollowupOverviewRow[] }> {
  const { round, summary } = await roundSummary(db, roundId);
  const records = await followupsOfRound(db, round.id);
  const latest = new Map((await currentResponses(db, round.id)).map((r) => [r.municipalityCode, r]));
  const lagging = new Map(summary.lagging.map((l) => [l.code, l]));
  const rows: FollowupOverviewRow[] = [];
  for (const m of await roundMunicipalities(db, round)) {
    const l = lagging.get(m.code);
    const followup = records.get(m.code) ?? null;
    if (!l && !followup) continue;
    const response = latest.get(m.code);
    rows.push({
      code: m.code,
      name: m.name,
      youthRegion: m.youthRegion,
      lagging: Boolean(l),
      reasons: l?.reasons ?? [],
      stage: l ? l.stage : (response?.answers.stage ?? null),
      status: response?.status ?? 'niet_gestart',
      followup,
    });
  }
  return { round, rows: rows.sort((a, b) => a.name.localeCompare(b.name, 'nl')) };
}

export class NotInRoundError extends NotFoundError {}

async function requireMember(db: Database, roundId: string, code: string): Promise<Round> {
  const round = await requireRound(db, roundId);
  if (!(await roundMunicipalities(db, round)).some((m) => m.code === code)) throw new NotInRoundError(`Deze gemeente hoort niet bij de indeling van ronde ${round.id}.`);
  return round;
}

async function insertEvent(tx: Executor, roundId: string, code: string, kind: FollowupEventKind, note: string, userId: string | null): Promise<void> {
  await tx.execute(sql`insert into monitor_followup_events (round_id, municipality_code, kind, note, recorded_by) values (${roundId}, ${code}, ${kind}, ${note}, ${userId}::uuid)`);
}

const ensureRecord = (roundId: string, code: string) =>
  sql`insert into monitor_followups (round_id, municipality_code) values (${roundId}, ${code}) on conflict (round_id, municipality_code) do nothing`;

export interface FollowupChange {
  roundId: string;
  municipalityCode: string;
  supportTeam: string | null;
  clarificationDeadline: string | null;
  escalated: boolean;
  /** From If-Match (0 = no record yet); undefined skips the check. */
  expectedVersion?: number | undefined;
  userId: string | null;
}

const conflict = () => new VersionConflictError('De opvolging is intussen gewijzigd. Laad de nieuwste versie en probeer het opnieuw.');

/**
 * Sets support team, clarification deadline and escalation. The version is compared and raised in
 * the same statement that writes, so a stale If-Match never overwrites a newer change. Assigning a
 * team and escalating are logged as events, so the log tells the whole story.
 */
export async function updateFollowup(db: Database, change: FollowupChange): Promise<FollowupRecord> {
  const { roundId, municipalityCode: code } = change;
  await requireMember(db, roundId, code);
  await db.transaction(async (tx) => {
    const [current] = await txRows<{ version: number; supportTeam: string | null; escalated: boolean }>(
      tx,
      sql`select version, support_team as "supportTeam", escalated from monitor_followups where round_id = ${roundId} and municipality_code = ${code} for update`,
    );
    if (change.expectedVersion !== undefined && change.expectedVersion !== (current?.version ?? 0)) throw conflict();
    const written = current
      ? await txRows(tx, sql`
          update monitor_followups set support_team = ${change.supportTeam}, clarification_deadline = ${change.clarificationDeadline}::date,
                 escalated = ${change.escalated}, version = version + 1, updated_at = now()
           where round_id = ${roundId} and municipality_code = ${code} and version = ${current.version} returning version`)
      : await txRows(tx, sql`
          insert into monitor_followups (round_id, municipality_code, support_team, clarification_deadline, escalated)
          values (${roundId}, ${code}, ${change.supportTeam}, ${change.clarificationDeadline}::date, ${change.escalated})
          on conflict (round_id, municipality_code) do nothing returning version`);
    if (written.length === 0) throw conflict();
    if (change.supportTeam && change.supportTeam !== current?.supportTeam) {
      await insertEvent(tx, roundId, code, 'team_toegewezen', `Ondersteuningsteam: ${change.supportTeam}`, change.userId);
    }
    if (change.escalated && !current?.escalated) await insertEvent(tx, roundId, code, 'escalatie', 'Geëscaleerd', change.userId);
  });
  return (await followupsOfRound(db, roundId, code)).get(code)!;
}

/** Records a contact, decision or escalation with a note; an escalation also marks the record escalated. */
export async function recordFollowupEvent(
  db: Database,
  input: { roundId: string; municipalityCode: string; kind: (typeof MANUAL_EVENT_KINDS)[number]; note: string; userId: string | null },
): Promise<FollowupRecord> {
  const { roundId, municipalityCode: code } = input;
  await requireMember(db, roundId, code);
  await db.transaction(async (tx) => {
    await tx.execute(ensureRecord(roundId, code));
    if (input.kind === 'escalatie') {
      await tx.execute(sql`update monitor_followups set escalated = true, version = version + 1, updated_at = now()
                            where round_id = ${roundId} and municipality_code = ${code} and not escalated`);
    }
    await insertEvent(tx, roundId, code, input.kind, input.note, input.userId);
  });
  return (await followupsOfRound(db, roundId, code)).get(code)!;
}

/**
 * The ministry asked for clarification (status toelichting_gevraagd): create or refresh the
 * follow-up record, with the deadline when one is given (an earlier deadline stays otherwise).
 */
export async function recordClarificationRequest(
  db: Database,
  input: { roundId: string; municipalityCode: string; deadline: string | null; note: string; userId: string | null },
): Promise<void> {
  const { roundId, municipalityCode: code, deadline } = input;
  await db.transaction(async (tx) => {
    await tx.execute(sql`
      insert into monitor_followups as f (round_id, municipality_code, clarification_deadline) values (${roundId}, ${code}, ${deadline}::date)
      on conflict (round_id, municipality_code) do update
        set clarification_deadline = coalesce(${deadline}::date, f.clarification_deadline),
            version = f.version + case when ${deadline}::date is distinct from f.clarification_deadline and ${deadline}::date is not null then 1 else 0 end,
            updated_at = now()`);
    const text = [deadline ? `Toelichting gevraagd, uiterlijk ${deadline}.` : 'Toelichting gevraagd.', input.note].filter(Boolean).join(' ');
    await insertEvent(tx, roundId, code, 'toelichting_gevraagd', text, input.userId);
  });
}

/** An accepted answer closes the follow-up story: logged only where a follow-up record exists. */
export async function recordAcceptance(db: Database, roundId: string, code: string, userId: string | null): Promise<void> {
  await db.rows(sql`
    insert into monitor_followup_events (round_id, municipality_code, kind, note, recorded_by)
    select round_id, municipality_code, 'geaccepteerd', 'Antwoord geaccepteerd.', ${userId}::uuid
      from monitor_followups where round_id = ${roundId} and municipality_code = ${code}`);
}
