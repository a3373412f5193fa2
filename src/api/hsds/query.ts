/**
 * The HSDS 3.0 API's parameters, with the specification's names (standards/hsds-3/openapi.json,
 * components.parameters), validated with zod so that every wrong one is reported at once, in Dutch.
 */
import { z } from 'zod';
import { postcodeArea } from '../../domain/socialmap/public-hsds.ts';
import { DEFAULT_PER_PAGE, MAX_PER_PAGE } from './openapi.ts';

/** `true` or `false` as the specification's booleans are written in a query string (`z.coerce` would read "false" as true). */
const flag = z
  .enum(['true', 'false'], { message: 'Gebruik true of false.' })
  .transform((v) => v === 'true')
  .optional();
const id = z.string().trim().max(200).optional();

export const paging = {
  page: z.coerce.number({ message: 'Een paginanummer is een geheel getal vanaf 1.' }).int().min(1).default(1),
  per_page: z.coerce.number({ message: `Het aantal per pagina is een geheel getal van 1 tot en met ${MAX_PER_PAGE}.` }).int().min(1).max(MAX_PER_PAGE).default(DEFAULT_PER_PAGE),
  format: z.enum(['json', 'ndjson'], { message: 'Gebruik json of ndjson.' }).default('json'),
};

const search = z.string().trim().max(300).optional();
const postcode = z
  .string()
  .max(20)
  .refine((v) => postcodeArea(v) !== null, { message: 'Dit is geen Nederlandse postcode. Gebruik bijvoorbeeld 3511 ED of 3511.' })
  .optional();
const modifiedAfter = z.iso.datetime({ offset: true, message: 'Gebruik een datum en tijd met tijdzone, bijvoorbeeld 2026-01-31T09:00:00+01:00.' }).optional();
/** Naast does not know where a postcode's centre is, so a distance cannot be honoured: refused, not ignored. */
const proximity = z
  .custom<never>(() => false, { message: 'Zoeken binnen een afstand kan (nog) niet: Naast kent de middelpunten van postcodes niet. Laat proximity weg en zoek met postcode.' })
  .optional();

export const GemeenteParams = z.object({ gemeente: z.string().max(100) });
export const EntityParams = GemeenteParams.extend({ id: z.string().max(200) });

const serviceFilters = {
  search,
  taxonomy_term_id: id,
  taxonomy_id: id,
  organization_id: id,
  modified_after: modifiedAfter,
  full: flag,
};

export const ServicesQuery = z.object({ ...paging, ...serviceFilters, minimal: flag, postcode });
export const ServiceAtLocationsQuery = z.object({ ...paging, ...serviceFilters, postcode, proximity });
export const OrganizationsQuery = z.object({ ...paging, search, full: flag, full_service: flag });
export const OrganizationQuery = z.object({ full_service: flag });
export const TaxonomiesQuery = z.object({ ...paging, search });
export const TaxonomyTermsQuery = z.object({ ...paging, search, taxonomy_id: id, parent_id: id, top_only: flag });
