import type { FastifyRequest } from 'fastify';
import type { AppInstance } from '../types.ts';
import type { Database } from '../../db/client.ts';
import { SESSION_COOKIE } from '../plugins/auth.ts';
import { recordAudit, traceIdFrom } from '../../services/audit/log.ts';
import { clientSubjects } from '../../services/audit/pseudonym.ts';
import { resolveSession } from '../../services/identity/sessions.ts';
import { dutchDate } from '../../services/monitor/escalations.ts';

export const tags = ['Portaal'];
export const own = { permission: 'portaal:eigen-vragen' as const };
const activity = { activity: 'inwonersportaal', purpose: 'onafhankelijke cliëntondersteuning (Wmo 2015, art. 2.2.4)' } as const;

/** A question's date is a Dutch calendar day. */
export const today = (): string => dutchDate(new Date());

/** Online questions per IP address per hour (NAAST_PORTAL_RATE_LIMIT): enough for a shared library computer. */
export const questionLimit = { max: Number(process.env.NAAST_PORTAL_RATE_LIMIT ?? 20), timeWindow: '1 hour' };

/**
 * The resident who asks while signed in, for linking the question to their account. Public routes skip
 * the session lookup (auth.ts), so it is done here; only an `inwoner` session counts — a supporter who
 * tries the form asks anonymously. A session without the right CSRF token is refused by the caller.
 */
export async function residentOf(app: AppInstance, request: FastifyRequest, csrf: string | undefined): Promise<{ userId: string | null; csrfOk: boolean }> {
  const cookie = request.cookies[SESSION_COOKIE];
  const session = cookie ? await resolveSession(app.db, cookie) : null;
  if (!session || !session.principal.grants.some((g) => g.role === 'inwoner')) return { userId: null, csrfOk: true };
  const origin = request.headers.origin;
  const sameOrigin = !origin || new URL(origin).host === request.headers.host;
  return { userId: session.principal.userId, csrfOk: sameOrigin && csrf === session.csrfToken };
}

/**
 * The resident is the actor: signed in, by their account; anonymous, by role and municipality only.
 * The data subject is the client's pseudonym (the same the casework module logs under), so the
 * privacy officer finds the online question in the case's history.
 */
export async function auditResident(
  app: AppInstance,
  request: FastifyRequest,
  input: { userId: string | null; municipalityCode: string; caseIds: (string | null)[]; action: 'lezen' | 'schrijven'; outcome: 'toegestaan' | 'geweigerd' | 'fout' },
  /** The transaction of the change, so the change and its rows commit together (issue 18 §1). */
  db: Database = app.db,
): Promise<void> {
  const subjects = input.caseIds.length > 0 ? input.caseIds : [null];
  const base = {
    actorUserId: input.userId,
    actorRole: 'inwoner',
    actorOrganisation: `gemeente/${input.municipalityCode}`,
    requestId: request.id,
    traceId: traceIdFrom(request.headers.traceparent as string | undefined),
  };
  const known = await clientSubjects(db, subjects.filter((id): id is string => id !== null));
  const entries = subjects.map((id) => ({
    ...base,
    ...activity,
    ...(id ? known.get(id)! : { dataSubject: null, tenant: input.municipalityCode }),
    action: input.action,
    outcome: input.outcome,
  }));
  await recordAudit(db, entries);
}
