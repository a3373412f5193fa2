import { Command } from 'commander';
import { t } from '../i18n.ts';
import { withDatabase } from '../context.ts';
import { InvalidInputError } from '../../domain/errors.ts';
import { createUser } from '../../services/identity/users.ts';
import { passwordProblem, randomSecret } from '../../services/identity/passwords.ts';
import { recordAudit } from '../../services/audit/log.ts';
import { inTransaction } from '../../db/client.ts';
import { pseudonymise } from '../../services/audit/pseudonym.ts';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

export function usersCommand(): Command {
  const users = new Command('users').description(t('cmd.users'));
  users
    .command('create-admin')
    .description(t('cmd.users.createAdmin'))
    .requiredOption('--username <naam>', t('option.username'))
    .option('--name <volledige naam>', t('option.displayName'))
    .option('--password-stdin', t('option.passwordStdin'))
    .action(async (options: { username: string; name?: string; passwordStdin?: boolean }) => {
      // The password is read from stdin or generated; it never appears in arguments or logs.
      const generated = !options.passwordStdin;
      const password = options.passwordStdin ? await readStdin() : randomSecret(18);
      const weak = passwordProblem(password, [options.username, options.name ?? '']);
      if (weak) throw new InvalidInputError([{ field: 'wachtwoord', code: 'weak_password', message: weak }], { message: weak });
      await withDatabase(async (outer) => {
        // The account and its audit row commit together (issue 18 §1).
        const user = await outer.transaction(async (tx) => {
          const db = inTransaction(outer, tx);
          const user = await createUser(db, {
            username: options.username,
            displayName: options.name ?? options.username,
            password,
            grants: [{ role: 'beheer', organisation: { kind: 'landelijk', code: 'nl' } }],
          });
          await recordAudit(db, [
            {
              actorUserId: null,
              actorRole: 'cli',
              actorOrganisation: null,
              dataSubject: await pseudonymise(db, 'gebruiker', user.id, null),
              activity: 'gebruikersbeheer',
              purpose: 'beheer van toegang tot Naast',
              action: 'schrijven',
              outcome: 'toegestaan',
              requestId: null,
              traceId: null,
            },
          ]);
          return user;
        });
        process.stdout.write(`${t('users.created', { username: user.username })}\n`);
        if (generated) process.stdout.write(`${t('users.generatedPassword')}\n${password}\n`);
      });
    });
  return users;
}
