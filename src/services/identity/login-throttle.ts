import { sql } from '../../db/sql.ts';
import type { Database } from '../../db/client.ts';

/**
 * Throttling of password sign-ins (issue 17 §5), instead of locking an account after five failures —
 * a lock anyone could trigger for any staff member, and one that told which user names exist.
 *
 * Failures are counted under three keys, for known and unknown user names alike:
 * - the pair of address and user name: someone guessing one account from one place is slowed most;
 * - the user name: a guess spread over many addresses is slowed too, but only briefly (at most
 *   ACCOUNT_MAX_SECONDS), so an attacker can delay the real user but not lock them out;
 * - the address: one place trying many user names. Also briefly (at most a minute): behind a proxy
 *   without `trustProxy` every user shares one address, and that must not become a lock for all.
 * After `free` failures each further one doubles the wait, up to a ceiling. A success clears the
 * pair and the user name; failures older than a day are forgotten.
 */
export interface ThrottleRule {
  free: number;
  baseSeconds: number;
  maxSeconds: number;
}

export const PAIR_RULE: ThrottleRule = { free: 5, baseSeconds: 30, maxSeconds: 15 * 60 };
export const ACCOUNT_RULE: ThrottleRule = { free: 10, baseSeconds: 5, maxSeconds: 60 };
export const ADDRESS_RULE: ThrottleRule = { free: 30, baseSeconds: 5, maxSeconds: 60 };
const FORGET_AFTER_HOURS = 24;

/** Seconds to wait after `failures` failures under `rule` (0: no wait). Pure, for the tests. */
export function delaySeconds(failures: number, rule: ThrottleRule): number {
  if (failures < rule.free) return 0;
  return Math.min(rule.maxSeconds, rule.baseSeconds * 2 ** Math.min(failures - rule.free, 20));
}

export interface ThrottleKeys {
  account: string;
  address: string;
  pair: string;
}

export function throttleKeys(username: string, address: string): ThrottleKeys {
  const name = username.trim().toLowerCase();
  return { account: `account:${name}`, address: `address:${address}`, pair: `pair:${address} ${name}` };
}

/** Seconds until another attempt is allowed under any of the keys; 0 when allowed now. */
export async function throttledFor(db: Database, keys: ThrottleKeys): Promise<number> {
  const [row] = await db.rows<{ wait: number | null }>(sql`
    select ceil(extract(epoch from max(blocked_until) - now()))::int as wait
      from login_throttle
     where key in (${keys.account}, ${keys.address}, ${keys.pair}) and blocked_until > now()`);
  return Math.max(0, Number(row?.wait ?? 0));
}

const rules = (keys: ThrottleKeys): [string, ThrottleRule][] => [
  [keys.pair, PAIR_RULE],
  [keys.account, ACCOUNT_RULE],
  [keys.address, ADDRESS_RULE],
];

/** Counts a failure under every key and sets the wait each rule asks for. */
export async function recordFailure(db: Database, keys: ThrottleKeys): Promise<void> {
  for (const [key, rule] of rules(keys)) {
    // Count (a day without failures starts again at 1), then the wait the rule asks for.
    const [row] = await db.rows<{ failures: number }>(sql`
      insert into login_throttle as t (key, failures, last_failure_at) values (${key}, 1, now())
      on conflict (key) do update set
        failures = case when t.last_failure_at < now() - make_interval(hours => ${FORGET_AFTER_HOURS}) then 1 else t.failures + 1 end,
        last_failure_at = now()
      returning failures`);
    const wait = delaySeconds(Number(row?.failures ?? 1), rule);
    if (wait > 0) await db.rows(sql`update login_throttle set blocked_until = now() + make_interval(secs => ${wait}) where key = ${key}`);
  }
  // Keep the table small: an attacker trying random names adds a row per name.
  await db.rows(sql`delete from login_throttle where last_failure_at < now() - make_interval(hours => ${FORGET_AFTER_HOURS}) and (blocked_until is null or blocked_until < now())`);
}

/** A successful sign-in: the user's own slate is clean (the address keeps its count). */
export async function recordSuccess(db: Database, keys: ThrottleKeys): Promise<void> {
  await db.rows(sql`delete from login_throttle where key in (${keys.account}, ${keys.pair})`);
}

/** An administrator's "ontgrendelen": every wait for this user name ends. */
export async function clearAccountThrottle(db: Database, username: string): Promise<void> {
  const name = username.trim().toLowerCase();
  await db.rows(sql`delete from login_throttle where key = ${`account:${name}`} or (key like 'pair:%' and split_part(key, ' ', 2) = ${name})`);
}

/** Until when sign-in for this user name waits, from anywhere or from one address (for the administrator's view), or null. */
export const accountBlockedUntilSql = (usernameColumn: ReturnType<typeof sql>) => sql`
  (select max(t.blocked_until)::text from login_throttle t
    where (t.key = 'account:' || lower(${usernameColumn}) or (t.key like 'pair:%' and split_part(t.key, ' ', 2) = lower(${usernameColumn})))
      and t.blocked_until > now())`;
