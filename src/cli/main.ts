import { Command } from 'commander';
import { currentLang, detectLang, setLang, t } from './i18n.ts';
import { serveCommand } from './commands/serve.ts';
import { dbCommand } from './commands/db.ts';
import { registerCommand } from './commands/register.ts';
import { budgetCommand } from './commands/budget.ts';
import { usersCommand } from './commands/users.ts';
import { auditCommand } from './commands/audit.ts';
import { monitorCommand } from './commands/monitor.ts';
import { dossiersCommand } from './commands/dossiers.ts';
import { backupCommand, restoreCommand } from './commands/backup.ts';
import { socialMapCommand } from './commands/socialmap.ts';
import { accountabilityCommand } from './commands/accountability.ts';
import { activitiesCommand } from './commands/activities.ts';
import { cliFailure, EXIT } from './errors.ts';

/** Builds the `naast` command tree; later modules add their subcommands in registerCommands. */
export function buildProgram(): Command {
  const program = new Command('naast')
    .description(t('program.description'))
    .option('--lang <taal>', t('option.lang'))
    .helpOption('-h, --help', t('option.help'))
    .helpCommand('help [opdracht]', t('cmd.help'))
    .version(process.env.npm_package_version ?? '0.1.0', '-V, --version', t('option.version'))
    .showHelpAfterError()
    .exitOverride();
  program.addCommand(serveCommand());
  program.addCommand(dbCommand());
  program.addCommand(registerCommand());
  program.addCommand(budgetCommand());
  program.addCommand(usersCommand());
  program.addCommand(auditCommand());
  program.addCommand(monitorCommand());
  program.addCommand(dossiersCommand());
  program.addCommand(socialMapCommand());
  program.addCommand(accountabilityCommand());
  program.addCommand(activitiesCommand());
  program.addCommand(backupCommand());
  program.addCommand(restoreCommand());
  localiseHelp(program);
  return program;
}

/** Commander prints its headings in English; translate them for every (sub)command. */
function localiseHelp(command: Command): void {
  command.configureHelp({ styleTitle: (title) => helpTitle(title) });
  command.helpOption('-h, --help', t('option.help'));
  if (command.commands.length > 0) command.helpCommand('help [opdracht]', t('cmd.help'));
  command.exitOverride();
  for (const sub of command.commands) localiseHelp(sub);
}

function helpTitle(title: string): string {
  const dutch: Record<string, string> = { 'Usage:': 'Gebruik:', 'Options:': 'Opties:', 'Commands:': 'Opdrachten:', 'Arguments:': 'Argumenten:' };
  return currentLang() === 'nl' ? (dutch[title] ?? title) : title;
}

export async function main(argv = process.argv): Promise<number> {
  setLang(detectLang(argv));
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    const e = err as { code?: string; exitCode?: number; message?: string };
    if (e.code?.startsWith('commander.')) {
      // help and version exit with 0; usage errors with 2 (commander already printed them)
      return e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help' ? EXIT.ok : EXIT.usage;
    }
    const { exitCode, lines } = cliFailure(err);
    process.stderr.write(`${t('error.prefix')}: ${lines.join('\n')}\n`);
    return exitCode;
  }
}
