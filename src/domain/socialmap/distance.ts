/**
 * Distance for the resident search (issue 19 §2 "place … and distance"): how far a service's nearest
 * location is from the resident's postcode, and a ranking that uses it only to break near-ties.
 * Pure: the PC4 centres come in as text (data/socialmap/pc4-centroids.csv, GeoNames, CC BY 4.0;
 * data/socialmap/SOURCES.md).
 */

export interface LatLon {
  lat: number;
  lon: number;
}

/** Mean earth radius (IUGG), km: the usual radius for the haversine formula. */
const EARTH_RADIUS_KM = 6371.0088;

/** Straight-line (great-circle) distance in km by the haversine formula. */
export function haversineKm(a: LatLon, b: LatLon): number {
  const rad = (d: number) => (d * Math.PI) / 180;
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** `pc4;lat;lon` lines (comments start with #, the header is skipped) → PC4 → centre. */
export function parseCentroids(text: string): Map<string, LatLon> {
  const map = new Map<string, LatLon>();
  for (const line of text.split(/\r?\n/)) {
    const m = /^(\d{4});(-?\d+(?:\.\d+)?);(-?\d+(?:\.\d+)?)\s*$/.exec(line);
    if (m) map.set(m[1]!, { lat: Number(m[2]), lon: Number(m[3]) });
  }
  return map;
}

/** The PC4 of a place the resident typed as a postcode ("3583", "3583 AB", "3583ab"), else null. */
export function postcode4(place: string | undefined): string | null {
  return /^\s*(\d{4})\s*(?:[a-z]{2})?\s*$/i.exec(place ?? '')?.[1] ?? null;
}

/**
 * Km from the centre to the nearest of the locations that have coordinates, rounded to 0.1 km (the
 * centre of a PC4 area is no more precise than that); null when none has them (phone-only services).
 */
export function nearestKm(from: LatLon, locations: readonly { latitude: number | null; longitude: number | null }[]): number | null {
  let best: number | null = null;
  for (const l of locations) {
    if (l.latitude === null || l.longitude === null || !Number.isFinite(l.latitude) || !Number.isFinite(l.longitude)) continue;
    const km = haversineKm(from, { lat: l.latitude, lon: l.longitude });
    if (best === null || km < best) best = km;
  }
  return best === null ? null : Math.round(best * 10) / 10;
}

/**
 * Scores within this share of the best one count as equally relevant, and within such a band the
 * nearer service comes first. Small on purpose: relevance decides, distance only breaks near-ties
 * (a service that answers the question clearly better is never pushed down for being farther away).
 */
export const DISTANCE_TIE_BAND = 0.1;

export interface Ranked {
  score: number;
  distanceKm: number | null;
  name: string;
}

/**
 * Orders by score; runs of results whose scores lie within DISTANCE_TIE_BAND of the run's highest
 * score are ordered nearest first (no distance last), then by name. The bands are cut greedily from
 * the top, so a result can only move past others of (nearly) the same score, never past a clearly
 * better one.
 */
export function rankWithDistance<T extends Ranked>(items: readonly T[]): T[] {
  const byScore = [...items].sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, 'nl'));
  const out: T[] = [];
  let i = 0;
  while (i < byScore.length) {
    const top = byScore[i]!.score;
    let j = i;
    while (j < byScore.length && byScore[j]!.score >= top - Math.abs(top) * DISTANCE_TIE_BAND) j++;
    const band = byScore.slice(i, j).sort((a, b) => nearer(a, b) || b.score - a.score || a.name.localeCompare(b.name, 'nl'));
    out.push(...band);
    i = j;
  }
  return out;
}

function nearer(a: Ranked, b: Ranked): number {
  if (a.distanceKm === b.distanceKm) return 0;
  if (a.distanceKm === null) return 1;
  if (b.distanceKm === null) return -1;
  return a.distanceKm - b.distanceKm;
}
