import fs from 'node:fs';
import { Command } from 'commander';
import cliProgress from 'cli-progress';
import { t } from '../i18n.ts';
import { count as counted } from '../../domain/errors.ts';
import { requireFile, withDatabase } from '../context.ts';
import { parseIntegerOption } from '../output.ts';
import { importPlannedSpending, municipalityLookup, parseSpendingFile } from '../../services/budget/spending.ts';

/** Files above this many rows get a progress bar (on stderr, so stdout stays clean). */
const PROGRESS_THRESHOLD = 2000;

export function importSpendingCommand(): Command {
  return new Command('import-spending')
    .description(t('cmd.budget.importSpending'))
    .argument('<bestand>', t('arg.spendingFile'))
    .option('--year <jaar>', t('option.spendingYear'), '2015')
    .action(async (file: string, options: { year: string }) => {
      const year = parseIntegerOption('--year', options.year);
      requireFile(file);
      const content = fs.readFileSync(file);
      await withDatabase(async (db) => {
        const bar = new cliProgress.SingleBar({ format: ' {phase} [{bar}] {value}/{total} rijen', stream: process.stderr }, cliProgress.Presets.shades_classic);
        let started = false;
        const progress = (phase: string) => (done: number, total: number) => {
          if (total < PROGRESS_THRESHOLD) return;
          if (!started) bar.start(total, 0, { phase });
          started = true;
          bar.update(done, { phase });
        };
        try {
          const rows = await parseSpendingFile(content, file, await municipalityLookup(db), progress('controleren'));
          const count = await importPlannedSpending(db, year, rows, progress('opslaan   '));
          if (started) bar.stop();
          process.stdout.write(`${counted(count, 'bedrag', 'bedragen')} voor ${year} ingelezen.\n`);
        } catch (err) {
          if (started) bar.stop();
          throw err;
        }
      });
    });
}
