import type { Database } from '../../db/client.ts';
import { anonymiseDueCases, type RetentionSettings } from '../cases/retention.ts';
import { purgeExpiredKeys } from '../idempotency/store.ts';
import type { JobDefinition, JobLog } from './runner.ts';

export const RETENTION_JOB = 'bewaartermijn';

/**
 * Retention (bewaartermijn) as a scheduled job: once a day closed cases past the retention period are
 * anonymised (services/cases/retention.ts), and expired Idempotency-Keys with their stored answers are
 * deleted. Running it twice is harmless: an anonymised case is no
 * longer due. `data.today` (ISO date) lets a test or an operator run it as of another day.
 */
export function retentionJob(db: Database, settings: RetentionSettings, log: JobLog): JobDefinition {
  return {
    name: RETENTION_JOB,
    cron: settings.cron,
    async run(data) {
      const today = typeof (data as { today?: unknown } | undefined)?.today === 'string' ? (data as { today: string }).today : undefined;
      const n = await anonymiseDueCases(db, { years: settings.years, ...(today ? { today } : {}) });
      if (n > 0) log.info(`bewaartermijn: ${n} dossiers geanonimiseerd`);
      // Stored answers of Idempotency-Keys hold personal data too: gone once the key expired (24 h).
      const keys = await purgeExpiredKeys(db);
      if (keys > 0) log.info(`bewaartermijn: ${keys} verlopen Idempotency-Keys verwijderd`);
    },
  };
}
