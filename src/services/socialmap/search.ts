/**
 * The public search: one set-based query narrows by municipality, filters and place (arrays and
 * indexes in SQL), brings each service's provider and locations along as JSON. The resident's words are
 * matched by the database (ADR 0012): Dutch full-text search without accents, compound tails, pg_trgm
 * typo fixes, and the resident-words thesaurus (data/socialmap/resident-thesaurus.csv); the services
 * are ranked by how much of the question they answer, not filtered on every word. No query per result.
 */
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../config.ts';
import { sql, type SQL } from '../../db/sql.ts';
import type { Database } from '../../db/client.ts';
import { analyse, correctable, costText, firstStep, parseThesaurus, reasons, type Analysis, type FirstStep, type SearchTerm, type ThesaurusEntry } from '../../domain/socialmap/resident-words.ts';
import type { Location, Provider, Service } from '../../domain/socialmap/model.ts';
import { nearestKm, parseCentroids, postcode4, rankWithDistance, type LatLon } from '../../domain/socialmap/distance.ts';
import type { AgeCategory } from '../../domain/cases/model.ts';
import { resolveMunicipalities } from '../register/municipality-resolver.ts';
import { SocialMapNotFoundError, textArray } from './store.ts';

export interface SearchFilters {
  question?: string | undefined;
  municipalityCode?: string | undefined;
  place?: string | undefined;
  ageCategory?: AgeCategory | undefined;
  targetGroup?: string | undefined;
  lifeDomain?: string | undefined;
  channel?: string | undefined;
}

/** A service as a resident sees it: with its provider and where to go. */
export interface PublicService extends Service {
  provider: Pick<Provider, 'id' | 'name' | 'kind' | 'website' | 'phone' | 'email' | 'staffing'>;
  locations: Location[];
  providerName: string;
}

const json = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;

interface Row extends Service {
  provider: unknown;
  locations: unknown;
}

const select = sql`select s.id::text as id, s.organisation_id::text as "providerId", s.name, s.description, s.status, s.what, s.how,
  s.target_groups as "targetGroups", s.age_categories as "ageCategories", s.life_domains as "lifeDomains", s.channels, s.languages,
  s.phone, s.phone_hours as "phoneHours", s.email, s.url, s.walk_in_hours as "walkInHours", s.home_visits as "homeVisits",
  s.free_of_charge as "freeOfCharge", s.municipality_codes as "municipalityCodes", s.keywords,
  json_build_object('id', o.id::text, 'name', o.name, 'kind', o.kind, 'website', o.website, 'phone', o.phone, 'email', o.email, 'staffing', o.staffing) as provider,
  coalesce((select json_agg(json_build_object('id', l.id::text, 'providerId', l.organisation_id::text, 'name', l.name, 'address', l.address,
      'postalCode', l.postal_code, 'city', l.city, 'municipalityCode', l.municipality_code, 'latitude', l.latitude, 'longitude', l.longitude,
      'accessibility', l.accessibility, 'accessibilityNotes', l.accessibility_notes, 'openingHours', l.opening_hours) order by l.name, l.id)
    from socialmap_service_locations sl join socialmap_locations l on l.id = sl.location_id where sl.service_id = s.id), '[]'::json) as locations
  from socialmap_services s join socialmap_organisations o on o.id = s.organisation_id`;

function toPublic(row: Row): PublicService {
  const { provider, locations, ...service } = row;
  const p = json<PublicService['provider']>(provider);
  const locs = json<(Location & { latitude: unknown; longitude: unknown })[]>(locations).map((l) => ({
    ...l,
    latitude: l.latitude === null ? null : Number(l.latitude),
    longitude: l.longitude === null ? null : Number(l.longitude),
  }));
  return { ...service, provider: p, providerName: p.name, locations: locs };
}

/** A search result: the service, why it matched, the first step to take and what it costs. */
export interface SearchResult extends PublicService {
  /** The resident's words or phrases it matched ("omdat u zocht naar …"); empty without a question. */
  matchedBecause: string[];
  firstStep: FirstStep | null;
  /** "Gratis" or "Niet gratis: vraag wat het kost". */
  cost: string;
  /**
   * Straight-line km from the centre of the resident's postcode (PC4) to the nearest location with
   * coordinates; null without a postcode, for an unknown postcode, or for a service without such a location.
   */
  distanceKm: number | null;
}

export interface SearchOutcome {
  results: SearchResult[];
  /** The municipality the place was understood as (name, variant or postcode), or the filter's. */
  municipalityCode: string | null;
  /** What the thesaurus understood, e.g. ["woningaanpassing"]. */
  understood: string[];
  /**
   * Set when nothing was found: a dead end never. The municipality's general desks (Wmo-loket, social
   * district team) and the advice to ask a question through the form.
   */
  fallback: { desks: SearchResult[]; askQuestion: true } | null;
}

let thesaurus: ThesaurusEntry[] | undefined;
/** The resident-words thesaurus, read once. */
export function residentThesaurus(): ThesaurusEntry[] {
  thesaurus ??= parseThesaurus(fs.readFileSync(path.join(projectRoot, 'data', 'socialmap', 'resident-thesaurus.csv'), 'utf8'));
  return thesaurus;
}

let postcodeAreas: { from: number; to: number; code: string }[] | undefined;
/** PC4 → municipality (data/socialmap/postcode-areas.csv). */
function municipalityOfPostcode(pc4: number): string | undefined {
  postcodeAreas ??= fs
    .readFileSync(path.join(projectRoot, 'data', 'socialmap', 'postcode-areas.csv'), 'utf8')
    .split(/\r?\n/)
    .filter((l) => /^\d{4};/.test(l))
    .map((l) => l.split(';'))
    .map(([from, to, code]) => ({ from: Number(from), to: Number(to), code: code! }));
  return postcodeAreas.find((a) => pc4 >= a.from && pc4 <= a.to)?.code;
}

let centroids: Map<string, LatLon> | undefined;
/** The centre of a PC4 area (data/socialmap/pc4-centroids.csv: GeoNames, CC BY 4.0), read once. */
function centreOfPostcode(pc4: string): LatLon | undefined {
  centroids ??= parseCentroids(fs.readFileSync(path.join(projectRoot, 'data', 'socialmap', 'pc4-centroids.csv'), 'utf8'));
  return centroids.get(pc4);
}

/** The municipality a resident means by a place: a postcode ("3583 AB", "3583") or a name or variant ("Den Bosch"). */
export async function placeToMunicipality(db: Database, place: string): Promise<string | undefined> {
  const postcode = /^\s*(\d{4})\s*([a-z]{2})?\s*$/i.exec(place);
  if (postcode) return municipalityOfPostcode(Number(postcode[1]));
  return (await resolveMunicipalities(db))(place.trim());
}

/**
 * Empty target groups, ages or domains mean "for everyone": such a service matches any filter on
 * them. A place is a municipality (by name, variant or postcode): services whose area covers it count,
 * also regional ones; a place that is no municipality matches a location's city.
 */
async function conditions(db: Database, filters: SearchFilters): Promise<{ where: SQL[]; municipalityCode: string | null }> {
  const where: SQL[] = [sql`s.status in ('active', 'temporarily closed')`];
  if (filters.municipalityCode) where.push(sql`s.municipality_codes @> ${textArray([filters.municipalityCode])}::text[]`);
  const anyOrEmpty = (column: SQL, value: string | undefined) => {
    if (value) where.push(sql`(cardinality(${column}) = 0 or ${column} @> ${textArray([value])}::text[])`);
  };
  anyOrEmpty(sql`s.age_categories`, filters.ageCategory);
  anyOrEmpty(sql`s.target_groups`, filters.targetGroup);
  anyOrEmpty(sql`s.life_domains`, filters.lifeDomain);
  if (filters.channel) where.push(sql`s.channels @> ${textArray([filters.channel])}::text[]`);
  const place = filters.place?.trim().toLowerCase();
  const placeCode = place ? await placeToMunicipality(db, place) : undefined;
  if (placeCode) where.push(sql`s.municipality_codes @> ${textArray([placeCode])}::text[]`);
  else if (place) {
    where.push(sql`exists (select 1 from socialmap_service_locations sl join socialmap_locations l on l.id = sl.location_id
        where sl.service_id = s.id and lower(l.city) = ${place})`);
  }
  return { where, municipalityCode: placeCode ?? filters.municipalityCode ?? null };
}

/** Typo fixes: each unknown word → the most similar word of the candidates' texts or the thesaurus (pg_trgm). */
async function corrections(db: Database, where: SQL[], question: string): Promise<Map<string, string>> {
  const unknown = correctable(question);
  if (unknown.length === 0) return new Map();
  const known = [...new Set(residentThesaurus().flatMap((e) => [...e.phrase, ...e.expands]).filter((w) => w.length >= 4))];
  const rows = await db.rows<{ word: string; best: string }>(sql`with vocab as materialized (
      select distinct w from socialmap_services s, regexp_split_to_table(s.search_text, ' ') w where ${sql.join(where, sql` and `)} and length(w) >= 4
      union select unnest(${textArray(known)}::text[]))
    select q.word, best.w as best from unnest(${textArray(unknown)}::text[]) q(word)
    cross join lateral (select v.w from vocab v where v.w % q.word and similarity(v.w, q.word) >= ${TYPO_SIMILARITY}::float8 order by similarity(v.w, q.word) desc, v.w limit 1) best
    where not exists (select 1 from vocab v where v.w = q.word)`);
  return new Map(rows.map((r) => [r.word, r.best]));
}

/**
 * Trigram similarity from which an unknown word counts as a typo of a known one: "shulden" → "schulden"
 * is 0.55, "eenzam" → "eenzaam" 0.67, while different words stay below ("rollator" / "rolstoel" 0.2).
 */
const TYPO_SIMILARITY = 0.45;
/** How much a match counts by where it is found (field weights A–D of search_document, and compound tails). */
const FIELD = { a: 1, b: 0.6, c: 0.4, d: 0.15, tailA: 0.7, tailOther: 0.3 } as const;
/** Added to a matching service that serves a target group the thesaurus recognised in the question (times how strongly). */
const GROUP_BOOST = 0.5;
/** Results scoring below this share of the best one are left out: a long tail of weak matches is noise. */
const RELATIVE_FLOOR = 0.2;

/**
 * Scores every candidate for the terms: per term the best field it matches (stem prefix, or a compound
 * tail), weighted by the term's weight and its rarity among the candidates (BM25's idf), summed.
 */
async function scores(db: Database, where: SQL[], terms: readonly SearchTerm[], groups: Analysis['groups']): Promise<Map<string, { score: number; matched: number[] }>> {
  const rows = await db.rows<{ id: string; score: number; matched: number[] }>(sql`with terms as materialized (
      select t.i, t.weight, t.word,
        case when length(t.word) >= 4 then t.word || ':*' else t.word end as head,
        (select reverse(x) || ':*' from unnest(tsvector_to_array(to_tsvector('dutch', t.word))) x where length(x) >= 4 limit 1) as tail
      from unnest(${textArray(terms.map((t) => t.word))}::text[], ${sql.array(terms.map((t) => t.weight))}::float8[]) with ordinality as t(word, weight, i)),
    queries as materialized (
      select t.i, t.weight, to_tsquery('dutch', t.head) as q, case when t.tail is not null then to_tsquery('simple', t.tail) end as tq from terms t),
    -- Only services that match some term are scored (GIN indexes); the idf below still counts all candidates.
    any_term as materialized (
      select to_tsquery('dutch', string_agg(head, ' | ')) as q, case when count(tail) > 0 then to_tsquery('simple', string_agg(tail, ' | ')) end as tq from terms),
    cand as materialized (
      select s.id, s.search_document as doc, ts_filter(s.search_document, '{a}') as da, ts_filter(s.search_document, '{b}') as db,
        ts_filter(s.search_document, '{c}') as dc, s.search_tails as tails, ts_filter(s.search_tails, '{a}') as ta, s.target_groups
      from socialmap_services s, any_term a where ${sql.join(where, sql` and `)} and (s.search_document @@ a.q or s.search_tails @@ a.tq)),
    hits as (
      select c.id, t.i, t.weight, greatest(
          case when c.da @@ t.q then ${FIELD.a}::float8 when c.db @@ t.q then ${FIELD.b}::float8 when c.dc @@ t.q then ${FIELD.c}::float8 when c.doc @@ t.q then ${FIELD.d}::float8 else 0 end,
          case when t.tq is null then 0 when c.ta @@ t.tq then ${FIELD.tailA}::float8 when c.tails @@ t.tq then ${FIELD.tailOther}::float8 else 0 end)::float8 as m
      from cand c cross join queries t),
    df as (select i, count(*) filter (where m > 0) as n from hits group by i),
    total as (select count(*) as n from socialmap_services s where ${sql.join(where, sql` and `)})
    select h.id::text as id,
      (sum(h.weight * h.m * ln(1 + (total.n - df.n + 0.5) / (df.n + 0.5)))
        + ${GROUP_BOOST}::float8 * coalesce((select max(g.weight) from unnest(${textArray(groups.map((g) => g.code))}::text[], ${sql.array(groups.map((g) => g.weight))}::float8[]) g(code, weight)
          where g.code = any(c.target_groups)), 0))::float8 as score,
      array_agg(h.i::int order by h.i) filter (where h.m > 0) as matched
    from hits h join df using (i) cross join total join cand c on c.id = h.id
    group by h.id, c.target_groups having sum(h.m) > 0`);
  return new Map(rows.map((r) => [r.id, { score: Number(r.score), matched: r.matched.map((i) => i - 1) }]));
}

const toResult = (service: PublicService, because: string[] = [], from?: LatLon): SearchResult => ({
  ...service,
  matchedBecause: because,
  firstStep: firstStep(service),
  cost: costText(service.freeOfCharge),
  distanceKm: from ? nearestKm(from, service.locations) : null,
});

/** The general desks of a municipality, for a search that found nothing. */
async function desks(db: Database, municipalityCode: string | null, from: LatLon | undefined): Promise<SearchResult[]> {
  if (!municipalityCode) return [];
  const rows = await db.rows<Row>(sql`${select} where s.status = 'active' and o.kind in ('wmo-loket', 'sociaal-wijkteam')
    and s.municipality_codes @> ${textArray([municipalityCode])}::text[] order by o.kind desc, s.name limit 3`);
  return rows.map(toPublic).map((s) => toResult(s, [], from));
}

/** The resident search with everything the front door shows: results, the place understood, and a way on when nothing matched. */
export async function searchSocialMap(db: Database, filters: SearchFilters): Promise<SearchOutcome> {
  const { where, municipalityCode } = await conditions(db, filters);
  const question = filters.question?.trim() ?? '';
  const pc4 = postcode4(filters.place);
  const from = pc4 ? centreOfPostcode(pc4) : undefined;
  const { terms, concepts, groups } = question ? analyse(question, residentThesaurus(), await corrections(db, where, question)) : { terms: [], concepts: [], groups: [] };
  let results: SearchResult[];
  if (!question) {
    const all = (await db.rows<Row>(sql`${select} where ${sql.join(where, sql` and `)} order by s.name`)).map(toPublic).map((s) => toResult(s, [], from));
    // Without a question all are equally relevant: with a postcode the nearest come first.
    results = from ? rankWithDistance(all.map((r) => ({ r, score: 0, distanceKm: r.distanceKm, name: r.name }))).map((x) => x.r) : all;
  } else if (terms.length === 0) {
    results = [];
  } else {
    const scored = await scores(db, where, terms, groups);
    const best = Math.max(0, ...[...scored.values()].map((x) => x.score));
    const keep = [...scored].filter(([, x]) => x.score >= best * RELATIVE_FLOOR);
    const rows = keep.length ? await db.rows<Row>(sql`${select} where s.id = any(${textArray(keep.map(([id]) => id))}::uuid[])`) : [];
    // Relevance first; distance only reorders near-ties (rankWithDistance, DISTANCE_TIE_BAND).
    results = rankWithDistance(
      rows
        .map(toPublic)
        .map((s) => ({ s, x: scored.get(s.id)! }))
        .map(({ s, x }) => ({ r: toResult(s, reasons(x.matched.map((i) => terms[i]!)), from), score: x.score, name: s.name }))
        .map((y) => ({ ...y, distanceKm: y.r.distanceKm })),
    ).map((y) => y.r);
  }
  return {
    results,
    municipalityCode,
    understood: [...new Set(concepts.map((c) => c.category))],
    fallback: results.length === 0 ? { desks: await desks(db, municipalityCode, from), askQuestion: true } : null,
  };
}

/**
 * Browsing without a question and without a postcode: every match is equally relevant and the order is
 * the name, so the database cuts the page (issue 23 §4: at national volume a municipality's map has a
 * hundred services or more, and reading all of them for a page of 20 grew with the map). Null when the
 * order needs every candidate (a question ranks, a postcode sorts by distance): use searchServices.
 */
export async function browseServicesPage(db: Database, filters: SearchFilters, page: number, pageSize: number): Promise<{ items: SearchResult[]; total: number } | null> {
  if (filters.question?.trim() || postcode4(filters.place)) return null;
  const { where } = await conditions(db, filters);
  const all = sql.join(where, sql` and `);
  const [count] = await db.rows<{ n: number }>(sql`select count(*)::int as n from socialmap_services s where ${all}`);
  const rows = await db.rows<Row>(sql`${select} where ${all} order by s.name, s.id limit ${pageSize} offset ${(page - 1) * pageSize}`);
  return { items: rows.map(toPublic).map((s) => toResult(s)), total: count?.n ?? 0 };
}

/** The ranked results only (the API and the staff pages). */
export async function searchServices(db: Database, filters: SearchFilters): Promise<SearchResult[]> {
  return (await searchSocialMap(db, filters)).results;
}

/** One service with provider and locations, for the detail page. */
export async function publicService(db: Database, id: string): Promise<PublicService> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw new SocialMapNotFoundError();
  const [row] = await db.rows<Row>(sql`${select} where s.id = ${id}::uuid`);
  if (!row) throw new SocialMapNotFoundError();
  return toPublic(row);
}
