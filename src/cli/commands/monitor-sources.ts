import type { Command } from 'commander';
import { t } from '../i18n.ts';
import { withDatabase } from '../context.ts';
import { CliError } from '../errors.ts';
import { listStatements, roundSources } from '../../services/monitor/sources.ts';
import { trend } from '../../services/monitor/summary.ts';
import { measuresFromStages, statementSentence } from '../../domain/monitor/statements.ts';
import { trendSegments } from '../../domain/monitor/question-versions.ts';
import { share, shareText } from '../../domain/monitor/share.ts';

function textOrJson(format: string): 'text' | 'json' {
  if (format !== 'text' && format !== 'json') throw new CliError(`Onbekend formaat "${format}". Kies text of json.`, 2);
  return format;
}

/** `naast monitor statements | sources | trend`: what was said per source, and trends with their breaks (issue 21 §2). */
export function addSourceCommands(monitor: Command): void {
  monitor
    .command('statements')
    .description(t('cmd.monitor.statements'))
    .option('--format <formaat>', t('option.summaryFormat'), 'text')
    .action(async (options: { format: string }) => {
      const format = textOrJson(options.format);
      await withDatabase(async (db) => {
        const statements = await listStatements(db);
        if (format === 'json') return void process.stdout.write(`${JSON.stringify(statements, null, 2)}\n`);
        for (const s of statements) process.stdout.write(`${statementSentence(s)}\n  Bron: ${s.citation}\n${s.note ? `  Let op: ${s.note}\n` : ''}`);
      });
    });

  monitor
    .command('sources')
    .description(t('cmd.monitor.sources'))
    .requiredOption('--round <ronde>', t('option.round'))
    .option('--format <formaat>', t('option.summaryFormat'), 'text')
    .action(async (options: { round: string; format: string }) => {
      const format = textOrJson(options.format);
      await withDatabase(async (db) => {
        const r = await roundSources(db, options.round);
        if (format === 'json') {
          const { round, ...rest } = r;
          return void process.stdout.write(`${JSON.stringify({ round: round.id, questionnaireVersion: round.questionnaire.version, ...rest }, null, 2)}\n`);
        }
        process.stdout.write(`${r.round.name}\n`);
        if (!r.mee) process.stdout.write('De MEE-monitor is voor deze ronde niet ingelezen.\n');
        for (const line of r.sentences) process.stdout.write(`${line}\n`);
        for (const s of r.statements) process.stdout.write(`  Bron van "${s.id}": ${s.citation}\n`);
      });
    });

  monitor
    .command('trend')
    .description(t('cmd.monitor.trend'))
    .action(async () => {
      await withDatabase(async (db) => {
        const points = (await trend(db)).map((p) => ({ ...p, referenceDate: p.round.referenceDate, meaning: p.summary.definitive.meaning }));
        for (const segment of trendSegments(points)) {
          if (segment.breakNote) process.stdout.write(`--- ${segment.breakNote}\n`);
          process.stdout.write(`Reeks ${segment.series}: ${segment.label}\n`);
          for (const p of segment.points) {
            const n = p.summary.municipalities;
            const m = measuresFromStages(p.summary.byStage, n);
            process.stdout.write(
              `  ${p.round.referenceDate} (vragenlijst versie ${p.round.questionnaire.version}): niet geantwoord ${shareText(share(p.summary.nonResponse, n))}; geen afspraken ${shareText(m.geen_afspraken)}; collegeniveau of verder ${shareText(m.college_of_verder)}; definitieve afspraken ja ${shareText(share(p.summary.definitive.ja, n))}\n`,
            );
          }
        }
      });
    });
}
