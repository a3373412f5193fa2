/**
 * Other spellings of one path that a router, a proxy or a browser might treat as the same path
 * (issue 17 §1). Generated from the path itself so that every segment gets its turn.
 */
export function pathSpellings(path: string): string[] {
  const [pathname, query] = splitQuery(path);
  const segments = pathname.split('/').slice(1);
  const join = (parts: string[]) => `/${parts.join('/')}${query}`;
  const out = new Set<string>();
  segments.forEach((segment, i) => {
    const letter = segment.search(/[a-z]/i);
    if (letter < 0) return;
    // One encoded letter in this segment, in upper- and lower-case hex.
    const encoded = (hex: string) => segment.slice(0, letter) + hex + segment.slice(letter + 1);
    const code = segment.charCodeAt(letter).toString(16);
    out.add(join(segments.map((s, j) => (j === i ? encoded(`%${code.toUpperCase()}`) : s))));
    out.add(join(segments.map((s, j) => (j === i ? encoded(`%${code}`) : s))));
    // Double encoding: %2561 is "%61" once decoded.
    out.add(join(segments.map((s, j) => (j === i ? encoded(`%25${code}`) : s))));
    // Upper case, one segment at a time.
    out.add(join(segments.map((s, j) => (j === i ? s.toUpperCase() : s))));
    // A matrix parameter on this segment.
    out.add(join(segments.map((s, j) => (j === i ? `${s};x=1` : s))));
  });
  out.add(join(segments.map((s) => [...s].map((c) => (/[a-z]/i.test(c) ? `%${c.charCodeAt(0).toString(16)}` : c)).join(''))));
  out.add(`/${pathname.toUpperCase().slice(1)}${query}`);
  out.add(`/${pathname}${query}`); // "//api/…"
  out.add(join(segments.flatMap((s, j) => (j === 0 ? [s, ''] : [s])))); // "/api//v1/…"
  out.add(`/.${pathname}${query}`); // "/./api/…"
  out.add(join(segments.flatMap((s, j) => (j === 0 ? [s, '.'] : [s])))); // "/api/./v1/…"
  out.add(`/x/..${pathname}${query}`); // "/x/../api/…"
  out.add(join(segments.flatMap((s, j) => (j === 0 ? [s, 'x', '..'] : [s])))); // "/api/x/../v1/…"
  out.add(`${pathname}/${query}`); // trailing slash
  out.add(`${pathname};x=1${query}`); // ";param" at the end
  out.add(`${pathname}%2F${query}`); // encoded trailing slash
  out.add(`/${segments.join('%2F')}${query}`); // encoded slashes
  out.add(`/${segments.join('%2f')}${query}`);
  out.add(`${pathname}%00${query}`); // NUL
  out.add(`${pathname}%20${query}`); // trailing space
  out.delete(path);
  return [...out];
}

function splitQuery(path: string): [string, string] {
  const at = path.indexOf('?');
  return at < 0 ? [path, ''] : [path.slice(0, at), path.slice(at)];
}
