/**
 * Errors as a log may show them (issue 17 §4): database errors echo input (PostgreSQL's `detail`,
 * messages like `invalid input syntax for type date: "…"`, PGlite's `params`), and a case's text or
 * a BSN must never reach a log file. Used by the HTTP server's logger and by the job runner.
 */

/** SQLSTATE codes are five digits or capitals; pg and PGlite errors carry one with severity/routine. */
function isDatabaseError(e: Record<string, unknown>): boolean {
  // PGlite adds the statement and its parameters to its errors.
  if ('query' in e && 'params' in e) return true;
  return typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code) && ('severity' in e || 'routine' in e);
}

/** Literals and quoted or bracketed values, which may be input, replaced by "…". */
function scrub(text: string): string {
  return text
    .replace(/'(?:[^']|'')*'/g, "'…'")
    .replace(/"[^"]*"/g, '"…"')
    .replace(/=\([^)]*\)/g, '=(…)')
    .slice(0, 500);
}

/** Only the stack frames: the first lines of a stack repeat the message. */
function frames(stack: unknown): string | undefined {
  if (typeof stack !== 'string') return undefined;
  return stack
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .join('\n');
}

const SAFE_FIELDS = ['code', 'statusCode', 'severity', 'routine', 'constraint', 'table', 'column', 'schema', 'dataType'] as const;

/**
 * An error as the log may show it: its kind, code and stack frames, its message with values scrubbed;
 * for a database error only the SQLSTATE, the constraint/table/column names and the query text with
 * its literals scrubbed (parameters stay out). Anything that is not an Error passes unchanged.
 */
export function safeError(value: unknown, depth = 0): unknown {
  if (!(value instanceof Error)) return value;
  const e = value as Error & Record<string, unknown>;
  const database = isDatabaseError(e);
  const out: Record<string, unknown> = {
    type: e.constructor?.name ?? 'Error',
    message: database ? `database error${typeof e.code === 'string' ? ` ${e.code}` : ''}` : scrub(e.message),
  };
  for (const field of SAFE_FIELDS) if (typeof e[field] === 'string' || typeof e[field] === 'number') out[field] = e[field];
  if (database && typeof e.query === 'string') out.query = scrub(e.query);
  const stack = frames(e.stack);
  if (stack) out.stack = stack;
  if (e.cause !== undefined && depth < 3) out.cause = safeError(e.cause, depth + 1);
  return out;
}

/** One line for a text log: the error's kind and its scrubbed message (see safeError). */
export function safeErrorText(value: unknown): string {
  const safe = safeError(value);
  if (safe && typeof safe === 'object') {
    const { type, message } = safe as { type?: string; message?: string };
    return `${type ?? 'Error'}: ${message ?? ''}`;
  }
  return 'onbekende fout';
}
