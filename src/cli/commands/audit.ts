import { Command } from 'commander';
import { counted, t } from '../i18n.ts';
import { EXIT } from '../errors.ts';
import { withDatabase } from '../context.ts';
import { verifyAuditChain } from '../../services/audit/log.ts';

export function auditCommand(): Command {
  const audit = new Command('audit').description(t('cmd.audit'));
  audit
    .command('verify')
    .description(t('cmd.audit.verify'))
    .action(async () => {
      await withDatabase(async (db) => {
        const result = await verifyAuditChain(db);
        if (result.intact) {
          process.stdout.write(`${t('audit.intact', { count: counted(result.checked, 'entry') })}\n`);
          return;
        }
        process.stdout.write(`${t('audit.broken', { count: counted(result.problems.length, 'problem'), checked: counted(result.checked, 'entry') })}\n`);
        for (const p of result.problems.slice(0, 50)) process.stdout.write(`  regel ${p.seq}: ${p.problem}\n`);
        process.exitCode = EXIT.checkFailed;
      });
    });
  return audit;
}
