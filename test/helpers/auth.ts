import crypto from 'node:crypto';
import type { Database } from '../../src/db/client.ts';
import type { Grant } from '../../src/domain/access/index.ts';
import { createUser } from '../../src/services/identity/users.ts';
import { createSession } from '../../src/services/identity/sessions.ts';
import { SESSION_COOKIE } from '../../src/api/plugins/auth.ts';

export interface SignedIn {
  userId: string;
  /** Headers for app.inject: the session cookie and the CSRF token. */
  headers: Record<string, string>;
}

/** A fresh user with the given roles, signed in (session created directly, not via the rate-limited login). */
export async function signIn(db: Database, grants: Grant[], name = `u${crypto.randomBytes(4).toString('hex')}`): Promise<SignedIn> {
  const user = await createUser(db, { username: name, displayName: name, grants });
  const session = await createSession(db, user.id, 'password');
  return { userId: user.id, headers: { cookie: `${SESSION_COOKIE}=${session.secret}`, 'x-csrf-token': session.csrfToken } };
}

export const grant = (role: Grant['role'], kind: Grant['organisation']['kind'], code: string): Grant => ({ role, organisation: { kind, code } });
