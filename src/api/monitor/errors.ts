import { createOnly, versionFromIfMatch } from '../conditional.ts';

/** If-Match: "3" → 3; If-None-Match: * → 0 (nothing saved yet); neither → undefined. */
export function expectedVersion(ifMatch: string | undefined, ifNoneMatch: string | undefined): number | undefined {
  return createOnly(ifNoneMatch) ? 0 : versionFromIfMatch(ifMatch);
}
