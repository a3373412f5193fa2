import type { FastifyInstance, FastifyRequest } from 'fastify';
import { recordAudit, traceIdFrom, type AuditEntry } from '../services/audit/log.ts';

export type AuditFacts = Pick<AuditEntry, 'dataSubject' | 'activity' | 'purpose' | 'action' | 'outcome' | 'tenant'>;

/**
 * The tenant of a request: the municipality of the grant that allowed it, else national (null).
 * Facts about a client name their own tenant (the case's municipality, see clientSubjects).
 */
export function requestTenant(request: FastifyRequest): string | null {
  const grant = request.grant ?? request.principal?.grants[0] ?? null;
  return grant?.organisation.kind === 'gemeente' ? grant.organisation.code : null;
}

/**
 * Records a processing of personal data for this request: the actor (user, role and organisation
 * of the grant that allowed it), request id and W3C trace id come from the request; the tenant from
 * the facts, else from the request (requestTenant).
 */
export async function auditRequest(app: FastifyInstance, request: FastifyRequest, facts: AuditFacts | AuditFacts[]): Promise<void> {
  const grant = request.grant ?? request.principal?.grants[0] ?? null;
  const base = {
    actorUserId: request.principal?.userId ?? null,
    actorRole: grant?.role ?? null,
    actorOrganisation: grant ? `${grant.organisation.kind}/${grant.organisation.code}` : null,
    requestId: request.id,
    traceId: traceIdFrom(request.headers.traceparent as string | undefined),
  };
  const tenant = requestTenant(request);
  await recordAudit(app.db, (Array.isArray(facts) ? facts : [facts]).map((f) => ({ ...base, ...f, tenant: f.tenant === undefined ? tenant : f.tenant })));
}
