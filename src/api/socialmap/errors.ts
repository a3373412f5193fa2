import type { FastifyRequest } from 'fastify';
import { SocialMapConflictError, SocialMapInputError, SocialMapNotFoundError } from '../../services/socialmap/store.ts';
import { TableImportError } from '../../services/tabular/import.ts';
import { ProblemError } from '../problem.ts';
import { versionFromIfMatch } from '../conditional.ts';

/**
 * Maps the social map's errors to problems (Dutch detail, every input problem in invalidParams);
 * anything else is re-thrown. `prefix` names where the field paths live (`body`, or nothing for a
 * file whose paths are JSON paths already).
 */
export function socialMapProblem(err: unknown, prefix = 'body'): never {
  if (err instanceof SocialMapNotFoundError) throw new ProblemError(404, 'Niet gevonden.');
  if (err instanceof SocialMapConflictError) throw new ProblemError(412, err.message);
  if (err instanceof SocialMapInputError) {
    throw new ProblemError(400, err.message, {
      invalidParams: err.issues.map((i) => ({ name: prefix && !i.path.startsWith('$') ? `${prefix}.${i.path}` : i.path, code: 'invalid', reason: i.message })),
    });
  }
  if (err instanceof TableImportError) {
    throw new ProblemError(400, err.message, {
      invalidParams: err.problems.map((p) => ({ name: `rij ${p.row}, kolom ${p.column}`, code: 'invalid_cell', reason: p.message, rij: p.row, kolom: p.column })),
    });
  }
  throw err;
}

export const versionOf = (request: FastifyRequest): number | undefined => versionFromIfMatch(request.headers['if-match'] as string | undefined);

/** A delete needs the version the caller saw: without If-Match, 428. */
export function requiredVersion(request: FastifyRequest): number {
  const version = versionOf(request);
  if (version === undefined) throw new ProblemError(428, 'Stuur de versie mee die u wilt verwijderen (If-Match-header, bijvoorbeeld "3").');
  return version;
}
