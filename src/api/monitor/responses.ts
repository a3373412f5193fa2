import { z } from 'zod';
import { isoDate } from '../dates.ts';
import type { FastifyRequest } from 'fastify';
import type { AppInstance } from '../types.ts';
import { API_PREFIX } from '../version.ts';
import { mayActFor } from '../plugins/auth.ts';
import { requireRound } from '../../services/monitor/rounds.ts';
import { currentResponses, responseHistory, reviewResponse, saveResponse } from '../../services/monitor/responses.ts';
import { roundMunicipalities } from '../../services/monitor/summary.ts';
import { recordAcceptance, recordClarificationRequest } from '../../services/monitor/followup.ts';
import { STAGES } from '../../domain/monitor/questionnaire.ts';
import { STATUSES } from '../../domain/monitor/status.ts';
import { expectedVersion } from './errors.ts';
import { AnswersSchema, FindingSchema, findingResponse, roundParam, toAnswers, VersionSchema, versionResponse } from './schemas.ts';
import { NotFoundError } from '../../domain/errors.ts';

const tags = ['Monitor'];
const municipalityScope = (request: FastifyRequest) => ({ kind: 'municipality' as const, code: (request.params as { gemeenteCode: string }).gemeenteCode });
const params = z.object({ rondeId: roundParam, gemeenteCode: z.string().max(100) });
const conditional = z.object({ 'if-match': z.string().optional(), 'if-none-match': z.string().optional() });

const SavedSchema = z.object({ versie: z.number().int(), status: z.enum(STATUSES), waarschuwingen: z.array(FindingSchema) }).meta({ id: 'AntwoordOpgeslagen' });

export async function responseRoutes(app: AppInstance): Promise<void> {
  app.get(
    `${API_PREFIX}/monitor/rondes/:rondeId/gemeenten`,
    {
      config: { access: { permission: 'monitor:antwoorden-lezen' } },
      schema: {
        tags,
        operationId: 'listRondeGemeenten',
        summary: 'Status per gemeente in een ronde (alleen de gemeenten waarvoor u mag kijken)',
        params: z.object({ rondeId: roundParam }),
        response: {
          200: z.array(
            z
              .object({ gemeente: z.object({ code: z.string(), naam: z.string() }), jeugdregio: z.string(), status: z.enum(['niet_gestart', ...STATUSES]), versie: z.number().int(), fase: z.enum(STAGES).nullable() })
              .meta({ id: 'GemeenteStatus' }),
          ),
        },
      },
    },
    async (request) => {
      const round = await requireRound(app.db, request.params.rondeId);
      const latest = new Map((await currentResponses(app.db, round.id)).map((r) => [r.municipalityCode, r]));
      const rows = [];
      for (const m of await roundMunicipalities(app.db, round)) {
        if (!(await mayActFor(app, request, 'monitor:antwoorden-lezen', m.code))) continue;
        const r = latest.get(m.code);
        rows.push({ gemeente: { code: m.code, naam: m.name }, jeugdregio: m.youthRegion.name, status: r?.status ?? ('niet_gestart' as const), versie: r?.version ?? 0, fase: r?.answers.stage ?? null });
      }
      return rows;
    },
  );

  app.get(
    `${API_PREFIX}/monitor/rondes/:rondeId/antwoorden/:gemeenteCode`,
    {
      config: { access: { permission: 'monitor:antwoorden-lezen' }, scope: municipalityScope },
      schema: {
        tags,
        operationId: 'getAntwoorden',
        summary: 'De antwoorden van een gemeente: de huidige versie en alle eerdere versies',
        params,
        response: { 200: z.object({ status: z.enum(['niet_gestart', ...STATUSES]), versies: z.array(VersionSchema) }).meta({ id: 'AntwoordenGemeente' }) },
      },
    },
    async (request, reply) => {
      const round = await requireRound(app.db, request.params.rondeId);
      if (!(await roundMunicipalities(app.db, round)).some((m) => m.code === request.params.gemeenteCode)) {
        throw new NotFoundError(`Deze gemeente hoort niet bij de indeling van ronde ${round.id}.`);
      }
      const versions = await responseHistory(app.db, round.id, request.params.gemeenteCode);
      reply.header('ETag', `"${versions[0]?.version ?? 0}"`);
      return { status: versions[0]?.status ?? ('niet_gestart' as const), versies: versions.map(versionResponse) };
    },
  );

  for (const [suffix, event, summary, operationId] of [
    ['', 'opslaan', 'Antwoorden opslaan als concept (elke keer een nieuwe versie); stuur If-Match', 'putAntwoorden'],
    ['/indienen', 'indienen', 'Antwoorden indienen; alle fouten tegelijk, waarschuwingen in het antwoord', 'submitAntwoorden'],
  ] as const) {
    const method = suffix ? 'post' : 'put';
    app[method](
      `${API_PREFIX}/monitor/rondes/:rondeId/antwoorden/:gemeenteCode${suffix}`,
      {
        // Submitting (POST) takes an Idempotency-Key; saving a draft is a PUT with If-Match.
        config: { access: { permission: 'monitor:antwoorden-schrijven' }, scope: municipalityScope, idempotent: method === 'post' },
        schema: { tags, operationId, summary, params, headers: conditional, body: AnswersSchema, response: { 200: SavedSchema } },
      },
      async (request, reply) => {
        const round = await requireRound(app.db, request.params.rondeId);
        if (!(await roundMunicipalities(app.db, round)).some((m) => m.code === request.params.gemeenteCode)) {
          throw new NotFoundError(`Deze gemeente hoort niet bij de indeling van ronde ${round.id}.`);
        }
        const grant = request.grant;
        const saved = await saveResponse(app.db, {
          round,
          municipalityCode: request.params.gemeenteCode,
          answers: toAnswers(request.body),
          event,
          answeredBy: grant?.organisation.kind === 'jeugdregio' ? `jeugdregio:${grant.organisation.code}` : 'gemeente',
          userId: request.principal?.userId ?? null,
          expectedVersion: expectedVersion(request.headers['if-match'], request.headers['if-none-match']),
        });
        reply.header('ETag', `"${saved.version}"`);
        return { versie: saved.version, status: saved.status, waarschuwingen: saved.warnings.map(findingResponse) };
      },
    );
  }

  app.post(
    `${API_PREFIX}/monitor/rondes/:rondeId/antwoorden/:gemeenteCode/toelichting-vragen`,
    {
      config: { access: { permission: 'monitor:opvolgen' } },
      schema: {
        tags,
        operationId: 'requestToelichting',
        summary: 'Om toelichting vragen bij een ingediend antwoord; legt dit ook vast in de opvolging, met een uiterlijke datum als die is meegestuurd',
        params,
        body: z
          .object({
            toelichtingDeadlineDatum: isoDate.optional().describe('Uiterlijke datum voor de toelichting'),
            notitie: z.string().trim().max(4000).default('').describe('Wat u wilt weten; komt in de opvolging'),
          })
          .nullish(),
        response: { 200: SavedSchema },
      },
    },
    async (request, reply) => {
      const round = await requireRound(app.db, request.params.rondeId);
      const userId = request.principal?.userId ?? null;
      const saved = await reviewResponse(app.db, round, request.params.gemeenteCode, 'toelichting_vragen', userId);
      // The status changed first: a refused transition (409) must not leave a follow-up record behind.
      await recordClarificationRequest(app.db, {
        roundId: round.id,
        municipalityCode: request.params.gemeenteCode,
        deadline: request.body?.toelichtingDeadlineDatum ?? null,
        note: request.body?.notitie ?? '',
        userId,
      });
      reply.header('ETag', `"${saved.version}"`);
      return { versie: saved.version, status: saved.status, waarschuwingen: saved.warnings.map(findingResponse) };
    },
  );

  app.post(
    `${API_PREFIX}/monitor/rondes/:rondeId/antwoorden/:gemeenteCode/accepteren`,
    {
      config: { access: { permission: 'monitor:opvolgen' } },
      schema: { tags, operationId: 'acceptAntwoorden', summary: 'Een ingediend antwoord accepteren', params, response: { 200: SavedSchema } },
    },
    async (request, reply) => {
      const round = await requireRound(app.db, request.params.rondeId);
      const userId = request.principal?.userId ?? null;
      const saved = await reviewResponse(app.db, round, request.params.gemeenteCode, 'accepteren', userId);
      await recordAcceptance(app.db, round.id, request.params.gemeenteCode, userId);
      reply.header('ETag', `"${saved.version}"`);
      return { versie: saved.version, status: saved.status, waarschuwingen: saved.warnings.map(findingResponse) };
    },
  );
}
