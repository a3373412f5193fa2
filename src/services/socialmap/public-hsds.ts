/**
 * The public social map of one municipality as the HSDS 3.0 API serves it (issue 24 §4).
 *
 * Public means what a resident of the municipality finds in the public search (services/socialmap/
 * search.ts): services that are active or temporarily closed and name the municipality in their
 * working area — which is what the publish scope guards (domain/socialmap/publish-scope.ts: only
 * the municipality's own editors, or a national administrator, may name it there). Such a service may
 * be maintained by another municipality (a regional service); its document comes from that
 * municipality's HSDS export (services/socialmap/hsds.ts), so everything the export carries is served
 * as exported. The organizations, locations and links served are those of the public services only.
 */
import type { Database } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';
import { listAllMunicipalityNames } from '../../db/register/queries.ts';
import { NotFoundError } from '../../domain/errors.ts';
import { publicView, type HsdsTables, type PublicHsds } from '../../domain/socialmap/public-hsds.ts';
import { exportHsds } from './hsds.ts';
import { searchServices } from './search.ts';

/**
 * The municipality's code for `{gemeente}`: its code as everywhere in Naast's API (`utrecht`), in any
 * case, or its CBS code (`GM0344`). Unknown: a 404 in Dutch.
 */
export async function resolveMunicipality(db: Database, gemeente: string): Promise<string> {
  const wanted = gemeente.trim().toLowerCase();
  const found = (await listAllMunicipalityNames(db)).find((m) => m.code.toLowerCase() === wanted || m.cbsCode?.toLowerCase() === wanted);
  if (!found) throw new NotFoundError(`Gemeente "${gemeente}" bestaat niet. Gebruik de code van de gemeente, bijvoorbeeld "utrecht".`, { code: 'gemeente-onbekend' });
  return found.code;
}

/** Ids of the municipality's public services that match `question` (the residents' search and ranking), best first. */
export async function searchPublicServiceIds(db: Database, municipalityCode: string, question: string | undefined): Promise<string[]> {
  return (await searchServices(db, { municipalityCode, question })).map((s) => s.id);
}

/**
 * The social map's version: triggers on every table the public map is built from raise it in the same
 * transaction as any insert, update, delete or truncate (migration 0029), so reading it is one indexed
 * row however large the map is (issue 23; it used to hash every row on each call).
 */
async function socialMapStamp(db: Database): Promise<string | null> {
  const [row] = await db.rows<{ stamp: string }>(sql`select version::text as stamp from socialmap_changes where id`);
  return row?.stamp ?? null;
}

/** Built maps per database and municipality, reused while the social map's version is the same. */
const builtMaps = new WeakMap<object, Map<string, { stamp: string; map: Promise<PublicHsds> }>>();

/** The municipality's public social map (built once per change of the social map; see socialMapStamp). */
export async function loadPublicHsds(db: Database, municipalityCode: string): Promise<PublicHsds> {
  const stamp = await socialMapStamp(db);
  // The row is missing only if someone emptied the table by hand: then nothing is reused.
  if (stamp === null) return buildPublicHsds(db, municipalityCode);
  const perDb = builtMaps.get(db.driver) ?? new Map<string, { stamp: string; map: Promise<PublicHsds> }>();
  builtMaps.set(db.driver, perDb);
  const cached = perDb.get(municipalityCode);
  if (cached?.stamp === stamp) return cached.map;
  const map = buildPublicHsds(db, municipalityCode);
  perDb.set(municipalityCode, { stamp, map });
  // A failed build is not kept: the next call tries again.
  map.catch(() => {
    if (perDb.get(municipalityCode)?.map === map) perDb.delete(municipalityCode);
  });
  return map;
}

/** The municipality's public social map, built from the HSDS exports of the municipalities that maintain its public services. */
async function buildPublicHsds(db: Database, municipalityCode: string): Promise<PublicHsds> {
  const services = await searchServices(db, { municipalityCode });
  const ids = services.map((s) => s.id);
  const maintainers = await maintainersOf(db, [...new Set(services.map((s) => s.providerId))]);
  // The municipality's own export always: it brings the taxonomies even when nothing is published yet.
  const documents: HsdsTables[] = [];
  for (const code of new Set([municipalityCode, ...maintainers])) documents.push((await exportHsds(db, code)) as unknown as HsdsTables);
  return publicView(documents, ids, await lastModified(db, ids));
}

async function maintainersOf(db: Database, providerIds: string[]): Promise<string[]> {
  if (providerIds.length === 0) return [];
  const rows = await db.rows<{ code: string }>(sql`select distinct municipality_code as code from socialmap_organisations where id = any(${sql.array(providerIds)}::uuid[]) order by 1`);
  return rows.map((r) => r.code);
}

/** When each service last changed (HSDS `last_modified`), for services whose export does not say. */
async function lastModified(db: Database, serviceIds: string[]): Promise<Map<string, string>> {
  if (serviceIds.length === 0) return new Map();
  const rows = await db.rows<{ id: string; updatedAt: Date | string }>(
    sql`select id::text as id, updated_at as "updatedAt" from socialmap_services where id = any(${sql.array(serviceIds)}::uuid[])`,
  );
  return new Map(rows.map((r) => [r.id.toLowerCase(), new Date(r.updatedAt).toISOString()]));
}
