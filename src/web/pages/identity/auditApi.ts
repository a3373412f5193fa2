import { API, toApiError } from '../../api/client.ts';
import type { AuditRow } from './identityTypes.ts';

export type LinkRel = 'first' | 'prev' | 'next' | 'last';

export interface AuditPage {
  rows: AuditRow[];
  /** X-Total-Count: all rows that match, on every page together. */
  total: number;
  /** The Link header: the request paths of the neighbouring pages. */
  links: Partial<Record<LinkRel, string>>;
  page: number;
  lastPage: number;
}

const AUDIT_PATH = `${API}/logboek`;

/** Reads `<…>; rel="next", <…>; rel="last"`; only links to the audit log itself are kept. */
export function parseLinks(header: string | null): Partial<Record<LinkRel, string>> {
  const links: Partial<Record<LinkRel, string>> = {};
  for (const part of (header ?? '').split(',')) {
    const match = /<([^>]+)>\s*;\s*rel="?(first|prev|next|last)"?/.exec(part.trim());
    if (match && (match[1]!.startsWith(`${AUDIT_PATH}?`) || match[1] === AUDIT_PATH)) links[match[2] as LinkRel] = match[1]!;
  }
  return links;
}

/** The page number (`pagina`) of a request path; 1 when it has none. */
export function pageOf(path: string | undefined): number {
  const value = Number(new URL(path ?? '/', 'http://naast.invalid').searchParams.get('pagina') ?? '1');
  return Number.isInteger(value) && value > 0 ? value : 1;
}

export interface AuditQuery {
  betrokkene: string;
  verwerkingsactiviteit: string;
  vanafDatum: string;
  totEnMetDatum: string;
  paginaGrootte: number;
}

/** The request path of the first page of a search; empty fields are left out. */
export function searchPath(query: AuditQuery): string {
  const params = new URLSearchParams();
  for (const key of ['betrokkene', 'verwerkingsactiviteit', 'vanafDatum', 'totEnMetDatum'] as const) {
    const value = query[key].trim();
    if (value) params.set(key, value);
  }
  params.set('paginaGrootte', String(query.paginaGrootte));
  params.set('pagina', '1');
  return `${AUDIT_PATH}?${params.toString()}`;
}

/** GET one page of the audit log (a path made by searchPath or taken from the Link header). */
export async function fetchAuditPage(path: string): Promise<AuditPage> {
  const response = await fetch(path, { headers: { accept: 'application/json' } });
  if (!response.ok) throw await toApiError(response);
  const rows = (await response.json()) as AuditRow[];
  const links = parseLinks(response.headers.get('link'));
  return { rows, total: Number(response.headers.get('x-total-count') ?? rows.length), links, page: pageOf(path), lastPage: pageOf(links.last ?? path) };
}
