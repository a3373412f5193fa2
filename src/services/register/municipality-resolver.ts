import type { Database } from '../../db/client.ts';
import { listAllMunicipalityNames, listMunicipalities } from '../../db/register/queries.ts';
import { readReferenceCsv } from '../../db/reference/csv-files.ts';
import { municipalityResolver, type NameVariant } from '../../domain/register/municipality-names.ts';

let variants: NameVariant[] | undefined;

/** The documented spellings: official CBS names (2013) and the variants table, read once. */
export function nameVariants(): NameVariant[] {
  variants ??= [
    ...readReferenceCsv('cbs-gemeentecodes-2013.csv').map((r) => ({ cbsCode: r.cbs_code!, name: r.naam! })),
    ...readReferenceCsv('municipality-name-variants.csv').map((r) => ({ cbsCode: r.cbs_code!, name: r.naam! })),
  ];
  return variants;
}

/**
 * Text → municipality code for every import that names a municipality: by name, official name,
 * variant or CBS code. Without a division year: every municipality of every division Naast knows.
 */
export async function resolveMunicipalities(db: Database, divisionYear?: number): Promise<(text: string) => string | undefined> {
  const municipalities = divisionYear === undefined ? await listAllMunicipalityNames(db) : await listMunicipalities(db, { divisionYear });
  return municipalityResolver(municipalities, nameVariants());
}
