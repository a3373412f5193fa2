import { sql } from '../../db/sql.ts';
import type { Database } from '../../db/client.ts';
import { coalesced } from '../freshness.ts';
import { summarizeActivities, summarizeActivitiesWithStamp, type ActivitySummary, type SummaryQuery } from './summary.ts';

/**
 * Summaries kept per database: least recently used goes first. One entry is a few kB (five short
 * lists); the keys are what dashboards ask (municipality × period × provider filter), so a few hundred
 * cover the hot ones without letting arbitrary periods grow the heap.
 */
export const MAX_CACHED_SUMMARIES = 500;

interface Entry {
  /**
   * The version the result belongs to: while it is computed, the version the request checked (so
   * concurrent requests share the computation); then the version read together with the data.
   */
  stamp: string;
  value: Promise<ActivitySummary>;
}

interface PerDatabase {
  /** The freshness check, coalesced over concurrent requests (services/freshness.ts). */
  stamp: () => Promise<string | null>;
  entries: Map<string, Entry>;
}

const perDatabase = new WeakMap<Database, PerDatabase>();

/**
 * The activity summary (summarizeActivities), reused while the activity data is unchanged (issue 23
 * goal 4: its cost grew with the rows one answer covers). The check is one primary-key row per batch
 * of concurrent requests (activitiesStamp); a summary is computed once per version and key, and
 * concurrent requests for the same key share that computation. The result is frozen: it is shared.
 */
export async function activitySummary(db: Database, q: SummaryQuery): Promise<ActivitySummary> {
  let state = perDatabase.get(db);
  if (!state) perDatabase.set(db, (state = { stamp: coalesced(() => activitiesStamp(db)), entries: new Map() }));
  const stamp = await state.stamp();
  // The row is missing only if someone emptied the table by hand: then nothing is reused.
  if (stamp === null) return deepFreeze(await summarizeActivities(db, q));
  const { entries } = state;
  const key = cacheKey(q);
  const hit = entries.get(key);
  entries.delete(key); // (re)inserted below: a Map iterates in insertion order, so the first key is the least recently used
  if (hit?.stamp === stamp) {
    entries.set(key, hit);
    return hit.value;
  }
  const entry: Entry = {
    stamp,
    value: summarizeActivitiesWithStamp(db, q).then(({ summary, stamp: dataStamp }) => {
      if (dataStamp === null) forget(entries, key, entry);
      else entry.stamp = dataStamp;
      return deepFreeze(summary);
    }),
  };
  entries.set(key, entry);
  if (entries.size > MAX_CACHED_SUMMARIES) entries.delete(entries.keys().next().value!);
  // A failed computation is not kept: the next request tries again.
  entry.value.catch(() => forget(entries, key, entry));
  return entry.value;
}

function forget(entries: Map<string, Entry>, key: string, entry: Entry): void {
  if (entries.get(key) === entry) entries.delete(key);
}

/**
 * The version of the activity data: triggers on provider_activity_imports and provider_activities
 * raise it in the same transaction as every insert, update, delete or truncate (migration 0032), so
 * this is one row however many activities there are.
 */
async function activitiesStamp(db: Database): Promise<string | null> {
  const [row] = await db.rows<{ stamp: string }>(sql`select version::text as stamp from activity_changes where id`);
  return row?.stamp ?? null;
}

/** Municipality, period and provider filter; the filter as a set (the query does not depend on its order). */
function cacheKey(q: SummaryQuery): string {
  return JSON.stringify([q.municipalityCode, q.from, q.to, q.providerCodes ? [...new Set(q.providerCodes)].sort() : null]);
}

function deepFreeze(s: ActivitySummary): ActivitySummary {
  for (const list of [s.byService, s.byTargetGroup, s.byAgeCategory, s.byLifeDomain, s.byDistrict]) {
    for (const line of list) Object.freeze(line);
    Object.freeze(list);
  }
  Object.freeze(s.totals);
  return Object.freeze(s);
}
