/**
 * Only same-origin relative paths: an open redirect after sign-in would make phishing easy.
 * Checked again after normalising (`/.//evil` and `/..//evil` become `//evil`, which a browser reads
 * as another host) and after decoding once (`/%2F%2Fevil` may be decoded by a proxy on the way).
 */
export function safeReturnPath(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || looksLikeOtherHost(value) || /[\u0000-\u001f\u007f\\]/.test(value)) return '/';
  const base = 'http://naast.invalid';
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return '/';
  }
  if (url.origin !== base) return '/';
  const path = `${url.pathname}${url.search}${url.hash}`;
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return '/';
  }
  return looksLikeOtherHost(path) || looksLikeOtherHost(decoded) || decoded.includes('\\') ? '/' : path;
}

const looksLikeOtherHost = (path: string) => path.startsWith('//') || path.startsWith('/\\');
