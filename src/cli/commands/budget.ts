import fs from 'node:fs';
import { Command } from 'commander';
import { t } from '../i18n.ts';
import { requireFile, withDatabase } from '../context.ts';
import { parseFormat, parseIntegerOption, printTable } from '../output.ts';
import { CliError, EXIT } from '../errors.ts';
import { allocations, type AllocationSource } from '../../services/budget/allocations.ts';
import { budgetCheck } from '../../services/budget/check.ts';
import { parseSplitSharesFile } from '../../services/budget/split-shares.ts';
import { MissingSplitSharesError, formatEuro } from '../../domain/budget/index.ts';
import { importSpendingCommand } from './budget-import.ts';
import { reportCommand } from './budget-report.ts';
import { importCountsCommand, importUsageCommand, poolsCommand, printPrimaryAllocation } from './budget-primary.ts';

const euros = (cents: number) => (cents % 100 === 0 ? String(cents / 100) : (cents / 100).toFixed(2));

export function budgetCommand(): Command {
  const budget = new Command('budget').description(t('cmd.budget'));

  budget
    .command('allocations')
    .description(t('cmd.budget.allocations'))
    .option('--year <jaar>', t('option.year'), '2014')
    .option('--format <formaat>', t('option.format'), 'csv')
    .option('--source <bron>', t('option.source'), 'published')
    .option('--division <jaar>', t('option.divisionBudget'))
    .option('--split-shares <bestand>', t('option.splitShares'))
    .action(async (options: { year: string; format: string; source: string; division?: string; splitShares?: string }) => {
      const format = parseFormat(options.format);
      const year = parseIntegerOption('--year', options.year);
      if (options.source !== 'published' && options.source !== 'computed' && options.source !== 'primary') {
        throw new CliError(`Onbekende bron "${options.source}". Kies published, computed of primary.`, 2);
      }
      const division = options.division ? parseIntegerOption('--division', options.division) : undefined;
      if (options.source === 'primary' && division === undefined && !options.splitShares) {
        // In the division of the counts: with the published amount and the reason for each difference.
        await withDatabase((db) => printPrimaryAllocation(db, year, format).catch(explainBudgetError));
        return;
      }
      const splitShares = options.splitShares ? await readSplitShares(options.splitShares) : undefined;
      await withDatabase(async (db) => {
        const result = await allocations(db, { year, source: options.source as AllocationSource, division, splitShares }).catch(explainBudgetError);
        printTable(
          format,
          ['gemeente', 'jeugdregio', 'mee_organisatie', 'budget_mee_eur', 'budget_ivh_eur'],
          result.rows.map((r) => [r.info.name, r.info.youthRegion.name, r.info.mee.name, euros(r.clientSupportCents), euros(r.ivhCents)]),
        );
      });
    });

  budget
    .command('check')
    .description(t('cmd.budget.check'))
    .option('--year <jaar>', t('option.year'), '2014')
    .action(async (options: { year: string }) => {
      const year = parseIntegerOption('--year', options.year);
      await withDatabase(async (db) => {
        const check = await budgetCheck(db, year).catch(explainBudgetError);
        const lines = check.organisations.map((o) => {
          const mark = o.sumsMatch && o.computedEqualsPublished ? 'OK ' : 'FOUT';
          return `${mark} ${o.name.padEnd(32)} ${String(o.municipalities).padStart(3)} gemeenten  ` +
            `MEE ${formatEuro(o.sumOfMunicipalities.clientSupportCents).padStart(13)} / Tabel 3 ${formatEuro(o.tabel3.clientSupportCents).padStart(13)}  ` +
            `IVH ${formatEuro(o.sumOfMunicipalities.ivhCents).padStart(10)} / ${formatEuro(o.tabel3.ivhCents).padStart(10)}  ` +
            `berekend = gepubliceerd: ${o.computedEqualsPublished ? 'ja' : `nee (${o.mismatchedMunicipalities.join(', ')})`}`;
        });
        process.stdout.write(`${lines.join('\n')}\n`);
        process.stdout.write(check.ok ? `Alles klopt: ${check.organisations.length} MEE-organisaties.\n` : 'Niet alles klopt: zie de regels met FOUT.\n');
        if (!check.ok) process.exitCode = EXIT.checkFailed;
      });
    });

  budget.addCommand(importSpendingCommand());
  budget.addCommand(importCountsCommand());
  budget.addCommand(importUsageCommand());
  budget.addCommand(poolsCommand());
  budget.addCommand(reportCommand());
  return budget;
}

async function readSplitShares(file: string) {
  requireFile(file);
  return parseSplitSharesFile(fs.readFileSync(file), file);
}

/** Missing split shares: the CLI's fix is an option, so say which file to give (same family, same exit code). */
function explainBudgetError(err: unknown): never {
  if (err instanceof MissingSplitSharesError) {
    const template = ['van;naar;inwoners;bron', ...err.missing.map((m) => `${m.from};${m.to};?;?`)].join('\n');
    throw new MissingSplitSharesError(
      err.missing,
      err.unexpected,
      `${err.message}\nGeef de aandelen met --split-shares BESTAND, met een bron per rij. Bijvoorbeeld:\n${template}\n` +
        '(kolom inwoners = aantal inwoners dat naar die gemeente ging, of aandeel = een breuk of percentage)',
    );
  }
  throw err;
}
