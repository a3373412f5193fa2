import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';

/** Query parameters for paged collections (NL API Design Rules: Link header pagination). */
export const pageQuery = {
  pagina: z.coerce.number().int().min(1).default(1).describe('Paginanummer, vanaf 1'),
  paginaGrootte: z.coerce.number().int().min(1).max(500).default(100).describe('Aantal per pagina (maximaal 500)'),
};

/**
 * Returns one page of `items` and sets the `Link` header (first, prev, next, last) and
 * `X-Total-Count`, keeping the request's other query parameters.
 */
export function paginate<T>(request: FastifyRequest, reply: FastifyReply, items: T[], page: number, pageSize: number): T[] {
  setPageHeaders(request, reply, items.length, page, pageSize);
  return items.slice((page - 1) * pageSize, page * pageSize);
}

/** The `Link` and `X-Total-Count` headers for a page the database already cut out of `total` results. */
export function setPageHeaders(request: FastifyRequest, reply: FastifyReply, total: number, page: number, pageSize: number): void {
  const last = Math.max(1, Math.ceil(total / pageSize));
  const url = new URL(request.url, 'http://x');
  const link = (p: number, rel: string) => {
    url.searchParams.set('pagina', String(p));
    url.searchParams.set('paginaGrootte', String(pageSize));
    return `<${url.pathname}${url.search}>; rel="${rel}"`;
  };
  const links = [link(1, 'first'), link(last, 'last')];
  if (page > 1) links.push(link(Math.min(page - 1, last), 'prev'));
  if (page < last) links.push(link(page + 1, 'next'));
  reply.header('Link', links.join(', '));
  reply.header('X-Total-Count', String(total));
}

/** OpenAPI response headers of a paged collection (merged with API-Version by the design-rules step). */
export const pageHeaders = {
  Link: { description: 'Links naar eerste, vorige, volgende en laatste pagina', schema: { type: 'string' } },
  'X-Total-Count': { description: 'Totaal aantal resultaten', schema: { type: 'integer' } },
};
