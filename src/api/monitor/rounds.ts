import { cachedBody, sendCachedBody, type CachedBody } from '../budget/cached-body.ts';
import { z } from 'zod';
import type { AppInstance } from '../types.ts';
import { API_PREFIX } from '../version.ts';
import { formatQuery, sendDownload } from '../tabular.ts';
import { listRounds, requireRound } from '../../services/monitor/rounds.ts';
import { roundSummary, trend, type SummaryResult } from '../../services/monitor/summary.ts';
import { STAGES, REQUIREMENT_IDS, REQUIREMENT_ANSWERS, STAGE_LABELS } from '../../domain/monitor/questionnaire.ts';
import { roundParam, RoundSchema, roundResponse, ShareSchema, shareResponse } from './schemas.ts';
import { share } from '../../domain/monitor/share.ts';
import { measuresFromStages } from '../../domain/monitor/statements.ts';
import { trendSegments, MEANING_LABELS } from '../../domain/monitor/question-versions.ts';
import type { RoundSummary } from '../../domain/monitor/summary.ts';

const tags = ['Monitor'];
const totals = { access: { permission: 'monitor:totalen' as const } };
const stageCounts = z.object(Object.fromEntries(STAGES.map((s) => [s, z.number().int()])) as Record<(typeof STAGES)[number], z.ZodNumber>);
const Group = z.object({ code: z.string(), naam: z.string(), aantalGemeenten: z.number().int(), geantwoord: z.number().int(), perFase: stageCounts });
const group = (g: { code: string; name: string; municipalities: number; responded: number; byStage: Record<string, number> }) => ({
  code: g.code,
  naam: g.name,
  aantalGemeenten: g.municipalities,
  geantwoord: g.responded,
  perFase: g.byStage as Record<(typeof STAGES)[number], number>,
});

const LaggingSchema = z.object({
  gemeente: z.object({ code: z.string(), naam: z.string() }),
  jeugdregio: z.object({ code: z.string(), naam: z.string() }),
  meeOrganisatie: z.object({ code: z.string(), naam: z.string() }),
  fase: z.enum(STAGES).nullable(),
  redenen: z.array(z.enum(['geen_antwoord', 'geen_afspraken', 'geen_gecontracteerde_aanbieder'])),
});

/** Every share is of all municipalities of the round's division; non-response is its own share (issue 21 §2). */
const SharesSchema = z
  .object({
    nietGeantwoord: ShareSchema,
    geenAfspraken: ShareSchema.describe('Geen afspraken met MEE: fase geen of in voorbereiding (niet-geantwoord telt hier niet mee)'),
    nietsInVoorbereiding: ShareSchema,
    ambtelijkOfVerder: ShareSchema,
    collegeOfVerder: ShareSchema,
    definitief: ShareSchema,
  })
  .meta({ id: 'RondeAandelen' });

const DefinitiveSchema = z
  .object({
    betekenis: z.enum(['verwachting', 'realisatie']).nullable(),
    vraag: z.string().nullable(),
    ja: ShareSchema,
    nee: ShareSchema,
    nietBeantwoord: z.number().int().describe('Gemeenten die wel antwoordden, maar deze vraag niet'),
  })
  .meta({ id: 'DefinitieveAfspraken' });

function sharesResponse(s: RoundSummary) {
  const m = measuresFromStages(s.byStage, s.municipalities);
  return {
    nietGeantwoord: shareResponse(share(s.nonResponse, s.municipalities)),
    geenAfspraken: shareResponse(m.geen_afspraken),
    nietsInVoorbereiding: shareResponse(m.niets_in_voorbereiding),
    ambtelijkOfVerder: shareResponse(m.ambtelijk_of_verder),
    collegeOfVerder: shareResponse(m.college_of_verder),
    definitief: shareResponse(m.definitief),
  };
}

function definitiveResponse(s: RoundSummary) {
  const d = s.definitive;
  return {
    betekenis: d.meaning,
    vraag: d.meaning ? MEANING_LABELS[d.meaning] : null,
    ja: shareResponse(share(d.ja, s.municipalities)),
    nee: shareResponse(share(d.nee, s.municipalities)),
    nietBeantwoord: d.unanswered,
  };
}

const SummarySchema = z
  .object({
    ronde: RoundSchema,
    aantalGemeenten: z.number().int(),
    geantwoord: z.number().int(),
    responsPercentage: z.number().int(),
    perFase: stageCounts,
    perEis: z.record(z.enum(REQUIREMENT_IDS), z.record(z.enum(REQUIREMENT_ANSWERS), z.number().int())),
    perJeugdregio: z.array(Group),
    perMeeOrganisatie: z.array(Group),
    achterblijvers: z.array(LaggingSchema),
    zinnen: z.array(z.string()),
    aandelen: SharesSchema,
    andereAanbieders: z
      .object({ genoemd: z.number().int(), geen: z.number().int(), onbekend: z.number().int() })
      .describe('Onder de gemeenten die antwoordden: met genoemde andere aanbieders, uitdrukkelijk geen, of niet bekend (telt niet als geen)'),
    definitieveAfspraken: DefinitiveSchema,
  })
  .meta({ id: 'RondeSamenvatting' });

/**
 * The response body per cached summary (validated against the schema once, then reused), with a
 * strong ETag over its bytes: the summary is recomputed only when the round's answers change
 * (services/monitor/summary.ts), so a dashboard that sends If-None-Match gets 304 until then.
 * Signed-in data: private, always revalidated.
 */
const summaryBodies = new WeakMap<SummaryResult, CachedBody>();
const PRIVATE_REVALIDATE = { 'cache-control': 'private, no-cache' };

function summaryResponse({ round, summary, sentences }: SummaryResult): z.input<typeof SummarySchema> {
  return {
    ronde: roundResponse(round),
    aantalGemeenten: summary.municipalities,
    geantwoord: summary.responded,
    responsPercentage: summary.responseRate,
    perFase: summary.byStage,
    perEis: summary.byRequirement,
    perJeugdregio: summary.perYouthRegion.map(group),
    perMeeOrganisatie: summary.perMeeOrganisation.map(group),
    achterblijvers: summary.lagging.map((l) => ({ gemeente: { code: l.code, naam: l.name }, jeugdregio: l.youthRegion, meeOrganisatie: l.mee, fase: l.stage, redenen: l.reasons })).map((l) => ({
      ...l,
      jeugdregio: { code: l.jeugdregio.code, naam: l.jeugdregio.name },
      meeOrganisatie: { code: l.meeOrganisatie.code, naam: l.meeOrganisatie.name },
    })),
    zinnen: sentences,
    aandelen: sharesResponse(summary),
    andereAanbieders: { genoemd: summary.otherProviders.named, geen: summary.otherProviders.none, onbekend: summary.otherProviders.unknown },
    definitieveAfspraken: definitiveResponse(summary),
  };
}

export async function roundRoutes(app: AppInstance): Promise<void> {
  app.get(
    `${API_PREFIX}/monitor/rondes`,
    { config: { access: { public: true } }, schema: { tags, operationId: 'listRondes', summary: 'Rondes van de transitiemonitor', response: { 200: z.array(RoundSchema) } } },
    async () => (await listRounds(app.db)).map(roundResponse),
  );

  app.get(
    `${API_PREFIX}/monitor/rondes/:rondeId/vragenlijst`,
    {
      config: { access: { public: true } },
      schema: {
        tags,
        operationId: 'getVragenlijst',
        summary: 'De vragenlijst van een ronde, met de validatieregels (als gegevens)',
        params: z.object({ rondeId: roundParam }),
        response: { 200: z.record(z.string(), z.unknown()).describe('De vragenlijst zoals opgeslagen (versie, vragen, fasen, regels)') },
      },
    },
    async (request) => (await requireRound(app.db, request.params.rondeId)).questionnaire as unknown as Record<string, unknown>,
  );

  app.get(
    `${API_PREFIX}/monitor/rondes/:rondeId/samenvatting`,
    {
      config: totals,
      schema: {
        tags,
        operationId: 'getRondeSamenvatting',
        summary: 'Landelijke samenvatting: respons, fasen, eisen a–f, per jeugdregio en MEE-organisatie, achterblijvers en zinnen',
        description: 'Met ETag: stuur If-None-Match om 304 te krijgen zolang er in deze ronde geen antwoord is opgeslagen.',
        params: z.object({ rondeId: roundParam }),
        response: {
          200: SummarySchema,
        },
      },
    },
    async (request, reply) => {
      const result = await roundSummary(app.readDb, request.params.rondeId); // a dashboard: the read replica may serve it
      // The summary is shared while the answers do not change: serialise it once (hot path).
      let body = summaryBodies.get(result);
      if (body === undefined) summaryBodies.set(result, (body = cachedBody(JSON.stringify(SummarySchema.parse(summaryResponse(result))), PRIVATE_REVALIDATE)));
      return sendCachedBody(request, reply, body);
    },
  );

  app.get(
    `${API_PREFIX}/monitor/rondes/:rondeId/achterblijvers`,
    {
      config: totals,
      schema: {
        tags,
        operationId: 'listAchterblijvers',
        summary: 'Achterblijvende gemeenten (geen antwoord, geen afspraken of geen gecontracteerde aanbieder), ook als download',
        params: z.object({ rondeId: roundParam }),
        querystring: z.object(formatQuery),
        response: { 200: z.array(LaggingSchema) },
      },
    },
    async (request, reply) => {
      const { summary } = await roundSummary(app.db, request.params.rondeId);
      if (request.query.formaat !== 'json') {
        return sendDownload(reply, request.query.formaat, {
          fileName: `achterblijvers-${request.params.rondeId}`,
          header: ['gemeente', 'jeugdregio', 'mee_organisatie', 'fase', 'redenen'],
          rows: summary.lagging.map((l) => [l.name, l.youthRegion.name, l.mee.name, l.stage ? STAGE_LABELS[l.stage] : '', l.reasons.join(', ')]),
        });
      }
      return summary.lagging.map((l) => ({
        gemeente: { code: l.code, naam: l.name },
        jeugdregio: { code: l.youthRegion.code, naam: l.youthRegion.name },
        meeOrganisatie: { code: l.mee.code, naam: l.mee.name },
        fase: l.stage,
        redenen: l.reasons,
      }));
    },
  );

  app.get(
    `${API_PREFIX}/monitor/trend`,
    {
      config: totals,
      schema: {
        tags,
        operationId: 'getMonitorTrend',
        summary: 'Verloop over de rondes: respons en fasen; de vraag naar definitieve afspraken per reeks (breuk waar de vraag veranderde)',
        response: {
          200: z.array(
            z
              .object({
                ronde: RoundSchema,
                aantalGemeenten: z.number().int(),
                geantwoord: z.number().int(),
                perFase: stageCounts,
                aandelen: SharesSchema,
                definitieveAfspraken: DefinitiveSchema,
                reeks: z.number().int().describe('De reeks van de vraag naar definitieve afspraken: punten van verschillende reeksen zijn niet te vergelijken'),
                breuk: z.string().nullable().describe('Bij het eerste punt van een nieuwe reeks: waarom de reeks hier breekt'),
              })
              .meta({ id: 'TrendPunt' }),
          ),
        },
      },
    },
    async () => {
      const points = (await trend(app.db)).map((p) => ({ ...p, referenceDate: p.round.referenceDate, meaning: p.summary.definitive.meaning }));
      return trendSegments(points).flatMap((segment) =>
        segment.points.map((p, i) => ({
          ronde: roundResponse(p.round),
          aantalGemeenten: p.summary.municipalities,
          geantwoord: p.summary.responded,
          perFase: p.summary.byStage,
          aandelen: sharesResponse(p.summary),
          definitieveAfspraken: definitiveResponse(p.summary),
          reeks: segment.series,
          breuk: i === 0 ? segment.breakNote : null,
        })),
      );
    },
  );
}
