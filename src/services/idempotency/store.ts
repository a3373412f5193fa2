import { sql } from '../../db/sql.ts';
import type { Queryable } from '../../db/client.ts';

/** Which request holds a key: the user (or '' when anonymous), the route pattern and the key itself. */
export interface KeyRef {
  scope: string;
  route: string;
  key: string;
}

export interface StoredAnswer {
  status: number;
  type: string | null;
  headers: Record<string, string>;
  body: string;
}

export type Claim =
  | { kind: 'claimed' }
  | { kind: 'replay'; answer: StoredAnswer }
  | { kind: 'mismatch' }
  | { kind: 'in-progress' }
  | { kind: 'interrupted' }
  | { kind: 'lost' };

/** How long a key is kept (the draft leaves it to the server; 24 h covers any sensible retry). */
export const KEY_LIFETIME_HOURS = 24;
/**
 * A first request that neither marked its key nor stored an answer for this long has died (crash,
 * dropped connection). Its key is NOT taken again: routes that create without an audit row mark the
 * key only after answering, so the creation may have committed. The client hears that the attempt
 * was interrupted and checks, rather than risking a second creation.
 */
const ABANDONED_AFTER_SECONDS = 600;

interface KeyRow {
  fingerprint: string;
  state: 'bezig' | 'uitgevoerd' | 'klaar';
  response_status: number | null;
  response_type: string | null;
  response_headers: Record<string, string> | null;
  response_body: string | null;
  stale: boolean;
  abandoned: boolean;
}

/**
 * Takes the key for this request, or says why not. Runs on its own (autocommit), so a second request
 * with the same key sees it at once. Expired keys are taken over.
 */
export async function claimKey(db: Queryable, ref: KeyRef, fingerprint: string): Promise<Claim> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const inserted = await db.execute(sql`
      insert into idempotency_keys (scope, route, key, fingerprint, expires_at)
      values (${ref.scope}, ${ref.route}, ${ref.key}, ${fingerprint}, now() + make_interval(hours => ${KEY_LIFETIME_HOURS}))
      on conflict do nothing`);
    if (inserted.rowCount === 1) return { kind: 'claimed' };
    const [row] = await db.rows<KeyRow>(sql`
      select fingerprint, state, response_status, response_type, response_headers, response_body,
             expires_at < now() as stale,
             (state = 'bezig' and created_at < now() - make_interval(secs => ${ABANDONED_AFTER_SECONDS})) as abandoned
        from idempotency_keys where scope = ${ref.scope} and route = ${ref.route} and key = ${ref.key}`);
    if (!row) continue; // deleted meanwhile: try again
    if (row.stale) {
      await db.execute(sql`delete from idempotency_keys where scope = ${ref.scope} and route = ${ref.route} and key = ${ref.key} and expires_at < now()`);
      continue;
    }
    if (row.fingerprint !== fingerprint) return { kind: 'mismatch' };
    if (row.state === 'bezig') return { kind: row.abandoned ? 'interrupted' : 'in-progress' };
    if (row.state === 'uitgevoerd') return { kind: 'lost' };
    return { kind: 'replay', answer: { status: row.response_status!, type: row.response_type, headers: row.response_headers ?? {}, body: row.response_body ?? '' } };
  }
  return { kind: 'in-progress' };
}

/** Marks the key as used inside the creating transaction: if the creation commits, so does this. */
export async function markKeyUsed(tx: Queryable, ref: KeyRef): Promise<void> {
  await tx.execute(sql`update idempotency_keys set state = 'uitgevoerd' where scope = ${ref.scope} and route = ${ref.route} and key = ${ref.key}`);
}

/** Stores the first answer, to be replayed for every retry until the key expires. */
export async function storeAnswer(db: Queryable, ref: KeyRef, answer: StoredAnswer): Promise<void> {
  await db.execute(sql`
    update idempotency_keys
       set state = 'klaar', response_status = ${answer.status}, response_type = ${answer.type},
           response_headers = ${sql.json(answer.headers)}::jsonb, response_body = ${answer.body}
     where scope = ${ref.scope} and route = ${ref.route} and key = ${ref.key}`);
}

/**
 * Lets go of a key whose request failed without changing anything (a server error): the client may
 * retry with the same key. A key whose change committed is kept (state 'uitgevoerd').
 */
export async function releaseKey(db: Queryable, ref: KeyRef): Promise<void> {
  await db.execute(sql`delete from idempotency_keys where scope = ${ref.scope} and route = ${ref.route} and key = ${ref.key} and state = 'bezig'`);
}

/** Removes expired keys (called now and then; expired keys are ignored anyway). */
export async function purgeExpiredKeys(db: Queryable): Promise<number> {
  return (await db.execute(sql`delete from idempotency_keys where expires_at < now()`)).rowCount;
}
