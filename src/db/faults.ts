import { UnavailableError } from '../domain/errors.ts';

/**
 * Which database errors mean "the database is away for a moment" rather than "this request is wrong"
 * (issue 18 §1). Pure: looks only at the error's SQLSTATE / Node error code / pg's message, so a table
 * test covers it. Those errors answer 503 with Retry-After (the request may simply be repeated) and are
 * never cached as a permanent outcome.
 */
export type DatabaseFault = 'unreachable' | 'connection-lost' | 'shutting-down' | 'starting' | 'timeout' | 'lock-timeout';

/** Node socket errors: the server cannot be reached, or the connection broke. */
const SOCKET_CODES: Record<string, DatabaseFault> = {
  ECONNREFUSED: 'unreachable',
  ENOTFOUND: 'unreachable',
  EHOSTUNREACH: 'unreachable',
  ENETUNREACH: 'unreachable',
  EAI_AGAIN: 'unreachable',
  ETIMEDOUT: 'timeout',
  ECONNRESET: 'connection-lost',
  EPIPE: 'connection-lost',
};

/** SQLSTATEs (PostgreSQL appendix A) that say nothing about the request itself. */
const SQLSTATES: Record<string, DatabaseFault> = {
  '57P01': 'shutting-down', // admin_shutdown (pg_ctl stop, pg_terminate_backend)
  '57P02': 'shutting-down', // crash_shutdown
  '57P03': 'starting', // cannot_connect_now (the server is starting up or in recovery)
  '57014': 'timeout', // query_canceled (statement_timeout)
  '55P03': 'lock-timeout', // lock_not_available (lock_timeout)
  '25P03': 'timeout', // idle_in_transaction_session_timeout
  '53300': 'unreachable', // too_many_connections
};

/** pg reports a dropped connection or a pool that found no free connection without a code. */
const PG_MESSAGES: [RegExp, DatabaseFault][] = [
  [/timeout exceeded when trying to connect/i, 'timeout'],
  [/connection terminated due to connection timeout/i, 'timeout'],
  [/query read timeout/i, 'timeout'],
  [/connection terminated/i, 'connection-lost'],
  [/not queryable/i, 'connection-lost'],
  [/client was closed and is not queryable/i, 'connection-lost'],
];

/** The kind of database fault behind `err` (also when wrapped in `cause`), or null for any other error. */
export function classifyDatabaseError(err: unknown, depth = 0): DatabaseFault | null {
  if (!err || typeof err !== 'object' || depth > 3) return null;
  const { code, message, cause, errors } = err as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
  if (typeof code === 'string') {
    if (code in SOCKET_CODES) return SOCKET_CODES[code]!;
    if (code in SQLSTATES) return SQLSTATES[code]!;
    // Class 08: connection exception (08000, 08003, 08006, 08001, 08004, …).
    if (/^08[0-9A-Z]{3}$/.test(code)) return 'connection-lost';
  }
  if (typeof message === 'string') {
    for (const [pattern, fault] of PG_MESSAGES) if (pattern.test(message)) return fault;
  }
  // AggregateError (Node's happy-eyeballs connect tries IPv4 and IPv6) carries the socket errors inside.
  if (Array.isArray(errors)) for (const inner of errors) {
    const fault = classifyDatabaseError(inner, depth + 1);
    if (fault) return fault;
  }
  return classifyDatabaseError(cause, depth + 1);
}

export const DATABASE_UNAVAILABLE_MESSAGE = 'De database is even niet bereikbaar. Probeer het over een halve minuut opnieuw.';

/** The error family's "unavailable" for a database fault (HTTP 503 + Retry-After, CLI exit 7), or null. */
export function unavailableFor(err: unknown): UnavailableError | null {
  if (err instanceof UnavailableError) return err;
  const fault = classifyDatabaseError(err);
  if (!fault) return null;
  const error = new UnavailableError(DATABASE_UNAVAILABLE_MESSAGE, { code: 'database-onbereikbaar', retryAfterSeconds: 30, details: {} });
  (error as { cause?: unknown }).cause = err;
  (error as { fault?: DatabaseFault }).fault = fault;
  return error;
}
