import { z } from 'zod';
import type { AppInstance } from '../types.ts';
import { API_PREFIX } from '../version.ts';
import { ProblemError } from '../problem.ts';
import { pageQuery, paginate } from '../pagination.ts';
import { divisionChangesInto, divisionYears, listMeeOrganisations, listMunicipalities, listYouthRegions } from '../../db/register/queries.ts';
import { inhabitantsByDivision } from '../../db/budget/counts.ts';

const divisionParam = z.coerce.number().int().min(2013).max(2100).default(2014).describe('Gemeentelijke indeling per 1 januari van dit jaar (2013 = Bijlage 5, 2014 = 403 gemeenten)');

const Municipality = z
  .object({
    code: z.string().describe('Vaste code van de gemeente in Naast'),
    naam: z.string(),
    cbsCode: z.string().nullable().describe('CBS-gemeentecode (GMxxxx), alleen als een openbare bron die bevestigt'),
    jeugdregio: z.object({ code: z.string(), naam: z.string() }),
    meeOrganisatie: z.object({ code: z.string(), naam: z.string() }),
    inwoners: z.number().int().nullable().describe('Inwoners op 1 januari van het indelingsjaar, zoals opgeslagen voor het budget (CBS); null als ze ontbreken'),
  })
  .meta({ id: 'Gemeente' });

const tags = ['Register'];

export async function registerRoutes(app: AppInstance): Promise<void> {
  app.get(
    `${API_PREFIX}/gemeenten`,
    {
      config: { access: { public: true } },
      schema: {
        tags,
        operationId: 'listGemeenten',
        summary: 'Gemeenten in een gemeentelijke indeling, met jeugdregio en MEE-organisatie',
        querystring: z.object({
          indeling: divisionParam,
          jeugdregio: z.string().optional().describe('Code van een jeugdregio'),
          meeOrganisatie: z.string().optional().describe('Code van een MEE-organisatie'),
          zoek: z.string().max(100).optional().describe('Deel van de naam'),
          ...pageQuery,
        }),
        response: { 200: z.array(Municipality) },
      },
    },
    async (request, reply) => {
      const q = request.query;
      await assertDivision(app, q.indeling);
      const rows = await listMunicipalities(app.db, { divisionYear: q.indeling, youthRegionCode: q.jeugdregio, meeCode: q.meeOrganisatie, search: q.zoek });
      const inhabitants = await inhabitantsByDivision(app.db, q.indeling);
      return paginate(request, reply, rows, q.pagina, q.paginaGrootte).map((r) => ({
        code: r.code,
        naam: r.name,
        cbsCode: r.cbsCode,
        jeugdregio: { code: r.youthRegionCode, naam: r.youthRegionName },
        meeOrganisatie: { code: r.meeCode, naam: r.meeName },
        inwoners: inhabitants.get(r.code) ?? null,
      }));
    },
  );

  app.get(
    `${API_PREFIX}/jeugdregios`,
    {
      config: { access: { public: true } },
      schema: {
        tags,
        operationId: 'listJeugdregios',
        summary: 'De 41 jeugdregio’s',
        querystring: z.object({ indeling: divisionParam }),
        response: { 200: z.array(z.object({ code: z.string(), naam: z.string(), aantalGemeenten: z.number().int() }).meta({ id: 'Jeugdregio' })) },
      },
    },
    async (request) => {
      await assertDivision(app, request.query.indeling);
      return (await listYouthRegions(app.db, request.query.indeling)).map((r) => ({ code: r.code, naam: r.name, aantalGemeenten: r.municipalityCount }));
    },
  );

  app.get(
    `${API_PREFIX}/mee-organisaties`,
    {
      config: { access: { public: true } },
      schema: {
        tags,
        operationId: 'listMeeOrganisaties',
        summary: 'De 22 MEE-organisaties met hun naamvarianten',
        querystring: z.object({ indeling: divisionParam }),
        response: {
          200: z.array(
            z.object({ code: z.string(), naam: z.string(), naamvarianten: z.array(z.string()), aantalGemeenten: z.number().int() }).meta({ id: 'MeeOrganisatie' }),
          ),
        },
      },
    },
    async (request) => {
      await assertDivision(app, request.query.indeling);
      return (await listMeeOrganisations(app.db, request.query.indeling)).map((o) => ({
        code: o.code,
        naam: o.name,
        naamvarianten: o.aliases,
        aantalGemeenten: o.municipalityCount,
      }));
    },
  );

  app.get(
    `${API_PREFIX}/gemeentelijke-indelingen`,
    {
      config: { access: { public: true } },
      schema: {
        tags,
        operationId: 'listGemeentelijkeIndelingen',
        summary: 'Gemeentelijke indelingen per 1 januari, met de herindelingen die erin uitmonden',
        response: {
          200: z.array(
            z
              .object({
                jaar: z.number().int(),
                geldigVanaf: z.iso.date(),
                geldigTot: z.iso.date().nullable(),
                omschrijving: z.string(),
                aantalGemeenten: z.number().int(),
                wijzigingen: z.array(
                  z.object({
                    soort: z.enum(['samenvoeging', 'splitsing']),
                    van: z.object({ code: z.string(), naam: z.string() }),
                    naar: z.object({ code: z.string(), naam: z.string() }),
                    bron: z.string(),
                  }),
                ),
              })
              .meta({ id: 'GemeentelijkeIndeling' }),
          ),
        },
      },
    },
    async () => {
      const years = await divisionYears(app.db);
      return Promise.all(
        years.map(async (y) => ({
          jaar: y.year,
          geldigVanaf: y.validFrom,
          geldigTot: y.validTo,
          omschrijving: y.description,
          aantalGemeenten: y.count,
          wijzigingen: (await divisionChangesInto(app.db, y.year)).map((c) => ({
            soort: c.kind === 'merger' ? ('samenvoeging' as const) : ('splitsing' as const),
            van: { code: c.fromCode, naam: c.fromName },
            naar: { code: c.toCode, naam: c.toName },
            bron: c.source,
          })),
        })),
      );
    },
  );
}

async function assertDivision(app: AppInstance, year: number): Promise<void> {
  const years = await divisionYears(app.db);
  if (!years.some((y) => y.year === year)) {
    throw new ProblemError(400, `Er is geen gemeentelijke indeling voor ${year}. Kies uit: ${years.map((y) => y.year).join(', ')}.`, {
      invalidParams: [{ name: 'query.indeling', code: 'unknown_division', reason: `Onbekende indeling ${year}` }],
    });
  }
}
