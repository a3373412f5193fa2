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
        // Verify seals what waits first, then checks every sealed row and seal (ADR 0013).
        const result = await verifyAuditChain(db);
        if (result.intact) {
          process.stdout.write(`${t('audit.intact', { count: counted(result.checked, 'entry') })}\n`);
          if (result.pending > 0) process.stdout.write(`${t('audit.pending', { count: counted(result.pending, 'entry') })}\n`);
          if (result.head) process.stdout.write(`${t('audit.head', { seq: result.head.seq, hash: result.head.hash })}\n`);
          return;
        }
        process.stdout.write(`${t('audit.broken', { count: counted(result.problems.length, 'problem'), checked: counted(result.checked, 'entry') })}\n`);
        for (const p of result.problems.slice(0, 50)) process.stdout.write(`  regel ${p.seq}: ${p.problem}\n`);
        process.exitCode = EXIT.checkFailed;
      });
    });
  return audit;
}
