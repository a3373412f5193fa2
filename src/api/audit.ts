import type { FastifyInstance, FastifyRequest } from 'fastify';
import { recordAudit, traceIdFrom, type AuditEntry } from '../services/audit/log.ts';
import { inTransaction, type Database, type Queryable } from '../db/client.ts';
import { markIdempotencyKey } from './idempotency.ts';

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
export async function auditRequest(app: FastifyInstance, request: FastifyRequest, facts: AuditFacts | AuditFacts[], db: Queryable = app.db): Promise<void> {
  await recordAudit(db, auditEntries(request, facts));
}

/**
 * The audit rows of `facts` for this request (see auditRequest); also for a change that writes them
 * in its own statement (ADR 0015: a case creation), which then pokes the sealer itself.
 */
export function auditEntries(request: FastifyRequest, facts: AuditFacts | AuditFacts[]): AuditEntry[] {
  const grant = request.grant ?? request.principal?.grants[0] ?? null;
  const base = {
    actorUserId: request.principal?.userId ?? null,
    actorRole: grant?.role ?? null,
    actorOrganisation: grant ? `${grant.organisation.kind}/${grant.organisation.code}` : null,
    requestId: request.id,
    traceId: traceIdFrom(request.headers.traceparent as string | undefined),
  };
  const tenant = requestTenant(request);
  return (Array.isArray(facts) ? facts : [facts]).map((f) => ({ ...base, ...f, tenant: f.tenant === undefined ? tenant : f.tenant }));
}

/**
 * Runs a change of personal data and writes its audit rows in ONE transaction (issue 18 §1): the change
 * is never stored without its row in the Logboek dataverwerkingen, and a failed audit insert undoes
 * the change. `work` gets the transaction as a Database (its own transactions become savepoints) and
 * must use only that handle; `facts` names the rows from the result, on the same handle. The request's
 * Idempotency-Key, if any, is marked used in the same transaction (src/api/idempotency.ts).
 */
export async function changeWithAudit<T>(
  app: FastifyInstance,
  request: FastifyRequest,
  work: (db: Database) => Promise<T>,
  facts: (result: T, db: Database) => Promise<AuditFacts | AuditFacts[]>,
): Promise<T> {
  return app.db.transaction(async (tx) => {
    const db = inTransaction(app.db, tx);
    const result = await work(db);
    await auditRequest(app, request, await facts(result, db), db);
    await markIdempotencyKey(db, request);
    return result;
  });
}
