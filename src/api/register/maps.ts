import { z } from 'zod';
import type { AppInstance } from '../types.ts';
import { API_PREFIX } from '../version.ts';
import { BoundedCache, cachedBody, sendCachedBody, type CachedBody } from '../budget/cached-body.ts';
import { divisionMap } from '../../services/register/maps.ts';

const position = z.array(z.number()).min(2).max(2).describe('Lengtegraad, breedtegraad (WGS 84)');

const MapSchema = z
  .object({
    type: z.literal('FeatureCollection'),
    jaar: z.number().int().describe('De gemeentelijke indeling per 1 januari van dit jaar'),
    bron: z.string().describe('Herkomst en licentie van de grenzen (CBS, CC BY 4.0)'),
    features: z.array(
      z.object({
        type: z.literal('Feature'),
        properties: z.object({
          code: z.string().describe('CBS-gemeentecode (GMxxxx)'),
          naam: z.string(),
          gemeente: z.string().nullable().describe('Code van de gemeente in Naast (zoals in /gemeenten); null als het register haar niet kent'),
          jeugdregio: z.string().nullable().describe('Code van de jeugdregio'),
          jeugdregioNaam: z.string().nullable(),
        }),
        geometry: z.object({
          type: z.enum(['Polygon', 'MultiPolygon']),
          coordinates: z.array(z.array(z.union([position, z.array(position)]))).describe('GeoJSON-coördinaten (RFC 7946)'),
        }),
      }),
    ),
  })
  .meta({ id: 'GemeentenKaart' });

/** One body per division year: the boundaries and the register do not change while the server runs. */
const bodies = new WeakMap<object, BoundedCache<CachedBody>>();

export async function registerMapRoutes(app: AppInstance): Promise<void> {
  app.get(
    `${API_PREFIX}/gemeentelijke-indelingen/:jaar/kaart`,
    {
      config: { access: { public: true } },
      schema: {
        tags: ['Register'],
        operationId: 'getGemeentenKaart',
        summary: 'Gemeentegrenzen van een gemeentelijke indeling (GeoJSON), voor kaarten per gemeente of jeugdregio',
        description:
          'De grenzen van de gemeenten in de indeling van dit jaar (CBS, CC BY 4.0, vereenvoudigd voor een kaart van heel Nederland). ' +
          'Met ETag: stuur If-None-Match om 304 te krijgen als de kaart niet veranderd is.',
        params: z.object({ jaar: z.coerce.number().int().min(2013).max(2100).describe('Jaar van de indeling (2013 of 2014)') }),
        response: { 200: MapSchema },
      },
    },
    async (request, reply) => {
      let cache = bodies.get(app.db);
      if (!cache) bodies.set(app.db, (cache = new BoundedCache<CachedBody>(8)));
      const key = String(request.params.jaar);
      let body = cache.get(key);
      if (!body) {
        body = cachedBody(JSON.stringify(await divisionMap(app.db, request.params.jaar)));
        cache.set(key, body);
      }
      return sendCachedBody(request, reply, body);
    },
  );
}
