import fs from 'node:fs';
import { Command } from 'commander';
import { t } from '../i18n.ts';
import { withDatabase } from '../context.ts';
import { parseIntegerOption } from '../output.ts';
import { CliError } from '../errors.ts';
import { budgetReport } from '../../services/budget/report.ts';
import { reportHtml, reportPdf } from '../../services/reports/render.ts';

/** `naast budget report`: the same report as GET /budget/rapport (tagged PDF or printable HTML). */
export function reportCommand(): Command {
  return new Command('report')
    .description(t('cmd.budget.report'))
    .option('--year <jaar>', t('option.year'), '2014')
    .option('--format <formaat>', 'pdf of html', 'pdf')
    .option('--out <bestand>', t('option.outFile'))
    .action(async (options: { year: string; format: string; out?: string }) => {
      const year = parseIntegerOption('--year', options.year);
      if (options.format !== 'pdf' && options.format !== 'html') throw new CliError(`Onbekend formaat: ${options.format} (pdf of html)`, 2);
      if (options.format === 'pdf' && !options.out) throw new CliError('Geef bij pdf een bestand op met --out.', 2);
      await withDatabase(async (db) => {
        const model = await budgetReport(db, year);
        const body = options.format === 'pdf' ? await reportPdf(model) : Buffer.from(reportHtml(model), 'utf8');
        if (!options.out) {
          process.stdout.write(body);
          return;
        }
        fs.writeFileSync(options.out, body);
        process.stderr.write(`${t('budget.reportWritten', { file: options.out })}\n`);
      });
    });
}
