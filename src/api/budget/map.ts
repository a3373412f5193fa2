import crypto from 'node:crypto';
import { z } from 'zod';
import type { AppInstance } from '../types.ts';
import { API_PREFIX } from '../version.ts';
import { dispositionHeader } from '../download.ts';
import { budgetMapFigures } from '../../services/budget/division-map.ts';
import { budgetReport } from '../../services/budget/report.ts';
import { reportHtml, reportPdf } from '../../services/reports/render.ts';
import { cents, yearQuery } from './schemas.ts';
import { BoundedCache } from './cached-body.ts';

const tags = ['Budget'];
const Named = z.object({ cbsCode: z.string(), naam: z.string() });

const BudgetMap = z
  .object({
    budgetjaar: z.number().int(),
    vanIndeling: z.number().int().describe('De indeling waarin de verdeling is gepubliceerd'),
    indeling: z.number().int(),
    bron: z.string(),
    inwonersBekend: z.boolean().describe('Waar: alle inwonertallen zijn er, de kaart is per inwoner'),
    gemeenten: z.array(
      z.object({
        cbsCode: z.string(),
        code: z.string().nullable().describe('Code van de gemeente in Naast (zoals in /budget/verdelingen)'),
        naam: z.string(),
        jeugdregio: z.object({ code: z.string(), naam: z.string() }).nullable(),
        budgetMeeCent: cents('Budget cliëntondersteuning (MEE)').nullable().describe('Null: niet te verdelen (zie nietTeVerdelen)'),
        inwoners: z.number().int().nullable(),
        volledig: z.boolean(),
        wijze: z.string().describe('Hoe de rij is doorgerekend: ongewijzigd, samengevoegd uit …, gesplitst: …'),
        nietTeVerdelen: z.string().nullable().describe('Welk deel niet te verdelen is, waarom, en wat u kunt doen'),
      }),
    ),
    jeugdregios: z.array(
      z.object({
        code: z.string(),
        naam: z.string(),
        budgetMeeCent: cents('Budget MEE van de jeugdregio'),
        inwoners: z.number().int().nullable(),
        aantalGemeenten: z.number().int(),
        volledig: z.boolean().describe('Onwaar als een niet te verdelen deel ook over een andere jeugdregio ging'),
      }),
    ),
    nietTeVerdelen: z.array(Named.extend({ budgetMeeCent: z.number().int(), inwoners: z.number().int().nullable(), opvolgers: z.array(Named) })),
    totalen: z.object({
      budgetMeeCent: z.number().int(),
      budgetIvhCent: z.number().int(),
      inwoners: z.number().int().nullable(),
      aantalGemeenten: z.number().int(),
      opKaartMeeCent: z.number().int().describe('Som van de gemeenten met een bedrag; het verschil met budgetMeeCent is niet te verdelen'),
    }),
  })
  .meta({ id: 'Budgetkaart' });

/** The budget on the map of a division (issue 20 §4), and the budget report with both maps as PDF. */
/** Rendered budget report PDFs, by a hash of the report's content (a few years, a few share versions). */
const reportPdfs = new BoundedCache<Awaited<ReturnType<typeof reportPdf>>>(8);

export async function budgetMapRoutes(app: AppInstance): Promise<void> {
  app.get(
    `${API_PREFIX}/budget/kaart`,
    {
      config: { access: { public: true } },
      schema: {
        tags,
        operationId: 'getBudgetkaart',
        summary: 'Budget MEE en inwoners per gemeente en jeugdregio in een gemeentelijke indeling, voor de kaart',
        querystring: z.object({
          jaar: yearQuery,
          indeling: z.coerce.number().int().min(2000).max(2100).optional().describe('Gemeentelijke indeling (standaard die van de publicatie)'),
        }),
        response: { 200: BudgetMap },
      },
    },
    async (request) => {
      const { jaar } = request.query;
      const f = await budgetMapFigures(app.db, jaar, request.query.indeling);
      return {
        budgetjaar: f.budgetYear,
        vanIndeling: f.fromDivision,
        indeling: f.division,
        bron: f.source,
        inwonersBekend: f.inhabitantsKnown,
        gemeenten: f.municipalities.map((m) => ({
          cbsCode: m.cbsCode,
          code: m.code,
          naam: m.name,
          jeugdregio: m.youthRegion && { code: m.youthRegion.code, naam: m.youthRegion.name },
          budgetMeeCent: m.clientSupportCents,
          inwoners: m.inhabitants,
          volledig: m.complete,
          wijze: m.how,
          nietTeVerdelen: m.notDistributable,
        })),
        jeugdregios: f.regions.map((r) => ({ code: r.code, naam: r.name, budgetMeeCent: r.cents, inwoners: r.inhabitants, aantalGemeenten: r.municipalities, volledig: r.complete })),
        nietTeVerdelen: f.undistributed.map((u) => ({
          cbsCode: u.cbsCode,
          naam: u.name,
          budgetMeeCent: u.clientSupportCents,
          inwoners: u.inhabitants,
          opvolgers: u.successors.map((s) => ({ cbsCode: s.cbsCode, naam: s.name })),
        })),
        totalen: {
          budgetMeeCent: f.totals.clientSupportCents,
          budgetIvhCent: f.totals.ivhCents,
          inwoners: f.totals.inhabitants,
          aantalGemeenten: f.totals.municipalities,
          opKaartMeeCent: f.totals.onMapCents,
        },
      };
    },
  );

  app.get(
    `${API_PREFIX}/budget/rapport`,
    {
      config: { access: { public: true } },
      schema: {
        tags,
        operationId: 'getBudgetrapport',
        summary: 'Rapport van het budget: landelijke totalen, de kaart in de indelingen 2013 en 2014 en de bedragen per gemeente (PDF of HTML)',
        querystring: z.object({ jaar: yearQuery, formaat: z.enum(['pdf', 'html']).default('pdf') }),
        response: { 200: z.string().describe('Het rapport (application/pdf of text/html)') },
      },
    },
    async (request, reply) => {
      const model = await budgetReport(app.db, request.query.jaar);
      if (request.query.formaat === 'html') return reply.type('text/html; charset=utf-8').send(reportHtml(model));
      // Drawing two maps and 800 table rows into a PDF takes seconds; the figures change only when
      // reference data or split shares do, so the file is kept per content of the report.
      const key = crypto.createHash('sha256').update(JSON.stringify(model)).digest('base64url');
      let pdf = reportPdfs.get(key);
      if (pdf === undefined) reportPdfs.set(key, (pdf = await reportPdf(model)));
      return reply
        .type('application/pdf')
        .header('content-disposition', dispositionHeader(`budget-${request.query.jaar}.pdf`))
        .send(pdf as unknown as string);
    },
  );
}
