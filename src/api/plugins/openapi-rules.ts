import type { AccessRule } from '../../domain/access/index.ts';
import { problemJsonSchema } from '../problem.ts';
import { API_PREFIX, API_VERSION } from '../version.ts';

// The OpenAPI document is JSON built by @fastify/swagger; it is walked and amended as plain data.
type JsonObject = Record<string, any>;

const versionHeaderRef = { $ref: '#/components/headers/API-Version' };
const problemContent = { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } };
const UNSAFE = new Set(['post', 'put', 'patch', 'delete']);

/** What a route's config says about access, carried from the route into the document (x- keys survive @fastify/swagger). */
export const ACCESS_KEY = 'x-naast-toegang';
export interface RouteAccessNote {
  rule: AccessRule | null;
  scoped: boolean;
  rateLimited: boolean;
  /** Content types of a raw file upload (the body is read as bytes, so zod cannot describe it). */
  upload?: string[];
  /** Further error statuses this route answers, with the reason (e.g. 404 when OIDC is off). */
  answers?: Record<number, string>;
  /** Media types of `formaat` values that differ from the usual ones (e.g. html sent as a Word file). */
  formatTypes?: Record<string, string>;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Content types of a raw file upload, for the OpenAPI document. */
    upload?: string[];
    /** Further error statuses this route answers, with the reason, for the OpenAPI document. */
    answers?: Record<number, string>;
    /** Media types of `formaat` values that differ from the usual ones, for the OpenAPI document. */
    formatTypes?: Record<string, string>;
  }
}

/**
 * The error answers every operation can give, by name: each is declared once under
 * components/responses and referred to from every operation (generated clients get one type each).
 */
const ERROR_RESPONSES = {
  OngeldigeInvoer: 'Ongeldige invoer; alle fouten staan in invalidParams',
  // A wrong or expired API token is refused on every route, public ones included.
  NietIngelogd: 'Niet ingelogd, of het API-token is ongeldig, verlopen of ingetrokken',
  GeenToegang: 'Geen toegang met deze rol',
  GeenToegangWijziging: 'Geen toegang met deze rol, of de beveiligingscode (CSRF) ontbreekt',
  NietGevonden: 'Niet gevonden',
  // Outside the caller's organisation looks the same as not existing, wherever the organisation is named.
  NietGevondenOfAndereOrganisatie: 'Niet gevonden, of niet van een organisatie waarvoor u werkt',
  Conflict: 'Kan niet in de huidige toestand, of botst met gegevens die er al zijn',
  VersieVerouderd: 'De versie in If-Match is verouderd: iemand anders heeft intussen gewijzigd',
  VersieOntbreekt: 'If-Match ontbreekt: stuur de versie die u wijzigt mee',
  SleutelHergebruikt: 'Deze Idempotency-Key is al gebruikt voor een ander verzoek',
  TeVeelPogingen: 'Te veel pogingen; probeer het later opnieuw',
  TeGroot: 'Het verzoek of bestand is te groot',
  SoortNietOndersteund: 'Dit soort inhoud (Content-Type) wordt hier niet ondersteund',
  InterneFout: 'Interne fout',
} as const;
type ErrorResponse = keyof typeof ERROR_RESPONSES;

/** A named error answer, or a route's own reason (declared inline). */
type ErrorAnswer = { name: ErrorResponse } | { description: string };

function errorStatuses(method: string, path: string, operation: JsonObject, note: RouteAccessNote | undefined): Record<string, ErrorAnswer> {
  const out: Record<string, ErrorAnswer> = { '400': { name: 'OngeldigeInvoer' }, '401': { name: 'NietIngelogd' }, '500': { name: 'InterneFout' } };
  const isPublic = !note?.rule || 'public' in note.rule;
  if (!isPublic) {
    out['403'] = { name: UNSAFE.has(method) ? 'GeenToegangWijziging' : 'GeenToegang' };
    out['404'] = { name: 'NietGevondenOfAndereOrganisatie' };
    if (UNSAFE.has(method)) out['409'] = { name: 'Conflict' };
  } else if (path.includes('{')) out['404'] = { name: 'NietGevonden' };
  if ((operation.parameters ?? []).some((p: JsonObject) => p.in === 'header' && String(p.name).toLowerCase() === 'if-match')) {
    out['412'] = { name: 'VersieVerouderd' };
    out['428'] = { name: 'VersieOntbreekt' };
  }
  // Idempotency-Key (src/api/idempotency.ts): a request with the same key still running is a 409, the key with another request a 422.
  if ((operation.parameters ?? []).some((p: JsonObject) => p.in === 'header' && String(p.name).toLowerCase() === 'idempotency-key')) {
    out['409'] = { name: 'Conflict' };
    out['422'] = { name: 'SleutelHergebruikt' };
  }
  if (note?.rateLimited) out['429'] = { name: 'TeVeelPogingen' };
  if (operation.requestBody || note?.upload) {
    out['413'] = { name: 'TeGroot' };
    out['415'] = { name: 'SoortNietOndersteund' };
  }
  for (const [code, reason] of Object.entries(note?.answers ?? {})) out[code] = { description: reason };
  return out;
}

/** Who may call: a session cookie (with the CSRF header on changes) or an API token; nothing for public routes. */
function securityOf(method: string, note: RouteAccessNote | undefined): JsonObject[] {
  if (!note?.rule || 'public' in note.rule) return [];
  return [UNSAFE.has(method) ? { sessie: [], csrf: [] } : { sessie: [] }, { apiToken: [] }];
}

export const securitySchemes = {
  sessie: { type: 'apiKey', in: 'cookie', name: 'naast_sessie', description: 'De sessie van de webapplicatie (na inloggen via POST /sessies of OIDC).' },
  csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token', description: 'De CSRF-code van de sessie (uit GET /sessies/huidige); verplicht bij wijzigingen met een sessie.' },
  apiToken: { type: 'http', scheme: 'bearer', description: 'Een API-token voor koppelingen (POST /tokens).' },
};

/** Media types per value of the `formaat` query parameter. */
const FORMAT_TYPES: Record<string, string> = {
  json: 'application/json',
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  html: 'text/html',
  markdown: 'text/markdown',
  word: 'application/msword',
};

/** One content type per `formaat`: a download is not JSON, whatever the zod schema of the JSON answer says. */
function declareFormats(operation: JsonObject, overrides: Record<string, string> = {}): void {
  const format = (operation.parameters ?? []).find((p: JsonObject) => p.in === 'query' && p.name === 'formaat');
  const values: string[] = format?.schema?.enum ?? [];
  const ok = operation.responses?.['200'];
  if (!values.length || !ok?.content) return;
  const json = ok.content['application/json'];
  const content: JsonObject = {};
  for (const value of values) {
    const type = overrides[value] ?? FORMAT_TYPES[value];
    if (!type) continue;
    content[type] = type === 'application/json' ? json : { schema: { type: 'string', format: 'binary' } };
  }
  // Routes whose only answer is a download (no JSON format) keep the declared schema as a string.
  if (!values.includes('json')) delete content['application/json'];
  ok.content = content;
}

/**
 * OpenAPI 3.0.3 reads `nullable` only next to a `type`: `{ nullable, allOf: [$ref] }` does not accept
 * null, and a nullable enum must list null itself. Rewritten so strict validators read what is meant.
 */
export function normaliseNullable(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(normaliseNullable);
  if (!node || typeof node !== 'object') return;
  const schema = node as JsonObject;
  for (const value of Object.values(schema)) normaliseNullable(value);
  if (schema.nullable !== true) return;
  if (Array.isArray(schema.enum) && !schema.enum.includes(null)) schema.enum.push(null);
  if (schema.type === undefined && Array.isArray(schema.allOf)) {
    schema.anyOf = [...schema.allOf, { type: 'string', nullable: true, enum: [null] }];
    delete schema.allOf;
    delete schema.nullable;
  }
}

const SCHEMA_REF = '#/components/schemas/';

/** Rewrites every `$ref` to a schema named in `to` (old name → new name). */
function renameRefs(node: unknown, to: ReadonlyMap<string, string>): unknown {
  if (Array.isArray(node)) return node.map((n) => renameRefs(n, to));
  if (!node || typeof node !== 'object') return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node as JsonObject)) {
    const name = key === '$ref' && typeof value === 'string' && value.startsWith(SCHEMA_REF) ? value.slice(SCHEMA_REF.length) : undefined;
    out[key] = name !== undefined && to.has(name) ? SCHEMA_REF + to.get(name)! : renameRefs(value, to);
  }
  return out;
}

/**
 * The zod provider publishes every named schema twice, `X` and `XInput`, even where the request and
 * the answer look the same. Drops each `XInput` that equals `X` once such twins are read as one (the
 * largest set for which that holds), so clients see one type per thing.
 */
export function mergeInputTwins(doc: JsonObject): void {
  const schemas: JsonObject = doc.components?.schemas ?? {};
  const twins = new Map(Object.keys(schemas).filter((n) => n.endsWith('Input') && n.slice(0, -5) in schemas).map((n) => [n, n.slice(0, -5)]));
  for (let changed = true; changed; ) {
    changed = false;
    for (const [input, base] of twins) {
      if (JSON.stringify(renameRefs(schemas[input], twins)) !== JSON.stringify(renameRefs(schemas[base], twins))) {
        twins.delete(input);
        changed = true;
      }
    }
  }
  for (const input of twins.keys()) delete schemas[input];
  doc.paths = renameRefs(doc.paths, twins);
  doc.components.schemas = renameRefs(schemas, twins);
}

/** Names of the schemas a node refers to. */
function referencedSchemas(node: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(node)) node.forEach((n) => referencedSchemas(n, into));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node as JsonObject)) {
      if (key === '$ref' && typeof value === 'string' && value.startsWith(SCHEMA_REF)) into.add(value.slice(SCHEMA_REF.length));
      else referencedSchemas(value, into);
    }
  }
  return into;
}

/** Drops the named schemas no operation uses, directly or through another schema (the zod provider publishes every `XInput`). */
export function dropUnusedSchemas(doc: JsonObject): void {
  const schemas: JsonObject = doc.components?.schemas ?? {};
  const used = referencedSchemas([doc.paths, doc.components?.responses], new Set());
  for (const pending = [...used]; pending.length > 0; ) {
    for (const name of referencedSchemas(schemas[pending.pop()!], new Set())) {
      if (!used.has(name)) {
        used.add(name);
        pending.push(name);
      }
    }
  }
  for (const name of Object.keys(schemas)) if (!used.has(name)) delete schemas[name];
}

/**
 * Applies the NL API Design Rules in one place instead of in every route: the API-Version header on
 * every success response, problem+json on every error response, every error status an operation can
 * answer, its security, one content type per `formaat`, valid nullable schemas, and paths relative
 * to the versioned server URL.
 */
export function applyDesignRules(doc: JsonObject): JsonObject {
  const paths: JsonObject = {};
  for (const [fullPath, item] of Object.entries<JsonObject>(doc.paths ?? {})) {
    // @fastify/swagger already strips the server's base path; be safe if it did not.
    const relative = fullPath.startsWith(API_PREFIX) ? fullPath.slice(API_PREFIX.length) || '/' : fullPath;
    for (const [method, operation] of Object.entries<JsonObject>(item)) {
      const note = operation[ACCESS_KEY] as RouteAccessNote | undefined;
      delete operation[ACCESS_KEY];
      operation.responses ??= {};
      if (note?.upload && !operation.requestBody) {
        const file = { schema: { type: 'string', format: 'binary' } };
        operation.requestBody = { required: true, content: Object.fromEntries(note.upload.map((type) => [type, file])) };
      }
      for (const [code, response] of Object.entries<JsonObject>(operation.responses)) {
        if (/^[23]/.test(code)) response.headers = { 'API-Version': versionHeaderRef, ...(response.headers ?? {}) };
        if (/^[45]/.test(code)) response.content = problemContent;
      }
      // Standard errors by reference; a status the route declared itself keeps its own description.
      for (const [code, answer] of Object.entries(errorStatuses(method, relative, operation, note))) {
        operation.responses[code] ??= 'name' in answer ? { $ref: `#/components/responses/${answer.name}` } : { description: answer.description, content: problemContent };
      }
      operation.security = securityOf(method, note);
      if (note?.rule && 'permission' in note.rule) operation['x-naast-permissie'] = note.rule.permission;
      declareFormats(operation, note?.formatTypes);
    }
    paths[relative] = item;
  }
  doc.paths = paths;
  doc.components ??= {};
  doc.components.schemas = { ...(doc.components.schemas ?? {}), Problem: problemJsonSchema };
  doc.components.securitySchemes = securitySchemes;
  doc.components.responses = Object.fromEntries(Object.entries(ERROR_RESPONSES).map(([name, description]) => [name, { description, content: problemContent }]));
  doc.components.headers = {
    'API-Version': {
      description: 'De volledige versie van de API (semver).',
      schema: { type: 'string', example: API_VERSION },
    },
  };
  normaliseNullable(doc.components.schemas);
  normaliseNullable(doc.paths);
  mergeInputTwins(doc);
  dropUnusedSchemas(doc);
  return doc;
}
