import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { t } from '../i18n.ts';
import { withDatabase } from '../context.ts';
import { CliError } from '../errors.ts';
import { ActivityImportError, importActivities } from '../../services/activities/import.ts';
import { TableImportError } from '../../services/tabular/import.ts';

/** `naast activiteiten import <bestand>`: the activity registration of a provider, streamed from disk. */
export function activitiesCommand(): Command {
  const activities = new Command('activiteiten').description(t('cmd.activities'));
  activities
    .command('import')
    .description(t('cmd.activities.import'))
    .argument('<bestand>', t('arg.activitiesFile'))
    .action(async (file: string) => {
      if (!fs.existsSync(file)) throw new CliError(`Bestand niet gevonden: ${file}`, 2);
      await withDatabase(async (db) => {
        try {
          // Whoever runs the CLI has the database itself: no scope per provider.
          const r = await importActivities(db, { source: fs.createReadStream(file), fileName: path.basename(file), userId: null });
          process.stdout.write(
            r.alreadyImported
              ? `Dit bestand is al ingelezen op ${r.importedAt} (${r.rowCount} regels); er is niets toegevoegd.\n`
              : `${r.rowCount} activiteiten van ${r.providerCode} ingelezen (${r.minutes} minuten).\n`,
          );
        } catch (err) {
          if (!(err instanceof TableImportError)) throw err;
          for (const p of err.problems) process.stderr.write(`regel ${p.row}, kolom ${p.column}: ${p.message}\n`);
          const total = err instanceof ActivityImportError ? err.total : err.problems.length;
          throw new CliError(`Er is niets opgeslagen: ${total} ${total === 1 ? 'probleem' : 'problemen'}.`, 1);
        }
      });
    });
  return activities;
}
