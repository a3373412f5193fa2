import crypto from 'node:crypto';
import { sql } from '../../db/sql.ts';
import type { Database } from '../../db/client.ts';

/** One processing of personal data (Logboek dataverwerkingen). The chain hashes are set by the database. */
export interface AuditEntry {
  actorUserId: string | null;
  actorRole: string | null;
  actorOrganisation: string | null;
  /** Pseudonymised id of the data subject (see pseudonym.ts); never a name or BSN. */
  dataSubject: string | null;
  /** Processing activity, e.g. 'gebruikersbeheer', 'inloggen', 'dossier'. */
  activity: string;
  purpose: string;
  action: 'lezen' | 'schrijven' | 'verwijderen';
  outcome: 'toegestaan' | 'geweigerd' | 'fout';
  requestId: string | null;
  traceId: string | null;
  /**
   * The municipality whose data this is (its privacy officer reads the row; the pseudonym is derived
   * per tenant). Null: national (sign-in without a municipality, the CLI, rows from before 0016).
   */
  tenant?: string | null;
}

type Executor = Pick<Database, 'rows'>;

/** Appends rows in one set-based insert; the database trigger chains them in order. */
export async function recordAudit(db: Executor, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const values = sql.join(
    entries.map(
      (e) => sql`(${e.actorUserId}::uuid, ${e.actorRole}, ${e.actorOrganisation}, ${e.dataSubject}, ${e.activity}, ${e.purpose}, ${e.action}, ${e.outcome}, ${e.requestId}, ${e.traceId}, ${e.tenant ?? null}, '', '')`,
    ),
    sql`, `,
  );
  await db.rows(sql`
    insert into audit_log (actor_user_id, actor_role, actor_organisation, data_subject, activity, purpose, action, outcome, request_id, trace_id, tenant, prev_hash, row_hash)
    values ${values}`);
}

/** The trace id of a W3C `traceparent` header (`00-<trace-id>-<parent-id>-<flags>`), if valid. */
export function traceIdFrom(traceparent: string | undefined): string | null {
  const match = /^[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}$/.exec(traceparent?.trim() ?? '');
  return match && !/^0+$/.test(match[1]!) ? match[1]! : null;
}

export interface AuditRow {
  seq: number;
  occurredAt: string;
  actorUserId: string | null;
  actorRole: string | null;
  actorOrganisation: string | null;
  dataSubject: string | null;
  activity: string;
  purpose: string;
  action: string;
  outcome: string;
  requestId: string | null;
  traceId: string | null;
  tenant: string | null;
  prevHash: string;
  rowHash: string;
}

const auditSelect = sql`
  select seq, to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as "occurredAt",
         actor_user_id::text as "actorUserId", actor_role as "actorRole", actor_organisation as "actorOrganisation",
         data_subject as "dataSubject", activity, purpose, action, outcome, request_id as "requestId",
         trace_id as "traceId", tenant, prev_hash as "prevHash", row_hash as "rowHash"
    from audit_log`;

export interface AuditFilter {
  dataSubject?: string | undefined;
  actorUserId?: string | undefined;
  activity?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  /**
   * The municipalities whose rows the reader may see (a municipality's privacy officer); undefined:
   * every row (national). Rows from before tenants existed (tenant null) count for the municipality
   * of the actor who wrote them.
   */
  tenants?: string[] | undefined;
  limit: number;
  offset: number;
}

export async function searchAudit(db: Database, f: AuditFilter): Promise<{ total: number; rows: AuditRow[] }> {
  const where = sql`
    where (${f.dataSubject ?? null}::text is null or data_subject = ${f.dataSubject ?? null})
      and (${f.actorUserId ?? null}::uuid is null or actor_user_id = ${f.actorUserId ?? null}::uuid)
      and (${f.activity ?? null}::text is null or activity = ${f.activity ?? null})
      and (${f.from ?? null}::date is null or occurred_at >= ${f.from ?? null}::date)
      and (${f.to ?? null}::date is null or occurred_at < ${f.to ?? null}::date + 1)
      ${f.tenants ? sql`and (tenant = any(${tenantArray(f.tenants)}::text[]) or (tenant is null and actor_organisation = any(${tenantArray(f.tenants.map((t) => `gemeente/${t}`))}::text[])))` : sql``}`;
  const [count] = await db.rows<{ n: number }>(sql`select count(*)::int as n from audit_log ${where}`);
  const rows = await db.rows<AuditRow>(sql`${auditSelect} ${where} order by seq desc limit ${f.limit} offset ${f.offset}`);
  return { total: count!.n, rows: rows.map((r) => ({ ...r, seq: Number(r.seq) })) };
}

const tenantArray = (codes: string[]) => `{${codes.map((c) => JSON.stringify(c)).join(',')}}`;

/**
 * The canonical text of a row, built independently of the database's own function. The tenant
 * (migration 0016) comes last and only when set, so rows written before it keep their hash.
 */
export function auditPayload(r: AuditRow): string {
  return [
    String(r.seq), r.occurredAt, r.actorUserId ?? '', r.actorRole ?? '', r.actorOrganisation ?? '', r.dataSubject ?? '',
    r.activity, r.purpose, r.action, r.outcome, r.requestId ?? '', r.traceId ?? '', r.prevHash,
    ...(r.tenant === null ? [] : [r.tenant]),
  ].join('|');
}

export interface VerifyResult {
  intact: boolean;
  checked: number;
  problems: { seq: number; problem: string }[];
}

const GENESIS = '0'.repeat(64);

/**
 * Recomputes the hash chain in batches: every row's hash must match its content, and every row
 * must point at the hash of the row before it. A changed, removed or inserted row breaks it.
 */
export async function verifyAuditChain(db: Database, onProgress?: (checked: number) => void): Promise<VerifyResult> {
  const problems: VerifyResult['problems'] = [];
  let previousHash = GENESIS;
  let previousSeq = 0;
  let checked = 0;
  for (;;) {
    const batch = await db.rows<AuditRow>(sql`${auditSelect} where seq > ${previousSeq} order by seq limit 5000`);
    for (const raw of batch) {
      const row = { ...raw, seq: Number(raw.seq) };
      const expected = crypto.createHash('sha256').update(auditPayload(row), 'utf8').digest('hex');
      if (row.prevHash !== previousHash) problems.push({ seq: row.seq, problem: 'verwijst niet naar de vorige regel (regel verwijderd of ingevoegd?)' });
      if (row.rowHash !== expected) problems.push({ seq: row.seq, problem: 'inhoud past niet bij de hash (regel gewijzigd?)' });
      previousHash = row.rowHash;
      previousSeq = row.seq;
      checked++;
    }
    onProgress?.(checked);
    if (batch.length < 5000) break;
  }
  return { intact: problems.length === 0, checked, problems };
}
