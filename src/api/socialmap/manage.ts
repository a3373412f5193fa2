import { z } from 'zod';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppInstance } from '../types.ts';
import { API_PREFIX } from '../version.ts';
import {
  createLocation,
  createProvider,
  createService,
  deleteLocation,
  deleteProvider,
  deleteService,
  getLocation,
  getProvider,
  getService,
  loadMap,
  maintainerOf,
  newId,
  updateLocation,
  updateProvider,
  updateService,
} from '../../services/socialmap/store.ts';
import { publicService } from '../../services/socialmap/search.ts';
import { requiredVersion, versionOf } from './errors.ts';
import {
  ifMatchHeaders,
  LocationInput,
  locationIn,
  locationOut,
  LocationSchema,
  manage,
  ProviderInput,
  providerIn,
  providerOut,
  ProviderSchema,
  publicAccess,
  publicServiceOut,
  PublicServiceSchema,
  ServiceInput,
  serviceIn,
  serviceOut,
  ServiceSchema,
  tags,
} from './schemas.ts';
import { requirePublishable } from './publish-scope.ts';

const municipalityParams = z.object({ gemeenteCode: z.string().max(100).describe('Code van de gemeente, bijvoorbeeld utrecht') });
const providerParams = z.object({ aanbiederId: z.string().max(64).describe('Id van de aanbieder') });
const serviceParams = z.object({ dienstId: z.string().max(64).describe('Id van de dienst') });
const locationParams = z.object({ locatieId: z.string().max(64).describe('Id van de locatie') });
const deleted = { 204: z.null().describe('Verwijderd') };

/** The municipality that maintains the entry in the path; an unknown id maps to a scope nobody holds (uniform 404). */
const scopeBy = (app: AppInstance, kind: 'provider' | 'service' | 'location', param: string) => async (request: FastifyRequest) => ({
  kind: 'municipality' as const,
  code: (await maintainerOf(app.db, kind, (request.params as Record<string, string | undefined>)[param] ?? '')) ?? '',
});
const pathScope = (request: FastifyRequest) => ({ kind: 'municipality' as const, code: (request.params as { gemeenteCode?: string }).gemeenteCode ?? '' });

const etag = (reply: FastifyReply, version: number) => reply.header('ETag', `"${version}"`);

/** Managing a municipality's social map: providers, their services and locations (sociale-kaart:beheren). */
export async function manageRoutes(app: AppInstance): Promise<void> {
  const providerScope = scopeBy(app, 'provider', 'aanbiederId');
  const serviceScope = scopeBy(app, 'service', 'dienstId');
  const locationScope = scopeBy(app, 'location', 'locatieId');

  app.get(
    `${API_PREFIX}/sociale-kaart/gemeenten/:gemeenteCode/aanbieders`,
    {
      config: { access: manage, scope: pathScope },
      schema: { tags, operationId: 'listAanbieders', summary: 'De sociale kaart die de gemeente bijhoudt: aanbieders met hun diensten en locaties', params: municipalityParams, response: { 200: z.array(ProviderSchema) } },
    },
    async (request) => {
      const map = await loadMap(app.db, request.params.gemeenteCode);
      const v = (id: string) => map.versions.get(id) ?? 1;
      const links = new Map<string, string[]>();
      for (const sl of map.serviceLocations) links.set(sl.serviceId, [...(links.get(sl.serviceId) ?? []), sl.locationId]);
      return map.providers.map((p) => ({
        ...providerOut(p, v(p.id)),
        diensten: map.services.filter((s) => s.providerId === p.id).map((s) => serviceOut(s, v(s.id), links.get(s.id) ?? [])),
        locaties: map.locations.filter((l) => l.providerId === p.id).map((l) => locationOut(l, v(l.id))),
      }));
    },
  );

  app.post(
    `${API_PREFIX}/sociale-kaart/gemeenten/:gemeenteCode/aanbieders`,
    {
      config: { access: manage, scope: pathScope },
      schema: { tags, operationId: 'createAanbieder', summary: 'Een aanbieder toevoegen aan de sociale kaart van de gemeente', params: municipalityParams, body: ProviderInput, response: { 201: ProviderSchema } },
    },
    async (request, reply) => {
      await requirePublishable(app, request, 'body.relaties', request.body.relaties.map((r) => r.gemeenteCode));
      const created = await createProvider(app.db, providerIn(request.body, newId(), request.params.gemeenteCode));
      etag(reply, created.version).code(201);
      return providerOut(created.value, created.version);
    },
  );

  app.get(
    `${API_PREFIX}/sociale-kaart/aanbieders/:aanbiederId`,
    {
      config: { access: manage, scope: providerScope },
      schema: { tags, operationId: 'getAanbieder', summary: 'Eén aanbieder', params: providerParams, response: { 200: ProviderSchema } },
    },
    async (request, reply) => {
      const { value, version } = await getProvider(app.db, request.params.aanbiederId);
      etag(reply, version);
      return providerOut(value, version);
    },
  );

  app.put(
    `${API_PREFIX}/sociale-kaart/aanbieders/:aanbiederId`,
    {
      config: { access: manage, scope: providerScope },
      schema: { tags, operationId: 'putAanbieder', summary: 'Een aanbieder wijzigen (met If-Match)', params: providerParams, headers: ifMatchHeaders, body: ProviderInput, response: { 200: ProviderSchema } },
    },
    async (request, reply) => {
      const current = await getProvider(app.db, request.params.aanbiederId);
      const storedRelations = current.value.relations.map((r) => r.municipalityCode);
      await requirePublishable(app, request, 'body.relaties', request.body.relaties.map((r) => r.gemeenteCode), storedRelations);
      const next = providerIn(request.body, current.value.id, current.value.municipalityCode);
      const saved = await updateProvider(app.db, next, versionOf(request));
      etag(reply, saved.version);
      return providerOut(saved.value, saved.version);
    },
  );

  app.delete(
    `${API_PREFIX}/sociale-kaart/aanbieders/:aanbiederId`,
    {
      config: { access: manage, scope: providerScope },
      schema: { tags, operationId: 'deleteAanbieder', summary: 'Een aanbieder met al zijn diensten en locaties verwijderen (met If-Match)', params: providerParams, headers: ifMatchHeaders, response: deleted },
    },
    async (request, reply) => {
      await deleteProvider(app.db, request.params.aanbiederId, requiredVersion(request));
      return reply.code(204).send(null);
    },
  );

  app.post(
    `${API_PREFIX}/sociale-kaart/aanbieders/:aanbiederId/diensten`,
    {
      config: { access: manage, scope: providerScope },
      schema: { tags, operationId: 'createDienst', summary: 'Een dienst van de aanbieder toevoegen', params: providerParams, body: ServiceInput, response: { 201: ServiceSchema } },
    },
    async (request, reply) => {
      await requirePublishable(app, request, 'body.gemeenten', request.body.gemeenten);
      const provider = await getProvider(app.db, request.params.aanbiederId);
      const service = serviceIn(request.body, newId(), provider.value.id, provider.value.municipalityCode);
      const created = await createService(app.db, service, request.body.locatieIds);
      etag(reply, created.version).code(201);
      return serviceOut(created.value, created.version, request.body.locatieIds);
    },
  );

  app.get(
    `${API_PREFIX}/sociale-kaart/diensten/:dienstId`,
    {
      config: { access: publicAccess },
      schema: { tags, operationId: 'getDienst', summary: 'Eén dienst met aanbieder en locaties (openbaar)', params: serviceParams, response: { 200: PublicServiceSchema } },
    },
    async (request, reply) => {
      const service = await publicService(app.db, request.params.dienstId);
      const { version } = await getService(app.db, service.id);
      etag(reply, version);
      return publicServiceOut(service);
    },
  );

  app.put(
    `${API_PREFIX}/sociale-kaart/diensten/:dienstId`,
    {
      config: { access: manage, scope: serviceScope },
      schema: { tags, operationId: 'putDienst', summary: 'Een dienst wijzigen (met If-Match)', params: serviceParams, headers: ifMatchHeaders, body: ServiceInput, response: { 200: ServiceSchema } },
    },
    async (request, reply) => {
      const current = await getService(app.db, request.params.dienstId);
      await requirePublishable(app, request, 'body.gemeenten', request.body.gemeenten, current.value.municipalityCodes);
      const provider = await getProvider(app.db, current.value.providerId);
      const next = serviceIn(request.body, current.value.id, current.value.providerId, provider.value.municipalityCode);
      const saved = await updateService(app.db, next, request.body.locatieIds, versionOf(request));
      etag(reply, saved.version);
      return serviceOut(saved.value, saved.version, request.body.locatieIds);
    },
  );

  app.delete(
    `${API_PREFIX}/sociale-kaart/diensten/:dienstId`,
    {
      config: { access: manage, scope: serviceScope },
      schema: { tags, operationId: 'deleteDienst', summary: 'Een dienst verwijderen (met If-Match)', params: serviceParams, headers: ifMatchHeaders, response: deleted },
    },
    async (request, reply) => {
      await deleteService(app.db, request.params.dienstId, requiredVersion(request));
      return reply.code(204).send(null);
    },
  );

  app.post(
    `${API_PREFIX}/sociale-kaart/aanbieders/:aanbiederId/locaties`,
    {
      config: { access: manage, scope: providerScope },
      schema: { tags, operationId: 'createLocatie', summary: 'Een locatie van de aanbieder toevoegen', params: providerParams, body: LocationInput, response: { 201: LocationSchema } },
    },
    async (request, reply) => {
      await requirePublishable(app, request, 'body.gemeenteCode', request.body.gemeenteCode);
      const location = locationIn(request.body, newId(), request.params.aanbiederId);
      const created = await createLocation(app.db, location);
      etag(reply, created.version).code(201);
      return locationOut(created.value, created.version);
    },
  );

  app.get(
    `${API_PREFIX}/sociale-kaart/locaties/:locatieId`,
    {
      config: { access: manage, scope: locationScope },
      schema: { tags, operationId: 'getLocatie', summary: 'Eén locatie', params: locationParams, response: { 200: LocationSchema } },
    },
    async (request, reply) => {
      const { value, version } = await getLocation(app.db, request.params.locatieId);
      etag(reply, version);
      return locationOut(value, version);
    },
  );

  app.put(
    `${API_PREFIX}/sociale-kaart/locaties/:locatieId`,
    {
      config: { access: manage, scope: locationScope },
      schema: { tags, operationId: 'putLocatie', summary: 'Een locatie wijzigen (met If-Match)', params: locationParams, headers: ifMatchHeaders, body: LocationInput, response: { 200: LocationSchema } },
    },
    async (request, reply) => {
      const current = await getLocation(app.db, request.params.locatieId);
      await requirePublishable(app, request, 'body.gemeenteCode', request.body.gemeenteCode, [current.value.municipalityCode]);
      const saved = await updateLocation(app.db, locationIn(request.body, current.value.id, current.value.providerId), versionOf(request));
      etag(reply, saved.version);
      return locationOut(saved.value, saved.version);
    },
  );

  app.delete(
    `${API_PREFIX}/sociale-kaart/locaties/:locatieId`,
    {
      config: { access: manage, scope: locationScope },
      schema: { tags, operationId: 'deleteLocatie', summary: 'Een locatie verwijderen (met If-Match)', params: locationParams, headers: ifMatchHeaders, response: deleted },
    },
    async (request, reply) => {
      await deleteLocation(app.db, request.params.locatieId, requiredVersion(request));
      return reply.code(204).send(null);
    },
  );
}
