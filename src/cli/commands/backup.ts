import { Command } from 'commander';
import { t } from '../i18n.ts';
import { readConfig } from '../../config.ts';
import { CliError, EXIT, type ExitCode } from '../errors.ts';
import { backup, BackupError, restore, type Report } from '../../services/backup/index.ts';

/** Progress on stderr (stdout stays clean for scripts); the final line too, as it is a status. */
const report: Report = (key, values) => process.stderr.write(`${t(key, values)}\n`);

/** Each refusal's place in the exit-code table (README, "Exitcodes"). */
const exitCodes: Record<BackupError['key'], ExitCode> = {
  'restore.missingFile': EXIT.notFound,
  'backup.folderMissing': EXIT.notFound,
  'restore.unknownFormat': EXIT.invalidInput,
  'restore.notEmpty': EXIT.conflict,
  'backup.inUse': EXIT.conflict,
  'backup.toolFailed': EXIT.unavailable,
};

const failure = (err: unknown): never => {
  if (err instanceof BackupError) throw new CliError(t(err.key, err.values), exitCodes[err.key]);
  throw err;
};

/** `naast backup <bestand>`: the whole database, of whichever engine the configuration names. */
export function backupCommand(): Command {
  return new Command('backup')
    .description(t('cmd.backup'))
    .argument('<bestand>', t('arg.backupFile'))
    .option('--force', t('option.backupForce'), false)
    .action(async (file: string, options: { force: boolean }) => {
      const config = readConfig();
      await backup({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }, file, { force: options.force }, report).catch(failure);
    });
}

/** `naast restore <bestand>`: into an empty database or folder only, unless --force; the server must not run. */
export function restoreCommand(): Command {
  return new Command('restore')
    .description(t('cmd.restore'))
    .argument('<bestand>', t('arg.backupFile'))
    .option('--force', t('option.restoreForce'), false)
    .action(async (file: string, options: { force: boolean }) => {
      const config = readConfig();
      await restore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }, file, { force: options.force }, report).catch(failure);
    });
}
