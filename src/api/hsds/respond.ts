/**
 * How the HSDS API answers: JSON (or NDJSON) with a strong ETag over the exact bytes, so a harvester
 * that sends If-None-Match gets 304 while nothing changed. The social map's public part holds no
 * personal data, so answers may be cached by anyone for a short while and read from any origin.
 */
import crypto from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { pageOf, type Entity } from '../../domain/socialmap/public-hsds.ts';

const CACHE_CONTROL = 'public, max-age=300';

/** Does If-None-Match name this ETag (or `*`)? Weak comparison, as RFC 9110 §13.1.2 asks for this header. */
function notModified(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const strip = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || strip(tag) === etag);
}

export function sendCacheable(request: FastifyRequest, reply: FastifyReply, text: string, type: string): FastifyReply {
  const etag = `"${crypto.createHash('sha256').update(text).digest('base64url').slice(0, 32)}"`;
  reply.header('etag', etag).header('cache-control', CACHE_CONTROL).header('access-control-allow-origin', '*');
  if (notModified(request.headers['if-none-match'], etag)) return reply.code(304).send();
  return reply.type(type).send(text);
}

export const sendJson = (request: FastifyRequest, reply: FastifyReply, body: unknown): FastifyReply =>
  sendCacheable(request, reply, JSON.stringify(body), 'application/json; charset=utf-8');

export interface ListQuery {
  page: number;
  per_page: number;
  format: 'json' | 'ndjson';
}

/**
 * A list as the specification pages it (total_items … contents), or with `format=ndjson` every item
 * on its own line, unpaged, as the specification's `format` parameter describes.
 */
export function sendList<T extends Entity>(request: FastifyRequest, reply: FastifyReply, items: readonly T[], query: ListQuery, shape: (item: T) => unknown): FastifyReply {
  if (query.format === 'ndjson') {
    return sendCacheable(request, reply, items.map((item) => `${JSON.stringify(shape(item))}\n`).join(''), 'application/x-ndjson; charset=utf-8');
  }
  const page = pageOf(items, query.page, query.per_page);
  return sendJson(request, reply, { ...page, contents: page.contents.map(shape) });
}
