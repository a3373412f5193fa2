/**
 * Where to go after signing in (`?terugNaar=`): only a path on this site. Anything else (another
 * site, `//host`, a backslash trick, control characters) becomes "/", so the sign-in page cannot be
 * used to send people to a phishing site. Same rule as the server applies for OIDC.
 */
export function safeReturnPath(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\') || /[\u0000-\u001f\\]/.test(value)) return '/';
  const base = 'http://naast.invalid';
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return '/';
  }
  if (url.origin !== base) return '/';
  // Back to the sign-in page itself would be a loop.
  if (url.pathname === '/inloggen') return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The sign-in page that comes back to `path` afterwards. */
export function signInPath(path: string): string {
  const back = safeReturnPath(path);
  return back === '/' ? '/inloggen' : `/inloggen?terugNaar=${encodeURIComponent(back)}`;
}
