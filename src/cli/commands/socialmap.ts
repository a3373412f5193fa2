import fs from 'node:fs';
import { Command } from 'commander';
import { t } from '../i18n.ts';
import { withDatabase } from '../context.ts';
import { CliError } from '../errors.ts';
import { exportHsds, importHsds } from '../../services/socialmap/hsds.ts';
import { importServicesTable, servicesTable } from '../../services/socialmap/table.ts';
import { loadDemoSocialMap } from '../../services/socialmap/demo.ts';
import { knownMunicipalities, SocialMapInputError } from '../../services/socialmap/store.ts';
import { toCsv, toXlsx } from '../../services/tabular/export.ts';
import { TableImportError } from '../../services/tabular/import.ts';

/** `naast sociale-kaart import|export|demo`: the same services as the API, on the local database. */
export function socialMapCommand(): Command {
  const command = new Command('sociale-kaart').description(t('cmd.socialmap'));

  command
    .command('import')
    .description(t('cmd.socialmap.import'))
    .argument('<bestand>', t('arg.socialmapFile'))
    .requiredOption('--gemeente <code>', t('option.municipality'))
    .action(async (file: string, options: { gemeente: string }) => {
      if (!fs.existsSync(file)) throw new CliError(`Bestand niet gevonden: ${file}`, 2);
      await withDatabase(async (db) => {
        await requireMunicipality(db, options.gemeente);
        const content = fs.readFileSync(file);
        try {
          if (file.toLowerCase().endsWith('.json')) {
            let document: unknown;
            try {
              document = JSON.parse(content.toString('utf8'));
            } catch {
              throw new CliError(`${file} is geen geldige JSON.`, 1);
            }
            const r = await importHsds(db, options.gemeente, document);
            process.stdout.write(`${t('socialmap.importedHsds', { municipality: options.gemeente, providers: r.providers, services: r.services, locations: r.locations })}\n`);
          } else {
            const r = await importServicesTable(db, options.gemeente, content, file);
            process.stdout.write(`${t('socialmap.importedTable', { municipality: options.gemeente, added: r.added, changed: r.changed })}\n`);
          }
        } catch (err) {
          if (err instanceof SocialMapInputError) {
            for (const i of err.issues) process.stderr.write(`${i.path}: ${i.message}\n`);
            throw new CliError(t('socialmap.notImported', { count: err.issues.length }), 1);
          }
          if (err instanceof TableImportError) {
            for (const p of err.problems) process.stderr.write(`regel ${p.row}, kolom ${p.column}: ${p.message}\n`);
            throw new CliError(t('socialmap.notImported', { count: err.problems.length }), 1);
          }
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
  if (!(await knownMunicipalities(db)).has(code)) throw new CliError(`Onbekende gemeente: "${code}" (zie: naast register municipalities).`, 2);
}
