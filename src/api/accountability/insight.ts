import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppInstance } from '../types.ts';
import { API_PREFIX } from '../version.ts';
import { mayActFor } from '../plugins/auth.ts';
import { formatQuery, sendDownload, SPREADSHEET_UPLOAD, spreadsheetBody } from '../tabular.ts';
import { reportHtml, reportPdf } from '../../services/reports/render.ts';
import { councilAnnex, councilFacts, councilModel } from '../../services/accountability/council.ts';
import { rollup } from '../../services/accountability/rollup.ts';
import { dashboard } from '../../services/accountability/dashboard.ts';
import { informationPackage, meeOf, parsePackageFile, savePackage, type InformationPackage } from '../../services/accountability/mee-package.ts';
import { notFound, providerCodesOf, tags, versionOf } from './common.ts';
import { dispositionHeader } from '../download.ts';

const year = z.coerce.number().int().min(2014).max(2100);
const count = z.number().int().nullable().describe('Leeg (null) als het aantal onder de 5 ligt');
const breakdown = z.record(z.string(), z.number().int());

const PackageSchema = z
  .object({
    gemeenteCode: z.string(),
    meeOrganisatie: z.string(),
    jaar: z.number().int(),
    clienten: z.number().int(),
    perLeeftijd: breakdown,
    perDoelgroep: breakdown,
    perLevensdomein: breakdown,
    korteVragen: z.number().int().describe('Kortdurende informatie- en adviesvragen'),
    korteVragenBron: z.enum(['dossiers', 'ingevuld']),
    collectieveTaken: z.array(z.string()),
    netwerken: z.array(z.string()),
    toerusting: z.array(z.string()).describe('Toerusten van derden: mantelzorgers, vrijwilligers, professionals'),
    plustaken: z.array(z.string()),
    ivh: z.object({
      netwerken: z.number().int().nullable(),
      omvang: z.string(),
      kostenCenten: z.number().int().nullable(),
      kostenBron: z.enum(['ingevuld', 'budget', 'onbekend']),
      aangemeldeKinderen: z.number().int().nullable(),
    }),
    bron: z.enum(['dossiers', 'ingevuld', 'import']),
    versie: z.number().int(),
  })
  .meta({ id: 'MeeInformatiepakket' });

const packageOut = (p: InformationPackage) => ({
  gemeenteCode: p.municipalityCode,
  meeOrganisatie: p.meeCode,
  jaar: p.year,
  clienten: p.clients,
  perLeeftijd: p.byAge,
  perDoelgroep: p.byTargetGroup,
  perLevensdomein: p.byLifeDomain,
  korteVragen: p.shortQuestions,
  korteVragenBron: p.shortQuestionsSource,
  collectieveTaken: p.collectiveTasks,
  netwerken: p.networks,
  toerusting: p.training,
  plustaken: p.plusTasks,
  ivh: { netwerken: p.ivh.networks, omvang: p.ivh.scale, kostenCenten: p.ivh.costCents, kostenBron: p.ivh.costSource, aangemeldeKinderen: p.ivh.registeredChildren },
  bron: p.source,
  versie: p.version,
});

/** The MEE organisation that serves the municipality, or its own municipality's staff; else 404. */
async function packageAccess(app: AppInstance, request: FastifyRequest, code: string, write: boolean): Promise<void> {
  const mee = await meeOf(app.db, code);
  if (!mee) throw notFound();
  if (providerCodesOf(request, write ? 'verantwoording:indienen' : 'verantwoording:lezen').includes(mee)) return;
  if (!write && (await mayActFor(app, request, 'verantwoording:lezen', code))) return;
  throw notFound();
}

export async function insightRoutes(app: AppInstance): Promise<void> {
  const packageParams = z.object({ pakketGemeenteCode: z.string().max(100).describe('Code van de gemeente'), jaar: year });

  app.get(
    `${API_PREFIX}/verantwoording/mee-informatiepakket/:pakketGemeenteCode/:jaar`,
    {
      preValidation: async (request) => packageAccess(app, request, (request.params as { pakketGemeenteCode: string }).pakketGemeenteCode, false),
      config: { access: { permission: 'verantwoording:lezen' } },
      schema: {
        tags,
        operationId: 'getMeeInformatiepakket',
        summary: 'MEE-informatiepakket van een gemeente (§4.3, §4.6): cliënten naar leeftijd, doelgroep en levensdomein uit de dossiers; collectieve taken, netwerken, toerusting, plustaken en IVH',
        params: packageParams,
        response: { 200: PackageSchema },
      },
    },
    async (request, reply) => {
      const p = await informationPackage(app.db, request.params.pakketGemeenteCode, request.params.jaar);
      reply.header('etag', `"${p.version}"`);
      return packageOut(p);
    },
  );

  const listOf = z.array(z.string().min(1).max(500)).max(200);
  app.put(
    `${API_PREFIX}/verantwoording/mee-informatiepakket/:pakketGemeenteCode/:jaar`,
    {
      preValidation: async (request) => packageAccess(app, request, (request.params as { pakketGemeenteCode: string }).pakketGemeenteCode, true),
      config: { access: { permission: 'verantwoording:indienen' } },
      schema: {
        tags,
        operationId: 'putMeeInformatiepakket',
        summary: 'De delen van het informatiepakket invullen die niet uit de dossiers komen (MEE-organisatie; met If-Match)',
        params: packageParams,
        headers: z.object({ 'if-match': z.string().optional() }),
        body: z.object({
          korteVragen: z.number().int().min(0).nullable().optional().describe('Leeg: geteld uit de dossiers'),
          collectieveTaken: listOf,
          netwerken: listOf,
          toerusting: listOf,
          plustaken: listOf,
          ivh: z.object({
            netwerken: z.number().int().min(0).nullable(),
            omvang: z.string().max(2000),
            kostenCenten: z.number().int().min(0).nullable().describe('Leeg: het gepubliceerde IVH-budget'),
            aangemeldeKinderen: z.number().int().min(0).nullable(),
          }),
        }),
        response: { 200: PackageSchema },
      },
    },
    async (request, reply) => {
      const b = request.body;
      const p = await savePackage(
        app.db,
        request.params.pakketGemeenteCode,
        request.params.jaar,
        {
          ...(b.korteVragen === null || b.korteVragen === undefined ? {} : { shortQuestions: b.korteVragen }),
          collectiveTasks: b.collectieveTaken,
          networks: b.netwerken,
          training: b.toerusting,
          plusTasks: b.plustaken,
          ivh: { networks: b.ivh.netwerken, scale: b.ivh.omvang, costCents: b.ivh.kostenCenten, registeredChildren: b.ivh.aangemeldeKinderen },
        },
        versionOf(request),
        'ingevuld',
      );
      reply.header('etag', `"${p.version}"`);
      return packageOut(p);
    },
  );

  app.post(
    `${API_PREFIX}/verantwoording/mee-informatiepakket/:pakketGemeenteCode/:jaar/import`,
    {
      preValidation: async (request) => packageAccess(app, request, (request.params as { pakketGemeenteCode: string }).pakketGemeenteCode, true),
      config: { access: { permission: 'verantwoording:indienen' }, upload: SPREADSHEET_UPLOAD },
      bodyLimit: 5 * 1024 * 1024,
      schema: {
        tags,
        operationId: 'importMeeInformatiepakket',
        summary: 'Het informatiepakket inlezen uit CSV of XLSX (onderdeel;omschrijving); alles of niets',
        params: packageParams,
        response: { 200: PackageSchema },
      },
    },
    async (request, reply) => {
      const body = spreadsheetBody(request.body);
      const stored = await parsePackageFile(body, '');
      const p = await savePackage(app.db, request.params.pakketGemeenteCode, request.params.jaar, stored, undefined, 'import');
      reply.header('etag', `"${p.version}"`);
      return packageOut(p);
    },
  );

  app.get(
    `${API_PREFIX}/verantwoording/raadsrapportage/:raadGemeenteCode/:jaar`,
    {
      config: { access: { permission: 'verantwoording:beoordelen' }, scope: async (request) => ({ kind: 'municipality' as const, code: (request.params as { raadGemeenteCode: string }).raadGemeenteCode }) },
      schema: {
        tags,
        operationId: 'getRaadsrapportage',
        summary: 'Horizontale verantwoording voor de gemeenteraad: kosten, bereik, cliëntervaring en hiaten, met grafieken; HTML (print-opmaak), PDF of XLSX-bijlage',
        params: z.object({ raadGemeenteCode: z.string().max(100), jaar: year }),
        querystring: z.object({ formaat: z.enum(['html', 'pdf', 'xlsx']).default('html') }),
        response: { 200: z.string().describe('Het rapport (text/html, application/pdf of XLSX)') },
      },
    },
    async (request, reply) => {
      const { raadGemeenteCode: code, jaar } = request.params;
      const model = councilModel(await councilFacts(app.readDb, code, jaar)); // a report: the read replica may serve it
      const name = `raadsrapportage-${code}-${jaar}`;
      if (request.query.formaat === 'pdf') {
        return reply.type('application/pdf').header('content-disposition', dispositionHeader(`${name}.pdf`)).send((await reportPdf(model)) as unknown as string);
      }
      if (request.query.formaat === 'xlsx') {
        return reply
          .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header('content-disposition', dispositionHeader(`${name}-bijlage.xlsx`))
          .send((await councilAnnex(model)) as unknown as string);
      }
      return reply.type('text/html; charset=utf-8').send(reportHtml(model));
    },
  );

  const GroupSchema = z.object({ code: z.string(), naam: z.string(), gemeenten: z.number().int(), rapportages: z.number().int(), clienten: count, uitgavenCenten: z.number().int() });
  app.get(
    `${API_PREFIX}/verantwoording/totalen`,
    {
      config: { access: { permission: 'verantwoording:totalen' } },
      schema: {
        tags,
        operationId: 'getVerantwoordingTotalen',
        summary: 'Landelijke of regionale totalen van de geaccepteerde rapportages: alleen aantallen, kleine aantallen (< 5) weggelaten',
        querystring: z.object({ jaar: year, jeugdregioCode: z.string().max(100).optional().describe('Nodig als u voor meer dan één regio werkt'), ...formatQuery }),
        response: {
          200: z
            .object({
              jaar: z.number().int(),
              niveau: z.enum(['landelijk', 'jeugdregio']),
              jeugdregioCode: z.string().nullable(),
              rapportages: z.number().int(),
              clienten: count,
              uitgavenCenten: z.number().int(),
              perLeeftijd: z.record(z.string(), count),
              perDoelgroep: z.record(z.string(), count),
              perLevensdomein: z.record(z.string(), count),
              groepen: z.array(GroupSchema).describe('Per jeugdregio (landelijk) of per gemeente (regio)'),
            })
            .meta({ id: 'VerantwoordingTotalen' }),
        },
      },
    },
    async (request, reply) => {
      const grants = (request.principal?.grants ?? []).filter((g) => g.role === 'landelijk' || g.role === 'regio');
      const national = grants.some((g) => g.organisation.kind === 'landelijk');
      const regions = grants.filter((g) => g.organisation.kind === 'jeugdregio').map((g) => g.organisation.code);
      const wanted = request.query.jeugdregioCode ?? (national ? null : regions[0] ?? null);
      if (wanted !== null && !national && !regions.includes(wanted)) throw notFound();
      if (wanted === null && !national) throw notFound();
      const r = await rollup(app.readDb, request.query.jaar, wanted); // a report: the read replica may serve it
      const body = {
        jaar: r.year,
        niveau: r.scope.kind,
        jeugdregioCode: r.scope.kind === 'jeugdregio' ? r.scope.code : null,
        rapportages: r.reports,
        clienten: r.clients,
        uitgavenCenten: r.spendCents,
        perLeeftijd: r.byAge,
        perDoelgroep: r.byTargetGroup,
        perLevensdomein: r.byLifeDomain,
        groepen: r.groups.map((g) => ({ code: g.code, naam: g.name, gemeenten: g.municipalities, rapportages: g.reports, clienten: g.clients, uitgavenCenten: g.spendCents })),
      };
      if (request.query.formaat !== 'json') {
        return sendDownload(reply, request.query.formaat, {
          fileName: `verantwoording-totalen-${r.year}`,
          header: ['code', 'naam', 'gemeenten', 'rapportages', 'clienten', 'uitgaven_euro'],
          rows: body.groepen.map((g) => [g.code, g.naam, g.gemeenten, g.rapportages, g.clienten === null ? '< 5' : g.clienten, Math.round(g.uitgavenCenten / 100)]),
        });
      }
      return body;
    },
  );

  const RowSchema = z
    .object({
      periodeId: z.string(),
      gemeenteCode: z.string(),
      aanbiederCode: z.string(),
      bekostigingsvorm: z.string(),
      naam: z.string(),
      vanafDatum: z.iso.date(),
      totEnMetDatum: z.iso.date(),
      status: z.string(),
      clienten: z.number().nullable(),
      contactmomenten: z.number().nullable(),
      verwijzingen: z.number().nullable(),
      uitgavenCenten: z.number().int().nullable(),
    })
    .meta({ id: 'VerantwoordingDashboardRegel' });
  const dashboardReply = async (reply: Parameters<typeof sendDownload>[0], format: 'json' | 'csv' | 'xlsx', name: string, rows: Awaited<ReturnType<typeof dashboard>>) => {
    const out = rows.map((r) => ({
      periodeId: r.periodId,
      gemeenteCode: r.municipalityCode,
      aanbiederCode: r.providerCode,
      bekostigingsvorm: r.fundingForm,
      naam: r.label,
      vanafDatum: r.from,
      totEnMetDatum: r.to,
      status: r.state,
      clienten: r.clients,
      contactmomenten: r.contacts,
      verwijzingen: r.referrals,
      uitgavenCenten: r.spendCents,
    }));
    if (format === 'json') return { regels: out };
    return sendDownload(reply, format, {
      fileName: name,
      header: ['gemeente', 'aanbieder', 'bekostiging', 'periode', 'vanaf', 'tot_en_met', 'status', 'clienten', 'contactmomenten', 'verwijzingen', 'uitgaven_euro'],
      rows: out.map((r) => [r.gemeenteCode, r.aanbiederCode, r.bekostigingsvorm, r.naam, r.vanafDatum, r.totEnMetDatum, r.status, r.clienten, r.contactmomenten, r.verwijzingen, r.uitgavenCenten === null ? null : r.uitgavenCenten / 100]),
    });
  };

  app.get(
    `${API_PREFIX}/verantwoording/dashboard/gemeente/:dashGemeenteCode`,
    {
      config: { access: { permission: 'verantwoording:beoordelen' }, scope: async (request) => ({ kind: 'municipality' as const, code: (request.params as { dashGemeenteCode: string }).dashGemeenteCode }) },
      schema: {
        tags,
        operationId: 'getVerantwoordingDashboardGemeente',
        summary: 'Alle rapportages van de aanbieders van een gemeente over de perioden (voor grafieken en export)',
        params: z.object({ dashGemeenteCode: z.string().max(100) }),
        querystring: z.object({ ...formatQuery }),
        response: { 200: z.object({ regels: z.array(RowSchema) }) },
      },
    },
    async (request, reply) => dashboardReply(reply, request.query.formaat, `verantwoording-${request.params.dashGemeenteCode}`, await dashboard(app.db, { municipalityCodes: [request.params.dashGemeenteCode] })),
  );

  app.get(
    `${API_PREFIX}/verantwoording/dashboard/aanbieder`,
    {
      config: { access: { permission: 'verantwoording:indienen' } },
      schema: {
        tags,
        operationId: 'getVerantwoordingDashboardAanbieder',
        summary: 'De eigen rapportages van de aanbieder, per gemeente en periode (voor grafieken en export)',
        querystring: z.object({ ...formatQuery }),
        response: { 200: z.object({ regels: z.array(RowSchema) }) },
      },
    },
    async (request, reply) => dashboardReply(reply, request.query.formaat, 'verantwoording-aanbieder', await dashboard(app.db, { providerCodes: providerCodesOf(request, 'verantwoording:indienen') })),
  );

}
