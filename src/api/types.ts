import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Database } from '../db/client.ts';
import type { OidcService } from '../services/identity/oidc.ts';

declare module 'fastify' {
  interface FastifyInstance {
    db: Database;
    /**
     * For reads that may be a little stale (dashboards, reports, the public social map): the read
     * replica when one is configured and healthy, else `db` itself (src/db/replica.ts).
     */
    readDb: Database;
    /** Sign-in through an OpenID Connect provider; null when not configured. */
    oidc: OidcService | null;
  }
}

/** The Fastify instance with zod types, as every route module receives it. */
export type AppInstance = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;
