import type { FastifyInstance } from 'fastify';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { problemJsonSchema } from '../problem.ts';
import { registerPublicPlugin } from './auth.ts';
import { API_PREFIX, API_VERSION } from '../version.ts';

type JsonObject = Record<string, any>;

const versionHeaderRef = { $ref: '#/components/headers/API-Version' };
const problemContent = { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } };

const standardErrors: Record<string, string> = {
  '400': 'Ongeldige invoer; alle fouten staan in invalidParams',
  '500': 'Interne fout',
};

/**
 * The OpenAPI document is generated from the routes' zod schemas. This post-processing step
 * applies the NL API Design Rules in one place instead of in every route: the API-Version
 * header on every success response, problem+json on every error response, a 400 on every
 * operation that takes input, and paths relative to the versioned server URL.
 */
export function applyDesignRules(doc: JsonObject): JsonObject {
  const paths: JsonObject = {};
  for (const [fullPath, item] of Object.entries<JsonObject>(doc.paths ?? {})) {
    // @fastify/swagger already strips the server's base path; be safe if it did not.
    const relative = fullPath.startsWith(API_PREFIX) ? fullPath.slice(API_PREFIX.length) || '/' : fullPath;
    for (const operation of Object.values<JsonObject>(item)) {
      operation.responses ??= {};
      for (const [code, response] of Object.entries<JsonObject>(operation.responses)) {
        if (/^[23]/.test(code)) {
          response.headers = { 'API-Version': versionHeaderRef, ...(response.headers ?? {}) };
        }
        if (/^[45]/.test(code)) response.content = problemContent;
      }
      for (const [code, description] of Object.entries(standardErrors)) {
        operation.responses[code] ??= { description, content: problemContent };
      }
    }
    paths[relative] = item;
  }
  doc.paths = paths;
  doc.components ??= {};
  doc.components.schemas = { ...(doc.components.schemas ?? {}), Problem: problemJsonSchema };
  doc.components.headers = {
    'API-Version': {
      description: 'De volledige versie van de API (semver).',
      schema: { type: 'string', example: API_VERSION },
    },
  };
  return doc;
}

export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Naast API',
        description:
          'Open API van Naast: onafhankelijke cliëntondersteuning onder de Wmo 2015. ' +
          'Elk scherm van Naast werkt via deze API. Fouten volgen RFC 9457 (application/problem+json).',
        version: API_VERSION,
        contact: { name: 'Naast', email: 'ontwikkelaars@naast.nl', url: 'https://naast.nl' },
        license: { name: 'EUPL-1.2', url: 'https://eupl.eu/1.2/nl/' },
      },
      servers: [{ url: API_PREFIX, description: 'Deze server' }],
      tags: [
        { name: 'Systeem', description: 'Status en beschrijving van de API' },
        { name: 'Register', description: 'Gemeenten, jeugdregio’s, MEE-organisaties en gemeentelijke indelingen' },
        { name: 'Budget', description: 'Verdeling van de MEE-budgetten, scenario’s en frictiekosten' },
        { name: 'Identiteit', description: 'Inloggen, sessies, gebruikers, rollen en API-tokens' },
        { name: 'Monitor', description: 'Transitiemonitor: rondes, vragenlijst, antwoorden, samenvattingen en opvolging' },
        { name: 'Dossiers', description: 'Cliëntondersteuning: intake, vragen door het cliëntproces, onafhankelijke toewijzing, notities, verwijzingen, bezwaar en beroep, werkvoorraad' },
        { name: 'Sociale kaart', description: 'Aanbieders, diensten, locaties en veelgestelde vragen; openbaar zoeken voor inwoners; Open Referral HSDS 3' },
        { name: 'Beleid', description: 'Afwegingskader per gemeente, dekking (hiaten en overlap), Wmo-plicht-checklist en concept-beleidsplan' },
        { name: 'Portaal', description: 'Inwonersportaal: een vraag stellen, een (andere) cliëntondersteuner vragen, de eigen vragen en het eigen plan' },
        { name: 'Activiteiten', description: 'Activiteitenregistratie van aanbieders: geleverde diensten en minuten inlezen (CSV) en samenvatten voor de verantwoording' },
        { name: 'Verantwoording', description: 'Verantwoording: rapportageperioden per bekostigingsvorm, rapportages van aanbieders, cliëntervaring, MEE-informatiepakket, raadsrapportage en totalen' },
        { name: 'Logboek', description: 'Logboek dataverwerkingen (alleen voor de rol privacy)' },
      ],
    },
    transform: jsonSchemaTransform,
    transformObject: (input) => applyDesignRules(jsonSchemaTransformObject(input) as JsonObject) as any,
  });
  // The viewer's routes cannot carry our config: they are marked public where they are registered.
  await registerPublicPlugin(app, async (scope) => {
    await scope.register(fastifySwaggerUi, {
      routePrefix: `${API_PREFIX}/docs`,
      uiConfig: { docExpansion: 'list', deepLinking: false },
      // The UI loads the same document the public endpoint serves.
      transformSpecification: (spec) => spec,
    });
  });
  app.get(`${API_PREFIX}/openapi.json`, { schema: { hide: true }, config: { access: { public: true } } }, async (_request, reply) => {
    return reply.type('application/json; charset=utf-8').send(app.swagger());
  });
}
