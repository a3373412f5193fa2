import crypto from 'node:crypto';
import { sql } from '../../db/sql.ts';
import { checkNewConsent, withdrawConsent, type ConsentRecord as DomainConsent, type IsoDate } from '../../domain/cases/index.ts';
import type { Database } from '../../db/client.ts';
import type { Consent } from './client.ts';
import { CaseInputError, CaseNotFoundError, CaseRefusedError } from './errors.ts';
import { isUuid, userNames, type Rows } from './people.ts';
import { txRows, updateCase, type CaseRecord, type Executor } from './store.ts';

/**
 * Consent records (toestemmingen, domain consent.ts): given and withdrawn one by one, never edited or
 * deleted. Each change goes through `updateCase`, so it moves the case version (If-Match) and takes
 * the case's lock. Giving and withdrawing are allowed on a blocked case: a consent is the client's
 * right, not support work.
 */
export interface ConsentView extends DomainConsent {
  note: string;
  recordedBy: string | null;
  /** Display name of the staff member who recorded it (no id leaves for the resident's view). */
  recordedByName: string | null;
  recordedAt: string;
  withdrawnByName: string | null;
}

interface ConsentRow {
  id: string;
  subject: string;
  recipient: string;
  givenOn: IsoDate;
  withdrawnOn: IsoDate | null;
  note: string;
  recordedBy: string | null;
  withdrawnBy: string | null;
  recordedAt: string;
}

const select = sql`select id::text as id, subject, recipient, given_on::text as "givenOn", withdrawn_on::text as "withdrawnOn", note,
  recorded_by::text as "recordedBy", withdrawn_by::text as "withdrawnBy",
  to_char(recorded_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "recordedAt" from case_consents`;

/** Every consent of the case, the history included, oldest first. */
export async function consentsOf(db: Rows, caseId: string): Promise<ConsentView[]> {
  const rows = await db.rows<ConsentRow>(sql`${select} where case_id = ${caseId}::uuid order by given_on, recorded_at, id`);
  const names = await userNames(db, rows.flatMap((r) => [r.recordedBy, r.withdrawnBy].filter((x): x is string => x !== null)));
  return rows.map(({ withdrawnOn, withdrawnBy, ...r }) => ({
    ...r,
    ...(withdrawnOn ? { withdrawnOn } : {}),
    recordedByName: r.recordedBy ? (names.get(r.recordedBy) ?? null) : null,
    withdrawnByName: withdrawnBy ? (names.get(withdrawnBy) ?? null) : null,
  }));
}

export interface NewConsent {
  subject: string;
  recipient: string;
  givenOn: IsoDate;
  note: string;
  userId: string | null;
}

async function insertConsent(tx: Executor, caseId: string, c: NewConsent & { withdrawnOn?: IsoDate }, id: string = crypto.randomUUID()): Promise<string> {
  // clock_timestamp, not now(): several consents of one intake keep their order in the history.
  await tx.execute(sql`insert into case_consents (id, case_id, subject, recipient, given_on, withdrawn_on, note, recorded_by, recorded_at, withdrawn_by, withdrawn_at)
    values (${id}::uuid, ${caseId}::uuid, ${c.subject}, ${c.recipient}, ${c.givenOn}::date, ${c.withdrawnOn ?? null}::date, ${c.note}, ${c.userId}::uuid,
            clock_timestamp(), ${c.withdrawnOn ? c.userId : null}::uuid, ${c.withdrawnOn ? sql`now()` : null})`);
  return id;
}

/**
 * Consents in the older shape (intake callers): a consent given becomes a current record, one refused
 * a record withdrawn the same day, so what was recorded is kept. With whom was not asked: empty.
 */
export async function insertLegacyConsents(tx: Executor, caseId: string, consents: readonly Consent[], userId: string | null): Promise<void> {
  for (const c of consents) {
    const note = c.given ? c.note : `Niet gegeven. ${c.note}`.trim();
    await insertConsent(tx, caseId, { subject: c.subject, recipient: '', givenOn: c.recordedOn, note, userId, ...(c.given ? {} : { withdrawnOn: c.recordedOn }) });
  }
}

function inputError(errors: { path: string; code: string; message: string }[]): never {
  throw CaseInputError.of(errors);
}

export async function giveConsent(db: Database, caseId: string, expectedVersion: number | undefined, input: NewConsent, today: IsoDate): Promise<{ record: CaseRecord; consent: ConsentView }> {
  const errors = checkNewConsent(input, today);
  if (errors.length > 0) inputError(errors);
  const id = crypto.randomUUID();
  const record = await updateCase(db, caseId, expectedVersion, (current) => ({
    record: current,
    after: async (tx) => void (await insertConsent(tx, caseId, input, id)),
  }));
  const consent = (await consentsOf(db, caseId)).find((c) => c.id === id)!;
  return { record, consent };
}

export async function withdrawConsentRecord(
  db: Database,
  caseId: string,
  expectedVersion: number | undefined,
  consentId: string,
  input: { on: IsoDate; userId: string | null },
  today: IsoDate,
): Promise<{ record: CaseRecord; consent: ConsentView }> {
  const record = await updateCase(db, caseId, expectedVersion, async (current, tx) => {
    const [row] = isUuid(consentId) ? await txRows<ConsentRow>(tx, sql`${select} where id = ${consentId}::uuid and case_id = ${caseId}::uuid`) : [];
    if (!row) throw new CaseNotFoundError('Deze toestemming bestaat niet in dit dossier.');
    const domain: DomainConsent = { id: row.id, subject: row.subject, recipient: row.recipient, givenOn: row.givenOn, ...(row.withdrawnOn ? { withdrawnOn: row.withdrawnOn } : {}) };
    const result = withdrawConsent(domain, input.on, today);
    if (!result.ok) {
      if (result.error.code === 'consent-already-withdrawn') throw new CaseRefusedError(result.error.code, result.error.message);
      inputError([result.error]);
    }
    return {
      record: current,
      after: async (t) => {
        await t.execute(sql`update case_consents set withdrawn_on = ${input.on}::date, withdrawn_by = ${input.userId}::uuid, withdrawn_at = now()
          where id = ${consentId}::uuid and withdrawn_on is null`);
      },
    };
  });
  const consent = (await consentsOf(db, caseId)).find((c) => c.id === consentId)!;
  return { record, consent };
}
