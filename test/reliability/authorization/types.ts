import type { Role } from '../../../src/domain/access/index.ts';
import { ROLES } from '../../../src/domain/access/index.ts';
import type { Database } from '../../../src/db/client.ts';

/**
 * One row of the authorisation matrix: who may call a route. `scoped` routes are allowed only for
 * the caller's own organisation (municipality Utrecht, youth region Utrecht Stad, MEE Utrecht, Gooi
 * & Vecht); everyone else gets the uniform 404.
 */
export type Expectation = 'public' | { roles: Role[]; scoped?: boolean };
export const SIGNED_IN: Role[] = [...ROLES];

/** A module's part of the matrix: the expected rows and the "own" resources its route parameters name. */
export interface MatrixModule {
  expected: Record<string, Expectation>;
  /**
   * Creates the module's own resources (of municipality Utrecht) and returns the values for its route
   * parameters, e.g. `{ dossierId: '…' }` fills `:dossierId`.
   */
  setup?: (db: Database) => Promise<Record<string, string>>;
}
