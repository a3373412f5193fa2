import { z } from 'zod';
import type { FastifyRequest } from 'fastify';
import type { AppInstance } from '../types.ts';
import { API_PREFIX } from '../version.ts';
import { ProblemError } from '../problem.ts';
import { mayActFor } from '../plugins/auth.ts';
import { sendDownload, SPREADSHEET_BODY_LIMIT, SPREADSHEET_UPLOAD, spreadsheetBody } from '../tabular.ts';
import { importHsds } from '../../services/socialmap/hsds.ts';
import { importServicesTable, servicesTable } from '../../services/socialmap/table.ts';
import { createFaq, deleteFaq, getFaq, listFaq, updateFaq } from '../../services/socialmap/faq.ts';
import { maintainerOf } from '../../services/socialmap/store.ts';
import { ROLE_DEFINITIONS } from '../../domain/access/roles.ts';
import { requiredVersion, versionOf } from './errors.ts';
import { faqIn, FaqInput, faqOut, FaqSchema, ifMatchHeaders, manage, publicAccess, tags } from './schemas.ts';
import { publishScope } from './publish-scope.ts';
import { NotFoundError } from '../../domain/errors.ts';

const municipalityQuery = z.object({ gemeenteCode: z.string().max(100).optional().describe('Nodig als u voor meer dan één gemeente werkt') });

/**
 * The municipality an import is for: the query's, or the only one the caller manages. A municipality
 * the caller does not manage gets the uniform 404, as if it did not exist.
 */
async function targetMunicipality(app: AppInstance, request: FastifyRequest): Promise<string> {
  const own = [
    ...new Set(
      (request.principal?.grants ?? [])
        .filter((g) => g.organisation.kind === 'gemeente' && ROLE_DEFINITIONS[g.role].permissions.includes('sociale-kaart:beheren'))
        .map((g) => g.organisation.code),
    ),
  ];
  const code = (request.query as { gemeenteCode?: string }).gemeenteCode ?? (own.length === 1 ? own[0] : undefined);
  if (!code) {
    const reason = 'Geef de gemeente op waarvan u de sociale kaart inleest.';
    throw new ProblemError(400, reason, { invalidParams: [{ name: 'query.gemeenteCode', code: 'required', reason }] });
  }
  if (!(await mayActFor(app, request, 'sociale-kaart:beheren', code))) throw new NotFoundError('Niet gevonden.');
  return code;
}

const ImportResult = z.object({ aanbieders: z.number().int(), diensten: z.number().int(), locaties: z.number().int() }).meta({ id: 'HsdsImportResultaat' });
const TableResult = z.object({ toegevoegd: z.number().int(), gewijzigd: z.number().int() }).meta({ id: 'DienstenImportResultaat' });

export async function exchangeRoutes(app: AppInstance): Promise<void> {
  app.post(
    `${API_PREFIX}/sociale-kaart/hsds/import`,
    {
      config: { access: manage },
      bodyLimit: SPREADSHEET_BODY_LIMIT,
      schema: {
        tags,
        operationId: 'importHsds',
        summary: 'Een HSDS 3.0-document (JSON) inlezen: vervangt de hele sociale kaart die de gemeente bijhoudt, alles of niets',
        description: 'Elke fout staat in invalidParams met het JSON-pad in het document (bijvoorbeeld $.services[3].attributes[1].taxonomy_term_id). Bij één fout wordt niets gewijzigd.',
        querystring: municipalityQuery,
        body: z.record(z.string(), z.unknown()).describe('HSDS-document zoals GET /sociale-kaart/hsds het geeft'),
        response: { 200: ImportResult },
      },
    },
    async (request) => {
      const code = await targetMunicipality(app, request);
      const result = await importHsds(app.db, code, request.body, await publishScope(app, request));
      return { aanbieders: result.providers, diensten: result.services, locaties: result.locations };
    },
  );

  app.get(
    `${API_PREFIX}/sociale-kaart/diensten/export`,
    {
      config: { access: publicAccess },
      schema: {
        tags,
        operationId: 'exportDiensten',
        summary: 'De diensten van de sociale kaart van een gemeente als CSV (puntkomma, UTF-8 met BOM) of XLSX',
        querystring: z.object({ gemeenteCode: z.string().max(100), formaat: z.enum(['csv', 'xlsx']).default('csv') }),
        response: { 200: z.string().describe('CSV of XLSX') },
      },
    },
    async (request, reply) => {
      const table = await servicesTable(app.db, request.query.gemeenteCode);
      return sendDownload(reply, request.query.formaat, { fileName: `diensten-${request.query.gemeenteCode}`, ...table });
    },
  );

  app.post(
    `${API_PREFIX}/sociale-kaart/diensten/import`,
    {
      config: { access: manage, upload: SPREADSHEET_UPLOAD },
      bodyLimit: SPREADSHEET_BODY_LIMIT,
      schema: {
        tags,
        operationId: 'importDiensten',
        summary: 'Diensten inlezen uit CSV (; of ,) of XLSX met de kolommen van de export: toevoegen (lege dienst_id) en wijzigen, alles of niets',
        description: 'Stuur het bestand als body met Content-Type text/csv of het XLSX-type. Elke fout staat met rij en kolom in invalidParams.',
        querystring: municipalityQuery,
        response: { 200: TableResult },
      },
    },
    async (request) => {
      const code = await targetMunicipality(app, request);
      const result = await importServicesTable(app.db, code, spreadsheetBody(request.body), '', await publishScope(app, request));
      return { toegevoegd: result.added, gewijzigd: result.changed };
    },
  );

  // ------------------------------------------------------------------------------------------ FAQ

  const faqParams = z.object({ faqId: z.string().max(64).describe('Id van de veelgestelde vraag') });
  const municipalityParams = z.object({ gemeenteCode: z.string().max(100) });
  const pathScope = (request: FastifyRequest) => ({ kind: 'municipality' as const, code: (request.params as { gemeenteCode?: string }).gemeenteCode ?? '' });
  const faqScope = async (request: FastifyRequest) => ({ kind: 'municipality' as const, code: (await maintainerOf(app.db, 'faq', (request.params as { faqId?: string }).faqId ?? '')) ?? '' });

  app.get(
    `${API_PREFIX}/sociale-kaart/gemeenten/:gemeenteCode/veelgestelde-vragen`,
    {
      config: { access: manage, scope: pathScope },
      schema: { tags, operationId: 'listVeelgesteldeVragenBeheer', summary: 'Alle veelgestelde vragen van de gemeente, ook niet gepubliceerde', params: municipalityParams, response: { 200: z.array(FaqSchema) } },
    },
    async (request) => (await listFaq(app.db, request.params.gemeenteCode, false)).map(faqOut),
  );

  app.post(
    `${API_PREFIX}/sociale-kaart/gemeenten/:gemeenteCode/veelgestelde-vragen`,
    {
      config: { access: manage, scope: pathScope },
      schema: { tags, operationId: 'createVeelgesteldeVraag', summary: 'Een veelgestelde vraag toevoegen', params: municipalityParams, body: FaqInput, response: { 201: FaqSchema } },
    },
    async (request, reply) => {
      const created = await createFaq(app.db, request.params.gemeenteCode, faqIn(request.body));
      reply.code(201).header('ETag', `"${created.version}"`);
      return faqOut(created);
    },
  );

  app.put(
    `${API_PREFIX}/sociale-kaart/veelgestelde-vragen/:faqId`,
    {
      config: { access: manage, scope: faqScope },
      schema: { tags, operationId: 'putVeelgesteldeVraag', summary: 'Een veelgestelde vraag wijzigen (met If-Match)', params: faqParams, headers: ifMatchHeaders, body: FaqInput, response: { 200: FaqSchema } },
    },
    async (request, reply) => {
      const saved = await updateFaq(app.db, request.params.faqId, faqIn(request.body), versionOf(request));
      reply.header('ETag', `"${saved.version}"`);
      return faqOut(saved);
    },
  );

  app.delete(
    `${API_PREFIX}/sociale-kaart/veelgestelde-vragen/:faqId`,
    {
      config: { access: manage, scope: faqScope },
      schema: { tags, operationId: 'deleteVeelgesteldeVraag', summary: 'Een veelgestelde vraag verwijderen (met If-Match)', params: faqParams, headers: ifMatchHeaders, response: { 204: z.null().describe('Verwijderd') } },
    },
    async (request, reply) => {
      await getFaq(app.db, request.params.faqId);
      await deleteFaq(app.db, request.params.faqId, requiredVersion(request));
      return reply.code(204).send(null);
    },
  );
}
