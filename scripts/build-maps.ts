/**
 * Builds data/reference/maps/gemeenten-<jaar>.geojson from a CBS generalised municipal boundary layer
 * (GeoJSON, WGS84, properties statcode/statnaam), as published by CBS/PDOK under CC BY 4.0 and mirrored
 * by edwindj/nl_maps (see data/reference/SOURCES.md §6).
 *
 * Usage: npx tsx scripts/build-maps.ts <source.geojson> <year> [tolerance-degrees]
 *
 * Why simplify again: the national maps are drawn at ~500 px; a point every ~100 m is far finer than a
 * pixel. Douglas–Peucker per ring (ends kept, rings of fewer than 4 points after simplification keep
 * their original points) and coordinates rounded to 4 decimals (≈ 7–11 m) keep every file < 300 KB.
 * Shared borders may diverge by at most the tolerance; at national scale that is invisible.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';

type Point = [number, number];
type Ring = Point[];

function perpendicularDistance(p: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const length = Math.hypot(dx, dy);
  if (length === 0) return Math.hypot(p[0] - a[0], p[1] - a[1]);
  return Math.abs(dy * p[0] - dx * p[1] + b[0] * a[1] - b[1] * a[0]) / length;
}

export function douglasPeucker(points: Ring, tolerance: number): Ring {
  if (points.length < 3) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [start, end] = stack.pop()!;
    let maxDistance = 0;
    let index = -1;
    for (let i = start + 1; i < end; i++) {
      const d = perpendicularDistance(points[i]!, points[start]!, points[end]!);
      if (d > maxDistance) {
        maxDistance = d;
        index = i;
      }
    }
    if (index >= 0 && maxDistance > tolerance) {
      keep[index] = 1;
      stack.push([start, index], [index, end]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

const round = (p: Point): Point => [Math.round(p[0] * 1e4) / 1e4, Math.round(p[1] * 1e4) / 1e4];

function simplifyRing(ring: Ring, tolerance: number): Ring {
  const simplified = douglasPeucker(ring, tolerance).map(round);
  return simplified.length >= 4 ? simplified : ring.map(round);
}

interface Feature {
  type: 'Feature';
  properties: Record<string, unknown>;
  geometry: { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };
}

function main(): void {
  const [source, yearText, toleranceText] = process.argv.slice(2);
  if (!source || !yearText) throw new Error('gebruik: build-maps.ts <bron.geojson> <jaar> [tolerantie]');
  const tolerance = Number(toleranceText ?? '0.002');
  const input = JSON.parse(readFileSync(source, 'utf8')) as { features: Feature[] };
  const features = input.features
    .map((f) => ({
      type: 'Feature' as const,
      properties: { code: String(f.properties.statcode), naam: String(f.properties.statnaam) },
      geometry:
        f.geometry.type === 'Polygon'
          ? { type: 'Polygon' as const, coordinates: f.geometry.coordinates.map((r) => simplifyRing(r, tolerance)) }
          : { type: 'MultiPolygon' as const, coordinates: f.geometry.coordinates.map((poly) => poly.map((r) => simplifyRing(r, tolerance))) },
    }))
    .sort((a, b) => a.properties.code.localeCompare(b.properties.code));
  mkdirSync('data/reference/maps', { recursive: true });
  const out = `data/reference/maps/gemeenten-${yearText}.geojson`;
  const text = JSON.stringify({ type: 'FeatureCollection', jaar: Number(yearText), features });
  writeFileSync(out, text + '\n');
  console.log(`${out}: ${features.length} gemeenten, ${(text.length / 1024).toFixed(0)} KB`);
}

main();
