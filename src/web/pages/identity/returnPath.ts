import { safeReturnPath as sameOriginPath } from '../../../domain/access/return-path.ts';

/**
 * Where to go after signing in (`?terugNaar=`): only a path on this site. Anything else (another
 * site, `//host`, a backslash trick, control characters) becomes "/", so the sign-in page cannot be
 * used to send people to a phishing site. The server's rule (src/domain/access/return-path.ts), so
 * `/.//evil` and encoded slashes are caught here too.
 */
export function safeReturnPath(value: string | null | undefined): string {
  const path = sameOriginPath(value);
  // Back to the sign-in page itself would be a loop.
  return path === '/inloggen' || path.startsWith('/inloggen?') || path.startsWith('/inloggen#') ? '/' : path;
}

/** The sign-in page that comes back to `path` afterwards. */
export function signInPath(path: string): string {
  const back = safeReturnPath(path);
  return back === '/' ? '/inloggen' : `/inloggen?terugNaar=${encodeURIComponent(back)}`;
}
