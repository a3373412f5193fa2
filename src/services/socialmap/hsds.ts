/**
 * HSDS 3.0 import and export of a municipality's social map, in every shape of the standard
 * (domain/socialmap/hsds-shapes.ts), losslessly (hsds-naast.ts), with every doubtful value reported
 * (hsds-check.ts). Profile: docs/hsds-profile-nl.md.
 */
import type { Database } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';
import { NAAST_TAXONOMIES, taxonomyId, termId, type HsdsDocument } from '../../domain/socialmap/hsds.ts';
import { isComplete, isObject, lowerIds, readGraph, shapeOf, type HsdsIssue, type Json, type LooseRecord, type Shape } from '../../domain/socialmap/hsds-shapes.ts';
import { realityIssues, schemaIssues, sortIssues, withoutFields } from '../../domain/socialmap/hsds-check.ts';
import { exportObject, toNaast, type MapContext } from '../../domain/socialmap/hsds-naast.ts';
import { HsdsDocuments, dataPackage, tabularBundle, type StoredGraph } from '../../domain/socialmap/hsds-export.ts';
import { loadMap, knownMunicipalities, SocialMapInputError } from './store.ts';
import { applyChanges, foreignIds, loadKept, loadRecords, type Changes, type Entry } from './hsds-store.ts';
import { hsdsSchemaCheck } from './hsds-schemas.ts';
import { filesToBundle, toCsvText, zipFiles, type UploadedFile } from './hsds-files.ts';
import { count } from '../../domain/errors.ts';
import { foreignMunicipalities, type MayName } from '../../domain/socialmap/publish-scope.ts';
import type { Issue, SocialMapData } from '../../domain/socialmap/model.ts';

/** What to do with a value that is invalid: stop the import (default), or import the rest with that field empty. */
export type InvalidValues = 'stoppen' | 'leeglaten';

export interface ImportOptions {
  invalid?: InvalidValues;
  /** Only say what would change; write nothing. */
  dryRun?: boolean;
  /** The shape, when it is not the JSON itself (the files of a data package). */
  shape?: Shape;
  /** Problems found reading files (filesToBundle). */
  earlier?: HsdsIssue[];
}

export interface Tally {
  nieuw: string[];
  gewijzigd: string[];
  verwijderd: string[];
  ongewijzigd: string[];
}
export interface ImportResult {
  shape: Shape;
  applied: boolean;
  providers: number;
  services: number;
  locations: number;
  preview: { organizations: Tally; services: Tally; locations: Tally; service_at_locations: Tally; records: Tally };
  /** Invalid values left empty (only with invalid = 'leeglaten'). */
  leftEmpty: Issue[];
  notes: string[];
}

const importMessage = (n: number) => `Het HSDS-bestand is niet ingelezen: ${count(n, 'probleem', 'problemen')}. Er is niets gewijzigd.`;

async function context(db: Database, municipalityCode: string, complete: boolean, stored: SocialMapData): Promise<MapContext> {
  const cbs = await db.rows<{ code: string; cbs: string }>(sql`select code, cbs_code as cbs from municipalities where cbs_code is not null`);
  return {
    municipalityCode,
    municipalities: await knownMunicipalities(db),
    cbsCodes: new Map(cbs.map((r) => [r.cbs, r.code])),
    // A complete shape replaces the map: what it does not name is not there to refer to.
    existing: complete
      ? { providers: new Set(), services: new Map(), locations: new Map() }
      : { providers: new Set(stored.providers.map((p) => p.id)), services: new Map(stored.services.map((s) => [s.id, s.providerId])), locations: new Map(stored.locations.map((l) => [l.id, l.providerId])) },
  };
}

/** Reads, checks and maps the data; with 'leeglaten' the skippable problems' fields are removed, until none is left. */
function analyse(data: Json, shape: Shape, ctx: MapContext, invalid: InvalidValues) {
  let issues: HsdsIssue[] = [...schemaIssues(data, shape, hsdsSchemaCheck()), ...realityIssues(data)];
  let current = data;
  const leftEmpty = new Map<string, HsdsIssue>();
  for (let round = 0; round < 4; round++) {
    const graph = readGraph(current, shape);
    const view = toNaast(graph, ctx);
    issues = [...issues, ...graph.issues, ...view.issues];
    const fresh = issues.filter((i) => i.skippable && !leftEmpty.has(i.path));
    if (invalid === 'stoppen' || fresh.length === 0) return { graph, view, issues: issues.filter((i) => invalid === 'stoppen' || !i.skippable), leftEmpty: [...leftEmpty.values()] };
    for (const i of fresh) leftEmpty.set(i.path, i);
    current = withoutFields(data, [...leftEmpty.keys()]);
    issues = [];
  }
  const graph = readGraph(current, shape);
  const view = toNaast(graph, ctx);
  return { graph, view, issues: [...graph.issues, ...view.issues], leftEmpty: [...leftEmpty.values()] };
}

const canonical = (v: unknown): string => JSON.stringify(v, (_k, value: unknown) => (isObject(value) ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1))) : value));
/** A document without the link fields that only repeat its place (Naast's bundle adds them): not a change. */
function unlinked(doc: Json | null | undefined, value: object): Json | null | undefined {
  if (!doc) return doc;
  const v = value as { providerId?: string; serviceId?: string; locationId?: string };
  const out = { ...doc };
  if (out.organization_id === v.providerId) delete out.organization_id;
  if (out.service_id === v.serviceId) delete out.service_id;
  if (out.location_id === v.locationId) delete out.location_id;
  return out;
}
const emptyTally = (): Tally => ({ nieuw: [], gewijzigd: [], verwijderd: [], ongewijzigd: [] });
const dedupe = (issues: HsdsIssue[]): Issue[] => {
  const seen = new Set<string>();
  return sortIssues(issues).flatMap((i) => (seen.has(i.path) ? [] : (seen.add(i.path), [{ path: i.path, message: i.message }])));
};

/**
 * Imports HSDS data of any shape into the municipality's social map, in one transaction. Idempotent on
 * ids: the same data again changes nothing. A complete shape (the bundle of tables, the data package,
 * Naast's own export) replaces the map; a document or list page adds and changes only. Every problem is
 * reported with its JSON path; with `invalid: 'leeglaten'` invalid values are left empty (and listed).
 */
export async function importHsds(db: Database, municipalityCode: string, input: unknown, mayName: MayName = () => true, options: ImportOptions = {}): Promise<ImportResult> {
  const invalid = options.invalid ?? 'stoppen';
  const shape = isObject(input) ? (options.shape ?? shapeOf(input)) : undefined;
  if (!isObject(input) || !shape) {
    throw new SocialMapInputError([{ path: '$', message: 'Dit is geen HSDS-gegevens: verwacht een service, organization of service_at_location, een lijstpagina (contents), een bundel tabellen of een datapakket.' }], importMessage(1));
  }
  const complete = isComplete(shape);
  const { versions: _v, ...stored } = await loadMap(db, municipalityCode);
  const ctx = await context(db, municipalityCode, complete, stored);
  const data = lowerIds(input) as Json;
  const { graph, view, issues, leftEmpty } = analyse(data, shape, ctx, invalid);
  const blocking: HsdsIssue[] = [...(options.earlier ?? []).filter((i) => invalid === 'stoppen' || !i.skippable), ...issues];
  const names = { services: '$.services', locations: '$.locations', providers: '$.organizations' };
  for (const i of foreignMunicipalities(view.map, stored, mayName, names)) {
    // The publish-scope check names Naast's collections; point at the received object instead.
    const [, collection, index, rest] = /^\$\.(\w+)\[(\d+)\](.*)$/.exec(i.path) ?? [];
    const list = collection === 'services' ? view.map.services : collection === 'locations' ? view.map.locations : view.map.providers;
    const id = list[Number(index)]?.id;
    blocking.push({ path: id ? `${view.paths.get(id)}${rest}` : i.path, message: i.message, skippable: false });
  }
  const all = [...view.map.providers, ...view.map.services, ...view.map.locations, ...view.map.serviceLocations];
  const taken = await foreignIds(db, municipalityCode, all.map((x) => x.id));
  for (const x of all) if (taken.has(x.id)) blocking.push({ path: `${view.paths.get(x.id)}.id`, message: `De id ${x.id} hoort bij de sociale kaart van een andere gemeente.`, skippable: false });
  if (blocking.length > 0) {
    const problems = dedupe(blocking);
    throw new SocialMapInputError(problems, importMessage(problems.length));
  }

  const kept = await loadKept(db, municipalityCode);
  const docs = new Map(graph.entities.map((e) => [e.id, e]));
  const preview = { organizations: emptyTally(), services: emptyTally(), locations: emptyTally(), service_at_locations: emptyTally(), records: emptyTally() };
  const storedById = new Map<string, unknown>([...stored.providers, ...stored.services, ...stored.locations, ...stored.serviceLocations].map((x) => [x.id, x]));
  function entries<T extends { id: string }>(items: T[], tally: Tally, extra: (x: T) => Json = () => ({})): Entry<T>[] {
    return items.flatMap((value) => {
      const entity = docs.get(value.id)!;
      const basis = { ...(value as unknown as Json), ...extra(value) };
      const before = storedById.get(value.id);
      const old = kept.get(value.id);
      if (before === undefined) tally.nieuw.push(value.id);
      else if (canonical(before) === canonical(value) && canonical(unlinked(old?.document, value)) === canonical(unlinked(entity.doc, value)) && canonical(old?.basis) === canonical(basis)) {
        tally.ongewijzigd.push(value.id);
        return [];
      } else tally.gewijzigd.push(value.id);
      return [{ value, document: entity.doc, basis, isNew: before === undefined }];
    });
  }
  const listed = new Map(graph.entities.filter((e) => e.kind === 'location').map((e) => [e.id, e.organizationId === undefined ? false : true]));
  const changes: Changes = {
    providers: entries(view.map.providers, preview.organizations),
    services: entries(view.map.services, preview.services),
    locations: entries(view.map.locations, preview.locations, (l) => ({ _listed: listed.get(l.id) ?? true })),
    serviceLocations: entries(view.map.serviceLocations, preview.service_at_locations),
    removed: { providers: [], services: [], locations: [], serviceLocations: [] },
    records: { replace: complete, items: graph.records },
  };
  if (complete) {
    const keep = new Set(all.map((x) => x.id));
    const gone = <T extends { id: string }>(items: T[]) => items.map((x) => x.id).filter((id) => !keep.has(id));
    changes.removed = { providers: gone(stored.providers), services: gone(stored.services), locations: gone(stored.locations), serviceLocations: gone(stored.serviceLocations) };
    preview.organizations.verwijderd = changes.removed.providers;
    preview.services.verwijderd = changes.removed.services;
    preview.locations.verwijderd = changes.removed.locations;
    preview.service_at_locations.verwijderd = changes.removed.serviceLocations;
  }
  const storedRecords = new Map((await loadRecords(db, municipalityCode)).map((r) => [`${r.table}:${r.id}`, r.record]));
  for (const r of graph.records) {
    const before = storedRecords.get(`${r.table}:${r.id}`);
    (before === undefined ? preview.records.nieuw : canonical(before) === canonical(r.record) ? preview.records.ongewijzigd : preview.records.gewijzigd).push(`${r.table}:${r.id}`);
    storedRecords.delete(`${r.table}:${r.id}`);
  }
  if (complete) preview.records.verwijderd = [...storedRecords.keys()];

  if (!options.dryRun) await applyChanges(db, municipalityCode, changes);
  return {
    shape,
    applied: !options.dryRun,
    providers: view.map.providers.length,
    services: view.map.services.length,
    locations: view.map.locations.length,
    preview,
    leftEmpty: dedupe(leftEmpty),
    notes: [],
  };
}

/** The files of a tabular data package (zip contents or separate files), imported as one. */
export async function importHsdsFiles(db: Database, municipalityCode: string, files: UploadedFile[], mayName: MayName = () => true, options: ImportOptions = {}): Promise<ImportResult> {
  const { bundle, issues, notes } = filesToBundle(files);
  if (Object.keys(bundle).length === 0) {
    throw new SocialMapInputError([{ path: '$', message: 'Geen CSV-bestand van HSDS 3.0 gevonden (zoals services.csv en organizations.csv).' }], importMessage(1));
  }
  const result = await importHsds(db, municipalityCode, bundle, mayName, { ...options, shape: 'datapakket', earlier: issues });
  return { ...result, leftEmpty: dedupe([...issues.filter((i) => i.skippable).map((i) => ({ ...i })), ...result.leftEmpty.map((i) => ({ ...i, skippable: true }))]), notes };
}

// ------------------------------------------------------------------------------------------ export

/**
 * The stored social map of a municipality as HSDS documents: each entry as received with Naast's edits
 * written in (or Naast's own object for entries made in Naast). Use `.service(id)`, `.organization(id)`,
 * `.serviceAtLocation(id)`, `.page(kind)` or `.tables()` for the shape wanted.
 */
export async function hsdsDocuments(db: Database, municipalityCode: string): Promise<HsdsDocuments> {
  const { versions: _v, ...map } = await loadMap(db, municipalityCode);
  const kept = await loadKept(db, municipalityCode);
  const strip = (basis: Json | null) => {
    if (basis === null) return null;
    const { _listed: _l, ...rest } = basis;
    return rest;
  };
  const object = <K extends Parameters<typeof exportObject>[0]>(kind: K, value: Parameters<typeof exportObject<K>>[3]) => {
    const k = kept.get(value.id);
    return exportObject(kind, k?.document ?? null, strip(k?.basis ?? null) as never, value, municipalityCode);
  };
  const graph: StoredGraph = {
    organizations: map.providers.map((p) => ({ id: p.id, doc: object('organization', p) })),
    services: map.services.map((s) => ({ id: s.id, providerId: s.providerId, doc: object('service', s) })),
    locations: map.locations.map((l) => ({ id: l.id, providerId: l.providerId, listed: kept.get(l.id)?.basis?._listed !== false, doc: object('location', l) })),
    serviceLocations: map.serviceLocations.map((sl) => ({ id: sl.id, serviceId: sl.serviceId, locationId: sl.locationId, doc: object('service_at_location', sl) })),
    records: await loadRecords(db, municipalityCode),
  };
  return new HsdsDocuments(graph);
}

/** Naast's own bundle (the default export): the tables as lists, each entry with its parts nested, plus Naast's taxonomies. */
export async function exportHsds(db: Database, municipalityCode: string): Promise<HsdsDocument> {
  const docs = await hsdsDocuments(db, municipalityCode);
  const g = docs.graph;
  const naastTaxonomies = Object.entries(NAAST_TAXONOMIES).map(([name, t]) => ({ id: taxonomyId(name), name, description: t.description }));
  const naastTerms = Object.entries(NAAST_TAXONOMIES).flatMap(([name, t]) =>
    t.terms.map((term) => ({ id: termId(name, term.code), code: term.code, name: term.label, description: term.label, taxonomy: name, taxonomy_id: taxonomyId(name) })),
  );
  const recordsOf = (table: string) => g.records.filter((r) => r.table === table).map((r) => r.record);
  const merged = (own: Json[], table: string) => {
    const ids = new Set(own.map((x) => x.id));
    return [...own, ...recordsOf(table).filter((r) => !ids.has(r.id))];
  };
  const others: Record<string, Json[]> = {};
  for (const r of g.records) if (r.table !== 'taxonomies' && r.table !== 'taxonomy_terms') (others[r.table] ??= []).push(r.record);
  // Flat lists: each entry names what it belongs to (a nested document said so by its place).
  const withLinks = (doc: Json, links: Json) => ({ ...doc, ...Object.fromEntries(Object.entries(links).filter(([k]) => doc[k] === undefined)) });
  return {
    meta: { hsds: '3.0', bron: 'Naast', gemeenteCode: municipalityCode },
    organizations: g.organizations.map((o) => o.doc),
    services: g.services.map((s) => withLinks(s.doc, { organization_id: s.providerId })),
    locations: g.locations.map((l) => (l.listed ? withLinks(l.doc, { organization_id: l.providerId }) : l.doc)),
    service_at_locations: g.serviceLocations.map((sl) => withLinks(sl.doc, { service_id: sl.serviceId, location_id: sl.locationId })),
    taxonomies: merged(naastTaxonomies, 'taxonomies'),
    taxonomy_terms: merged(naastTerms, 'taxonomy_terms'),
    ...others,
  } as unknown as HsdsDocument;
}

export type ExportShape = 'kaart' | 'tabellen' | 'dienst' | 'organisatie' | 'dienstLocatie' | 'diensten' | 'organisaties' | 'dienstLocaties';

/** The social map (or one entry of it: `id`) in the chosen HSDS shape; undefined when the entry does not exist. */
export async function exportHsdsShape(db: Database, municipalityCode: string, shape: ExportShape, id?: string): Promise<Json | undefined> {
  if (shape === 'kaart') return (await exportHsds(db, municipalityCode)) as unknown as Json;
  const docs = await hsdsDocuments(db, municipalityCode);
  const key = id?.toLowerCase() ?? '';
  switch (shape) {
    case 'tabellen':
      return tabularBundle(docs);
    case 'dienst':
      return docs.service(key);
    case 'organisatie':
      return docs.organization(key);
    case 'dienstLocatie':
      return docs.serviceAtLocation(key);
    case 'diensten':
      return docs.page('services');
    case 'organisaties':
      return docs.page('organizations');
    case 'dienstLocaties':
      return docs.page('service_at_locations');
  }
}

/** The tabular data package as a zip: datapackage.json and one CSV per table. */
export async function exportHsdsPackage(db: Database, municipalityCode: string): Promise<Buffer> {
  const tables = (await hsdsDocuments(db, municipalityCode)).tables();
  const names = Object.keys(tables);
  return zipFiles([
    { name: 'datapackage.json', content: Buffer.from(`${JSON.stringify(dataPackage(`hsds-${municipalityCode}`, names), null, 2)}\n`, 'utf8') },
    ...names.map((t) => ({ name: `${t}.csv`, content: Buffer.from(toCsvText(tables[t]!), 'utf8') })),
  ]);
}

export type { LooseRecord };
