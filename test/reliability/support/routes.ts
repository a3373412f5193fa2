import crypto from 'node:crypto';
import type { AppInstance } from '../../../src/api/types.ts';
import type { Database } from '../../../src/db/client.ts';
import { ROLES, type Grant, type Role } from '../../../src/domain/access/index.ts';
import { MATRIX_MODULES } from '../authorization/index.ts';

/**
 * Everything the fuzzers need to reach every route generically: the route list (as registered, so
 * routes that other modules add are covered without touching these tests), values for the route
 * parameters (from the authorisation matrix's per-module setup) and each route's request schema
 * (from the generated OpenAPI document, which comes from the same zod schemas the routes validate with).
 */
export type JsonSchema = {
  type?: string | string[];
  $ref?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  format?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  pattern?: string;
  default?: unknown;
  nullable?: boolean;
};

export interface Operation {
  method: string;
  /** Fastify form: /api/v1/dossiers/:dossierId */
  url: string;
  body: JsonSchema | undefined;
  /** Content types of the request body, or [] when the route takes none. */
  contentTypes: string[];
}

const PLUGIN_ROUTES = [/^\/api\/v1\/docs/, /^\/api\/v1\/openapi\.json$/];

/** Own organisation per role, as in the authorisation matrix: municipality Utrecht and what holds it. */
export const OWN: Record<Role, Grant['organisation']> = {
  landelijk: { kind: 'landelijk', code: 'nl' },
  regio: { kind: 'jeugdregio', code: 'utrecht-stad' },
  'gemeente-beleid': { kind: 'gemeente', code: 'utrecht' },
  clientondersteuner: { kind: 'gemeente', code: 'utrecht' },
  beslisser: { kind: 'gemeente', code: 'utrecht' },
  aanbieder: { kind: 'mee-organisatie', code: 'mee-utrecht-gooi-vecht' },
  privacy: { kind: 'landelijk', code: 'nl' },
  beheer: { kind: 'landelijk', code: 'nl' },
  inwoner: { kind: 'gemeente', code: 'utrecht' },
};

/** A foreign organisation of the same kind as each own one (Beek (L.), youth region Zuid-Limburg, MEE Zuid-Limburg). */
export const FOREIGN_OF_KIND: Record<Grant['organisation']['kind'], Grant['organisation']> = {
  landelijk: { kind: 'gemeente', code: 'beek-l' },
  gemeente: { kind: 'gemeente', code: 'beek-l' },
  jeugdregio: { kind: 'jeugdregio', code: 'zuid-limburg' },
  'mee-organisatie': { kind: 'mee-organisatie', code: 'mee-zuid-limburg' },
  aanbieder: { kind: 'mee-organisatie', code: 'mee-zuid-limburg' },
};

/** Every role at once (own organisation): such a user passes the access check of every route, so the payload reaches validation. */
export const ALL_ROLES: Grant[] = ROLES.map((role) => ({ role, organisation: OWN[role] }));

/** API routes as registered, without the plugin routes (docs viewer, OpenAPI document). */
export function apiRoutes(app: AppInstance): { method: string; url: string }[] {
  return app.registeredRoutes.filter((r) => r.url.startsWith('/api/v1') && !PLUGIN_ROUTES.some((p) => p.test(r.url)));
}

/** Runs every matrix module's setup: the "own" resources and the values of the route parameters. */
export async function routeParams(db: Database): Promise<Record<string, string>> {
  const params: Record<string, string> = {};
  for (const module of MATRIX_MODULES) Object.assign(params, await module.setup?.(db));
  return params;
}

/** A route URL with its parameters filled; an unknown parameter gets a fresh UUID (a 404 then, which is fine for a fuzzer). */
export function fillUrl(url: string, params: Record<string, string>): string {
  return url.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(params[name] ?? crypto.randomUUID()));
}

/** Operations from the OpenAPI document, keyed "METHOD /api/v1/…:param". */
export async function operations(app: AppInstance): Promise<{ ops: Map<string, Operation>; components: Record<string, JsonSchema> }> {
  const doc = (await app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json() as {
    paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema?: JsonSchema }> } }>>;
    components?: { schemas?: Record<string, JsonSchema> };
  };
  const ops = new Map<string, Operation>();
  for (const [path, item] of Object.entries(doc.paths)) {
    const url = `/api/v1${path.replace(/\{(\w+)\}/g, ':$1')}`;
    for (const [method, op] of Object.entries(item)) {
      const content = op.requestBody?.content ?? {};
      ops.set(`${method.toUpperCase()} ${url}`, { method: method.toUpperCase(), url, body: content['application/json']?.schema, contentTypes: Object.keys(content) });
    }
  }
  return { ops, components: doc.components?.schemas ?? {} };
}

/** Import routes: POSTs ending in /import (file uploads), however many modules add. */
export const isImport = (route: { method: string; url: string }) => route.method === 'POST' && /\/import$/.test(route.url);

/**
 * A plausible value for a schema: required fields only, first enum value, the minimum of a range, a
 * date for date formats. Good enough to get past most of the validation, so mutations of it probe
 * one field at a time.
 */
export function sampleOf(schema: JsonSchema | undefined, components: Record<string, JsonSchema>, depth = 0): unknown {
  if (!schema || depth > 8) return null;
  if (schema.$ref) return sampleOf(components[schema.$ref.split('/').pop()!], components, depth + 1);
  if (schema.default !== undefined) return schema.default;
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return sampleOf(alternatives.find((a) => a.type !== 'null') ?? alternatives[0], components, depth + 1);
  if (schema.allOf) return Object.assign({}, ...schema.allOf.map((s) => sampleOf(s, components, depth + 1)));
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const key of schema.required ?? []) out[key] = sampleOf(schema.properties?.[key], components, depth + 1);
      return out;
    }
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => sampleOf(schema.items, components, depth + 1));
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    case 'boolean':
      return false;
    case 'string':
      return stringSample(schema);
    default:
      return null;
  }
}

function stringSample(schema: JsonSchema): string {
  if (schema.format === 'date') return '2015-01-05';
  if (schema.format === 'date-time') return '2015-01-05T10:00:00Z';
  if (schema.format === 'uuid') return crypto.randomUUID();
  if (schema.format === 'email') return 'iemand@example.nl';
  if (schema.pattern === '^\\d{4}-\\d{2}-\\d{2}$') return '2015-01-05';
  if (schema.pattern?.includes('\\d{9}')) return '111222333';
  const text = 'Fuzz tekst';
  return text.padEnd(schema.minLength ?? 0, 'x').slice(0, schema.maxLength ?? text.length);
}

/** Top-level property paths of an object schema (to mutate one at a time). */
export function propertyNames(schema: JsonSchema | undefined, components: Record<string, JsonSchema>): string[] {
  if (!schema) return [];
  if (schema.$ref) return propertyNames(components[schema.$ref.split('/').pop()!], components);
  return Object.keys(schema.properties ?? {});
}
