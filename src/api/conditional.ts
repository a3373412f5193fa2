import { ProblemError } from './problem.ts';

/**
 * The version in an If-Match header (`"3"` or `W/"3"`); undefined when the header is absent.
 * Every resource with optimistic concurrency uses its version number as the ETag.
 */
export function versionFromIfMatch(ifMatch: string | undefined): number | undefined {
  if (!ifMatch) return undefined;
  const match = /^(?:W\/)?"(\d+)"$/.exec(ifMatch.trim());
  if (!match) throw new ProblemError(400, 'De If-Match-header is geen geldige versie (bijvoorbeeld "3").');
  return Number(match[1]);
}

/** `If-None-Match: *`: the caller expects that nothing exists yet (create only). */
export const createOnly = (ifNoneMatch: string | undefined): boolean => ifNoneMatch?.trim() === '*';
