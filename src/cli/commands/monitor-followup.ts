import fs from 'node:fs';
import type { Command } from 'commander';
import { t } from '../i18n.ts';
import { count as counted } from '../../domain/errors.ts';
import { requireFile, withDatabase } from '../context.ts';
import { CliError, EXIT } from '../errors.ts';
import { requireRound } from '../../services/monitor/rounds.ts';
import { importMeeMonitor, isIsoDate } from '../../services/monitor/mee-monitor.ts';
import { EVERYWHERE } from '../../services/tabular/scope.ts';
import { mailerFromEnv, runReminders } from '../../services/monitor/reminders.ts';

/** `naast monitor import-mee` and `naast monitor remind`: the second source and the reminders. */
export function addFollowupCommands(monitor: Command): void {
  monitor
    .command('import-mee')
    .description(t('cmd.monitor.importMee'))
    .requiredOption('--round <ronde>', t('option.round'))
    .argument('<bestand>', t('arg.meeFile'))
    .action(async (file: string, options: { round: string }) => {
      requireFile(file);
      await withDatabase(async (db) => {
        const round = await requireRound(db, options.round);
        const count = await importMeeMonitor(db, round, fs.readFileSync(file), file, EVERYWHERE);
        process.stdout.write(`${counted(count, 'gemeente', 'gemeenten')} uit de MEE-monitor ingelezen voor ronde ${round.id}.\n`);
      });
    });

  monitor
    .command('remind')
    .description(t('cmd.monitor.remind'))
    .option('--round <ronde>', t('option.roundAll'))
    .option('--now <datum>', t('option.now'))
    .action(async (options: { round?: string; now?: string }) => {
      if (options.now !== undefined && !isIsoDate(options.now)) throw new CliError(`Ongeldige datum voor --now: "${options.now}". Schrijf die als JJJJ-MM-DD.`, 2);
      await withDatabase(async (db) => {
        if (options.round) await requireRound(db, options.round);
        const mailer = mailerFromEnv();
        try {
          // Noon UTC is the same calendar day in the Netherlands, summer and winter.
          const now = options.now ? new Date(`${options.now}T12:00:00Z`) : new Date();
          const counts = await runReminders(db, { now, roundId: options.round, mailer });
          process.stdout.write(`${counted(counts.inApp, 'herinnering', 'herinneringen')} in de app (${counts.beforeDeadline} voor de deadline, ${counts.afterDeadline} na de deadline).\n`);
          if (mailer) process.stdout.write(`${counted(counts.email, 'e-mail', 'e-mails')} verstuurd${counts.emailFailed ? `, ${counts.emailFailed} mislukt (die worden de volgende keer opnieuw geprobeerd)` : ''}.\n`);
          else process.stdout.write('Geen e-mail verstuurd: NAAST_SMTP_URL is niet ingesteld.\n');
          if (counts.emailFailed) process.exitCode = EXIT.checkFailed;
        } finally {
          mailer?.close();
        }
      });
    });
}
