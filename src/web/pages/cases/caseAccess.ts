import type { Permission } from '../../../domain/access/index.ts';
import { ApiError } from '../../api/client.ts';
import type { Case } from '../../api/caseTypes.ts';
import { sendJson } from '../../api/send.ts';
import type { User } from '../../api/session.ts';
import { hasPermission } from '../monitor/monitorFormat.ts';

export { formatDate } from '../monitor/monitorFormat.ts';

export const may = (user: User, permission: Permission): boolean => hasPermission(user, permission);

/** The path of a case in the API; `sub` is e.g. `/notities`. */
export const casePath = (c: Pick<Case, 'id'>, sub = ''): string => `/dossiers/${encodeURIComponent(c.id)}${sub}`;

/** A change to a case, sent with If-Match on the version the page shows (412 when someone changed it). */
export function changeCase<T>(c: Case, method: 'PUT' | 'POST', sub: string, body: unknown): Promise<T> {
  return sendJson<T>(method, casePath(c, sub), body, { 'If-Match': `"${c.versie}"` }).then((sent) => sent.data);
}

/** The Dutch `detail` of a refused change (for tests and announcements). */
export function problemDetail(error: unknown): string | undefined {
  return error instanceof ApiError ? error.problem.detail : undefined;
}
