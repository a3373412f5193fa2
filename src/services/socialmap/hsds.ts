/** HSDS 3.0 export and import of a municipality's social map (mapping in src/domain/socialmap/hsds.ts). */
import type { Database } from '../../db/client.ts';
import { fromHsds, hsdsPath, toHsds, type HsdsDocument } from '../../domain/socialmap/hsds.ts';
import { loadMap, replaceMap, SocialMapInputError } from './store.ts';
import { count } from '../../domain/errors.ts';
import { foreignMunicipalities, type MayName } from '../../domain/socialmap/publish-scope.ts';

export async function exportHsds(db: Database, municipalityCode: string): Promise<HsdsDocument> {
  const { versions: _versions, ...map } = await loadMap(db, municipalityCode);
  return toHsds(map, municipalityCode);
}

/**
 * Replaces the municipality's social map by the document's, all or nothing. Every problem is
 * reported with its JSON path in the document (`$.services[3].attributes[1].taxonomy_term_id`).
 */
export async function importHsds(
  db: Database,
  municipalityCode: string,
  document: unknown,
  mayName: MayName = () => true,
): Promise<{ providers: number; services: number; locations: number }> {
  const { map, issues } = fromHsds(document, municipalityCode);
  // Only municipalities the importer keeps the social map for, or that the entry named already (domain/socialmap/publish-scope.ts).
  issues.push(...foreignMunicipalities(map, await loadMap(db, municipalityCode), mayName));
  if (issues.some((i) => i.path === '$')) throw new SocialMapInputError(issues, importMessage(issues.length));
  try {
    const names = { providers: '$.organizations', services: '$.services', locations: '$.locations', serviceLocations: '$.service_at_locations' };
    await replaceMap(db, municipalityCode, map, hsdsPath, names, issues);
  } catch (err) {
    if (err instanceof SocialMapInputError) throw new SocialMapInputError(err.issues, importMessage(err.issues.length));
    throw err;
  }
  return { providers: map.providers.length, services: map.services.length, locations: map.locations.length };
}

const importMessage = (n: number) => `Het HSDS-bestand is niet ingelezen: ${count(n, 'probleem', 'problemen')}. Er is niets gewijzigd.`;
