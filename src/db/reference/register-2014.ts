import { sql } from 'drizzle-orm';
import { slug } from '../../domain/register/slug.ts';
import {
  divisionChanges,
  divisionMembers,
  meeBudgets,
  meeOrganisationAliases,
  meeOrganisations,
  municipalDivisions,
  municipalities,
  publishedAllocations,
  splitShares,
  youthRegions,
} from '../schema/register.ts';
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

    await tx.insert(youthRegions).values(regions.map((r) => ({ code: r.code!, name: r.naam! }))).onConflictDoUpdate({
      target: youthRegions.code,
      set: { name: sql`excluded.name` },
    });
    await tx.insert(meeOrganisations).values(organisations.map((o) => ({ code: o.code!, name: o.naam! }))).onConflictDoUpdate({
      target: meeOrganisations.code,
      set: { name: sql`excluded.name` },
    });
    await tx
      .insert(meeOrganisationAliases)
      .values(aliases.map((a) => ({ meeCode: a.mee_code!, alias: a.alias!, source: a.bron! })))
      .onConflictDoNothing();
    const everyMunicipality = [...members2013, ...new2014].map((m) => ({ code: slug(m.naam!), name: m.naam!, cbsCode: m.cbs_code || null }));
    await tx.insert(municipalities).values(everyMunicipality).onConflictDoUpdate({
      target: municipalities.code,
      set: { name: sql`excluded.name`, cbsCode: sql`excluded.cbs_code` },
    });

    await tx.insert(municipalDivisions).values([
      { year: 2013, validFrom: '2013-01-01', validTo: '2014-01-01', description: 'Indeling op 1 januari 2013 (408 gemeenten; Bijlage 5)' },
      { year: 2014, validFrom: '2014-01-01', validTo: '2015-01-01', description: 'Indeling op 1 januari 2014 (403 gemeenten)' },
    ]).onConflictDoNothing();
    const dissolved = new Set(changes.filter((c) => c.van !== c.naar).map((c) => c.van!));
    const member = (divisionYear: number) => (m: Record<string, string>) => ({
      divisionYear,
      municipalityCode: slug(m.naam!),
      youthRegionCode: m.jeugdregio_code!,
      meeCode: m.mee_code!,
    });
    await tx.delete(divisionMembers).where(sql`division_year in (2013, 2014)`);
    await tx.insert(divisionMembers).values([
      ...members2013.map(member(2013)),
      ...members2013.filter((m) => !dissolved.has(m.naam!)).map(member(2014)),
      ...new2014.map(member(2014)),
    ]);

    await tx.delete(divisionChanges).where(sql`effective_date = '2014-01-01'`);
    await tx.insert(divisionChanges).values(
      changes.map((c) => ({
        effectiveDate: c.datum!,
        kind: c.soort === 'splitsing' ? ('split' as const) : ('merger' as const),
        fromCode: slug(c.van!),
        toCode: slug(c.naar!),
        source: c.bron!,
      })),
    );
    await loadSplitShares(tx);

    await tx.delete(meeBudgets).where(sql`year = 2014`);
    await tx.insert(meeBudgets).values(
      organisations.map((o) => ({
        year: 2014,
        meeCode: o.code!,
        clientSupportCents: euroToCents(o.budget_mee_eur!),
        ivhCents: euroToCents(o.budget_ivh_eur!),
        source: SOURCE_TABEL3,
      })),
    );
    await tx.delete(publishedAllocations).where(sql`year = 2014`);
    await tx.insert(publishedAllocations).values(
      members2013.map((m) => ({
        year: 2014,
        divisionYear: 2013,
        municipalityCode: slug(m.naam!),
        meeCode: m.mee_code!,
        clientSupportCents: euroToCents(m.budget_mee_eur!),
        ivhCents: euroToCents(m.budget_ivh_eur!),
        source: SOURCE_BIJLAGE5,
      })),
    );
  },
};

/** Split shares ship only with a cited source; without the file there are none (never a guess). */
async function loadSplitShares(tx: Tx): Promise<void> {
  await tx.delete(splitShares).where(sql`effective_date = '2014-01-01'`);
  let rows: Record<string, string>[];
  try {
    rows = readReferenceCsv('2014/split-shares-boarnsterhim.csv');
  } catch {
    return;
  }
  if (rows.length === 0) return;
  const unit = 'inwoners' in rows[0]! ? 'inwoners' : 'aandeel';
  await tx.insert(splitShares).values(
    rows.map((r) => ({
      effectiveDate: '2014-01-01',
      fromCode: slug(r.van!),
      toCode: slug(r.naar!),
      weight: r[unit]!,
      unit,
      source: r.bron!,
    })),
  );
}
