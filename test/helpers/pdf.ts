/**
 * Just enough of a PDF reader for tests of pdfkit output (PDF 1.7 without object streams, so every
 * dictionary is plain text even when the content streams are compressed).
 */
export interface PdfObject {
  id: number;
  body: string;
}

export function pdfObjects(bytes: Buffer): PdfObject[] {
  const text = bytes.toString('latin1');
  return [...text.matchAll(/(\d+) 0 obj\s*([\s\S]*?)\s*endobj/g)].map((m) => ({ id: Number(m[1]), body: m[2]! }));
}

/** Decodes a PDF literal string body (escapes; UTF-16BE with byte order mark). */
export function decodePdfString(literal: string): string {
  const bytes = literal.replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_, c: string) =>
    /^[0-7]/.test(c) ? String.fromCharCode(parseInt(c, 8)) : ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' } as Record<string, string>)[c] ?? c,
  );
  if (bytes.startsWith('\xfe\xff')) {
    let out = '';
    for (let i = 2; i + 1 < bytes.length; i += 2) out += String.fromCharCode((bytes.charCodeAt(i) << 8) | bytes.charCodeAt(i + 1));
    return out;
  }
  return bytes;
}

/** The value of a string entry (`/Title (…)`) in a dictionary body, decoded; balanced parentheses. */
export function stringEntry(body: string, key: string): string | undefined {
  const start = body.indexOf(`/${key} (`);
  if (start < 0) return undefined;
  let depth = 0;
  let i = start + key.length + 2;
  const from = i + 1;
  for (; i < body.length; i++) {
    const c = body[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '(') depth++;
    if (c === ')' && --depth === 0) break;
  }
  return decodePdfString(body.slice(from, i));
}

/** A string entry given directly or as a reference to a string object (pdfkit writes Info values so). */
export function resolvedString(objects: PdfObject[], body: string, key: string): string | undefined {
  const ref = new RegExp(`/${key} (\\d+) 0 R`).exec(body)?.[1];
  if (!ref) return stringEntry(body, key);
  const target = objects.find((o) => o.id === Number(ref))?.body;
  return target === undefined ? undefined : stringEntry(`/V ${target}`, 'V');
}

export interface TaggedPdfFacts {
  structTreeRoot: boolean;
  lang: string | undefined;
  marked: boolean;
  displayDocTitle: boolean;
  title: string | undefined;
  /** Structure types in the order their elements were written. */
  types: string[];
  figures: { alt: string | undefined }[];
  /** The Document element's children, depth first: the reading order of the blocks. */
  readingOrder: string[];
}

function readingOrder(objects: PdfObject[]): string[] {
  const byId = new Map(objects.map((o) => [o.id, o.body]));
  const type = (body: string) => /\/S \/([A-Za-z0-9]+)/.exec(body)?.[1];
  const root = objects.find((o) => type(o.body) === 'Document' && /\/P \d+ 0 R/.test(o.body));
  const out: string[] = [];
  const walk = (body: string) => {
    const kids = /\/K \[([^\]]*)\]/.exec(body)?.[1] ?? '';
    for (const m of kids.matchAll(/(\d+) 0 R/g)) {
      const child = byId.get(Number(m[1]));
      const t = child && type(child);
      if (!child || !t) continue;
      out.push(t);
      walk(child);
    }
  };
  if (root) walk(root.body);
  return out;
}

export function taggedPdfFacts(bytes: Buffer): TaggedPdfFacts {
  const objects = pdfObjects(bytes);
  const catalog = objects.find((o) => /\/Type \/Catalog/.test(o.body))?.body ?? '';
  const info = objects.find((o) => /\/Producer/.test(o.body))?.body ?? '';
  const markInfoRef = /\/MarkInfo (\d+) 0 R/.exec(catalog)?.[1];
  const markInfo = markInfoRef ? objects.find((o) => o.id === Number(markInfoRef))?.body ?? '' : /\/MarkInfo\s*(<<[^>]*>>)/.exec(catalog)?.[1] ?? '';
  const viewerRef = /\/ViewerPreferences (\d+) 0 R/.exec(catalog)?.[1];
  const viewer = viewerRef ? objects.find((o) => o.id === Number(viewerRef))?.body ?? '' : catalog;
  const elements = objects.filter((o) => /\/S \/[A-Za-z0-9]+/.test(o.body) && /\/P \d+ 0 R/.test(o.body));
  return {
    structTreeRoot: /\/StructTreeRoot \d+ 0 R/.test(catalog) && objects.some((o) => /\/Type \/StructTreeRoot/.test(o.body)),
    lang: stringEntry(catalog, 'Lang'),
    marked: /\/Marked true/.test(markInfo),
    displayDocTitle: /\/DisplayDocTitle true/.test(viewer),
    title: resolvedString(objects, info, 'Title'),
    types: elements.map((o) => /\/S \/([A-Za-z0-9]+)/.exec(o.body)![1]!),
    readingOrder: readingOrder(objects),
    figures: elements.filter((o) => /\/S \/Figure/.test(o.body)).map((o) => ({ alt: stringEntry(o.body, 'Alt') })),
  };
}
