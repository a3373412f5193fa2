import { sql, type SqlValue } from '../sql.ts';
import { slug } from '../../domain/register/slug.ts';
import { checksumFiles, readReferenceCsv } from './csv-files.ts';
import type { ReferenceDataset, Tx } from './load.ts';

const files = [
  '2014/youth-regions.csv',
  '2014/mee-organisations.csv',
  '2014/mee-organisation-aliases.csv',
  '2014/municipalities-2013.csv',
  '2014/municipalities-2014-new.csv',
  '2014/herindeling-2014.csv',
  '2014/split-shares-boarnsterhim.csv',
];

const SOURCE_TABEL3 = 'Handreiking cliëntondersteuning (2014), Tabel 3 (raming CVZ)';
const SOURCE_BIJLAGE5 = 'Handreiking cliëntondersteuning (2014), Bijlage 5 (www.invoeringwmo.nl, 6 maart 2014)';
const euroToCents = (euros: string) => Number(euros) * 100;

/**
 * The 2014 register and budget reference data (data/reference/2014), loaded into a new database.
 * Bijlage 5 is in the 2013 division (408); the 2014 division (403) follows from the herindeling
 * file: the 2013 members without the municipalities that were dissolved, plus the new ones.
 */
export const register2014: ReferenceDataset = {
  name: 'register-budget-2014',
  checksum: () => checksumFiles(files),
  async load(tx: Tx) {
    const regions = readReferenceCsv('2014/youth-regions.csv');
    const organisations = readReferenceCsv('2014/mee-organisations.csv');
    const aliases = readReferenceCsv('2014/mee-organisation-aliases.csv');
    const members2013 = readReferenceCsv('2014/municipalities-2013.csv');
    const new2014 = readReferenceCsv('2014/municipalities-2014-new.csv');
    const changes = readReferenceCsv('2014/herindeling-2014.csv');

    await tx.execute(sql`insert into youth_regions (code, name) values ${tuples(regions.map((r) => [r.code!, r.naam!]))}
      on conflict (code) do update set name = excluded.name`);
    await tx.execute(sql`insert into mee_organisations (code, name) values ${tuples(organisations.map((o) => [o.code!, o.naam!]))}
      on conflict (code) do update set name = excluded.name`);
    await tx.execute(sql`insert into mee_organisation_aliases (mee_code, alias, source)
      values ${tuples(aliases.map((a) => [a.mee_code!, a.alias!, a.bron!]))} on conflict do nothing`);
    const everyMunicipality = [...members2013, ...new2014].map((m) => [slug(m.naam!), m.naam!, m.cbs_code || null]);
    await tx.execute(sql`insert into municipalities (code, name, cbs_code) values ${tuples(everyMunicipality)}
      on conflict (code) do update set name = excluded.name, cbs_code = excluded.cbs_code`);

    await tx.execute(sql`insert into municipal_divisions (year, valid_from, valid_to, description) values
      (2013, '2013-01-01', '2014-01-01', 'Indeling op 1 januari 2013 (408 gemeenten; Bijlage 5)'),
      (2014, '2014-01-01', '2015-01-01', 'Indeling op 1 januari 2014 (403 gemeenten)')
      on conflict do nothing`);
    const dissolved = new Set(changes.filter((c) => c.van !== c.naar).map((c) => c.van!));
    const member = (divisionYear: number) => (m: Record<string, string>) => [divisionYear, slug(m.naam!), m.jeugdregio_code!, m.mee_code!];
    await tx.execute(sql`delete from division_members where division_year in (2013, 2014)`);
    const members = [...members2013.map(member(2013)), ...members2013.filter((m) => !dissolved.has(m.naam!)).map(member(2014)), ...new2014.map(member(2014))];
    await tx.execute(sql`insert into division_members (division_year, municipality_code, youth_region_code, mee_code) values ${tuples(members)}`);

    await tx.execute(sql`delete from division_changes where effective_date = '2014-01-01'`);
    const changeRows = changes.map((c) => [c.datum!, c.soort === 'splitsing' ? 'split' : 'merger', slug(c.van!), slug(c.naar!), c.bron!]);
    if (changeRows.length) await tx.execute(sql`insert into division_changes (effective_date, kind, from_code, to_code, source) values ${tuples(changeRows)}`);
    await loadSplitShares(tx);

    await tx.execute(sql`delete from mee_budgets where year = 2014`);
    await tx.execute(sql`insert into mee_budgets (year, mee_code, client_support_cents, ivh_cents, source) values ${tuples(
      organisations.map((o) => [2014, o.code!, euroToCents(o.budget_mee_eur!), euroToCents(o.budget_ivh_eur!), SOURCE_TABEL3]),
    )}`);
    await tx.execute(sql`delete from published_allocations where year = 2014`);
    await tx.execute(sql`insert into published_allocations (year, division_year, municipality_code, mee_code, client_support_cents, ivh_cents, source)
      values ${tuples(
        members2013.map((m) => [2014, 2013, slug(m.naam!), m.mee_code!, euroToCents(m.budget_mee_eur!), euroToCents(m.budget_ivh_eur!), SOURCE_BIJLAGE5]),
      )}`);
  },
};

/** `(a, b), (c, d)`: one parameter per value, for a multi-row insert. */
const tuples = (rows: readonly (readonly SqlValue[])[]) => sql.join(rows.map((row) => sql`(${sql.join(row, ', ')})`), ', ');

/** Split shares ship only with a cited source; without the file there are none (never a guess). */
async function loadSplitShares(tx: Tx): Promise<void> {
  await tx.execute(sql`delete from split_shares where effective_date = '2014-01-01'`);
  let rows: Record<string, string>[];
  try {
    rows = readReferenceCsv('2014/split-shares-boarnsterhim.csv');
  } catch {
    return;
  }
  if (rows.length === 0) return;
  const unit = 'inwoners' in rows[0]! ? 'inwoners' : 'aandeel';
  await tx.execute(sql`insert into split_shares (effective_date, from_code, to_code, weight, unit, source)
    values ${tuples(rows.map((r) => ['2014-01-01', slug(r.van!), slug(r.naar!), r[unit]!, unit, r.bron!]))}`);
}
