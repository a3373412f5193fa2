import { sql } from '../sql.ts';
import crypto from 'node:crypto';
import { QUESTIONNAIRE_2014 } from '../../domain/monitor/questionnaire.ts';
import { checksumFiles, readReferenceCsv } from './csv-files.ts';
import type { ReferenceDataset, Tx } from './load.ts';

const ROUNDS_FILE = '2014/monitor-rounds.csv';

/**
 * The 2014 questionnaire (as data) and the four 2014 rounds of the transition monitor. The rounds
 * ask the municipalities of the division valid on their reference date: 403 in 2014.
 */
export const monitor2014: ReferenceDataset = {
  name: 'monitor-2014',
  checksum: () =>
    crypto.createHash('sha256').update(checksumFiles([ROUNDS_FILE])).update(JSON.stringify(QUESTIONNAIRE_2014)).digest('hex'),
  async load(tx: Tx) {
    const q = QUESTIONNAIRE_2014;
    await tx.execute(sql`
      insert into questionnaires (id, version, definition) values (${q.id}, ${q.version}, ${JSON.stringify(q)}::jsonb)
      on conflict (id, version) do update set definition = excluded.definition`);
    for (const r of readReferenceCsv(ROUNDS_FILE)) {
      await tx.execute(sql`
        insert into monitor_rounds (id, name, reference_date, opens_on, deadline, questionnaire_id, questionnaire_version, division_year, contracts_due)
        values (${r.id}, ${r.naam}, ${r.peildatum}, ${r.open_vanaf}, ${r.deadline}, ${q.id}, ${q.version},
                (select max(year) from municipal_divisions where valid_from <= ${r.peildatum}::date), ${r.contracten_verwacht === 'ja'})
        on conflict (id) do update set name = excluded.name, reference_date = excluded.reference_date, opens_on = excluded.opens_on,
          deadline = excluded.deadline, division_year = excluded.division_year, contracts_due = excluded.contracts_due`);
    }
  },
};
