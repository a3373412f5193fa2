import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';

const keys = new WeakMap<Database, Promise<Buffer>>();

/**
 * The key for pseudonyms: NAAST_PSEUDONYM_KEY, or one generated on first use and kept in the
 * database, so the same person gets the same pseudonym across restarts.
 */
function pseudonymKey(db: Database): Promise<Buffer> {
  let key = keys.get(db);
  if (!key) {
    key = (async () => {
      if (process.env.NAAST_PSEUDONYM_KEY) return Buffer.from(process.env.NAAST_PSEUDONYM_KEY);
      const candidate = crypto.randomBytes(32).toString('base64url');
      await db.rows(sql`insert into app_settings (key, value) values ('pseudonym_key', ${candidate}) on conflict do nothing`);
      const [row] = await db.rows<{ value: string }>(sql`select value from app_settings where key = 'pseudonym_key'`);
      return Buffer.from(row!.value);
    })();
    keys.set(db, key);
  }
  return key;
}

/** A stable pseudonym (HMAC-SHA256) for a data subject: `ps_` + 20 hex characters. */
export async function pseudonymise(db: Database, kind: string, id: string): Promise<string> {
  const mac = crypto.createHmac('sha256', await pseudonymKey(db)).update(`${kind}:${id}`).digest('hex');
  return `ps_${mac.slice(0, 20)}`;
}
