import fs from 'node:fs';
import { Command } from 'commander';
import { t } from '../i18n.ts';
import { count as counted } from '../../domain/errors.ts';
import { requireFile, withDatabase } from '../context.ts';
import { CliError } from '../errors.ts';
import { isIsoDate } from '../../domain/cases/index.ts';
import { recordAudit } from '../../services/audit/log.ts';
import { inTransaction } from '../../db/client.ts';
import { clientSubjects } from '../../services/audit/pseudonym.ts';
import { importMeeCases, parseMeeFile } from '../../services/cases/mee-import.ts';
import { anonymiseDueCases } from '../../services/cases/retention.ts';
import { addObjectionCommands } from './objections.ts';

export function dossiersCommand(): Command {
  const dossiers = new Command('dossiers').description(t('cmd.dossiers'));

  dossiers
    .command('import-mee')
    .description(t('cmd.dossiers.importMee'))
    .argument('<bestand>', t('arg.meeCasesFile'))
    .action(async (file: string) => {
      requireFile(file);
      await withDatabase(async (db) => {
        // Whoever runs the CLI has the database itself: every municipality may be imported for.
        const rows = await parseMeeFile(db, fs.readFileSync(file), async () => true, file);
        // The cases and their audit rows commit together (issue 18 §1).
        const ids = await db.transaction(async (tx) => {
          const inside = inTransaction(db, tx);
          const ids = await importMeeCases(inside, rows, null);
          const purpose = 'continuïteit van lopende MEE-trajecten (§4.3)';
          const subjects = await clientSubjects(inside, ids);
          const entries = await Promise.all(
            ids.map(async (id) => ({
              actorUserId: null,
              actorRole: null,
              actorOrganisation: 'cli',
              ...subjects.get(id)!,
              activity: 'dossier',
              purpose,
              action: 'schrijven' as const,
              outcome: 'toegestaan' as const,
              requestId: null,
              traceId: null,
            })),
          );
          await recordAudit(inside, entries);
          return ids;
        });
        process.stdout.write(`${counted(ids.length, 'lopend MEE-traject', 'lopende MEE-trajecten')} ingelezen als dossier.\n`);
      });
    });

  dossiers
    .command('anonymise')
    .description(t('cmd.dossiers.anonymise'))
    .option('--today <datum>', t('option.today'))
    .action(async (options: { today?: string }) => {
      if (options.today !== undefined && !isIsoDate(options.today)) throw new CliError(`Ongeldige datum "${options.today}" (verwacht JJJJ-MM-DD).`, 2);
      await withDatabase(async (db) => {
        const count = await anonymiseDueCases(db, options.today ? { today: options.today } : {});
        process.stdout.write(`${counted(count, 'dossier', 'dossiers')} geanonimiseerd.\n`);
      });
    });

  addObjectionCommands(dossiers);

  return dossiers;
}
