import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ROLE_DEFINITIONS, type Permission } from '../domain/access/index.ts';
import type { ImportScope } from '../services/tabular/scope.ts';
import { mayActFor } from './plugins/auth.ts';

/**
 * The uploader's scope for an import (issue 17 §4): the municipalities the caller holds `permission`
 * for, decided by the same rule as every route (`mayActFor`). Only a national grant covers all.
 */
export function importScope(app: FastifyInstance, request: FastifyRequest, permission: Permission): ImportScope {
  const held = (request.principal?.grants ?? []).filter((g) => ROLE_DEFINITIONS[g.role].permissions.includes(permission));
  const decided = new Map<string, Promise<boolean>>();
  return {
    all: held.some((g) => g.organisation.kind === 'landelijk'),
    allows: (code) => {
      let answer = decided.get(code);
      if (!answer) decided.set(code, (answer = mayActFor(app, request, permission, code)));
      return answer;
    },
  };
}
