import fs from 'node:fs';
import { Command } from 'commander';
import { counted, t } from '../i18n.ts';
import { requireFile, withDatabase } from '../context.ts';
import { CliError } from '../errors.ts';
import { InvalidInputError, NotFoundError } from '../../domain/errors.ts';
import { exportHsds, importHsds } from '../../services/socialmap/hsds.ts';
import { importServicesTable, servicesTable } from '../../services/socialmap/table.ts';
import { loadDemoSocialMap } from '../../services/socialmap/demo.ts';
import { knownMunicipalities } from '../../services/socialmap/store.ts';
import { toCsv, toXlsx } from '../../services/tabular/export.ts';

/** `naast sociale-kaart import|export|demo`: the same services as the API, on the local database. */
export function socialMapCommand(): Command {
  const command = new Command('sociale-kaart').description(t('cmd.socialmap'));

  command
    .command('import')
    .description(t('cmd.socialmap.import'))
    .argument('<bestand>', t('arg.socialmapFile'))
    .requiredOption('--gemeente <code>', t('option.municipality'))
    .action(async (file: string, options: { gemeente: string }) => {
      requireFile(file);
      await withDatabase(async (db) => {
        await requireMunicipality(db, options.gemeente);
        const content = fs.readFileSync(file);
        try {
          if (file.toLowerCase().endsWith('.json')) {
            let document: unknown;
            try {
              document = JSON.parse(content.toString('utf8'));
            } catch {
              throw new InvalidInputError([{ file, message: 'Het bestand is geen geldige JSON.' }], { message: `${file} is geen geldige JSON.` });
            }
            const r = await importHsds(db, options.gemeente, document);
            process.stdout.write(`${t('socialmap.importedHsds', { municipality: options.gemeente, providers: r.providers, services: r.services, locations: r.locations })}\n`);
          } else {
            const r = await importServicesTable(db, options.gemeente, content, file);
            process.stdout.write(`${t('socialmap.importedTable', { municipality: options.gemeente, added: r.added, changed: r.changed })}\n`);
          }
        } catch (err) {
          // The Dutch service messages, with "nothing was changed" in the CLI's language before them.
          if (err instanceof InvalidInputError) throw new InvalidInputError(err.problems, { total: err.total, message: t('socialmap.notImported', { count: counted(err.total, 'problem') }) });
          throw err;
        }
      });
    });

  command
    .command('export')
    .description(t('cmd.socialmap.export'))
    .requiredOption('--gemeente <code>', t('option.municipality'))
    .option('--format <formaat>', t('option.socialmapFormat'), 'hsds')
    .option('-o, --output <bestand>', t('option.output'))
    .action(async (options: { gemeente: string; format: string; output?: string }) => {
      if (!['hsds', 'csv', 'xlsx'].includes(options.format)) throw new CliError(`Onbekend formaat "${options.format}": kies hsds, csv of xlsx.`, 2);
      await withDatabase(async (db) => {
        await requireMunicipality(db, options.gemeente);
        let bytes: Buffer;
        if (options.format === 'hsds') {
          bytes = Buffer.from(`${JSON.stringify(await exportHsds(db, options.gemeente), null, 2)}\n`, 'utf8');
        } else {
          const table = await servicesTable(db, options.gemeente);
          bytes = options.format === 'csv' ? Buffer.from(toCsv(table.header, table.rows), 'utf8') : await toXlsx(`diensten-${options.gemeente}`, table.header, table.rows);
        }
        if (options.output) fs.writeFileSync(options.output, bytes);
        else process.stdout.write(bytes);
      });
    });

  command
    .command('demo')
    .description(t('cmd.socialmap.demo'))
    .action(async () => {
      await withDatabase(async (db) => {
        const count = await loadDemoSocialMap(db);
        process.stdout.write(`${count ? t('socialmap.demoLoaded', { count }) : t('socialmap.demoExists')}\n`);
      });
    });

  return command;
}

async function requireMunicipality(db: Parameters<typeof knownMunicipalities>[0], code: string): Promise<void> {
  if (!(await knownMunicipalities(db)).has(code)) throw new NotFoundError(`Onbekende gemeente: "${code}" (zie: naast register municipalities).`);
}
