import { Command } from 'commander';
import { t } from '../i18n.ts';
import { withDatabase } from '../context.ts';

export function dbCommand(): Command {
  const db = new Command('db').description(t('cmd.db'));
  db.command('migrate')
    .description(t('cmd.db.migrate'))
    .action(async () => {
      await withDatabase(async (database, version) => {
        process.stdout.write(`${t('db.migrated', { version, engine: database.engine })}\n`);
      });
    });
  return db;
}
