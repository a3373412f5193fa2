import crypto from 'node:crypto';
import zlib from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * A response body serialised once (already validated against the route's response schema), with a
 * strong ETag over its bytes. The budget tables of a published year are reference data: they do not
 * change while the server runs, so the hot budget routes send these bytes instead of validating and
 * serialising hundreds of rows per request (see docs/performance.md).
 */
export interface CachedBody {
  /** UTF-8 bytes: encoded once, not per response. */
  json: Buffer;
  /** The same bytes gzipped once: the 408-row list is ~107 kB, ~10× smaller compressed, and every browser accepts gzip. */
  gzip: Buffer;
  etag: string;
  headers: Record<string, string>;
  /** Every header of a response with this body (validators, caching, the body's own), merged once: a hot path. */
  sent: Record<string, string>;
}

export function cachedBody(json: string, headers: Record<string, string> = {}): CachedBody {
  const bytes = Buffer.from(json, 'utf8');
  const etag = `"${crypto.createHash('sha256').update(json).digest('base64url').slice(0, 32)}"`;
  // The body's own headers come last: they may replace the default cache-control.
  const sent = { etag, 'cache-control': 'no-cache', vary: 'accept-encoding', ...headers };
  return { json: bytes, gzip: zlib.gzipSync(bytes), etag, headers, sent };
}

/** Does If-None-Match name this ETag (weak comparison, RFC 9110 13.1.2)? */
export function notModified(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/** Sends the body, or 304 Not Modified when the caller already has it. Public reference data: revalidate. */
export function sendCachedBody(request: FastifyRequest, reply: FastifyReply, body: CachedBody): FastifyReply {
  reply.headers(body.sent);
  if (notModified(request.headers['if-none-match'], body.etag)) return reply.code(304).send();
  reply.type('application/json; charset=utf-8');
  if (acceptsGzip(request.headers['accept-encoding'])) return reply.header('content-encoding', 'gzip').send(body.gzip);
  return reply.send(body.json);
}

let lastAcceptEncoding = { value: '', gzip: false };

/** Accept-Encoding names gzip with a non-zero weight (RFC 9110 12.5.3). */
export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  if (!acceptEncoding) return false;
  // A browser sends the same value with every request: remember the last answer (a hot path).
  if (acceptEncoding === lastAcceptEncoding.value) return lastAcceptEncoding.gzip;
  const gzip = parseAcceptsGzip(acceptEncoding);
  lastAcceptEncoding = { value: acceptEncoding, gzip };
  return gzip;
}

function parseAcceptsGzip(acceptEncoding: string): boolean {
  return acceptEncoding.split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return (coding === 'gzip' || coding === 'x-gzip') && (!q || Number(q.slice(2)) > 0);
  });
}

/** A small first-in-first-out map: a bounded cache of bodies per request URL. */
export class BoundedCache<V> {
  private map = new Map<string, V>();
  constructor(private readonly max: number) {}
  get(key: string): V | undefined {
    return this.map.get(key);
  }
  set(key: string, value: V): void {
    if (!this.map.has(key) && this.map.size >= this.max) this.map.delete(this.map.keys().next().value!);
    this.map.set(key, value);
  }
}
