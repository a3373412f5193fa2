import { z } from 'zod';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppInstance } from '../types.ts';
import { API_PREFIX } from '../version.ts';
import { ProblemError } from '../problem.ts';
import { mayActFor } from '../plugins/auth.ts';
import { sendDownload, SPREADSHEET_BODY_LIMIT, SPREADSHEET_UPLOAD, spreadsheetBody } from '../tabular.ts';
import { exportHsdsPackage, importHsds, importHsdsFiles, type ImportResult, type Tally } from '../../services/socialmap/hsds.ts';
import { isZip, unzip, type UploadedFile } from '../../services/socialmap/hsds-files.ts';
import { dispositionHeader } from '../download.ts';
import { importServicesTable, servicesTable } from '../../services/socialmap/table.ts';
import { createFaq, deleteFaq, getFaq, listFaq, updateFaq } from '../../services/socialmap/faq.ts';
import { knownMunicipalities, maintainerOf } from '../../services/socialmap/store.ts';
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

const TallySchema = z.object({
  nieuw: z.array(z.string()).describe('Ids die erbij komen'),
  gewijzigd: z.array(z.string()).describe('Ids die veranderen'),
  verwijderd: z.array(z.string()).describe('Ids die verdwijnen (alleen bij een volledige kaart, bundel of datapakket)'),
  ongewijzigd: z.number().int().describe('Aantal dat gelijk blijft'),
});
const ImportResult = z
  .object({
    aanbieders: z.number().int(),
    diensten: z.number().int(),
    locaties: z.number().int(),
    vorm: z.string().describe('De herkende HSDS-vorm: dienst, organisatie, dienstLocatie, locatie, lijst, kaart, tabellen of datapakket'),
    toegepast: z.boolean().describe('false bij een proefrun: er is niets gewijzigd'),
    voorvertoning: z.object({ organisaties: TallySchema, diensten: TallySchema, locaties: TallySchema, dienstLocaties: TallySchema, overigeRecords: TallySchema }),
    leegGelaten: z.array(z.object({ pad: z.string(), melding: z.string() })).describe('Ongeldige waarden die leeg zijn gelaten (ongeldigeWaarden=leeglaten)'),
    opmerkingen: z.array(z.string()),
  })
  .meta({ id: 'HsdsImportResultaat' });

const tally = (t: Tally) => ({ nieuw: t.nieuw, gewijzigd: t.gewijzigd, verwijderd: t.verwijderd, ongewijzigd: t.ongewijzigd.length });
const importOut = (r: ImportResult): z.output<typeof ImportResult> => ({
  aanbieders: r.providers,
  diensten: r.services,
  locaties: r.locations,
  vorm: r.shape,
  toegepast: r.applied,
  voorvertoning: {
    organisaties: tally(r.preview.organizations),
    diensten: tally(r.preview.services),
    locaties: tally(r.preview.locations),
    dienstLocaties: tally(r.preview.service_at_locations),
    overigeRecords: tally(r.preview.records),
  },
  leegGelaten: r.leftEmpty.map((i) => ({ pad: i.path, melding: i.message })),
  opmerkingen: r.notes,
});

const importQuery = municipalityQuery.extend({
  proefrun: z.enum(['true', 'false']).default('false').describe('true: alleen laten zien wat er zou veranderen (nieuw, gewijzigd, verwijderd, ongewijzigd); er wordt niets opgeslagen'),
  ongeldigeWaarden: z
    .enum(['stoppen', 'leeglaten'])
    .default('stoppen')
    .describe('stoppen: bij een ongeldige waarde niets inlezen en alle problemen melden; leeglaten: de rest inlezen, die velden leeg (ze staan in leegGelaten)'),
});

/** CSV files sent as JSON: `{ "services.csv": "id,name\n…" }` (file name → text). */
function filesOf(body: unknown): UploadedFile[] | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const entries = Object.entries(body);
  if (entries.length === 0 || !entries.every(([name, v]) => typeof v === 'string' && /\.(csv|json)$/i.test(name))) return undefined;
  return entries.map(([name, v]) => ({ name, content: Buffer.from(v as string, 'utf8') }));
}
const TableResult = z.object({ toegevoegd: z.number().int(), gewijzigd: z.number().int() }).meta({ id: 'DienstenImportResultaat' });

export async function exchangeRoutes(app: AppInstance): Promise<void> {
  // The HSDS data package as a zip upload; only in this plugin (JSON stays JSON everywhere).
  app.addContentTypeParser('application/zip', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
  app.post(
    `${API_PREFIX}/sociale-kaart/hsds/import`,
    {
      config: { access: manage, upload: ['application/json', 'application/zip'] },
      bodyLimit: SPREADSHEET_BODY_LIMIT,
      schema: {
        tags,
        operationId: 'importHsds',
        summary: 'HSDS 3.0-gegevens inlezen in elke vorm van de standaard, in één transactie (alles of niets), idempotent op id',
        description:
          'JSON: één service-, organization- of service_at_location-document, een lijstpagina (contents), een bundel tabellen (zoals tabular.json), ' +
          'Naasts eigen export, of CSV-bestanden als {"services.csv": "tekst", …}. Of een zip (application/zip) met datapackage.json en de CSV-bestanden. ' +
          'Een volledige kaart, bundel of datapakket vervangt de kaart van de gemeente; een document of lijstpagina voegt toe en wijzigt. ' +
          'Elke fout staat in invalidParams met het JSON-pad (bijvoorbeeld $.services[3].attributes[1].taxonomy_term_id). Profiel: docs/hsds-profile-nl.md.',
        querystring: importQuery,
        response: { 200: ImportResult },
      },
    },
    async (request) => {
      const code = await targetMunicipality(app, request);
      const options = { dryRun: request.query.proefrun === 'true', invalid: request.query.ongeldigeWaarden };
      const scope = await publishScope(app, request);
      if (Buffer.isBuffer(request.body)) {
        if (!isZip(request.body)) throw new ProblemError(415, 'Stuur HSDS als JSON, of het datapakket als zip (Content-Type application/zip).');
        const files = await unzip(request.body).catch((err: Error) => {
          throw new ProblemError(400, err.message);
        });
        return importOut(await importHsdsFiles(app.db, code, files, scope, options));
      }
      const files = filesOf(request.body);
      return importOut(files ? await importHsdsFiles(app.db, code, files, scope, options) : await importHsds(app.db, code, request.body, scope, options));
    },
  );

  app.get(
    `${API_PREFIX}/sociale-kaart/hsds/datapakket`,
    {
      config: { access: publicAccess, formatTypes: { zip: 'application/zip' } },
      schema: {
        tags,
        operationId: 'exportHsdsDatapakket',
        summary: 'De sociale kaart van een gemeente als HSDS 3.0-datapakket: een zip met datapackage.json en één CSV-bestand per tabel',
        querystring: z.object({ gemeenteCode: z.string().max(100), formaat: z.enum(['zip']).default('zip').describe('Altijd zip (Frictionless tabular data package)') }),
        response: { 200: z.string().describe('zip') },
      },
    },
    async (request, reply) => {
      const { gemeenteCode } = request.query;
      if (!(await knownMunicipalities(app.db)).has(gemeenteCode)) throw new NotFoundError(`Gemeente "${gemeenteCode}" bestaat niet.`);
      const zip = await exportHsdsPackage(app.db, gemeenteCode);
      return (reply as FastifyReply).type('application/zip').header('content-disposition', dispositionHeader(`sociale-kaart-${gemeenteCode}.hsds.zip`)).send(zip);
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
