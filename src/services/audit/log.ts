import crypto from 'node:crypto';
import { sql, type SQL } from '../../db/sql.ts';
import type { Database } from '../../db/client.ts';
import { pokeAuditSealer, sealPending } from './seal.ts';

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

/**
 * Appends rows in one set-based insert. No lock and no chain read (ADR 0013): the rows get their
 * number now and their chain hashes when the sealing job runs shortly after the commit.
 */
export async function recordAudit(db: Executor, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  // One array per column: the statement's text is the same for 1 row and for 50 (a work list), so its
  // parse stays small; unnest keeps the rows in order.
  const columns = AUDIT_ENTRY_COLUMNS.map(([name, type, field]) => ({ name, array: sql`${sql.array(entries.map((e) => e[field] ?? null))}::${sql.raw(type)}[]` }));
  await db.rows(sql`
    insert into audit_log (${sql.raw(columns.map((c) => c.name).join(', '))})
    select * from unnest(${sql.join(
      columns.map((c) => c.array),
      sql`, `,
    )})`);
  pokeAuditSealer(db);
}

/**
 * The columns of an audit row that a writer sets, with their types and the AuditEntry field each takes:
 * for a statement that receives its rows as JSON (a group of case creations, ADR 0015) and inserts the
 * audit rows in the same statement. The chain columns are the trigger's and the sealer's.
 */
export const AUDIT_ENTRY_COLUMNS = [
  ['actor_user_id', 'uuid', 'actorUserId'],
  ['actor_role', 'text', 'actorRole'],
  ['actor_organisation', 'text', 'actorOrganisation'],
  ['data_subject', 'text', 'dataSubject'],
  ['activity', 'text', 'activity'],
  ['purpose', 'text', 'purpose'],
  ['action', 'text', 'action'],
  ['outcome', 'text', 'outcome'],
  ['request_id', 'text', 'requestId'],
  ['trace_id', 'text', 'traceId'],
  ['tenant', 'text', 'tenant'],
] as const satisfies readonly (readonly [string, string, keyof AuditEntry])[];

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
  /**
   * Null until the row is sealed (ADR 0013). Kept in audit_log_hashes since migration 0036 (ADR 0017);
   * rows sealed before it have them in their own columns.
   */
  prevHash: string | null;
  rowHash: string | null;
}

const auditSelect = sql`
  select seq, to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as "occurredAt",
         actor_user_id::text as "actorUserId", actor_role as "actorRole", actor_organisation as "actorOrganisation",
         data_subject as "dataSubject", activity, purpose, action, outcome, request_id as "requestId",
         trace_id as "traceId", tenant, coalesce(h.prev, prev_hash) as "prevHash", coalesce(h.hash, row_hash) as "rowHash"
    from audit_log left join lateral (select x.prev_hash as prev, x.row_hash as hash from audit_log_hashes x where x.seq = audit_log.seq) h on true`;

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
  /** Keyset paging: only rows older than this number (the last `seq` of the previous page); `offset` then counts from there. */
  beforeSeq?: number | undefined;
}

/** Up to this many matching rows are counted exactly; beyond it the total is the planner's estimate. */
export const AUDIT_COUNT_CAP = 10_000;

export interface AuditPage {
  total: number;
  /** True when `total` is an estimate (more than AUDIT_COUNT_CAP rows match). */
  totalEstimated: boolean;
  rows: AuditRow[];
}

/**
 * One page of the audit log, newest first. The page is cut in SQL (keyset from row `beforeSeq`, see pageOrder,
 * so page 1000 costs what page 1 does). The total is counted up to a cap and estimated beyond it:
 * an exact count over millions of rows would read them all on every search (ADR 0013).
 */
export async function searchAudit(db: Database, f: AuditFilter): Promise<AuditPage> {
  const where = sql`
    where (${f.dataSubject ?? null}::text is null or data_subject = ${f.dataSubject ?? null})
      and (${f.actorUserId ?? null}::uuid is null or actor_user_id = ${f.actorUserId ?? null}::uuid)
      and (${f.activity ?? null}::text is null or activity = ${f.activity ?? null})
      and (${f.from ?? null}::date is null or occurred_at >= ${f.from ?? null}::date)
      and (${f.to ?? null}::date is null or occurred_at < ${f.to ?? null}::date + 1)
      ${readerFilter(f)}`;
  const [count] = await db.rows<{ n: number }>(sql`select count(*)::int as n from (select 1 from audit_log ${where} limit ${AUDIT_COUNT_CAP + 1}) capped`);
  const rows = await db.rows<AuditRow>(sql`${auditSelect} ${where} ${pageOrder(f)} limit ${f.limit} offset ${f.offset}`);
  const capped = count!.n > AUDIT_COUNT_CAP;
  const total = capped ? Math.max(AUDIT_COUNT_CAP + 1, await estimatedRows(db, sql`select 1 from audit_log ${where}`)) : count!.n;
  return { total, totalEstimated: capped, rows: rows.map((r) => ({ ...r, seq: Number(r.seq) })) };
}

/**
 * The keyset and order of a page. By default newest first by number, which the person, actor and tenant
 * indexes end in (migrations 0003, 0016). With a period, newest first by time and then number, which the
 * time indexes end in (migrations 0031, 0033): ordered by number alone, a national search walked the primary
 * key from the newest row and filtered until it reached the period (624,000 pages at scale 1 for a
 * month three years back); by time it reads one page of the index. The keyset then continues after the
 * row `beforeSeq` in that order (or, if that number does not exist, after the nearest row below it),
 * so the next page starts where this one ended even where number and time order differ (a row's time is
 * its transaction's start, its number is drawn at the insert).
 */
function pageOrder(f: AuditFilter): SQL {
  const byPeriod = f.from !== undefined || f.to !== undefined;
  if (!byPeriod) return sql`${f.beforeSeq === undefined ? sql`` : sql`and seq < ${f.beforeSeq}`} order by seq desc`;
  const keyset =
    f.beforeSeq === undefined
      ? sql``
      : sql`and (occurred_at, seq) < ((select k.occurred_at from audit_log k where k.seq <= ${f.beforeSeq}::bigint order by k.seq desc limit 1), ${f.beforeSeq}::bigint)`;
  return sql`${keyset} order by occurred_at desc, seq desc`;
}

/** The planner's estimate of the rows a query returns (EXPLAIN, nothing is read). */
async function estimatedRows(db: Database, query: SQL): Promise<number> {
  const [plan] = await db.rows<{ 'QUERY PLAN': unknown }>(sql`explain (format json) ${query}`);
  const parsed = typeof plan?.['QUERY PLAN'] === 'string' ? JSON.parse(plan['QUERY PLAN']) : plan?.['QUERY PLAN'];
  return Math.round(Number((parsed as { Plan?: { 'Plan Rows'?: number } }[] | undefined)?.[0]?.Plan?.['Plan Rows'] ?? 0));
}

/**
 * The municipality whose privacy officer reads a row (migration 0016): its tenant, else, for a row from
 * before tenants existed, the municipality of its actor ('gemeente/<code>'); null: national only. As one
 * value rather than `tenant = … or (tenant is null and actor_organisation = …)`, so that one index range
 * holds a municipality's rows of a period in time order: migration 0033 indexes exactly this expression
 * (the planner matches an index by its expression, so keep the two the same).
 */
const READER = sql`coalesce(tenant, case when starts_with(actor_organisation, 'gemeente/') then substr(actor_organisation, 10) end)`;

/**
 * The rows a municipality's privacy officer may see (tenants undefined: national, all rows).
 *
 * A search by person or by actor is carried by that index (migration 0003) and reads that person's or
 * actor's rows; the rule is a filter on them, written out as before (the OR of migration 0016), so that its
 * plan stays what it was: with READER the planner may combine the reader index into a bitmap, which costs
 * more pages when its estimates are off (the expression has no statistics until ANALYZE runs after migration
 * 0033; on the bench's 0.01 data that raised the person search from 535 to 672 pages per request).
 *
 * Any other search (by period, by activity, or all of the municipality's rows) as READER. One municipality,
 * the usual case, as an equality: a search by period is then one backward range scan of
 * audit_log_reader_time that stops after the page, and the count an index-only scan of the same range (at
 * scale 1, a month of 842 rows of 'utrecht': 1,712 pages per request before, 166 after, see
 * docs/scaling.md). PostgreSQL 15 does not read an `= any` range in index order, so several
 * municipalities (rare) are a bitmap over their rows of the period plus a sort.
 */
function readerFilter(f: AuditFilter): SQL {
  const tenants = f.tenants;
  if (tenants === undefined) return sql``;
  if (f.dataSubject !== undefined || f.actorUserId !== undefined) {
    return sql`and (tenant = any(${tenantArray(tenants)}::text[]) or (tenant is null and actor_organisation = any(${tenantArray(tenants.map((t) => `gemeente/${t}`))}::text[])))`;
  }
  if (tenants.length === 1) return sql`and ${READER} = ${tenants[0]!}::text`;
  return sql`and ${READER} = any(${tenantArray(tenants)}::text[])`;
}

const tenantArray = (codes: string[]) => `{${codes.map((c) => JSON.stringify(c)).join(',')}}`;

/**
 * The canonical text of a row, built independently of the database's own function. The tenant
 * (migration 0016) comes last and only when set, so rows written before it keep their hash.
 */
export function auditPayload(r: AuditRow): string {
  return [
    String(r.seq), r.occurredAt, r.actorUserId ?? '', r.actorRole ?? '', r.actorOrganisation ?? '', r.dataSubject ?? '',
    r.activity, r.purpose, r.action, r.outcome, r.requestId ?? '', r.traceId ?? '', r.prevHash ?? '',
    ...(r.tenant === null ? [] : [r.tenant]),
  ].join('|');
}

export interface VerifyResult {
  intact: boolean;
  /** Sealed rows checked. */
  checked: number;
  /** Rows not yet sealed after sealing what could be sealed (their transaction was still open). */
  pending: number;
  /** The end of the chain: the last seal's row and hash (to note down elsewhere, see ADR 0013). */
  head: { seq: number; hash: string } | null;
  problems: { seq: number; problem: string }[];
}

const GENESIS = '0'.repeat(64);

interface Seal {
  lastSeq: number;
  firstSeq: number;
  rowCount: number;
  headHash: string;
}

/**
 * Seals what waits, then recomputes the hash chain in batches (ADR 0013). Every sealed row's hash must
 * match its content and point at the hash of the sealed row before it; every seal must find exactly
 * its number of rows since the previous seal, ending in its head hash. So a changed row, a removed
 * one (also the last: its seal misses it) and an inserted one (a wrong link, or an unsealed row
 * among sealed ones) are all found. Rows after the last seal are reported as pending, not as faults.
 */
export async function verifyAuditChain(db: Database, onProgress?: (checked: number) => void): Promise<VerifyResult> {
  await sealPending(db);
  const seals = (
    await db.rows<Seal>(sql`select last_seq as "lastSeq", first_seq as "firstSeq", row_count as "rowCount", head_hash as "headHash" from audit_log_seals order by last_seq`)
  ).map((s) => ({ ...s, lastSeq: Number(s.lastSeq), firstSeq: Number(s.firstSeq) }));
  const sealedUpTo = seals.at(-1)?.lastSeq ?? 0;
  const problems: VerifyResult['problems'] = [];
  let previousHash = GENESIS;
  // From the lowest possible number: a row slipped in below the first one must be seen too.
  let previousSeq = Number.MIN_SAFE_INTEGER;
  let checked = 0;
  let pending = 0;
  let sealIndex = 0;
  let inSeal = 0;
  let headSeen = false;
  /** Closes the current seal: its count and its head must have been met. */
  const closeSeal = () => {
    const seal = seals[sealIndex]!;
    if (inSeal !== seal.rowCount || !headSeen) {
      problems.push({ seq: seal.lastSeq, problem: `zegel klopt niet: ${inSeal} van ${seal.rowCount} regels gevonden${headSeen ? '' : ', laatste regel ontbreekt of is gewijzigd'} (regel verwijderd of ingevoegd?)` });
    }
    sealIndex++;
    inSeal = 0;
    headSeen = false;
  };
  for (;;) {
    const batch = await db.rows<AuditRow>(sql`${auditSelect} where seq > ${previousSeq}::bigint order by seq limit 5000`);
    for (const raw of batch) {
      const row = { ...raw, seq: Number(raw.seq) };
      previousSeq = row.seq;
      while (sealIndex < seals.length && seals[sealIndex]!.lastSeq < row.seq) closeSeal();
      if (row.rowHash === null || row.prevHash === null) {
        if (row.seq <= sealedUpTo) problems.push({ seq: row.seq, problem: 'niet verzegeld tussen verzegelde regels (regel ingevoegd?)' });
        else pending++;
        continue;
      }
      if (row.seq > sealedUpTo) problems.push({ seq: row.seq, problem: 'verzegeld zonder zegel (regel ingevoegd?)' });
      const expected = crypto.createHash('sha256').update(auditPayload(row), 'utf8').digest('hex');
      if (row.prevHash !== previousHash) problems.push({ seq: row.seq, problem: 'verwijst niet naar de vorige regel (regel verwijderd of ingevoegd?)' });
      if (row.rowHash !== expected) problems.push({ seq: row.seq, problem: 'inhoud past niet bij de hash (regel gewijzigd?)' });
      if (sealIndex < seals.length) {
        inSeal++;
        if (row.seq === seals[sealIndex]!.lastSeq) headSeen = row.rowHash === seals[sealIndex]!.headHash;
      }
      previousHash = row.rowHash;
      checked++;
    }
    onProgress?.(checked);
    if (batch.length < 5000) break;
  }
  while (sealIndex < seals.length) closeSeal();
  const last = seals.at(-1);
  return { intact: problems.length === 0, checked, pending, head: last ? { seq: last.lastSeq, hash: last.headHash } : null, problems };
}
