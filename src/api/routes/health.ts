import { z } from 'zod';
import type { AppInstance } from '../types.ts';
import { API_PREFIX, API_VERSION } from '../version.ts';
import { schemaVersion } from '../../db/migrate.ts';
import { probeDatabase } from '../../db/probe.ts';
import { DATABASE_UNAVAILABLE_MESSAGE, type DatabaseFault } from '../../db/faults.ts';

const Health = z
  .object({
    status: z.enum(['ok']).describe('Altijd "ok" als het proces antwoordt; de database wordt hier niet gecontroleerd (zie /health/ready)'),
    engine: z.enum(['pglite', 'postgres']).describe('De database-engine: ingebouwd (pglite) of een PostgreSQL-server'),
    schemaVersion: z.number().int().describe('Het nummer van de laatst uitgevoerde databasemigratie (bij het starten)'),
    apiVersion: z.string(),
    startedAt: z.string().datetime().describe('Moment waarop de server startte'),
  })
  .meta({ id: 'Gezondheid' });

const Part = z.object({
  status: z.enum(['ok', 'down']),
  ms: z.number().int().describe('Hoe lang de controle duurde, in milliseconden'),
  melding: z.string().describe('Wat er aan de hand is, in gewone woorden'),
});

const Readiness = z
  .object({
    status: z.enum(['ok', 'down']).describe('"ok" als de server verzoeken kan afhandelen; "down" (HTTP 503) als een onderdeel niet werkt'),
    onderdelen: z.object({ database: Part }).describe('Per onderdeel: werkt het, hoe snel antwoordde het'),
  })
  .meta({ id: 'Gereedheid' });

/** The readiness check waits at most this long for the database (its own connection, not the pool). */
export const READINESS_TIMEOUT_MS = 2_000;

const faultText: Record<DatabaseFault | 'other', string> = {
  unreachable: 'De databaseserver is niet bereikbaar.',
  'connection-lost': 'De verbinding met de databaseserver viel weg.',
  'shutting-down': 'De databaseserver stopt of is net gestopt.',
  starting: 'De databaseserver start nog op.',
  timeout: `De database antwoordde niet binnen ${READINESS_TIMEOUT_MS / 1000} seconden.`,
  'lock-timeout': 'De database wacht op een vergrendeling.',
  other: 'De database gaf een onverwachte fout.',
};

/**
 * Liveness (`/health`): cheap, never touches the database, so a slow or absent database does not make
 * an orchestrator restart a healthy process. Readiness (`/health/ready`): checks the database on its
 * own connection with a short time limit and says which part is down (issue 18 §1).
 */
export async function healthRoutes(app: AppInstance): Promise<void> {
  const startedAt = new Date().toISOString();
  // Read once at start-up (the migrations ran just before): liveness must not wait for the database.
  const version = await schemaVersion(app.db);
  app.get(
    `${API_PREFIX}/health`,
    {
      config: { access: { public: true } },
      schema: {
        tags: ['Systeem'],
        operationId: 'getHealth',
        summary: 'Leeft de server? (zonder databasecontrole)',
        response: { 200: Health },
      },
    },
    async () => ({ status: 'ok' as const, engine: app.db.engine, schemaVersion: version, apiVersion: API_VERSION, startedAt }),
  );

  // Concurrent checks share one probe: a burst of readiness calls opens one connection, not many.
  let running: ReturnType<typeof probeDatabase> | null = null;
  app.get(
    `${API_PREFIX}/health/ready`,
    {
      config: { access: { public: true } },
      schema: {
        tags: ['Systeem'],
        operationId: 'getReadiness',
        summary: 'Kan de server verzoeken afhandelen? (controleert de database)',
        description: `Controleert de database op een eigen verbinding (niet die van de verzoeken), met een tijdslimiet van ${READINESS_TIMEOUT_MS / 1000} seconden. HTTP 503 met Retry-After als een onderdeel niet werkt.`,
        response: { 200: Readiness, 503: Readiness },
      },
    },
    async (_request, reply) => {
      running ??= probeDatabase(app.db, READINESS_TIMEOUT_MS).finally(() => (running = null));
      const result = await running;
      const database = result.ok
        ? { status: 'ok' as const, ms: result.ms, melding: 'De database antwoordt.' }
        : { status: 'down' as const, ms: result.ms, melding: `${faultText[result.fault ?? 'other']} ${DATABASE_UNAVAILABLE_MESSAGE}` };
      void reply.header('cache-control', 'no-store');
      if (!result.ok) void reply.code(503).header('Retry-After', '30');
      return { status: database.status, onderdelen: { database } };
    },
  );
}
