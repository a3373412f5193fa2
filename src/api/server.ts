import crypto from 'node:crypto';
import Fastify, { type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../db/client.ts';
import { startAuditSealer } from '../services/audit/seal.ts';
import { startStatisticsJob } from '../db/statistics.ts';
import { createOidcService } from '../services/identity/oidc.ts';
import type { OidcConfig } from '../services/identity/oidc-config.ts';
import { errorHandler } from './problem.ts';
import { safeLoggerOptions } from './logging.ts';
import { registerOpenApi } from './plugins/openapi.ts';
import { registerWeb } from './plugins/web.ts';
import { registerSecurity } from './plugins/security.ts';
import { registerAuth } from './plugins/auth.ts';
import { registerIdempotency } from './idempotency.ts';
import { registerSpreadsheetParser } from './tabular.ts';
import { rejectUnstorableText } from './input-guard.ts';
import { API_VERSION } from './version.ts';
import type { AppInstance } from './types.ts';
import { apiRoutes } from './routes/index.ts';
import { reportIndexesSettled, scheduleReportIndexes } from '../services/activities/report-index.ts';

// Validation messages in Dutch: users read them in the problem's invalidParams.
z.config(z.locales.nl());

export interface RegisteredRoute {
  method: string;
  url: string;
  access: import('../domain/access/index.ts').AccessRule | undefined;
}

declare module 'fastify' {
  interface FastifyInstance {
    registeredRoutes: RegisteredRoute[];
  }
}

export interface ServerOptions {
  db: Database;
  /** Stale-tolerant reads (DATABASE_READ_URL, src/db/replica.ts); `db` when absent. */
  readDb?: Database;
  webDir?: string;
  logger?: FastifyServerOptions['logger'];
  /** Development relaxes Secure cookies and HSTS (plain http on localhost). */
  development?: boolean;
  /** OpenID Connect sign-in; off when absent. */
  oidc?: OidcConfig | null;
}

/** A UUID or any short token of letters, digits and hyphens (a UUID is one of those). */
const REQUEST_ID = /^[A-Za-z0-9-]{1,64}$/;

/** The caller's request id when it is a UUID or a short plain token; a fresh UUID otherwise. */
export function requestIdFrom(header: string | string[] | undefined): string {
  return typeof header === 'string' && REQUEST_ID.test(header) ? header : crypto.randomUUID();
}

/** Builds the HTTP server: API under /api/v1, its OpenAPI description, and the web UI at `/`. */
export async function buildServer(options: ServerOptions): Promise<AppInstance> {
  const app = Fastify({
    // Never bodies, query strings, secrets or input-echoing database errors in the log (logging.ts).
    logger: safeLoggerOptions(options.logger ?? false),
    // A caller's X-Request-ID is kept so one id follows a request through every log line, but only
    // a well-formed one: otherwise a client could forge or break log lines (see requestIdFrom).
    requestIdHeader: false,
    genReqId: (req) => requestIdFrom(req.headers['x-request-id']),
    forceCloseConnections: 'idle',
    // Input size limit; file imports raise it per route.
    bodyLimit: 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>() as unknown as AppInstance;

  // Every route with its access rule, for the authorisation matrix test and the docs.
  const routes: RegisteredRoute[] = [];
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      // Read lazily: a plugin's scope may still set the rule after this hook (registerPublicPlugin).
      if (method !== 'HEAD') {
        routes.push({
          method,
          url: route.url,
          get access() {
            return route.config?.access;
          },
        });
      }
    }
  });
  app.decorate('registeredRoutes', routes);

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  app.decorate('db', options.db);
  app.decorate('readDb', options.readDb ?? options.db);
  // Audit rows are sealed into the hash chain shortly after their commit (ADR 0013); stop with the server.
  const sealer = startAuditSealer(options.db);
  app.addHook('onClose', () => sealer.stop());
  // PGlite has no autovacuum: grown tables are analysed in-process (ADR 0018); PostgreSQL: nothing to do.
  const statistics = startStatisticsJob(options.db);
  app.addHook('onClose', () => statistics.stop());
  // Report indexes an import or a crash left to build (report-index.ts); a close waits for a running build.
  void scheduleReportIndexes(options.db);
  app.addHook('onClose', () => reportIndexesSettled(options.db));
  // Text the database cannot store (NUL, lone surrogates) is refused with a 400 before any route runs.
  app.addHook('preValidation', rejectUnstorableText);
  registerSpreadsheetParser(app);
  app.decorate('oidc', options.oidc ? createOidcService(options.oidc) : null);
  app.addHook('onSend', async (request, reply) => {
    reply.header('API-Version', API_VERSION);
    reply.header('X-Request-ID', request.id);
  });

  await registerSecurity(app, { hsts: !options.development });
  await registerAuth(app, { secureCookies: !options.development });
  // Before the routes: it amends every creating POST as it is added.
  registerIdempotency(app);
  await registerOpenApi(app);
  await app.register(apiRoutes);
  await registerWeb(app, options.webDir ?? '');
  return app;
}
