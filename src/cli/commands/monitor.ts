import fs from 'node:fs';
import { Command } from 'commander';
import { t } from '../i18n.ts';
import { count as counted } from '../../domain/errors.ts';
import { requireFile, withDatabase } from '../context.ts';
import { CliError } from '../errors.ts';
import { parseFormat, printTable } from '../output.ts';
import { listRounds, requireRound } from '../../services/monitor/rounds.ts';
import { roundSummary } from '../../services/monitor/summary.ts';
import { importResponses } from '../../services/monitor/import.ts';
import { EVERYWHERE } from '../../services/tabular/scope.ts';
import { loadDemoMeeMonitor, loadDemoMonitor } from '../../services/monitor/demo.ts';
import { addFollowupCommands } from './monitor-followup.ts';
import { addSourceCommands } from './monitor-sources.ts';
import { share } from '../../domain/monitor/share.ts';
import { measuresFromStages } from '../../domain/monitor/statements.ts';

export function monitorCommand(): Command {
  const monitor = new Command('monitor').description(t('cmd.monitor'));

  monitor
    .command('rounds')
    .description(t('cmd.monitor.rounds'))
    .option('--format <formaat>', t('option.format'), 'csv')
    .action(async (options: { format: string }) => {
      const format = parseFormat(options.format);
      await withDatabase(async (db) => {
        const rounds = await listRounds(db);
        printTable(format, ['ronde', 'peildatum', 'naam', 'deadline', 'indeling'], rounds.map((r) => [r.id, r.referenceDate, r.name, r.deadline, r.divisionYear]));
      });
    });

  monitor
    .command('import-responses')
    .description(t('cmd.monitor.import'))
    .requiredOption('--round <ronde>', t('option.round'))
    .argument('<bestand>', t('arg.responsesFile'))
    .action(async (file: string, options: { round: string }) => {
      requireFile(file);
      await withDatabase(async (db) => {
        const round = await requireRound(db, options.round);
        const count = await importResponses(db, round, fs.readFileSync(file), file, null, EVERYWHERE);
        process.stdout.write(`${counted(count, 'antwoord', 'antwoorden')} ingelezen voor ronde ${round.id}.\n`);
      });
    });

  monitor
    .command('summary')
    .description(t('cmd.monitor.summary'))
    .requiredOption('--round <ronde>', t('option.round'))
    .option('--format <formaat>', t('option.summaryFormat'), 'json')
    .action(async (options: { round: string; format: string }) => {
      await withDatabase(async (db) => {
        const { round, summary, sentences } = await roundSummary(db, options.round);
        if (options.format === 'text') {
          process.stdout.write(`${round.name}\n${sentences.join('\n')}\n`);
          return;
        }
        if (options.format !== 'json') throw new CliError(`Onbekend formaat "${options.format}". Kies json of text.`, 2);
        const out = {
          round: round.id,
          municipalities: summary.municipalities,
          responded: summary.responded,
          byStage: summary.byStage,
          byRequirement: summary.byRequirement,
          lagging: summary.lagging.map((l) => l.name),
          // Every percentage with its numerator and denominator; non-response on its own (issue 21 §2).
          nonResponse: summary.nonResponse,
          shares: { nonResponse: share(summary.nonResponse, summary.municipalities), ...measuresFromStages(summary.byStage, summary.municipalities) },
          otherProviders: summary.otherProviders,
          definitive: summary.definitive,
        };
        process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
      });
    });

  monitor
    .command('demo')
    .description(t('cmd.monitor.demo'))
    .action(async () => {
      await withDatabase(async (db) => {
        const count = await loadDemoMonitor(db);
        process.stdout.write(`${counted(count, 'demo-antwoord', 'demo-antwoorden')} geladen.\n`);
        const mee = await loadDemoMeeMonitor(db);
        if (mee) process.stdout.write(`${counted(mee, 'gemeente', 'gemeenten')} in de demo-MEE-monitor van 1 oktober 2014 geladen.\n`);
      });
    });
  addFollowupCommands(monitor);
  addSourceCommands(monitor);
  return monitor;
}
