import type { FastifyRequest } from 'fastify';
import { InvalidInputError } from '../../domain/errors.ts';
import { mayNameWith, notYourMunicipality, type MayName } from '../../domain/socialmap/publish-scope.ts';
import { listAllMunicipalityNames } from '../../db/register/queries.ts';
import { mayActFor } from '../plugins/auth.ts';
import type { AppInstance } from '../types.ts';

/** What the caller may name in a social map entry (src/domain/socialmap/publish-scope.ts says why it matters). */
export async function publishScope(app: AppInstance, request: FastifyRequest): Promise<MayName> {
  const municipalities = await listAllMunicipalityNames(app.db);
  const own = new Set<string>();
  for (const m of municipalities) {
    if (await mayActFor(app, request, 'sociale-kaart:beheren', m.code)) own.add(m.code);
  }
  const known = new Set(municipalities.map((m) => m.code));
  // Unknown codes are left to the usual validation, which names them as unknown.
  return mayNameWith((code) => own.has(code) || !known.has(code));
}

/**
 * Refuses (400, each field named) a body that names a municipality the caller may not add: one
 * code (a location's municipality) or a list (`field[i]`); `stored` is what the entry names now.
 */
export async function requirePublishable(
  app: AppInstance,
  request: FastifyRequest,
  field: string,
  codes: string | null | readonly string[],
  stored: readonly (string | null)[] = [],
): Promise<void> {
  const mayName = await publishScope(app, request);
  const listed = typeof codes === 'string' || codes === null ? [{ code: codes, name: field }] : codes.map((code, i) => ({ code, name: `${field}[${i}]` }));
  const problems = listed.flatMap(({ code, name }) => (code && !mayName(code, stored) ? [{ field: name, message: notYourMunicipality(code), code: 'gemeente-niet-van-u' }] : []));
  if (problems.length) throw new InvalidInputError(problems);
}
