import fs from 'node:fs';
import { Command } from 'commander';
import { t } from '../i18n.ts';
import { count as counted } from '../../domain/errors.ts';
import { requireFile, withDatabase } from '../context.ts';
import { parseFormat, parseIntegerOption, printTable, type OutputFormat } from '../output.ts';
import { CliError } from '../errors.ts';
import { importCounts, importUsage } from '../../services/budget/counts-import.ts';
import { poolsAgainstUse, type UseSource } from '../../services/budget/pool-use.ts';
import { primaryAllocation } from '../../services/budget/primary.ts';
import type { Database } from '../../db/client.ts';

const euros = (cents: number) => (cents % 100 === 0 ? String(cents / 100) : (cents / 100).toFixed(2));

/**
 * `budget allocations --source primary` (in the division the counts are in): the counts, the amounts, and per
 * row the published amount, the difference and its reason. A summary line goes to stderr, so stdout stays a table.
 */
export async function printPrimaryAllocation(db: Database, year: number, format: OutputFormat): Promise<void> {
  const p = await primaryAllocation(db, year);
  printTable(
    format,
    ['gemeente', 'cbs_code', 'jeugdregio', 'mee_organisatie', 'inwoners', 'clienten', 'budget_mee_eur', 'budget_ivh_eur', 'gepubliceerd_mee_eur', 'verschil_mee_eur', 'gepubliceerd_ivh_eur', 'verschil_ivh_eur', 'reden'],
    p.rows.map((r) => [
      r.info.name,
      r.info.cbsCode ?? '',
      r.info.youthRegion.name,
      r.info.mee.name,
      r.inhabitants === null ? '' : String(r.inhabitants),
      String(r.clients),
      euros(r.clientSupport.cents),
      euros(r.ivh.cents),
      r.published ? euros(r.published.clientSupport.publishedCents) : '',
      r.published ? euros(r.published.clientSupport.differenceCents) : '',
      r.published ? euros(r.published.ivh.publishedCents) : '',
      r.published ? euros(r.published.ivh.differenceCents) : '',
      r.published ? [r.published.clientSupport.explanation, r.published.ivh.explanation].filter(Boolean).join(' ') : '',
    ]),
  );
  const s = p.summary;
  const standIn = p.rows.some((r) => r.inhabitantsBasis === 'published-ivh-share');
  process.stderr.write(
    `${p.rows.length} gemeenten (indeling ${p.divisionYear}), budgetten uit Tabel 3 ${p.budgetsYear}.` +
      (s.compared ? ` Gelijk aan de gepubliceerde tabel: ${s.equal} van ${s.compared}; afronding ${s.rounding}, inwoners ontbreken ${s.inhabitantsStandIn}, andere invoer ${s.inputs}.` : '') +
      (standIn ? ' Let op: zonder CBS-inwonertallen komt het inwonersaandeel uit de IVH-kolom van Bijlage 5.' : '') +
      '\n',
  );
}

/** `budget import-counts` and `import-usage` read one file for a year with its stated source; only the import differs. */
function yearFileCommand(name: string, description: string, fileArgument: string, run: (db: Database, year: number, file: string, source: string) => Promise<string>): Command {
  return new Command(name)
    .description(description)
    .argument('<bestand>', fileArgument)
    .requiredOption('--year <jaar>', t('option.year'))
    .requiredOption('--source <bron>', t('option.countsSource'))
    .action(async (file: string, options: { year: string; source: string }) => {
      const year = parseIntegerOption('--year', options.year);
      requireFile(file);
      await withDatabase(async (db) => {
        process.stdout.write(`${await run(db, year, file, options.source)}\n`);
      });
    });
}

export const importCountsCommand = (): Command =>
  yearFileCommand('import-counts', t('cmd.budget.importCounts'), t('arg.countsFile'), async (db, year, file, source) => {
    const result = await importCounts(db, year, fs.readFileSync(file), file, source);
    return `${counted(result.count, 'gemeente', 'gemeenten')} ingelezen voor ${year} (indeling van 1 januari ${result.divisionYear}).`;
  });

export const importUsageCommand = (): Command =>
  yearFileCommand('import-usage', t('cmd.budget.importUsage'), t('arg.usageFile'), async (db, year, file, source) => {
    const n = await importUsage(db, year, fs.readFileSync(file), file, source);
    return `${counted(n, 'gemeente', 'gemeenten')} met gebruik ingelezen voor ${year}.`;
  });

export function poolsCommand(): Command {
  return new Command('pools')
    .description(t('cmd.budget.pools'))
    .option('--year <jaar>', t('option.year'), '2014')
    .option('--basis <bron>', t('option.poolBasis'), 'published')
    .option('--use <bron>', t('option.poolUse'))
    .option('--format <formaat>', t('option.format'), 'csv')
    .action(async (options: { year: string; basis: string; use?: string; format: string }) => {
      const format = parseFormat(options.format);
      const year = parseIntegerOption('--year', options.year);
      if (options.basis !== 'published' && options.basis !== 'primary') throw new CliError(`Onbekende basis "${options.basis}". Kies published of primary.`, 2);
      if (options.use !== undefined && options.use !== 'import' && options.use !== 'casework') throw new CliError(`Onbekend gebruik "${options.use}". Kies import of casework.`, 2);
      await withDatabase(async (db) => {
        const r = await poolsAgainstUse(db, year, { basis: options.basis as 'published' | 'primary', use: options.use as UseSource | undefined });
        const rows = r.pools.flatMap((p) =>
          p.members.map((m) => {
            const info = r.info.get(m.municipalityId)!;
            return [info.youthRegion.name, info.name, euros(m.contributionCents), String(m.use), euros(m.costOfUseCents), euros(m.differenceCents), p.noUse ? 'geen gebruik in de regio' : m.outcome];
          }),
        );
        printTable(format, ['jeugdregio', 'gemeente', 'bijdrage_eur', 'gebruik', 'kosten_gebruik_eur', 'verschil_eur', 'uitkomst'], rows);
        process.stderr.write(`Gebruik: ${r.useDescription}. Verschil = bijdrage − kosten van het eigen gebruik: positief verliest bij een regionale pot, negatief wint.\n`);
      });
    });
}
