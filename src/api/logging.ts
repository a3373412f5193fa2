import type { FastifyServerOptions } from 'fastify';
import { safeError } from '../services/log-safety.ts';

export { safeError };

/**
 * What the server log may hold (issue 17 §4): no request bodies, no query strings, no secrets from
 * headers, and no database error text that echoes input (PostgreSQL's `detail`, PGlite's `params`,
 * messages like `invalid input syntax for type date: "…"`). A case's text or a BSN must never end up
 * in a log file that operators, backups and log shippers read.
 */

const CENSOR = '[verborgen]';

/** Paths pino replaces with CENSOR wherever a log call passes them. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'req.headers["set-cookie"]',
  'req.body',
  'req.query',
  'req.params',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
  'headers["x-csrf-token"]',
  'body',
  'query',
  'params',
  'payload',
  'err.params',
  'err.parameters',
  'err.detail',
  'err.where',
  'err.internalQuery',
];

interface RequestLike {
  method?: string;
  url?: string;
  id?: string;
  ip?: string;
  socket?: { remoteAddress?: string; remotePort?: number };
}

/** The request line without its query string (search terms, OIDC codes and names live there). */
export function safeRequest(req: RequestLike): Record<string, unknown> {
  return { method: req.method, url: (req.url ?? '').split('?')[0], remoteAddress: req.ip ?? req.socket?.remoteAddress, remotePort: req.socket?.remotePort };
}

type LoggerOption = FastifyServerOptions['logger'];

/** The server's logger options with the redaction list and the safe serializers added. */
export function safeLoggerOptions(logger: LoggerOption): LoggerOption {
  if (!logger) return false;
  const base = logger === true ? {} : (logger as Exclude<LoggerOption, boolean | undefined> & Record<string, unknown>);
  const redact = base.redact as { paths?: string[] } | string[] | undefined;
  const paths = [...(Array.isArray(redact) ? redact : (redact?.paths ?? [])), ...REDACTED_PATHS];
  return {
    ...base,
    redact: { paths, censor: CENSOR },
    serializers: {
      ...((base.serializers as Record<string, unknown> | undefined) ?? {}),
      req: safeRequest,
      err: safeError,
      error: safeError,
    },
  } as LoggerOption;
}
