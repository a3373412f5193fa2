import { sql } from '../../src/db/sql.ts';
import type { Database } from '../../src/db/client.ts';

/**
 * A real fault, not a mock: while on, the database itself refuses every audit row of a sign-in,
 * so a test can see that the account change that goes with it is rolled back too.
 */
export async function failSignInAudits(db: Database, on: boolean): Promise<void> {
  if (on) {
    await db.execute(sql`create or replace function test_fail_sign_in_audit() returns trigger language plpgsql as $$
      begin
        if new.activity = 'inloggen' then raise exception 'audit log unavailable (test)'; end if;
        return new;
      end $$`);
    await db.execute(sql`create trigger test_fail_sign_in_audit before insert on audit_log for each row execute function test_fail_sign_in_audit()`);
  } else {
    await db.execute(sql`drop trigger if exists test_fail_sign_in_audit on audit_log`);
  }
}
