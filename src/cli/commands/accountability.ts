import fs from 'node:fs';
import { Command } from 'commander';
import { t } from '../i18n.ts';
import { withDatabase } from '../context.ts';
import { CliError } from '../errors.ts';
import { councilAnnex, councilFacts, councilModel } from '../../services/accountability/council.ts';
import { loadDemoAccountability } from '../../services/accountability/demo.ts';
import { reportHtml, reportPdf } from '../../services/reports/render.ts';

/** `naast verantwoording raadsrapportage|demo`: the same services as the API, on the local database. */
export function accountabilityCommand(): Command {
  const command = new Command('verantwoording').description(t('cmd.accountability'));

  command
    .command('raadsrapportage')
    .description(t('cmd.accountability.council'))
    .argument('<gemeente>', t('option.municipality'))
    .argument('<jaar>', t('arg.year'))
    .option('--formaat <formaat>', t('option.reportFormat'), 'html')
    .option('--uit <bestand>', t('option.outFile'))
    .action(async (municipality: string, yearText: string, options: { formaat: string; uit?: string }) => {
      const year = Number(yearText);
      if (!Number.isInteger(year) || year < 2014 || year > 2100) throw new CliError(`Geen geldig jaar: ${yearText}`, 2);
      if (!['html', 'pdf', 'xlsx'].includes(options.formaat)) throw new CliError(`Onbekend formaat: ${options.formaat} (html, pdf of xlsx)`, 2);
      if (options.formaat !== 'html' && !options.uit) throw new CliError('Geef bij pdf en xlsx een bestand op met --uit.', 2);
      await withDatabase(async (db) => {
        const model = councilModel(await councilFacts(db, municipality, year));
        const body = options.formaat === 'pdf' ? await reportPdf(model) : options.formaat === 'xlsx' ? await councilAnnex(model) : Buffer.from(reportHtml(model), 'utf8');
        if (!options.uit) {
          process.stdout.write(body);
          return;
        }
        fs.writeFileSync(options.uit, body);
        process.stderr.write(`${t('accountability.written', { file: options.uit })}\n`);
      });
    });

  command
    .command('demo')
    .description(t('cmd.accountability.demo'))
    .action(async () => {
      await withDatabase(async (db) => {
        process.stdout.write(`${t('accountability.demoLoaded', { count: await loadDemoAccountability(db) })}\n`);
      });
    });

  return command;
}
