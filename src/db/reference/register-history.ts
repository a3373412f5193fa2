import { sql, type SqlValue } from '../sql.ts';
import { checksumFiles, readReferenceCsv } from './csv-files.ts';
import type { ReferenceDataset, Tx } from './load.ts';

const files = ['register/gemeenten-2013-2026.csv', 'register/herindelingen-2013-2026.csv', 'register/aantallen-per-1-januari.csv'];

const KIND: Record<string, string> = { samenvoeging: 'samenvoeging', splitsing: 'splitsing', naamswijziging: 'naamswijziging' };

/**
 * Every municipality code of 2013–2026 with its validity, the herindelingen as dated events and
 * CBS's count per 1 January (data/reference/register, sources in data/reference/SOURCES.md §7).
 * Replaced as a whole: the files are the record.
 */
export const registerHistory: ReferenceDataset = {
  name: 'register-history-2013-2026',
  checksum: () => checksumFiles(files),
  async load(tx: Tx) {
    const versions = readReferenceCsv('register/gemeenten-2013-2026.csv');
    const events = readReferenceCsv('register/herindelingen-2013-2026.csv');
    const counts = readReferenceCsv('register/aantallen-per-1-januari.csv');
    await tx.execute(sql`delete from division_events`);
    await tx.execute(sql`delete from municipality_versions`);
    await tx.execute(sql`delete from division_counts`);
    await tx.execute(sql`insert into municipality_versions (cbs_code, name, province, valid_from, valid_to, source) values ${tuples(
      versions.map((v) => [v.cbs_code!, v.naam!, v.provincie!, v.geldig_vanaf!, v.geldig_tot || null, v.bron!]),
    )}`);
    await tx.execute(sql`insert into division_events (effective_date, kind, from_cbs_code, to_cbs_code, partial, source) values ${tuples(
      events.map((e) => {
        const kind = KIND[e.soort!];
        if (!kind) throw new Error(`herindelingen-2013-2026.csv: onbekende soort '${e.soort}'`);
        return [e.datum!, kind, e.van_code!, e.naar_code!, e.deel === 'ja', e.bron!];
      }),
    )}`);
    await tx.execute(sql`insert into division_counts (year, municipality_count, source) values ${tuples(
      counts.map((c) => [Number(c.jaar), Number(c.aantal), c.bron!]),
    )}`);
  },
};

/** `(a, b), (c, d)`: one parameter per value, for a multi-row insert. */
const tuples = (rows: readonly (readonly SqlValue[])[]) => sql.join(rows.map((row) => sql`(${sql.join(row, ', ')})`), ', ');
