import { z } from 'zod';
import type { AppInstance } from '../types.ts';
import { API_PREFIX, API_VERSION } from '../version.ts';
import { schemaVersion } from '../../db/migrate.ts';

const Health = z
  .object({
    status: z.enum(['ok']).describe('Altijd "ok" als de server en de database antwoorden'),
    engine: z.enum(['pglite', 'postgres']).describe('De database-engine: ingebouwd (pglite) of een PostgreSQL-server'),
    schemaVersion: z.number().int().describe('Het nummer van de laatst uitgevoerde databasemigratie'),
    apiVersion: z.string(),
    startedAt: z.string().datetime().describe('Moment waarop de server startte'),
  })
  .meta({ id: 'Gezondheid' });

export async function healthRoutes(app: AppInstance): Promise<void> {
  const startedAt = new Date().toISOString();
  app.get(
    `${API_PREFIX}/health`,
    {
      config: { access: { public: true } },
      schema: {
        tags: ['Systeem'],
        operationId: 'getHealth',
        summary: 'Status van de server en de database',
        response: { 200: Health },
      },
    },
    async () => ({
      status: 'ok' as const,
      engine: app.db.engine,
      schemaVersion: await schemaVersion(app.db),
      apiVersion: API_VERSION,
      startedAt,
    }),
  );
}
