import crypto from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ProblemError } from './problem.ts';
import { claimKey, markKeyUsed, releaseKey, storeAnswer, type KeyRef } from '../services/idempotency/store.ts';
import type { Queryable } from '../db/client.ts';
import { ConflictError } from '../domain/errors.ts';

/**
 * Idempotency-Key (draft-ietf-httpapi-idempotency-key-header) on every POST that creates something:
 * a client that lost the answer retries with the same key and gets the first answer again (status and
 * body), nothing is created twice. Same key, other request: 422; same key while the first still runs:
 * 409. Keys are per user and per route and expire after 24 hours. Without the header nothing changes.
 *
 * A route creates something when its POST answers 201; a route that creates with a 200 answer sets
 * `config.idempotent: true`, one that must not take a key (signing in) `config.idempotent: false`.
 */

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Accept an Idempotency-Key (default: POST routes that answer 201). */
    idempotent?: boolean;
    /**
     * The answer holds a secret shown once (an API token, a TOTP secret): it is not stored for a
     * replay. A retry with the key still creates nothing; it gets a 409 that says so.
     */
    secretAnswer?: boolean;
  }
  interface FastifyRequest {
    /** The key this request holds, once claimed (see registerIdempotency). */
    idempotency: KeyRef | null;
  }
}

export const IDEMPOTENCY_HEADER = 'idempotency-key';
/** The draft's key is a string; ours: 1–255 visible ASCII characters (a UUID in practice). */
const KEY_FORMAT = /^[\x21-\x7e]{1,255}$/;
/** Answers worth replaying: the ones that changed something. Refusals and failures free the key. */
const kept = (status: number) => status >= 200 && status < 300;
/** Headers of the first answer that a replay must repeat. */
const REPLAYED_HEADERS = ['location', 'etag'];

export const idempotencyHeaderSchema = z
  .string()
  .max(255)
  .optional()
  .describe('Unieke sleutel per handeling (bijvoorbeeld een UUID). Stuur dezelfde sleutel mee als u het verzoek opnieuw verstuurt; dan wordt niets dubbel aangemaakt en krijgt u het eerste antwoord terug. Geldig: 24 uur.');

/** Whether a route takes an Idempotency-Key: its own say, else every POST that answers 201. */
export function takesIdempotencyKey(method: string | string[], config: { idempotent?: boolean } | undefined, schema: { response?: unknown } | undefined): boolean {
  if (config?.idempotent !== undefined) return config.idempotent;
  const responses = (schema?.response ?? {}) as Record<string, unknown>;
  return [method].flat().includes('POST') && '201' in responses;
}

/** Registers the hooks; call before any route is added (onRoute sees only routes added later). */
export function registerIdempotency(app: FastifyInstance): void {
  app.decorateRequest('idempotency', null);
  app.addHook('onRoute', (route) => {
    if (!takesIdempotencyKey(route.method, route.config, route.schema)) return;
    // The 409 and 422 answers are declared from the header (plugins/openapi-rules.ts).
    route.config = { ...(route.config ?? {}), idempotent: true };
    if (route.schema) {
      const headers = route.schema.headers as z.ZodObject | undefined;
      route.schema.headers = (headers ?? z.object({})).extend({ [IDEMPOTENCY_HEADER]: idempotencyHeaderSchema });
    }
    route.preHandler = [...[route.preHandler ?? []].flat(), (request, reply) => claim(app, request, reply)];
  });
  app.addHook('onSend', async (request, reply, payload) => {
    const ref = request.idempotency;
    if (!ref) return payload;
    request.idempotency = null;
    if (kept(reply.statusCode) && request.routeOptions.config.secretAnswer) {
      await markKeyUsed(app.db, ref);
    } else if (kept(reply.statusCode) && (typeof payload === 'string' || Buffer.isBuffer(payload))) {
      await storeAnswer(app.db, ref, { status: reply.statusCode, type: headerText(reply.getHeader('content-type')), headers: replayedHeaders(reply), body: payload.toString() });
    } else {
      await releaseKey(app.db, ref);
    }
    return payload;
  });
  // An answer that never reached onSend (the connection broke): free the key unless the change committed.
  app.addHook('onResponse', async (request) => {
    if (request.idempotency) await releaseKey(app.db, request.idempotency);
  });
}

async function claim(app: FastifyInstance, request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const header = request.headers[IDEMPOTENCY_HEADER];
  if (header === undefined) return;
  // The draft writes the key as a structured-field string ("…"); a bare token means the same key.
  const key = [header].flat()[0]!.trim().replace(/^"(.*)"$/, '$1');
  if (!KEY_FORMAT.test(key)) throw new ProblemError(400, 'De Idempotency-Key is ongeldig: gebruik 1 tot 255 letters, cijfers of leestekens zonder spaties (bijvoorbeeld een UUID).');
  const ref: KeyRef = { scope: request.principal?.userId ?? '', route: `${request.method} ${request.routeOptions.url}`, key };
  const outcome = await claimKey(app.db, ref, fingerprint(request));
  switch (outcome.kind) {
    case 'claimed':
      request.idempotency = ref;
      return;
    case 'mismatch':
      throw new ProblemError(422, 'Deze Idempotency-Key is al gebruikt voor een ander verzoek. Gebruik een nieuwe sleutel voor een nieuwe handeling.');
    case 'in-progress':
      throw new ConflictError('Een verzoek met dezelfde Idempotency-Key wordt nog verwerkt. Wacht even en probeer het dan opnieuw.');
    case 'interrupted':
      throw new ConflictError(
        'Een eerdere poging met deze Idempotency-Key is onderbroken. Kijk of het resultaat er is; doe het anders opnieuw met een nieuwe sleutel.',
        { code: 'poging-onderbroken' },
      );
    case 'lost':
      throw new ProblemError(
        409,
        request.routeOptions.config.secretAnswer
          ? 'Dit verzoek is al verwerkt. Het antwoord bevat een geheim dat maar één keer wordt getoond en is daarom niet bewaard. Kijk of het resultaat er is; maak anders een nieuw verzoek met een nieuwe sleutel.'
          : 'Dit verzoek is al verwerkt, maar het antwoord is verloren gegaan. Kijk of het resultaat er al is voordat u het opnieuw probeert met een nieuwe sleutel.',
      );
    case 'replay': {
      const { answer } = outcome;
      for (const [name, value] of Object.entries(answer.headers)) reply.header(name, value);
      if (answer.type) reply.type(answer.type);
      reply.header('Idempotent-Replayed', 'true');
      return reply.code(answer.status).send(answer.body);
    }
  }
}

/**
 * Marks the request's key as used inside the transaction that makes its change, so a committed
 * change always has its key (a crash before the answer is stored cannot lead to a second creation).
 */
export async function markIdempotencyKey(tx: Queryable, request: FastifyRequest): Promise<void> {
  if (request.idempotency) await markKeyUsed(tx, request.idempotency);
}

/** The request as the draft's fingerprint sees it: method, route, path parameters, query and body. */
function fingerprint(request: FastifyRequest): string {
  const hash = crypto.createHash('sha256');
  hash.update(JSON.stringify([request.method, request.routeOptions.url, request.params ?? null, request.query ?? null]));
  const body = request.body;
  hash.update(Buffer.isBuffer(body) ? body : JSON.stringify(body ?? null));
  return hash.digest('hex');
}

function replayedHeaders(reply: FastifyReply): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of REPLAYED_HEADERS) {
    const value = headerText(reply.getHeader(name));
    if (value) out[name] = value;
  }
  return out;
}

const headerText = (value: unknown): string | null => (value === undefined || value === null ? null : String([value].flat()[0]));
