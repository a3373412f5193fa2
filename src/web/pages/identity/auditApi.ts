import { API, toApiError } from '../../api/client.ts';
import type { AuditRow } from './identityTypes.ts';

export type LinkRel = 'first' | 'prev' | 'next' | 'last';

export interface AuditPage {
  rows: AuditRow[];
  /** X-Total-Count: all rows that match, on every page together. */
  total: number;
  /** X-Total-Count-Geschat: `total` is the database's estimate, not a count (more than AUDIT_COUNT_CAP rows match). */
  totalEstimated: boolean;
  /** The Link header: the request paths of the neighbouring pages. */
  links: Partial<Record<LinkRel, string>>;
  page: number;
  /** The number of the last page; undefined when nobody knows it (estimated total: the API sends no `last`). */
  lastPage: number | undefined;
}

/**
 * The API counts matching rows exactly up to this many and estimates beyond it (AUDIT_COUNT_CAP in
 * src/services/audit/log.ts, stated in the description of GET /logboek). The web app is built apart from
 * the server, so the figure is repeated here; it only words the message ("meer dan 10.000").
 */
export const AUDIT_COUNT_CAP = 10_000;

/** How to tell the total: exactly, about (an estimate, rounded) or more than the cap (estimate at or near it). */
export type TotalDescription = { kind: 'exact' | 'about' | 'moreThan'; value: number };

/**
 * An estimate is rounded to two significant figures (23.456 → 23.000, 1.234.567 → 1.200.000): more
 * precision would promise more than the planner's statistics know. An estimate that rounds to the cap or
 * below says only "more than 10.000" (it is certain that more rows than the cap match).
 */
export function describeTotal(total: number, estimated: boolean): TotalDescription {
  if (!estimated) return { kind: 'exact', value: total };
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(Math.max(1, total))) - 1);
  const rounded = Math.round(total / magnitude) * magnitude;
  return rounded > AUDIT_COUNT_CAP ? { kind: 'about', value: rounded } : { kind: 'moreThan', value: AUDIT_COUNT_CAP };
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
  return toAuditPage(path, rows, response.headers);
}

/** A page from the answer's headers (apart from fetchAuditPage so that it can be tested without a server). */
export function toAuditPage(path: string, rows: AuditRow[], headers: Headers): AuditPage {
  const links = parseLinks(headers.get('link'));
  const page = pageOf(path);
  // Without `last` (the API leaves it out when the total is estimated) the last page is unknown while
  // there is a next page; "pagina 1 van 1" would hide the rows after it.
  const lastPage = links.last ? pageOf(links.last) : links.next ? undefined : page;
  return {
    rows,
    total: Number(headers.get('x-total-count') ?? rows.length),
    totalEstimated: headers.get('x-total-count-geschat') === 'true',
    links,
    page,
    lastPage,
  };
}
