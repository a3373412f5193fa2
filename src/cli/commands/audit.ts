import { Command } from 'commander';
import { t } from '../i18n.ts';
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
          process.stdout.write(`${t('audit.intact', { count: result.checked })}\n`);
          return;
        }
        process.stdout.write(`${t('audit.broken', { count: result.problems.length, checked: result.checked })}\n`);
        for (const p of result.problems.slice(0, 50)) process.stdout.write(`  regel ${p.seq}: ${p.problem}\n`);
        process.exitCode = 1;
      });
    });
  return audit;
}
