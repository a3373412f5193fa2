import { z } from 'zod';
import type { FastifyRequest } from 'fastify';
import type { AppInstance } from '../types.ts';
import { API_PREFIX } from '../version.ts';
import { ProblemError } from '../problem.ts';
import { mayActFor } from '../plugins/auth.ts';
import { SPREADSHEET_BODY_LIMIT, SPREADSHEET_UPLOAD } from '../tabular.ts';
import { primaryAllocation } from '../../services/budget/primary.ts';
import { importCounts, importUsage } from '../../services/budget/counts-import.ts';
import { resolveMunicipalities } from '../../services/register/municipality-resolver.ts';
import { parseTable } from '../../services/tabular/import.ts';
import { ForbiddenError } from '../../domain/errors.ts';
import { toDecimal, type FigureComparison } from '../../domain/budget/index.ts';
import { FigureProvenance, MunicipalityRef, municipalityRef, yearQuery } from './schemas.ts';

const tags = ['Budget'];
const budgetYear = z.coerce.number().int().min(2000).max(2100);

const Comparison = z
  .object({
    gepubliceerdCent: z.number().int(),
    verschilCent: z.number().int().describe('Berekend − gepubliceerd'),
    reden: z.enum(['afronding', 'inwoners-ontbreken', 'invoer']).nullable().describe('Waarom het bedrag afwijkt; null als het gelijk is'),
    uitleg: z.string(),
  })
  .meta({ id: 'VergelijkingGepubliceerd' });

const reasonName = { rounding: 'afronding', 'inhabitants-stand-in': 'inwoners-ontbreken', inputs: 'invoer' } as const;
const comparison = (c: FigureComparison) => ({
  gepubliceerdCent: c.publishedCents,
  verschilCent: c.differenceCents,
  reden: c.reason ? reasonName[c.reason] : null,
  uitleg: c.explanation,
});

const PrimaryRow = z
  .object({
    gemeente: MunicipalityRef,
    inwoners: z.number().int().nullable().describe('Inwoners op de peildatum (CBS); null als ze ontbreken'),
    inwonersBron: z.string().nullable(),
    inwonersBasis: z.enum(['aantallen', 'ivh-kolom']).describe('ivh-kolom: de inwonertallen ontbreken en het inwonersaandeel komt uit de IVH-kolom van de gepubliceerde tabel'),
    inwonersaandeel: z.string(),
    clienten: z.number().int().describe('MEE-cliënten in het peiljaar'),
    clientenBron: z.string().nullable(),
    clientenAfgeleid: z.boolean().describe('Afgeleid uit de gepubliceerde tabel (niet geteld)'),
    clientenaandeel: z.string(),
    budgetMee: FigureProvenance,
    budgetIvh: FigureProvenance,
    gepubliceerd: z.object({ budgetMee: Comparison, budgetIvh: Comparison }).nullable(),
  })
  .meta({ id: 'PrimaireVerdelingRegel' });

const ImportResult = z.object({ aantal: z.number().int().describe('Aantal ingelezen gemeenten') }).meta({ id: 'AantallenImportResultaat' });

function fileBody(request: FastifyRequest): Buffer {
  const body = request.body;
  if (!Buffer.isBuffer(body)) {
    throw new ProblemError(415, 'Stuur een CSV- of XLSX-bestand als body (Content-Type text/csv of application/vnd.openxmlformats-officedocument.spreadsheetml.sheet).');
  }
  return body;
}

/** Every municipality in the file must be one the caller may act for; otherwise nothing is saved. */
async function requireActingForAll(app: AppInstance, request: FastifyRequest, body: Buffer): Promise<void> {
  const table = await parseTable(body, '');
  const lookup = await resolveMunicipalities(app.db);
  const outside: string[] = [];
  for (const row of table.rows) {
    const code = lookup(row.gemeente ?? '');
    if (code && !(await mayActFor(app, request, 'budget:besteding-schrijven', code))) outside.push(row.gemeente!);
  }
  if (outside.length) throw new ForbiddenError(`U mag geen aantallen vastleggen voor: ${outside.join(', ')}. Er is niets opgeslagen.`);
}

export async function primaryRoutes(app: AppInstance): Promise<void> {
  app.get(
    `${API_PREFIX}/budget/primaire-verdeling`,
    {
      config: { access: { public: true } },
      schema: {
        tags,
        operationId: 'getPrimaireVerdeling',
        summary: 'Budget per gemeente uit de primaire gegevens (inwoners en MEE-cliënten) met de verdeelsleutel, stap voor stap, met het verschil met de gepubliceerde tabel',
        querystring: z.object({ jaar: yearQuery }),
        response: {
          200: z
            .object({
              jaar: z.number().int(),
              indeling: z.number().int().describe('Gemeentelijke indeling waarin de aantallen zijn geteld'),
              tabel3Jaar: z.number().int().describe('Jaar van de budgetten per MEE-organisatie die zijn verdeeld'),
              samenvatting: z.object({
                gemeenten: z.number().int(),
                vergeleken: z.number().int(),
                gelijk: z.number().int(),
                afronding: z.number().int(),
                inwonersOntbreken: z.number().int(),
                invoer: z.number().int(),
              }),
              gemeenten: z.array(PrimaryRow),
            })
            .meta({ id: 'PrimaireVerdeling' }),
        },
      },
    },
    async (request) => {
      const p = await primaryAllocation(app.db, request.query.jaar);
      return {
        jaar: p.year,
        indeling: p.divisionYear,
        tabel3Jaar: p.budgetsYear,
        samenvatting: {
          gemeenten: p.summary.rows,
          vergeleken: p.summary.compared,
          gelijk: p.summary.equal,
          afronding: p.summary.rounding,
          inwonersOntbreken: p.summary.inhabitantsStandIn,
          invoer: p.summary.inputs,
        },
        gemeenten: p.rows.map((r) => ({
          gemeente: municipalityRef(r.info),
          inwoners: r.inhabitants,
          inwonersBron: r.inhabitantsSource,
          inwonersBasis: r.inhabitantsBasis === 'counts' ? ('aantallen' as const) : ('ivh-kolom' as const),
          inwonersaandeel: toDecimal(r.inhabitantShare, 8),
          clienten: r.clients,
          clientenBron: r.clientsSource,
          clientenAfgeleid: r.clientsDerived,
          clientenaandeel: toDecimal(r.clientShare, 8),
          budgetMee: r.clientSupport.provenance,
          budgetIvh: r.ivh.provenance,
          gepubliceerd: r.published ? { budgetMee: comparison(r.published.clientSupport), budgetIvh: comparison(r.published.ivh) } : null,
        })),
      };
    },
  );

  app.post(
    `${API_PREFIX}/budget/aantallen/:jaar/import`,
    {
      config: { access: { permission: 'budget:besteding-schrijven' }, upload: SPREADSHEET_UPLOAD },
      bodyLimit: SPREADSHEET_BODY_LIMIT,
      schema: {
        tags,
        operationId: 'importAantallen',
        summary: 'Inwoners en MEE-cliënten per gemeente voor een budgetjaar inlezen (kolommen gemeente;inwoners;clienten): alles of niets',
        description:
          'Stuur het bestand als body (text/csv of XLSX). De aantallen van budgetjaar J horen bij de indeling van 1 januari J−1. Een lege cel laat het opgeslagen aantal staan. Bij één fout wordt niets opgeslagen; elke fout staat met rij en kolom in invalidParams.',
        params: z.object({ jaar: budgetYear }),
        querystring: z.object({ bron: z.string().trim().min(1).max(500).describe('Bron van de aantallen, bijvoorbeeld "CBS StatLine 03759NED"') }),
        response: { 200: ImportResult },
      },
    },
    async (request) => {
      const body = fileBody(request);
      await requireActingForAll(app, request, body);
      const result = await importCounts(app.db, request.params.jaar, body, '', request.query.bron);
      return { aantal: result.count };
    },
  );

  app.post(
    `${API_PREFIX}/budget/gebruik/:jaar/import`,
    {
      config: { access: { permission: 'budget:besteding-schrijven' }, upload: SPREADSHEET_UPLOAD },
      bodyLimit: SPREADSHEET_BODY_LIMIT,
      schema: {
        tags,
        operationId: 'importGebruik',
        summary: 'Werkelijk gebruik per gemeente (kolommen gemeente;clienten) inlezen voor de regionale pot: alles of niets, vervangt het jaar',
        params: z.object({ jaar: budgetYear }),
        querystring: z.object({ bron: z.string().trim().min(1).max(500).describe('Bron van de aantallen') }),
        response: { 200: ImportResult },
      },
    },
    async (request) => {
      const body = fileBody(request);
      await requireActingForAll(app, request, body);
      return { aantal: await importUsage(app.db, request.params.jaar, body, '', request.query.bron) };
    },
  );
}
