import fs from 'node:fs';
import path from 'node:path';
import { referenceDir } from '../../db/reference/csv-files.ts';
import { listMunicipalities } from '../../db/register/queries.ts';
import type { Database } from '../../db/client.ts';
import { NotFoundError } from '../../domain/errors.ts';

/**
 * Municipal boundaries per division year (CBS generalised "gemeente" layer, CC BY 4.0; simplified by
 * scripts/build-maps.ts, sources in data/reference/SOURCES.md §6). A map is only offered for a division
 * whose figures it belongs to: the 2013 figures (Bijlage 5, 408 municipalities) on the 2013 boundaries,
 * the 2014 figures (403 municipalities after the herindeling) on the 2014 boundaries.
 */
export type Position = [number, number];
export type Geometry = { type: 'Polygon'; coordinates: Position[][] } | { type: 'MultiPolygon'; coordinates: Position[][][] };

export interface MapFeature {
  type: 'Feature';
  /** `code` is the CBS code; `gemeente` the municipality's code in Naast, `jeugdregio` its youth region. */
  properties: { code: string; naam: string; gemeente: string | null; jeugdregio: string | null; jeugdregioNaam: string | null };
  geometry: Geometry;
}

export interface DivisionMap {
  type: 'FeatureCollection';
  jaar: number;
  bron: string;
  features: MapFeature[];
}

export const MAP_SOURCE =
  'CBS/Kadaster, Gebiedsindelingen (cbs_gemeente_<jaar>_gegeneraliseerd), CC BY 4.0; via PDOK en edwindj/nl_maps; vereenvoudigd door Naast';

interface RawFeature {
  properties: { code: string; naam: string };
  geometry: Geometry;
}

const rawCache = new Map<number, RawFeature[] | null>();

/** The boundary file of a year, read once; null when Naast has no map of that year. */
export function boundaryFeatures(year: number): RawFeature[] | null {
  if (!rawCache.has(year)) {
    const file = path.join(referenceDir, 'maps', `gemeenten-${year}.geojson`);
    rawCache.set(year, fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as { features: RawFeature[] }).features : null);
  }
  return rawCache.get(year)!;
}

/** Years with a boundary file (for the division selector). */
export function mapYears(): number[] {
  const dir = path.join(referenceDir, 'maps');
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .map((f) => /^gemeenten-(\d{4})\.geojson$/.exec(f)?.[1])
    .filter((y): y is string => Boolean(y))
    .map(Number)
    .sort();
}

/**
 * The map of a division: every boundary feature joined to the register by CBS code, so figures keyed
 * by Naast's municipality code (or by youth region) can be drawn on it.
 */
export async function divisionMap(db: Database, year: number): Promise<DivisionMap> {
  const features = boundaryFeatures(year);
  if (!features) throw new NotFoundError(`Er is geen kaart van de gemeentelijke indeling ${year}. Kaarten zijn er voor: ${mapYears().join(', ') || 'geen jaar'}.`);
  const members = await listMunicipalities(db, { divisionYear: year });
  const byCbs = new Map(members.filter((m) => m.cbsCode).map((m) => [m.cbsCode!, m]));
  return {
    type: 'FeatureCollection',
    jaar: year,
    bron: MAP_SOURCE.replace('<jaar>', String(year)),
    features: features.map((f) => {
      const member = byCbs.get(f.properties.code);
      return {
        type: 'Feature',
        properties: {
          code: f.properties.code,
          naam: member?.name ?? f.properties.naam,
          gemeente: member?.code ?? null,
          jeugdregio: member?.youthRegionCode ?? null,
          jeugdregioNaam: member?.youthRegionName ?? null,
        },
        geometry: f.geometry,
      };
    }),
  };
}
