import crypto from 'node:crypto';
import { sql } from '../../db/sql.ts';
import type { Database } from '../../db/client.ts';
import type { Permission, Principal } from '../../domain/access/index.ts';
import { randomSecret, sha256 } from './passwords.ts';
import { findUser, principalOf } from './users.ts';

/** API tokens for integrations: `naast_<id>.<secret>`; only a hash of the secret is stored. */
export interface TokenInfo {
  id: string;
  name: string;
  scopes: Permission[];
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

export async function createToken(db: Database, userId: string, name: string, scopes: Permission[], expiresAt: Date): Promise<{ token: string; info: TokenInfo }> {
  const id = crypto.randomUUID();
  const secret = randomSecret();
  await db.rows(sql`
    insert into api_tokens (id, user_id, name, secret_hash, scopes, expires_at)
    values (${id}, ${userId}, ${name}, ${sha256(secret)}, ${`{${scopes.join(',')}}`}::text[], ${expiresAt.toISOString()})`);
  const [info] = await listTokens(db, userId, id);
  return { token: `naast_${id}.${secret}`, info: info! };
}

export async function listTokens(db: Database, userId: string, onlyId?: string): Promise<TokenInfo[]> {
  return db.rows<TokenInfo>(sql`
    select id, name, scopes, created_at::text as "createdAt", expires_at::text as "expiresAt",
           revoked_at::text as "revokedAt", last_used_at::text as "lastUsedAt"
      from api_tokens where user_id = ${userId} and (${onlyId ?? null}::uuid is null or id = ${onlyId ?? null}::uuid)
     order by created_at desc`);
}

export async function revokeToken(db: Database, userId: string, id: string): Promise<boolean> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return false;
  const rows = await db.rows(sql`update api_tokens set revoked_at = coalesce(revoked_at, now()) where id = ${id} and user_id = ${userId} returning id`);
  return rows.length > 0;
}

/** The principal behind a bearer token, narrowed to the token's scopes; null when invalid. */
export async function resolveToken(db: Database, bearer: string): Promise<Principal | null> {
  const match = /^naast_([0-9a-f-]{36})\.([A-Za-z0-9_-]{20,})$/.exec(bearer);
  if (!match) return null;
  const [row] = await db.rows<{ userId: string; secretHash: string; scopes: Permission[] }>(sql`
    select user_id as "userId", secret_hash as "secretHash", scopes from api_tokens
     where id = ${match[1]} and revoked_at is null and expires_at > now()`);
  if (!row) return null;
  const given = Buffer.from(sha256(match[2]!));
  if (!crypto.timingSafeEqual(given, Buffer.from(row.secretHash))) return null;
  await db.rows(sql`update api_tokens set last_used_at = now() where id = ${match[1]}`);
  const user = await findUser(db, row.userId);
  if (!user || user.disabled) return null;
  return principalOf(user, 'token', row.scopes);
}
