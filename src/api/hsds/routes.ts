/**
 * The HSDS 3.0 read API of each municipality's public social map (issue 24 §4), at
 * `/hsds/v3/{gemeente}/…` with the specification's paths and parameter names. Public and read-only.
 * The routes are hidden from Naast's own OpenAPI document (their names are the standard's, not the
 * NL API Design Rules'); they are described by `/hsds/v3/openapi.json` instead (./openapi.ts).
 */
import type { FastifyRequest } from 'fastify';
import type { AppInstance } from '../types.ts';
import { NotFoundError } from '../../domain/errors.ts';
import {
  filterServiceAtLocations,
  filterServices,
  findById,
  fullOrganization,
  fullService,
  fullServiceAtLocation,
  listService,
  listServiceAtLocation,
  oneToOne,
  textMatches,
  type Entity,
  type PublicHsds,
} from '../../domain/socialmap/public-hsds.ts';
import { loadPublicHsds, resolveMunicipality, searchPublicServiceIds } from '../../services/socialmap/public-hsds.ts';
import { HSDS_PREFIX, HSDS_VERSION, hsdsOpenApiText } from './openapi.ts';
import { PROFILE_PATH, profileText } from './profile.ts';
import { EntityParams, GemeenteParams, OrganizationQuery, OrganizationsQuery, ServiceAtLocationsQuery, ServicesQuery, TaxonomiesQuery, TaxonomyTermsQuery } from './query.ts';
import { sendCacheable, sendJson, sendList } from './respond.ts';

const config = { access: { public: true as const } };

/** The entity with this id on the municipality's public map, or a 404 that says so in Dutch. */
function mustFind(entities: readonly Entity[], id: string, what: string, gemeente: string): Entity {
  const found = findById(entities, id);
  if (!found) throw new NotFoundError(`${what} "${id}" staat niet op de openbare sociale kaart van gemeente "${gemeente}".`);
  return found;
}

const minimalService = (s: Entity): Entity => ({ id: s.id, name: s.name, status: s.status, ...(s.last_modified === undefined ? {} : { last_modified: s.last_modified }) });

export async function hsdsApiRoutes(app: AppInstance): Promise<void> {
  /** The municipality's code and its public map. */
  const viewOf = async (gemeente: string): Promise<{ code: string; view: PublicHsds }> => {
    const code = await resolveMunicipality(app.db, gemeente);
    // The public social map may be a little stale: the read replica may serve it (issue 23 §5).
    return { code, view: await loadPublicHsds(app.readDb, code) };
  };

  app.get(`${HSDS_PREFIX}/openapi.json`, { config, schema: { hide: true } }, async (request, reply) =>
    sendCacheable(request, reply, hsdsOpenApiText(), 'application/json; charset=utf-8'),
  );

  app.get(PROFILE_PATH, { config, schema: { hide: true } }, async (request, reply) => sendCacheable(request, reply, profileText(), 'text/markdown; charset=utf-8'));

  const root = async (request: FastifyRequest<{ Params: { gemeente: string } }>, reply: Parameters<typeof sendJson>[1]) => {
    await resolveMunicipality(app.db, request.params.gemeente);
    const origin = `${request.protocol}://${request.host}`;
    return sendJson(request, reply, { version: HSDS_VERSION, profile: `${origin}${PROFILE_PATH}`, openapi_url: `${origin}${HSDS_PREFIX}/openapi.json` });
  };
  // The specification's root is "/" below the server URL; without the slash it answers the same.
  app.get(`${HSDS_PREFIX}/:gemeente/`, { config, schema: { hide: true, params: GemeenteParams } }, root);
  app.get(`${HSDS_PREFIX}/:gemeente`, { config, schema: { hide: true, params: GemeenteParams } }, root);

  app.get(`${HSDS_PREFIX}/:gemeente/services`, { config, schema: { hide: true, params: GemeenteParams, querystring: ServicesQuery } }, async (request, reply) => {
    const q = request.query;
    const { code, view } = await viewOf(request.params.gemeente);
    const ranked = q.search ? await searchPublicServiceIds(app.db, code, q.search) : undefined;
    const items = filterServices(view, { ranked, taxonomyTermId: q.taxonomy_term_id, taxonomyId: q.taxonomy_id, organizationId: q.organization_id, modifiedAfter: q.modified_after, postcode: q.postcode });
    return sendList(request, reply, items, q, q.minimal ? minimalService : q.full ? (s) => fullService(view, s) : (s) => listService(view, s));
  });

  app.get(`${HSDS_PREFIX}/:gemeente/services/:id`, { config, schema: { hide: true, params: EntityParams } }, async (request, reply) => {
    const { view } = await viewOf(request.params.gemeente);
    return sendJson(request, reply, fullService(view, mustFind(view.services, request.params.id, 'Dienst', request.params.gemeente)));
  });

  app.get(`${HSDS_PREFIX}/:gemeente/organizations`, { config, schema: { hide: true, params: GemeenteParams, querystring: OrganizationsQuery } }, async (request, reply) => {
    const q = request.query;
    const { view } = await viewOf(request.params.gemeente);
    const items = view.organizations.filter((o) => textMatches(q.search, [o.name, o.alternate_name, o.description]));
    return sendList(request, reply, items, q, q.full ? (o) => fullOrganization(view, o, q.full_service ? 'full' : 'basic') : oneToOne);
  });

  app.get(`${HSDS_PREFIX}/:gemeente/organizations/:id`, { config, schema: { hide: true, params: EntityParams, querystring: OrganizationQuery } }, async (request, reply) => {
    const { view } = await viewOf(request.params.gemeente);
    const organization = mustFind(view.organizations, request.params.id, 'Organisatie', request.params.gemeente);
    return sendJson(request, reply, fullOrganization(view, organization, request.query.full_service ? 'full' : 'basic'));
  });

  app.get(`${HSDS_PREFIX}/:gemeente/service_at_locations`, { config, schema: { hide: true, params: GemeenteParams, querystring: ServiceAtLocationsQuery } }, async (request, reply) => {
    const q = request.query;
    const { code, view } = await viewOf(request.params.gemeente);
    const ranked = q.search ? await searchPublicServiceIds(app.db, code, q.search) : undefined;
    const items = filterServiceAtLocations(view, { ranked, taxonomyTermId: q.taxonomy_term_id, taxonomyId: q.taxonomy_id, organizationId: q.organization_id, modifiedAfter: q.modified_after, postcode: q.postcode });
    return sendList(request, reply, items, q, q.full ? (sl) => fullServiceAtLocation(view, sl) : (sl) => listServiceAtLocation(view, sl));
  });

  app.get(`${HSDS_PREFIX}/:gemeente/service_at_locations/:id`, { config, schema: { hide: true, params: EntityParams } }, async (request, reply) => {
    const { view } = await viewOf(request.params.gemeente);
    return sendJson(request, reply, fullServiceAtLocation(view, mustFind(view.serviceAtLocations, request.params.id, 'Dienst op locatie', request.params.gemeente)));
  });

  app.get(`${HSDS_PREFIX}/:gemeente/taxonomies`, { config, schema: { hide: true, params: GemeenteParams, querystring: TaxonomiesQuery } }, async (request, reply) => {
    const q = request.query;
    const { view } = await viewOf(request.params.gemeente);
    return sendList(request, reply, view.taxonomies.filter((t) => textMatches(q.search, [t.name, t.description])), q, (t) => t);
  });

  app.get(`${HSDS_PREFIX}/:gemeente/taxonomies/:id`, { config, schema: { hide: true, params: EntityParams } }, async (request, reply) => {
    const { view } = await viewOf(request.params.gemeente);
    return sendJson(request, reply, mustFind(view.taxonomies, request.params.id, 'Taxonomie', request.params.gemeente));
  });

  app.get(`${HSDS_PREFIX}/:gemeente/taxonomy_terms`, { config, schema: { hide: true, params: GemeenteParams, querystring: TaxonomyTermsQuery } }, async (request, reply) => {
    const q = request.query;
    const { view } = await viewOf(request.params.gemeente);
    const same = (a: unknown, b: string) => typeof a === 'string' && a.toLowerCase() === b.toLowerCase();
    const items = view.taxonomyTerms.filter(
      (t) =>
        (!q.taxonomy_id || same(t.taxonomy_id, q.taxonomy_id)) &&
        (!q.parent_id || same(t.parent_id, q.parent_id)) &&
        // top_only: the terms at the top of their taxonomy, without a parent.
        (!q.top_only || !t.parent_id) &&
        textMatches(q.search, [t.name, t.code, t.description]),
    );
    return sendList(request, reply, items, q, (t) => t);
  });

  app.get(`${HSDS_PREFIX}/:gemeente/taxonomy_terms/:id`, { config, schema: { hide: true, params: EntityParams } }, async (request, reply) => {
    const { view } = await viewOf(request.params.gemeente);
    return sendJson(request, reply, mustFind(view.taxonomyTerms, request.params.id, 'Term', request.params.gemeente));
  });
}
