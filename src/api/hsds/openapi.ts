/**
 * The OpenAPI document of Naast's HSDS 3.0 API (`/hsds/v3/openapi.json`): Open Referral's own API
 * description (standards/hsds-3/openapi.json, CC BY-SA 4.0, see openapi.SOURCE.md there) with what an
 * implementation fills in — title, contact, licence, servers — plus what Naast adds: its error answers
 * (problem+json in Dutch; the specification defines none), conditional requests, the paging limits,
 * `postcode` on `/services`, and one correction (`/service_at_locations/{id}` answers a
 * service_at_location; the original points at the service schema). Path and parameter names are the
 * standard's, which is why this is a document of its own and not part of `/api/v1/openapi.json`
 * (whose names follow the NL API Design Rules).
 */
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../config.ts';
import { problemJsonSchema } from '../problem.ts';

export const HSDS_PREFIX = '/hsds/v3';
export const HSDS_VERSION = '3.0';
export const MAX_PER_PAGE = 500;
export const DEFAULT_PER_PAGE = 50;

const SPEC_FILE = path.join(projectRoot, 'standards', 'hsds-3', 'openapi.json');
const SCHEMA_BASE = 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/';

type Json = Record<string, any>;

const problemResponse = (description: string): Json => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

const NOT_MODIFIED: Json = { description: 'Niet gewijzigd sinds de ETag die met If-None-Match is meegestuurd.' };
const CACHE_HEADERS: Json = {
  ETag: { description: 'Versie van dit antwoord; stuur hem terug met If-None-Match.', schema: { type: 'string' } },
  'Cache-Control': { description: 'Openbaar en kort te bewaren.', schema: { type: 'string' } },
};

let cached: string | undefined;

/** The document as served (built once: it depends on nothing but the vendored file). */
export function hsdsOpenApiText(): string {
  cached ??= JSON.stringify(buildDocument(JSON.parse(fs.readFileSync(SPEC_FILE, 'utf8')) as Json));
  return cached;
}

function buildDocument(spec: Json): Json {
  const doc = structuredClone(spec);
  doc.info = {
    title: 'Naast — HSDS 3.0 API van de openbare sociale kaart',
    version: '1.0.0',
    summary: 'De openbare sociale kaart van elke gemeente volgens Open Referral HSDS 3.0 (alleen lezen).',
    description:
      'De leesroutes van de HSDS 3.0 API-specificatie van Open Referral, per gemeente: diensten, organisaties, diensten op locaties, ' +
      'taxonomieën en termen. Alleen wat inwoners van de gemeente ook in het openbare zoeken vinden: actieve of tijdelijk gesloten ' +
      'diensten met de gemeente in hun werkgebied, met hun organisaties en locaties. Openbaar, zonder inloggen; antwoorden hebben een ' +
      'ETag (If-None-Match geeft 304). Fouten zijn application/problem+json (RFC 9457) met een Nederlandse uitleg. ' +
      'Dit document is afgeleid van openapi.json van de HSDS 3.0-specificatie (Open Referral, CC BY-SA 4.0).',
    contact: { name: 'Naast', email: 'ontwikkelaars@naast.nl', url: 'https://naast.nl' },
    license: { name: 'CC BY-SA 4.0', identifier: 'CC-BY-SA-4.0' },
  };
  doc.servers = [
    {
      url: `${HSDS_PREFIX}/{gemeente}`,
      description: 'De openbare sociale kaart van één gemeente: {gemeente} is de code van de gemeente zoals elders in de API van Naast (bijvoorbeeld utrecht), of haar CBS-code (GM0344)',
      variables: { gemeente: { default: 'utrecht' } },
    },
  ];
  const params = doc.components.parameters as Json;
  params.page.schema = { type: 'integer', minimum: 1, default: 1 };
  params.per_page.schema = { type: 'integer', minimum: 1, maximum: MAX_PER_PAGE, default: DEFAULT_PER_PAGE };
  params.format.schema = { type: 'string', enum: ['json', 'ndjson'], default: 'json' };
  params.format.description += ' Naast: `ndjson` geeft alle resultaten (zonder pagina) als application/x-ndjson, één per regel.';
  params.postcode.description +=
    ' Naast: een Nederlandse postcode (3511 ED of 3511); alleen resultaten met een locatie in hetzelfde postcodegebied (de vier cijfers).';
  params.proximity.description += ' Naast: wordt (nog) niet ondersteund en geeft 400: Naast kent de middelpunten van postcodes niet.';
  params.modified_after.description += ' Naast: een datum-tijd volgens ISO 8601 met tijdzone.';
  params.minimal.description += ' Naast: geeft ook name en status, die het schema verplicht stelt.';
  params.search.description += ' Naast: met dezelfde woordherkenning en volgorde als het openbare zoeken van de sociale kaart.';
  doc.paths['/services'].get.parameters.push({ $ref: '#/components/parameters/postcode', description: 'Naast-toevoeging: alleen diensten met een locatie in dit postcodegebied (de vier cijfers van een Nederlandse postcode).' });
  doc.paths['/service_at_locations/{id}'].get.responses['200'].content['application/json'].schema = { $ref: `${SCHEMA_BASE}compiled/service_at_location.json` };
  doc.paths['/service_at_locations/{id}'].get.description += ' (Naast: het antwoord is een service_at_location met location en service; het origineel verwijst hier naar het schema van een service.)';
  for (const [route, item] of Object.entries(doc.paths as Record<string, Json>)) {
    const op = item.get as Json;
    const isList = route !== '/' && !route.endsWith('}');
    op.responses['200'].headers = CACHE_HEADERS;
    op.responses['304'] = NOT_MODIFIED;
    op.responses['404'] = problemResponse(route.endsWith('}') ? 'De gemeente bestaat niet, of dit staat niet op haar openbare sociale kaart.' : 'De gemeente bestaat niet.');
    if (isList) {
      op.responses['400'] = problemResponse('Een parameter klopt niet; invalidParams noemt ze allemaal.');
      op.responses['200'].content['application/x-ndjson'] = { schema: { type: 'string' } };
    }
  }
  doc.components.schemas.Problem = problemJsonSchema;
  return doc;
}
