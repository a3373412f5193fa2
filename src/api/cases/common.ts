import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { isoDate } from '../dates.ts';
import type { AppInstance } from '../types.ts';
import { ProblemError } from '../problem.ts';
import { auditEntries, auditRequest, changeWithAudit, type AuditFacts } from '../audit.ts';
import type { AuditEntry } from '../../services/audit/log.ts';
import type { KeyRef } from '../../services/idempotency/store.ts';
import type { Database } from '../../db/client.ts';
import { expectedVersion } from '../monitor/errors.ts';
import { ROLE_DEFINITIONS, type Permission } from '../../domain/access/index.ts';
import { clientSubjects } from '../../services/audit/pseudonym.ts';
import { dutchDate } from '../../services/monitor/escalations.ts';
import { AppError } from '../../domain/errors.ts';
import { municipalityOfCase } from '../../services/cases/store.ts';

export const tags = ['Dossiers'];
export const read = { permission: 'dossiers:lezen' as const };
export const write = { permission: 'dossiers:schrijven' as const };

const activity = { activity: 'dossier', purpose: 'onafhankelijke cliëntondersteuning (Wmo 2015, art. 2.2.4)' } as const;

export const dossierParams = z.object({ dossierId: z.string().max(64).describe('Id van het dossier') });
export const ifMatchHeaders = z.object({ 'if-match': z.string().optional().describe('Versie van het dossier, bijvoorbeeld "3" (412 als die verouderd is)') });
export const optionalDate = isoDate.optional().describe('Standaard: vandaag');

/**
 * The municipality of the case in the path, for the access check: a supporter of another
 * municipality gets the same 404 as for a case that does not exist. An unknown id maps to a scope no
 * grant covers, so that answer is the uniform 404 too.
 */
export const caseScope = (app: AppInstance) => async (request: FastifyRequest) => ({
  kind: 'municipality' as const,
  code: (await municipalityOfCase(app.db, (request.params as { dossierId?: string }).dossierId ?? '')) ?? '',
});

/** The municipalities the caller holds `permission` for (work lists and search span exactly these). */
export function municipalitiesOf(request: FastifyRequest, permission: Permission): string[] {
  const grants = request.principal?.grants ?? [];
  return [...new Set(grants.filter((g) => g.organisation.kind === 'gemeente' && ROLE_DEFINITIONS[g.role].permissions.includes(permission)).map((g) => g.organisation.code))];
}

/** A case deadline is a Dutch calendar day. */
export const today = (): string => dutchDate(new Date());
export const versionOf = (request: FastifyRequest): number | undefined => expectedVersion(request.headers['if-match'] as string | undefined, undefined);
export const userIdOf = (request: FastifyRequest): string => request.principal!.userId;

/** A refusal (the caller's input or the case's state) rather than a failure of the server. */
const refused = (err: unknown) => err instanceof AppError || err instanceof ProblemError;

async function audit(db: Database, app: AppInstance, request: FastifyRequest, subjects: (string | null)[], action: AuditFacts['action'], outcome: AuditFacts['outcome']) {
  await auditRequest(app, request, await factsFor(db, subjects, action, outcome), db);
}

async function factsFor(
  db: Database,
  subjects: (string | null)[],
  action: AuditFacts['action'],
  outcome: AuditFacts['outcome'],
  tenants?: ReadonlyMap<string, string>,
): Promise<AuditFacts[]> {
  const list = subjects.length > 0 ? subjects : [null];
  const known = await clientSubjects(db, list.filter((id): id is string => id !== null), tenants);
  return list.map((id) => ({ ...activity, ...(id ? known.get(id)! : { dataSubject: null }), action, outcome }));
}

/** A case record the change returned names its own municipality: its audit tenant needs no lookup (issue 23). */
function tenantOf(result: unknown): Map<string, string> {
  const shown = result as { record?: unknown } | null;
  // A case record, or a case view (`record` inside).
  const r = (shown && typeof shown.record === 'object' ? shown.record : result) as { id?: unknown; municipalityCode?: unknown } | null;
  return r && typeof r.id === 'string' && typeof r.municipalityCode === 'string' ? new Map([[r.id, r.municipalityCode]]) : new Map();
}

/**
 * Runs `work` on one case and logs it in the audit log (Logboek dataverwerkingen) under the client's
 * pseudonym, refused attempts included: an attempt to process someone's data is processing too.
 * A change and its audit row commit in one transaction (changeWithAudit): `work` must use the `db`
 * it is given, never `app.db`. A read's row is written on its own, after the read and before the
 * answer: no data leaves without its row. A refusal or failure is logged afterwards, on its own,
 * since nothing was changed.
 * `caseId` may come from the result (a new case has no id before it exists).
 */
export async function audited<T>(
  app: AppInstance,
  request: FastifyRequest,
  action: 'lezen' | 'schrijven',
  caseId: string | ((result: T) => string) | null,
  work: (db: Database) => Promise<T>,
): Promise<T> {
  const subjectOf = (result: T) => (typeof caseId === 'function' ? caseId(result) : caseId);
  try {
    if (action === 'schrijven') return await changeWithAudit(app, request, work, (result, db) => factsFor(db, [subjectOf(result)], action, 'toegestaan', tenantOf(result)));
    // A read changes nothing: its row goes in on its own, but before the data leaves (a failed insert fails the read).
    const result = await work(app.db);
    await audit(app.db, app, request, [subjectOf(result)], action, 'toegestaan');
    return result;
  } catch (err) {
    await audit(app.db, app, request, [typeof caseId === 'string' ? caseId : null], action, refused(err) ? 'geweigerd' : 'fout');
    throw err;
  }
}

/**
 * A new case and its audit row in ONE statement (ADR 0015): the client's audit facts are known before
 * the case exists (the caller makes its id; its tenant is the municipality it goes to), so `work`
 * hands the row (and the request's Idempotency-Key) to the statement that creates the case, which
 * writes it only when it writes the case. The row is the one `audited` writes for a change; a refusal
 * or failure is logged afterwards, on its own, as there.
 */
export async function auditedCreation<T>(
  app: AppInstance,
  request: FastifyRequest,
  caseId: string,
  municipalityCode: string,
  work: (written: { audit: AuditEntry; key: KeyRef | null }) => Promise<T>,
): Promise<T> {
  try {
    const facts = await factsFor(app.db, [caseId], 'schrijven', 'toegestaan', new Map([[caseId, municipalityCode]]));
    return await work({ audit: auditEntries(request, facts)[0]!, key: request.idempotency });
  } catch (err) {
    await audit(app.db, app, request, [null], 'schrijven', refused(err) ? 'geweigerd' : 'fout');
    throw err;
  }
}

/**
 * One audit row per case shown (set-based, one insert); a list that shows no case still leaves a trace.
 * Cases are given with their municipality (the audit tenant) as a list already has it: no lookup.
 */
export async function auditList(
  app: AppInstance,
  request: FastifyRequest,
  shown: readonly { id: string; municipalityCode: string }[],
  outcome: AuditFacts['outcome'] = 'toegestaan',
): Promise<void> {
  const tenants = new Map(shown.map((c) => [c.id, c.municipalityCode]));
  await auditRequest(app, request, await factsFor(app.db, [...tenants.keys()], 'lezen', outcome, tenants), app.db);
}

/** Runs `work` (a change that shows cases) and writes one 'lezen' row per case shown, in the same transaction. */
export async function auditedList<T>(app: AppInstance, request: FastifyRequest, work: (db: Database) => Promise<T>, caseIds: (result: T) => string[]): Promise<T> {
  return changeWithAudit(app, request, work, (result, db) => factsFor(db, caseIds(result), 'lezen', 'toegestaan'));
}
