import fs from 'node:fs';
import path from 'node:path';
import { sql, type SqlValue } from '../sql.ts';
import { slug } from '../../domain/register/slug.ts';
import { checksumFiles, readReferenceCsv, referenceDir } from './csv-files.ts';
import type { ReferenceDataset, Tx } from './load.ts';

const CLIENTS = '2014/mee-clients-2013.csv';
/** CBS inhabitants on 1 January 2013 (`cbs_code;naam;inwoners;…;bron`), reconstructed from two CBS tables: SOURCES.md §5.2. */
const INHABITANTS = '2014/inhabitants-2013.csv';
/** CBS: the population of the Netherlands on 1 January 2013 (StatLine 37230ned / 03759NED). */
export const NATIONAL_INHABITANTS_2013 = 16_779_575;

/**
 * The primary inputs of the 2014 allocation: the MEE clients of 2013 per municipality (derived from
 * Bijlage 5, see SOURCES.md §5) and, when the file exists, CBS inhabitants on 1 January 2013. Upserts the
 * reference columns only, so counts a user imported for 2014 by hand are kept where no file provides them.
 */
export const budgetCounts2014: ReferenceDataset = {
  name: 'budget-counts-2014',
  checksum: () => checksumFiles([CLIENTS, INHABITANTS]),
  async load(tx: Tx) {
    const clients = readReferenceCsv(CLIENTS).map((r) => [2014, 2013, slug(r.naam!), Number(r.clienten_2013), r.bron!, true]);
    await tx.execute(sql`insert into budget_counts (year, division_year, municipality_code, clients, clients_source, clients_derived)
      values ${tuples(clients)}
      on conflict (year, municipality_code) do update
        set clients = excluded.clients, clients_source = excluded.clients_source, clients_derived = true, updated_at = now()`);
    const inhabitants = optional(INHABITANTS);
    if (inhabitants.length === 0) return;
    // A copy that does not add up to CBS's national total is the wrong table or the wrong date: refuse it.
    const total = inhabitants.reduce((a, r) => a + Number(r.inwoners), 0);
    if (inhabitants.length !== 408 || total !== NATIONAL_INHABITANTS_2013) {
      throw new Error(`${INHABITANTS}: ${inhabitants.length} gemeenten met samen ${total} inwoners; verwacht 408 gemeenten en ${NATIONAL_INHABITANTS_2013} (CBS, 1 januari 2013).`);
    }
    const codes = new Map(readReferenceCsv(CLIENTS).map((r) => [r.cbs_code!, slug(r.naam!)]));
    const rows = inhabitants.map((r) => {
      const code = codes.get(r.cbs_code!);
      if (!code) throw new Error(`${INHABITANTS}: CBS-code ${r.cbs_code} staat niet in Bijlage 5.`);
      return [code, Number(r.inwoners), r.bron!];
    });
    for (const [code, count, source] of rows) {
      await tx.execute(sql`update budget_counts set inhabitants = ${count}, inhabitants_source = ${source}, updated_at = now()
        where year = 2014 and municipality_code = ${code}`);
    }
  },
};

/** An absent file means "not shipped"; a file that is there but cannot be read must fail loudly, not vanish. */
function optional(file: string): Record<string, string>[] {
  return fs.existsSync(path.join(referenceDir, file)) ? readReferenceCsv(file) : [];
}

const tuples = (rows: readonly (readonly SqlValue[])[]) => sql.join(rows.map((row) => sql`(${sql.join(row, ', ')})`), ', ');
