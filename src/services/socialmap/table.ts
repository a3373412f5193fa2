/**
 * The services of a social map as a table (CSV in the Dutch Excel dialect, or XLSX): one row per
 * service, lists comma-separated, yes/no as "ja"/"nee". The import adds and changes services of the
 * municipality's own providers, all or nothing, every problem with its row and column. (HSDS is the
 * lossless exchange format; the table is for editing in a spreadsheet.)
 */
import { sql } from '../../db/sql.ts';
import type { Database } from '../../db/client.ts';
import { blankToNull, isUuid, validateService, type Service } from '../../domain/socialmap/model.ts';
import type { Cell } from '../tabular/export.ts';
import { parseTable, TableImportError, type CellProblem } from '../tabular/import.ts';
import { knownMunicipalities, loadMap, newId, textArray } from './store.ts';
import { notYourMunicipality, type MayName } from '../../domain/socialmap/publish-scope.ts';

/** Columns in file order; `field` is the validation name (model.ts FIELD_NAMES) for mapping problems. */
export const SERVICE_COLUMNS = [
  ['dienst_id', 'id'],
  ['aanbieder_id', 'aanbiederId'],
  ['aanbieder', ''],
  ['naam', 'naam'],
  ['omschrijving', 'omschrijving'],
  ['status', 'status'],
  ['wat', 'wat'],
  ['hoe', 'hoe'],
  ['doelgroepen', 'doelgroepen'],
  ['leeftijden', 'leeftijden'],
  ['leefgebieden', 'leefgebieden'],
  ['kanalen', 'kanalen'],
  ['talen', 'talen'],
  ['telefoon', 'telefoon'],
  ['telefonisch_bereikbaar', 'telefonischeBereikbaarheid'],
  ['email', 'email'],
  ['website', 'website'],
  ['inloopspreekuur', 'inloopspreekuur'],
  ['huisbezoek', 'huisbezoek'],
  ['gratis', 'gratis'],
  ['gemeenten', 'gemeenten'],
  ['trefwoorden', 'trefwoorden'],
  ['locatie_ids', 'locaties'],
] as const;
export const SERVICE_HEADER = SERVICE_COLUMNS.map(([c]) => c);

const list = (values: readonly string[]) => values.join(', ');
const yesNo = (value: boolean) => (value ? 'ja' : 'nee');

export async function servicesTable(db: Database, municipalityCode: string): Promise<{ header: string[]; rows: Cell[][] }> {
  const map = await loadMap(db, municipalityCode);
  const providerName = new Map(map.providers.map((p) => [p.id, p.name]));
  const locations = new Map<string, string[]>();
  for (const sl of map.serviceLocations) locations.set(sl.serviceId, [...(locations.get(sl.serviceId) ?? []), sl.locationId]);
  const rows = map.services.map((s): Cell[] => [
    s.id, s.providerId, providerName.get(s.providerId) ?? '', s.name, s.description, s.status, s.what, s.how,
    list(s.targetGroups), list(s.ageCategories), list(s.lifeDomains), list(s.channels), list(s.languages),
    s.phone, s.phoneHours, s.email, s.url, s.walkInHours, yesNo(s.homeVisits), yesNo(s.freeOfCharge),
    list(s.municipalityCodes), list(s.keywords), list(locations.get(s.id) ?? []),
  ]);
  return { header: [...SERVICE_HEADER], rows };
}

const split = (text: string | undefined) => (text ?? '').split(/[,|]/).map((v) => v.trim()).filter(Boolean);

/** Reads, checks and stores the services of a table; returns how many were added and changed. */
export async function importServicesTable(
  db: Database,
  municipalityCode: string,
  content: Buffer,
  fileName = '',
  mayName: MayName = () => true,
): Promise<{ added: number; changed: number }> {
  const table = await parseTable(content, fileName);
  const problems: CellProblem[] = [];
  for (const required of ['aanbieder_id', 'naam']) {
    if (!table.header.includes(required)) problems.push({ row: 1, column: required, message: 'Deze kolom ontbreekt.' });
  }
  if (problems.length) throw new TableImportError(problems, { header: table.header });

  const map = await loadMap(db, municipalityCode);
  const ownProviders = new Set(map.providers.map((p) => p.id));
  const ownServices = new Set(map.services.map((s) => s.id));
  const locationProvider = new Map(map.locations.map((l) => [l.id, l.providerId]));
  const municipalities = await knownMunicipalities(db);
  const columnOf = new Map<string, string>(SERVICE_COLUMNS.map(([column, field]) => [field, column]));
  const seen = new Set<string>();
  const parsed: { service: Service; locationIds: string[]; isNew: boolean }[] = [];

  table.rows.forEach((cells, index) => {
    const row = table.rowNumbers[index]!;
    const fail = (column: string, message: string) => problems.push({ row, column, message });
    const yes = (column: string, fallback: boolean) => {
      const v = (cells[column] ?? '').toLowerCase();
      if (v === '') return fallback;
      if (['ja', 'j', 'yes', 'true', '1'].includes(v)) return true;
      if (['nee', 'n', 'no', 'false', '0'].includes(v)) return false;
      fail(column, 'Vul "ja" of "nee" in.');
      return fallback;
    };
    const id = cells.dienst_id || newId();
    const isNew = !cells.dienst_id;
    if (cells.dienst_id && isUuid(id) && !ownServices.has(id)) fail('dienst_id', 'Deze dienst staat niet op uw sociale kaart. Laat dienst_id leeg voor een nieuwe dienst.');
    if (seen.has(id)) fail('dienst_id', 'Deze dienst staat twee keer in het bestand.');
    seen.add(id);
    const providerId = cells.aanbieder_id ?? '';
    if (isUuid(providerId) && !ownProviders.has(providerId)) fail('aanbieder_id', 'Deze aanbieder staat niet op uw sociale kaart.');
    const service: Service = {
      id,
      providerId,
      name: cells.naam ?? '',
      description: cells.omschrijving ?? '',
      status: (cells.status || 'active') as Service['status'],
      what: cells.wat ?? '',
      how: cells.hoe ?? '',
      targetGroups: split(cells.doelgroepen) as Service['targetGroups'],
      ageCategories: split(cells.leeftijden) as Service['ageCategories'],
      lifeDomains: split(cells.leefgebieden) as Service['lifeDomains'],
      channels: split(cells.kanalen) as Service['channels'],
      languages: cells.talen === undefined ? ['nl'] : split(cells.talen),
      phone: blankToNull(cells.telefoon),
      phoneHours: blankToNull(cells.telefonisch_bereikbaar),
      email: blankToNull(cells.email),
      url: blankToNull(cells.website),
      walkInHours: blankToNull(cells.inloopspreekuur),
      homeVisits: yes('huisbezoek', false),
      freeOfCharge: yes('gratis', true),
      municipalityCodes: cells.gemeenten === undefined || cells.gemeenten === '' ? [municipalityCode] : split(cells.gemeenten),
      keywords: split(cells.trefwoorden),
    };
    // Only municipalities the importer keeps the social map for (domain/socialmap/publish-scope.ts).
    const stored = map.services.find((s) => s.id === id)?.municipalityCodes ?? [];
    for (const code of service.municipalityCodes) if (!mayName(code, stored)) fail('gemeenten', notYourMunicipality(code));
    for (const issue of validateService(service, municipalities)) {
      const field = issue.path.replace(/\[\d+\]$/, '');
      fail(columnOf.get(field) ?? field, issue.message);
    }
    const locationIds = split(cells.locatie_ids);
    locationIds.forEach((l) => {
      if (locationProvider.get(l) !== providerId) fail('locatie_ids', `Locatie ${l} hoort niet bij deze aanbieder.`);
    });
    parsed.push({ service, locationIds, isNew });
  });
  if (problems.length) throw new TableImportError(problems, { header: table.header });

  await db.transaction(async (tx) => {
    for (const { service: s, locationIds } of parsed) {
      await tx.execute(sql`insert into socialmap_services (id, organisation_id, name) values (${s.id}::uuid, ${s.providerId}::uuid, ${s.name})
        on conflict (id) do update set version = socialmap_services.version + 1, updated_at = now()`);
      const arr = (v: readonly string[]) => sql`${textArray(v)}::text[]`;
      await tx.execute(sql`update socialmap_services set organisation_id = ${s.providerId}::uuid, name = ${s.name}, description = ${s.description}, status = ${s.status},
        what = ${s.what}, how = ${s.how}, target_groups = ${arr(s.targetGroups)}, age_categories = ${arr(s.ageCategories)}, life_domains = ${arr(s.lifeDomains)},
        channels = ${arr(s.channels)}, languages = ${arr(s.languages)}, phone = ${s.phone}, phone_hours = ${s.phoneHours}, email = ${s.email}, url = ${s.url},
        walk_in_hours = ${s.walkInHours}, home_visits = ${s.homeVisits}, free_of_charge = ${s.freeOfCharge}, municipality_codes = ${arr(s.municipalityCodes)},
        keywords = ${arr(s.keywords)} where id = ${s.id}::uuid`);
      await tx.execute(sql`delete from socialmap_service_locations where service_id = ${s.id}::uuid`);
      for (const l of locationIds) {
        await tx.execute(sql`insert into socialmap_service_locations (id, service_id, location_id) values (${newId()}::uuid, ${s.id}::uuid, ${l}::uuid)`);
      }
    }
  });
  const added = parsed.filter((p) => p.isNew).length;
  return { added, changed: parsed.length - added };
}
