import type { FastifyRequest } from 'fastify';
import { ProblemError } from './problem.ts';

/**
 * Text PostgreSQL cannot store: a NUL character (not allowed in text or jsonb) and a lone UTF-16
 * surrogate (no valid UTF-8; jsonb refuses its escape). Without this guard such input reached the
 * database and came back as a 500 (found by test/reliability/fuzz-json.test.ts).
 */
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Only parsed JSON/form data is walked: a streamed body (activity import) or a Buffer is left to its route. */
function isPlainData(value: unknown): value is Record<string, unknown> | unknown[] {
  if (Array.isArray(value)) return true;
  if (!value || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Bounds the walk: body size limits already bound it, this keeps a pathological body cheap too. */
const MAX_NODES = 200_000;

/** Names every field (body, query, path) holding unstorable text; refuses the request as a whole with a 400. */
export async function rejectUnstorableText(request: FastifyRequest): Promise<void> {
  const found: string[] = [];
  const stack: [string, unknown][] = [
    ['body', request.body],
    ['query', request.query],
    ['path', request.params],
  ];
  let visited = 0;
  while (stack.length > 0 && found.length < 50 && visited++ < MAX_NODES) {
    const [name, value] = stack.pop()!;
    if (typeof value === 'string') {
      if (UNSTORABLE.test(value)) found.push(name);
    } else if (isPlainData(value)) {
      for (const [key, child] of Object.entries(value)) {
        if (UNSTORABLE.test(key)) found.push(`${name}.${key}`);
        stack.push([`${name}.${key}`, child]);
      }
    }
  }
  if (found.length === 0) return;
  throw new ProblemError(400, `De invoer bevat tekens die niet kunnen worden opgeslagen: ${found.length} ${found.length === 1 ? 'veld' : 'velden'}. Zie invalidParams.`, {
    invalidParams: found.sort().map((name) => ({ name, code: 'invalid_string', reason: 'Bevat een NUL-teken of een losse UTF-16-helft; haal dat teken weg.' })),
  });
}
