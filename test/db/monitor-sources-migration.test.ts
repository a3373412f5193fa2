import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../src/db/sql.ts';
import { migrate, readMigrations } from '../../src/db/migrate.ts';
import { emptyDatabase, testEngines, type TestDatabase } from '../helpers/db.ts';

/**
 * Migration 0022 (issue 21 §2): the responses import never had a column for other providers and stored
 * [] ("none") for every row. Those become null ("not known"); an answer given in the form keeps its [].
 */
describe.each(testEngines)('migration 0022 on %s', (engine) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await emptyDatabase(engine);
  });
  afterAll(async () => test?.cleanup());

  it('turns the import\'s [] into unknown and leaves answers from the form alone', async () => {
    await migrate(test.db, readMigrations().filter((m) => m.version < 22));
    await test.db.execute(sql`insert into municipal_divisions (year, valid_from, description) values (2014, '2014-01-01', 'test')`);
    await test.db.execute(sql`insert into municipalities (code, name) values ('a', 'A'), ('b', 'B')`);
    await test.db.execute(sql`insert into questionnaires (id, version, definition) values ('q', 1, '{}'::jsonb)`);
    await test.db.execute(sql`insert into monitor_rounds (id, name, reference_date, opens_on, deadline, questionnaire_id, questionnaire_version, division_year, contracts_due)
      values ('r', 'R', '2014-10-01', '2014-09-17', '2014-10-08', 'q', 1, 2014, true)`);
    const answers = JSON.stringify({ stage: 'college', requirements: {}, budgetMee2015Cents: null, otherProviders: [], freeText: '' });
    await test.db.execute(sql`insert into monitor_responses (round_id, municipality_code, version, status, answers, answered_by)
      values ('r', 'a', 1, 'ingediend', ${answers}::jsonb, 'import'), ('r', 'b', 1, 'ingediend', ${answers}::jsonb, 'gemeente')`);
    await migrate(test.db);
    const rows = await test.db.rows<{ code: string; providers: string }>(sql`
      select municipality_code as code, (answers -> 'otherProviders')::text as providers from monitor_responses order by 1`);
    expect(rows).toEqual([
      { code: 'a', providers: 'null' },
      { code: 'b', providers: '[]' },
    ]);
  });
});
