import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { safeError } from './logging.ts';

/** One wrong input field, as the NL API Design Rules' problem-details extension names it. */
export interface InvalidParam {
  name: string;
  code: string;
  reason: string;
}

/** RFC 9457 problem details; `detail` is always Dutch, for the person who reads it. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  invalidParams?: InvalidParam[];
  [extension: string]: unknown;
}

const titles: Record<number, string> = {
  400: 'Ongeldige invoer',
  401: 'Niet ingelogd',
  403: 'Geen toegang',
  404: 'Niet gevonden',
  405: 'Methode niet toegestaan',
  406: 'Niet acceptabel',
  409: 'Conflict',
  412: 'Gegevens zijn intussen gewijzigd',
  413: 'Verzoek te groot',
  415: 'Soort inhoud niet ondersteund',
  422: 'Gegevens niet verwerkbaar',
  428: 'Versie ontbreekt',
  429: 'Te veel verzoeken',
  500: 'Interne fout',
  503: 'Dienst niet beschikbaar',
};

/** An error a route throws on purpose; the handler turns it into problem+json. */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly extra: Partial<Problem> = {},
  ) {
    super(detail);
  }
}

export function problem(status: number, detail: string, extra: Partial<Problem> = {}): Problem {
  return {
    type: extra.type ?? `https://naast.nl/problemen/${status}`,
    title: extra.title ?? titles[status] ?? 'Fout',
    status,
    detail,
    ...extra,
  };
}

export function sendProblem(reply: FastifyReply, body: Problem): FastifyReply {
  return reply.code(body.status).type('application/problem+json; charset=utf-8').send(body);
}

/** Maps zod issues to NL-API invalid params, all of them at once. */
export function invalidParamsFromZod(issues: readonly z.core.$ZodIssue[], prefix?: string): InvalidParam[] {
  return issues.map((issue) => ({
    name: [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || (prefix ?? 'verzoek'),
    code: issue.code,
    reason: issue.message,
  }));
}

const partNames: Record<string, string> = {
  body: 'body',
  querystring: 'query',
  params: 'path',
  headers: 'header',
};

export function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (hasZodFastifySchemaValidationErrors(error)) {
    const part = partNames[error.validationContext ?? 'body'] ?? 'body';
    const invalidParams = error.validation.map((v) => ({
      name: [part, ...v.instancePath.split('/').filter(Boolean)].join('.'),
      code: v.keyword,
      reason: v.message ?? 'Ongeldige waarde',
    }));
    return sendProblem(
      reply,
      problem(400, `De invoer klopt niet: ${invalidParams.length} ${invalidParams.length === 1 ? 'fout' : 'fouten'}. Zie invalidParams.`, {
        instance: request.url.split('?')[0],
        invalidParams,
      }),
    );
  }
  if (error instanceof ProblemError) {
    return sendProblem(reply, problem(error.status, error.detail, { instance: request.url.split('?')[0], ...error.extra }));
  }
  if (isResponseSerializationError(error)) {
    request.log.error({ err: safeError(error), route: request.routeOptions.url }, 'response does not match its schema');
    return sendProblem(reply, problem(500, 'Er ging iets mis bij het maken van het antwoord. Probeer het later opnieuw.'));
  }
  const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
  if (status >= 500) {
    // The route and method, never the body or the query: the error itself is logged without the
    // values a database error echoes (safeError), so a case's text cannot leak into the log.
    request.log.error({ err: safeError(error), route: request.routeOptions.url, method: request.method }, 'unhandled error');
    return sendProblem(reply, problem(status, 'Er ging iets mis op de server. Probeer het later opnieuw.'));
  }
  const ownDetail = (error as { detail?: unknown }).detail;
  return sendProblem(reply, problem(status, typeof ownDetail === 'string' ? ownDetail : dutchDetailFor(error)));
}

/** Fastify's own client errors (bad JSON, too large, wrong content type) in Dutch. */
function dutchDetailFor(error: FastifyError): string {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'De inhoud van het verzoek is geen geldige JSON.';
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'Het verzoek is te groot.';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'Dit soort inhoud (Content-Type) wordt hier niet ondersteund.';
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return 'De lengte van het verzoek klopt niet.';
    default:
      return 'Het verzoek kan niet worden verwerkt.';
  }
}

export function notFoundHandler(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return sendProblem(reply, problem(404, `Het adres ${request.url.split('?')[0]} bestaat niet.`, { instance: request.url.split('?')[0] }));
}

/** The problem schema for the OpenAPI document (status, title and detail required, per the ADR). */
export const problemJsonSchema = {
  type: 'object',
  required: ['type', 'title', 'status', 'detail'],
  properties: {
    type: { type: 'string', format: 'uri', description: 'Soort fout' },
    title: { type: 'string', description: 'Korte omschrijving van de soort fout' },
    status: { type: 'integer', description: 'HTTP-statuscode' },
    detail: { type: 'string', description: 'Uitleg in het Nederlands' },
    instance: { type: 'string', description: 'Het pad waar de fout optrad' },
    invalidParams: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'code', 'reason'],
        properties: { name: { type: 'string' }, code: { type: 'string' }, reason: { type: 'string' } },
      },
    },
  },
} as const;
