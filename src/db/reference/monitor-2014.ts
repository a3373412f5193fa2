import { sql } from '../sql.ts';
import crypto from 'node:crypto';
import { QUESTIONNAIRES_2014 } from '../../domain/monitor/questionnaire.ts';
import { checksumFiles, readReferenceCsv } from './csv-files.ts';
import type { ReferenceDataset, Tx } from './load.ts';

const ROUNDS_FILE = '2014/monitor-rounds.csv';
const STATEMENTS_FILE = '2014/monitor-statements.csv';

/**
 * The 2014 questionnaire versions (as data), the four 2014 rounds of the transition monitor with the
 * version each asked (version 2 from early November, after the Flierman motion), and the seeds'
 * statements per source (monitor-statements.csv). The rounds ask the municipalities of the division
 * valid on their reference date: 403 in 2014.
 */
export const monitor2014: ReferenceDataset = {
  name: 'monitor-2014',
  checksum: () =>
    crypto.createHash('sha256').update(checksumFiles([ROUNDS_FILE, STATEMENTS_FILE])).update(JSON.stringify(QUESTIONNAIRES_2014)).digest('hex'),
  async load(tx: Tx) {
    for (const q of QUESTIONNAIRES_2014) {
      await tx.execute(sql`
        insert into questionnaires (id, version, definition) values (${q.id}, ${q.version}, ${JSON.stringify(q)}::jsonb)
        on conflict (id, version) do update set definition = excluded.definition`);
    }
    const id = QUESTIONNAIRES_2014[0]!.id;
    for (const r of readReferenceCsv(ROUNDS_FILE)) {
      const version = Number(r.vragenlijst_versie || 1);
      await tx.execute(sql`
        insert into monitor_rounds (id, name, reference_date, opens_on, deadline, questionnaire_id, questionnaire_version, division_year, contracts_due)
        values (${r.id}, ${r.naam}, ${r.peildatum}, ${r.open_vanaf}, ${r.deadline}, ${id}, ${version},
                (select max(year) from municipal_divisions where valid_from <= ${r.peildatum}::date), ${r.contracten_verwacht === 'ja'})
        on conflict (id) do update set name = excluded.name, reference_date = excluded.reference_date, opens_on = excluded.opens_on,
          deadline = excluded.deadline, division_year = excluded.division_year, contracts_due = excluded.contracts_due,
          questionnaire_version = excluded.questionnaire_version`);
    }
    await loadStatements(tx);
  },
};

/** The seeds' statements per source, replaced as a whole (the file is the truth). */
async function loadStatements(tx: Tx): Promise<void> {
  await tx.execute(sql`delete from monitor_statements`);
  const orNull = (text: string | undefined) => (text ? text : null);
  const intOrNull = (text: string | undefined) => (text ? Number(text) : null);
  for (const r of readReferenceCsv(STATEMENTS_FILE)) {
    await tx.execute(sql`
      insert into monitor_statements (id, source, reference_date, reference_date_text, published_on, round_id, measure, quantifier,
                                      percent, numerator, denominator, quote, citation, note)
      values (${r.id}, ${r.bron}, ${orNull(r.peildatum)}::date, ${r.peildatum_tekst}, ${r.gemeld_op}::date, ${orNull(r.ronde)}, ${r.maat},
              ${orNull(r.kwantor)}, ${intOrNull(r.percentage)}::int, ${intOrNull(r.teller)}::int, ${intOrNull(r.noemer)}::int,
              ${r.citaat}, ${r.vindplaats}, ${r.toelichting ?? ''})`);
  }
}
