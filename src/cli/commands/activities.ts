import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { t } from '../i18n.ts';
import { requireFile, withDatabase } from '../context.ts';
import { count } from '../../domain/errors.ts';
import { importActivities } from '../../services/activities/import.ts';
import { reportIndexesSettled } from '../../services/activities/report-index.ts';

/** `naast activiteiten import <bestand>`: the activity registration of a provider, streamed from disk. */
export function activitiesCommand(): Command {
  const activities = new Command('activiteiten').description(t('cmd.activities'));
  activities
    .command('import')
    .description(t('cmd.activities.import'))
    .argument('<bestand>', t('arg.activitiesFile'))
    .action(async (file: string) => {
      requireFile(file);
      await withDatabase(async (db) => {
        // Whoever runs the CLI has the database itself: no scope per provider.
        const r = await importActivities(db, { source: fs.createReadStream(file), fileName: path.basename(file), userId: null });
        process.stdout.write(
          r.alreadyImported
            ? `Dit bestand is al ingelezen op ${r.importedAt} (${count(r.rowCount, 'rij', 'rijen')}); er is niets toegevoegd.\n`
            : `${count(r.rowCount, 'activiteit', 'activiteiten')} van ${r.providerCode} ingelezen (${r.minutes} minuten).\n`,
        );
        // A large file's index is built after the import: wait for it here, the process ends after this.
        await reportIndexesSettled(db);
      });
    });
  return activities;
}
