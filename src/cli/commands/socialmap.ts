import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { counted, t } from '../i18n.ts';
import { requireFile, withDatabase } from '../context.ts';
import { CliError } from '../errors.ts';
import { InvalidInputError, NotFoundError } from '../../domain/errors.ts';
import { exportHsdsPackage, exportHsdsShape, importHsds, importHsdsFiles, type ExportShape, type ImportResult, type InvalidValues } from '../../services/socialmap/hsds.ts';
import { isZip, unzip, type UploadedFile } from '../../services/socialmap/hsds-files.ts';
import { tableOf } from '../../domain/socialmap/hsds-shapes.ts';
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
    .argument('<bestanden...>', t('arg.socialmapFile'))
    .requiredOption('--gemeente <code>', t('option.municipality'))
    .option('--proefrun', t('option.dryRun'))
    .option('--ongeldige-waarden <keuze>', t('option.invalidValues'), 'stoppen')
    .action(async (files: string[], options: { gemeente: string; proefrun?: boolean; ongeldigeWaarden: string }) => {
      for (const file of files) requireFile(file);
      if (!['stoppen', 'leeglaten'].includes(options.ongeldigeWaarden)) throw new CliError(`Onbekende keuze "${options.ongeldigeWaarden}": kies stoppen of leeglaten.`, 2);
      const hsdsOptions = { dryRun: options.proefrun === true, invalid: options.ongeldigeWaarden as InvalidValues };
      await withDatabase(async (db) => {
        await requireMunicipality(db, options.gemeente);
        try {
          const packageFiles = hsdsPackageFiles(files);
          if (packageFiles) {
            const unpacked = packageFiles.length === 1 && isZip(packageFiles[0]!.content) ? await unzip(packageFiles[0]!.content) : packageFiles;
            reportHsds(options.gemeente, await importHsdsFiles(db, options.gemeente, unpacked, undefined, hsdsOptions));
          } else if (files.length === 1 && files[0]!.toLowerCase().endsWith('.json')) {
            const file = files[0]!;
            let document: unknown;
            try {
              document = JSON.parse(fs.readFileSync(file, 'utf8'));
            } catch {
              throw new InvalidInputError([{ file, message: 'Het bestand is geen geldige JSON.' }], { message: `${file} is geen geldige JSON.` });
            }
            reportHsds(options.gemeente, await importHsds(db, options.gemeente, document, undefined, hsdsOptions));
          } else if (files.length === 1) {
            const r = await importServicesTable(db, options.gemeente, fs.readFileSync(files[0]!), files[0]!);
            process.stdout.write(`${t('socialmap.importedTable', { municipality: options.gemeente, added: r.added, changed: r.changed })}\n`);
          } else {
            throw new CliError('Meer dan één bestand kan alleen een HSDS-datapakket zijn: datapackage.json en CSV-bestanden zoals services.csv.', 2);
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
    .option('--vorm <vorm>', t('option.hsdsShape'), 'kaart')
    .option('--id <id>', t('option.hsdsId'))
    .option('-o, --output <bestand>', t('option.output'))
    .action(async (options: { gemeente: string; format: string; vorm: string; id?: string; output?: string }) => {
      if (!['hsds', 'datapakket', 'csv', 'xlsx'].includes(options.format)) throw new CliError(`Onbekend formaat "${options.format}": kies hsds, datapakket, csv of xlsx.`, 2);
      if (!(EXPORT_SHAPES as readonly string[]).includes(options.vorm)) throw new CliError(`Onbekende vorm "${options.vorm}": kies ${EXPORT_SHAPES.join(', ')}.`, 2);
      await withDatabase(async (db) => {
        await requireMunicipality(db, options.gemeente);
        let bytes: Buffer;
        if (options.format === 'hsds') {
          const doc = await exportHsdsShape(db, options.gemeente, options.vorm as ExportShape, options.id);
          if (!doc) throw new NotFoundError(options.id ? `Niet gevonden: ${options.id}.` : 'Geef met --id op welk onderdeel u wilt.');
          bytes = Buffer.from(`${JSON.stringify(doc, null, 2)}\n`, 'utf8');
        } else if (options.format === 'datapakket') {
          bytes = await exportHsdsPackage(db, options.gemeente);
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

const EXPORT_SHAPES = ['kaart', 'tabellen', 'dienst', 'organisatie', 'dienstLocatie', 'diensten', 'organisaties', 'dienstLocaties'] as const;

/**
 * The files of an HSDS data package, or undefined: a zip, a folder, datapackage.json, or CSV files
 * named as HSDS tables (services.csv). Naast's own services table (diensten-….csv) is not one.
 */
function hsdsPackageFiles(paths: string[]): UploadedFile[] | undefined {
  const expanded = paths.flatMap((p) => (fs.statSync(p).isDirectory() ? fs.readdirSync(p).map((name) => path.join(p, name)).filter((f) => fs.statSync(f).isFile()) : [p]));
  const isPackageFile = (p: string) => /\.zip$/i.test(p) || /(^|[\\/])datapackage\.json$/i.test(p) || (/\.csv$/i.test(p) && tableOf(path.basename(p)) !== undefined);
  if (!expanded.some(isPackageFile)) return undefined;
  return expanded.map((p) => ({ name: path.basename(p), content: fs.readFileSync(p) }));
}

/** What an HSDS import did (or would do, on a dry run): counts per table and the values left empty. */
function reportHsds(municipality: string, r: ImportResult): void {
  const lines = [t(r.applied ? 'socialmap.importedHsds' : 'socialmap.previewHsds', { municipality, providers: r.providers, services: r.services, locations: r.locations })];
  const names = { organizations: 'organizations', services: 'services', locations: 'locations', service_at_locations: 'service_at_locations', records: 'records' } as const;
  for (const [key, label] of Object.entries(names)) {
    const tally = r.preview[key as keyof typeof names];
    lines.push(`  ${label}: ${t('socialmap.tally', { added: tally.nieuw.length, changed: tally.gewijzigd.length, removed: tally.verwijderd.length, same: tally.ongewijzigd.length })}`);
  }
  for (const i of r.leftEmpty) lines.push(`  ${t('socialmap.leftEmpty')} ${i.path}: ${i.message}`);
  for (const note of r.notes) lines.push(`  ${note}`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

async function requireMunicipality(db: Parameters<typeof knownMunicipalities>[0], code: string): Promise<void> {
  if (!(await knownMunicipalities(db)).has(code)) throw new NotFoundError(`Onbekende gemeente: "${code}" (zie: naast register municipalities).`);
}
