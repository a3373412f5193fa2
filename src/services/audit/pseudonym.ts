import crypto from 'node:crypto';
import { sql } from '../../db/sql.ts';
import type { Database } from '../../db/client.ts';

/**
 * Per database (its driver: a transaction's handle shares it), so the key is read once per process
 * and not once per transaction (issue 23: two round trips less on every audited change).
 */
const keys = new WeakMap<object, Promise<Buffer>>();

/**
 * The master key for pseudonyms: NAAST_PSEUDONYM_KEY, or one generated on first use and kept in the
 * database, so the same person gets the same pseudonym across restarts. A failed load is not kept:
 * the next call tries again (a database that was briefly away must not disable the audit log for good).
 */
function pseudonymKey(db: Database): Promise<Buffer> {
  const owner: object = (db as Partial<Database>).driver ?? db;
  let key = keys.get(owner);
  if (!key) {
    key = (async () => {
      if (process.env.NAAST_PSEUDONYM_KEY) return Buffer.from(process.env.NAAST_PSEUDONYM_KEY);
      const candidate = crypto.randomBytes(32).toString('base64url');
      await db.rows(sql`insert into app_settings (key, value) values ('pseudonym_key', ${candidate}) on conflict do nothing`);
      const [row] = await db.rows<{ value: string }>(sql`select value from app_settings where key = 'pseudonym_key'`);
      return Buffer.from(row!.value);
    })();
    keys.set(owner, key);
    key.catch(() => {
      if (keys.get(owner) === key) keys.delete(owner);
    });
  }
  return key;
}

/**
 * The key of one tenant (a municipality code), derived from the master key: a person gets a
 * different pseudonym in every tenant, so two municipalities' privacy officers cannot link their logs.
 * The national tenant (null) keeps the master key itself: pseudonyms written before tenants existed
 * (migration 0016) stay searchable by a national privacy officer.
 */
function tenantKey(master: Buffer, tenant: string | null): Buffer {
  if (tenant === null) return master;
  // Derived once per tenant: a work list of 50 cases would otherwise derive it 50 times (issue 23).
  let derived = tenantKeys.get(master);
  if (!derived) tenantKeys.set(master, (derived = new Map()));
  let key = derived.get(tenant);
  if (!key) derived.set(tenant, (key = crypto.createHmac('sha256', master).update(`naast:pseudonym-tenant:${tenant}`).digest()));
  return key;
}
const tenantKeys = new WeakMap<Buffer, Map<string, Buffer>>();

/** A stable pseudonym (HMAC-SHA256) for a data subject within a tenant: `ps_` + 20 hex characters. */
export async function pseudonymise(db: Database, kind: string, id: string, tenant: string | null): Promise<string> {
  const mac = crypto.createHmac('sha256', tenantKey(await pseudonymKey(db), tenant)).update(`${kind}:${id}`).digest('hex');
  return `ps_${mac.slice(0, 20)}`;
}

/** The audit facts of a client (a case): its pseudonym under the tenant of the case's municipality. */
export interface SubjectFacts {
  dataSubject: string;
  tenant: string | null;
}

/** For each case id, the client's pseudonym and tenant (the case's municipality); unknown ids: national. */
export async function clientSubjects(db: Database, caseIds: string[], known: ReadonlyMap<string, string> = new Map()): Promise<Map<string, SubjectFacts>> {
  const unique = [...new Set(caseIds)];
  const tenants = new Map<string, string>(known);
  // `known`: municipalities the caller already has (the case it just wrote), so no lookup is needed.
  const uuids = unique.filter((id) => !tenants.has(id) && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id));
  if (uuids.length > 0) {
    const rows = await db.rows<{ id: string; code: string }>(
      sql`select id::text as id, municipality_code as code from cases where id = any(${`{${uuids.join(',')}}`}::uuid[])`,
    );
    for (const r of rows) tenants.set(r.id, r.code);
  }
  const result = new Map<string, SubjectFacts>();
  for (const id of unique) {
    const tenant = tenants.get(id) ?? null;
    result.set(id, { dataSubject: await pseudonymise(db, 'client', id, tenant), tenant });
  }
  return result;
}

/** One client's audit facts (see clientSubjects). */
export async function clientSubject(db: Database, caseId: string): Promise<SubjectFacts> {
  return (await clientSubjects(db, [caseId])).get(caseId)!;
}
