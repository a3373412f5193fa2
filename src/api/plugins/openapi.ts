import type { FastifyInstance } from 'fastify';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { ACCESS_KEY, applyDesignRules, type RouteAccessNote } from './openapi-rules.ts';
import { registerPublicPlugin } from './auth.ts';
import { API_PREFIX, API_VERSION } from '../version.ts';

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
    // Each route's access rule travels into its operation, so the document can declare its security
    // and the statuses it answers (401/403/404/429) from the same rule the server enforces.
    transform: (input) => {
      const result = jsonSchemaTransform(input);
      const config = input.route.config as (Pick<RouteAccessNote, 'upload' | 'answers' | 'formatTypes'> & { access?: RouteAccessNote['rule']; scope?: unknown; rateLimit?: unknown }) | undefined;
      const note: RouteAccessNote = {
        rule: config?.access ?? null,
        scoped: Boolean(config?.scope),
        rateLimited: Boolean(config?.rateLimit),
        upload: config?.upload,
        answers: config?.answers,
        formatTypes: config?.formatTypes,
      };
      return { ...result, schema: { ...result.schema, [ACCESS_KEY]: note } };
    },
    transformObject: (input) => applyDesignRules(jsonSchemaTransformObject(input) as Record<string, unknown>) as never,
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
