import type { FastifyRequest } from 'fastify';
import { ProblemError } from '../problem.ts';
import { versionFromIfMatch } from '../conditional.ts';

export const versionOf = (request: FastifyRequest): number | undefined => versionFromIfMatch(request.headers['if-match'] as string | undefined);

/** A delete needs the version the caller saw: without If-Match, 428. */
export function requiredVersion(request: FastifyRequest): number {
  const version = versionOf(request);
  if (version === undefined) throw new ProblemError(428, 'Stuur de versie mee die u wilt verwijderen (If-Match-header, bijvoorbeeld "3").');
  return version;
}
