import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { safeError } from './logging.ts';
import { unavailableFor } from '../db/faults.ts';
import { AppError, ConflictError, InvalidInputError, count, placeLabel, UnavailableError, columnLabel, type ErrorKind, type InputProblem } from '../domain/errors.ts';

/**
 * One wrong input field, as the NL API Design Rules' problem-details extension names it. A problem
 * in an uploaded file also has `rij` (as the spreadsheet shows it, 1 = header row) and `kolom` (the
 * header name), with `kolomLetter` where the column's position is known; `name` is then the Dutch
 * place ("rij 3, kolom B (fase)").
 */
export interface InvalidParam {
  name: string;
  code: string;
  reason: string;
  rij?: number;
  kolom?: string;
  kolomLetter?: string;
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

/**
 * An HTTP answer a route throws on purpose (sign-in 401, If-Match 428, throttling 429, a content
 * type the route cannot read); the handler turns it into problem+json. Refusals of the domain and
 * services are members of the error family (src/domain/errors.ts) instead, so the CLI and the web
 * map them too.
 */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly extra: Partial<Problem> = {},
  ) {
    super(detail);
  }
}

/** The one HTTP mapping of the error family (src/domain/errors.ts): status per family member. */
const statusOf: Record<ErrorKind, number> = {
  'niet-gevonden': 404,
  conflict: 409,
  'ongeldige-invoer': 400,
  'geen-toegang': 403,
  'niet-beschikbaar': 503,
  'te-groot': 413,
  'niet-ondersteund': 415,
};

/** Status of a family member: a stale version is 412 (If-Match no longer matches), other conflicts 409. */
export function statusFor(error: AppError): number {
  return error instanceof ConflictError && error.reason === 'stale' ? 412 : statusOf[error.kind];
}

/** problem+json for a member of the error family: stable `code`, Dutch `detail`, every input problem. */
export function problemFor(error: AppError, instance?: string): Problem {
  const extra: Partial<Problem> = { code: error.code, ...(instance ? { instance } : {}), ...error.details };
  if (error instanceof InvalidInputError) {
    extra.invalidParams = error.problems.map(invalidParam);
    if (error.total > error.problems.length || error.problems.some((p) => p.row !== undefined)) extra.aantalProblemen = error.total;
  }
  return problem(statusFor(error), error.message, extra);
}

/** A field is named by its path in the request (`body.…`, a JSON path `$…` as is); a file cell by its place. */
function invalidParam(p: InputProblem): InvalidParam {
  // Default codes as the API has always sent them: clients switch on these.
  const base = { code: p.code ?? (p.row !== undefined ? 'invalid_cell' : 'invalid'), reason: p.message };
  if (p.row !== undefined) {
    const column = p.column && p.column !== '-' ? p.column : undefined;
    return { name: placeLabel({ row: p.row, column, columnLetter: p.columnLetter }), ...base, rij: p.row, ...(column ? { kolom: column } : {}), ...(p.columnLetter ? { kolomLetter: p.columnLetter } : {}) };
  }
  if (p.field) return { name: /^(\$|body\.|query\.|path\.|header\.)/.test(p.field) ? p.field : `body.${p.field}`, ...base };
  return { name: columnLabel(p) ?? 'body', ...base };
}

/**
 * The stable code of a problem that names none itself (Fastify's own errors, route checks with
 * ProblemError, sign-in): the same words the error family uses, so every problem+json has a `code`.
 */
const codes: Record<number, string> = {
  400: 'ongeldige-invoer',
  401: 'niet-ingelogd',
  403: 'geen-toegang',
  404: 'niet-gevonden',
  405: 'methode-niet-toegestaan',
  406: 'niet-acceptabel',
  409: 'conflict',
  412: 'versie-verouderd',
  413: 'te-groot',
  415: 'niet-ondersteund',
  422: 'niet-verwerkbaar',
  428: 'versie-ontbreekt',
  429: 'te-veel-verzoeken',
  500: 'interne-fout',
  503: 'niet-beschikbaar',
};

export function problem(status: number, detail: string, extra: Partial<Problem> = {}): Problem {
  return {
    type: extra.type ?? `https://naast.nl/problemen/${status}`,
    title: extra.title ?? titles[status] ?? 'Fout',
    status,
    detail,
    code: codes[status] ?? (status >= 500 ? 'interne-fout' : 'fout'),
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
      problem(400, `De invoer klopt niet: ${count(invalidParams.length, 'probleem', 'problemen')}. Zie invalidParams.`, {
        instance: request.url.split('?')[0],
        invalidParams,
      }),
    );
  }
  // A database that is down, restarting or too slow: 503 with Retry-After, not a 500 (issue 18 §1).
  const unavailable = error instanceof AppError ? null : unavailableFor(error);
  if (unavailable) {
    request.log.warn({ err: safeError(error), route: request.routeOptions.url, method: request.method }, 'database unavailable');
    void reply.header('Retry-After', String(unavailable.retryAfterSeconds));
    return sendProblem(reply, problemFor(unavailable, request.url.split('?')[0]));
  }
  if (error instanceof AppError) {
    if (error instanceof UnavailableError) void reply.header('Retry-After', String(error.retryAfterSeconds));
    return sendProblem(reply, problemFor(error, request.url.split('?')[0]));
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
    code: { type: 'string', description: "Vaste code van de fout (bijvoorbeeld niet-gevonden, versie-verouderd, ongeldige-invoer), voor programma's" },
    aantalProblemen: { type: 'integer', description: 'Hoeveel problemen er zijn (invalidParams kan bij een groot bestand alleen de eerste tonen)' },
    invalidParams: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'code', 'reason'],
        properties: {
          name: { type: 'string' },
          code: { type: 'string' },
          reason: { type: 'string' },
          // A file import says where the wrong cell is, so the UI can point at it.
          rij: { type: 'integer', description: 'Rij in het ingelezen bestand, zoals het rekenblad die toont (rij 1 = kolomnamen)' },
          kolom: { type: 'string', description: 'Naam van de kolom in het ingelezen bestand' },
          kolomLetter: { type: 'string', description: 'Kolomletter zoals het rekenblad die toont, als de plek van de kolom bekend is' },
        },
      },
    },
  },
} as const;
