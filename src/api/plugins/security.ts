import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import { problem } from '../problem.ts';

/**
 * Security baseline: helmet's headers (CSP, frame denial, nosniff, HSTS outside development),
 * `Cache-Control: no-store` on every answer that sets no policy of its own (API answers may hold personal data), and a rate limiter that
 * routes opt into (sign-in).
 */
export async function registerSecurity(app: FastifyInstance, options: { hsts: boolean }): Promise<void> {
  // helmet's middleware is built once here and applied to every answer. @fastify/helmet built it anew
  // for each request (parsing the CSP directives every time): 8% of the server's CPU in the monitor
  // summary's profile (issue 23).
  const applyHelmet = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Charts and the API viewer set inline styles; scripts stay strictly same-origin.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    frameguard: { action: 'deny' },
    hsts: options.hsts ? { maxAge: 31536000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
  });
  app.addHook('onRequest', (request, reply, done) => {
    applyHelmet(request.raw, reply.raw, () => done());
  });
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) => ({
      ...problem(429, `Te veel pogingen. Probeer het over ${Math.ceil(context.ttl / 1000)} seconden opnieuw.`),
      statusCode: 429,
    }),
  });
  // Every answer that does not say otherwise is not stored — decided per answer, not from the URL as
  // spelled, so no spelling of an API path escapes it. Static assets and public pages set their own.
  app.addHook('onSend', async (_request, reply) => {
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
  });
}
