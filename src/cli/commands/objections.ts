import type { Command } from 'commander';
import { t } from '../i18n.ts';
import { withDatabase } from '../context.ts';
import { CliError } from '../errors.ts';
import { assessTimeliness, formatDutch, isIsoDate, statutoryDeadline, type Deadline, type IsoDate } from '../../domain/cases/index.ts';
import { inTransaction } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';
import { recordAudit } from '../../services/audit/log.ts';
import { clientSubjects } from '../../services/audit/pseudonym.ts';
import { updateObjection, type ObjectionRecord } from '../../services/cases/objections.ts';
import { dutchDate } from '../../services/monitor/escalations.ts';

/**
 * Objection and appeal periods from the command line (issue 21 §1): `termijn` computes a period and the
 * timeliness of a filing without a database (Awb 6:7–6:9, Algemene termijnenwet); `indiening` records
 * the dates of receipt and posting, and the Awb 6:11 assessment, on an objection in a case.
 */
export function addObjectionCommands(dossiers: Command): void {
  dossiers
    .command('termijn')
    .description(t('cmd.dossiers.deadline'))
    .argument('<verzenddatum>', t('arg.decisionSentOn'))
    .option('--soort <soort>', 'bezwaar of beroep', 'bezwaar')
    .option('--ontvangen <datum>', t('option.receivedOn'))
    .option('--gepost <datum>', t('option.postedOn'))
    .action((sentOn: string, options: { soort: string; ontvangen?: string; gepost?: string }) => {
      if (options.soort !== 'bezwaar' && options.soort !== 'beroep') throw new CliError(`Onbekende soort "${options.soort}": kies bezwaar of beroep.`, 2);
      const deadline = computed(options.soort, date(sentOn));
      const lines = describeDeadline(deadline);
      const received = optionalDate(options.ontvangen);
      const posted = optionalDate(options.gepost);
      const timeliness = assessTimeliness(deadline, { receivedOn: received, postedOn: posted });
      if (timeliness) lines.push(timeliness.explanation);
      process.stdout.write(`${lines.join('\n')}\n`);
    });

  dossiers
    .command('indiening')
    .description(t('cmd.dossiers.filing'))
    .argument('<dossier-id>', 'id van het dossier')
    .argument('<bezwaar-id>', 'id van de klacht, het bezwaar of het beroep')
    .option('--ontvangen <datum>', t('option.receivedOn'))
    .option('--gepost <datum>', t('option.postedOn'))
    .option('--verschoonbaar <ja|nee>', t('option.excusable'))
    .option('--reden <tekst>', t('option.excusableReason'))
    .option('--today <datum>', t('option.today'))
    .action(async (caseId: string, objectionId: string, options: { ontvangen?: string; gepost?: string; verschoonbaar?: string; reden?: string; today?: string }) => {
      const today = options.today === undefined ? dutchDate(new Date()) : date(options.today);
      const excusability = excusabilityOf(options.verschoonbaar, options.reden);
      await withDatabase(async (db) => {
        const saved = await db.transaction(async (tx) => {
          const inside = inTransaction(db, tx);
          // A PUT replaces everything; keep the outcome and note already recorded.
          const [current] = await inside.rows<{ outcome: ObjectionRecord['outcome']; outcomeOn: IsoDate | null; outcomeNote: string }>(
            sql`select outcome, outcome_on::text as "outcomeOn", outcome_note as "outcomeNote" from case_objections where id::text = ${objectionId} and case_id::text = ${caseId}`,
          );
          const input = {
            filedOn: optionalDate(options.ontvangen),
            postedOn: optionalDate(options.gepost),
            outcome: current?.outcome ?? null,
            outcomeOn: current?.outcomeOn ?? null,
            note: current?.outcomeNote ?? '',
            excusability,
            userId: null,
          };
          const result = await updateObjection(inside, caseId, undefined, objectionId, input, today);
          const subject = (await clientSubjects(inside, [caseId])).get(caseId)!;
          await recordAudit(inside, [
            {
              actorUserId: null,
              actorRole: null,
              actorOrganisation: 'cli',
              ...subject,
              activity: 'dossier',
              purpose: 'hulp bij bezwaar en beroep (Bijlage 4)',
              action: 'schrijven',
              outcome: 'toegestaan',
              requestId: null,
              traceId: null,
            },
          ]);
          return result.objection;
        });
        const lines = saved.deadline ? describeDeadline(saved.deadline) : ['Een klacht heeft geen wettelijke termijn.'];
        if (saved.timeliness) lines.push(saved.timeliness.explanation);
        process.stdout.write(`${lines.join('\n')}\n`);
      });
    });
}

/** The holiday calendar starts in 2014 (holidays.ts): an earlier date is refused input, not a crash. */
function computed(kind: 'bezwaar' | 'beroep', sentOn: IsoDate): Deadline {
  try {
    return statutoryDeadline(kind, sentOn);
  } catch (err) {
    if (err instanceof RangeError) throw new CliError(err.message, 3);
    throw err;
  }
}

function date(value: string): IsoDate {
  if (!isIsoDate(value)) throw new CliError(`Ongeldige datum "${value}" (verwacht JJJJ-MM-DD).`, 2);
  return value;
}

function optionalDate(value: string | undefined): IsoDate | null {
  return value === undefined ? null : date(value);
}

function excusabilityOf(verdict: string | undefined, reason: string | undefined): { excusable: boolean; reason: string } | null {
  if (verdict === undefined) {
    if (reason !== undefined) throw new CliError('Geef bij --reden ook --verschoonbaar ja of nee.', 2);
    return null;
  }
  if (verdict !== 'ja' && verdict !== 'nee') throw new CliError(`--verschoonbaar moet ja of nee zijn (gekregen: "${verdict}").`, 2);
  if (!reason?.trim()) throw new CliError('Geef met --reden aan waarom de overschrijding wel of niet verschoonbaar is (artikel 6:11 Awb).', 2);
  return { excusable: verdict === 'ja', reason: reason.trim() };
}

/** The period as a supporter explains it, one fact per line, in Dutch. */
function describeDeadline(d: Deadline): string[] {
  const what = d.kind === 'bezwaar' ? 'Bezwaartermijn' : 'Beroepstermijn';
  const lines = [
    `${what}: zes weken vanaf de dag na verzending of uitreiking van het besluit (artikel 6:7 en 6:8 Awb).`,
    `Eerste dag: ${formatDutch(d.startsOn)}. Laatste dag van de zes weken: ${formatDutch(d.plainEndsOn)}.`,
  ];
  if (d.extendedBecause.length > 0) {
    lines.push(`Laatste dag: ${formatDutch(d.endsOn)}, verlengd volgens artikel 1 Algemene termijnenwet om: ${d.extendedBecause.join('; ')}.`);
  } else {
    lines.push(`Laatste dag: ${formatDutch(d.endsOn)}.`);
  }
  if (d.mayStillMoveBecause) lines.push(`Let op: ${d.mayStillMoveBecause}`);
  return lines;
}
