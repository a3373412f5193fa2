import { z } from 'zod';
import { isoDate } from '../dates.ts';
import type { AppInstance } from '../types.ts';
import { API_PREFIX } from '../version.ts';
import { formatQuery, sendDownload } from '../tabular.ts';
import { FOLLOWUP_EVENT_KINDS, followupOverview, MANUAL_EVENT_KINDS, recordFollowupEvent, updateFollowup, type FollowupRecord } from '../../services/monitor/followup.ts';
import { escalationList } from '../../services/monitor/escalations.ts';
import { STAGES } from '../../domain/monitor/questionnaire.ts';
import { STATUSES } from '../../domain/monitor/status.ts';
import { expectedVersion } from './errors.ts';
import { roundParam } from './schemas.ts';

const tags = ['Monitor'];
const follow = { access: { permission: 'monitor:opvolgen' as const } };
const params = z.object({ rondeId: roundParam, gemeenteCode: z.string().max(100) });
const conditional = z.object({ 'if-match': z.string().optional(), 'if-none-match': z.string().optional() });
const ref = z.object({ code: z.string(), naam: z.string() });
const responseStatus = z.enum(['niet_gestart', ...STATUSES]);

const EventSchema = z
  .object({
    id: z.number().int(),
    soort: z.enum(FOLLOWUP_EVENT_KINDS),
    notitie: z.string(),
    tijdstip: z.string().describe('Wanneer het gebeurde'),
    vastgelegdDoor: z.string().nullable().describe('Id van de gebruiker die het vastlegde'),
  })
  .meta({ id: 'OpvolgingGebeurtenis' });

const FollowupSchema = z
  .object({
    ondersteuningsteam: z.string().nullable(),
    toelichtingDeadlineDatum: z.iso.date().nullable().describe('Uiterlijke datum voor de gevraagde toelichting'),
    geescaleerd: z.boolean(),
    versie: z.number().int().describe('Voor If-Match; 0 = nog geen opvolging vastgelegd'),
    gebeurtenissen: z.array(EventSchema),
  })
  .meta({ id: 'Opvolging' });

const followupResponse = (f: FollowupRecord | null) => ({
  ondersteuningsteam: f?.supportTeam ?? null,
  toelichtingDeadlineDatum: f?.clarificationDeadline ?? null,
  geescaleerd: f?.escalated ?? false,
  versie: f?.version ?? 0,
  gebeurtenissen: (f?.events ?? []).map((e) => ({ id: e.id, soort: e.kind, notitie: e.note, tijdstip: e.occurredAt, vastgelegdDoor: e.recordedBy })),
});

const REASONS = ['geescaleerd', 'toelichting_verlopen'] as const;

export async function followupRoutes(app: AppInstance): Promise<void> {
  app.get(
    `${API_PREFIX}/monitor/rondes/:rondeId/opvolging`,
    {
      config: follow,
      schema: {
        tags,
        operationId: 'listOpvolging',
        summary: 'Opvolging: elke achterblijvende gemeente van de ronde (en elke gemeente met opvolging) met team, deadline, escalatie en gebeurtenissen',
        params: z.object({ rondeId: roundParam }),
        response: {
          200: z.array(
            z
              .object({
                gemeente: ref,
                jeugdregio: ref,
                achterblijver: z.boolean(),
                redenen: z.array(z.enum(['geen_antwoord', 'geen_afspraken', 'geen_gecontracteerde_aanbieder'])),
                fase: z.enum(STAGES).nullable(),
                status: responseStatus,
                opvolging: FollowupSchema,
              })
              .meta({ id: 'OpvolgingGemeente' }),
          ),
        },
      },
    },
    async (request) => {
      const { rows } = await followupOverview(app.db, request.params.rondeId);
      return rows.map((r) => ({
        gemeente: { code: r.code, naam: r.name },
        jeugdregio: { code: r.youthRegion.code, naam: r.youthRegion.name },
        achterblijver: r.lagging,
        redenen: r.reasons,
        fase: r.stage,
        status: r.status,
        opvolging: followupResponse(r.followup),
      }));
    },
  );

  app.put(
    `${API_PREFIX}/monitor/rondes/:rondeId/opvolging/:gemeenteCode`,
    {
      config: follow,
      schema: {
        tags,
        operationId: 'putOpvolging',
        summary: 'Ondersteuningsteam, deadline voor toelichting en escalatie vastleggen; stuur If-Match met de versie (412 als die verouderd is)',
        params,
        headers: conditional,
        body: z.object({
          ondersteuningsteam: z.string().trim().min(1).max(200).nullable(),
          toelichtingDeadlineDatum: isoDate.nullable(),
          geescaleerd: z.boolean(),
        }),
        response: { 200: FollowupSchema },
      },
    },
    async (request, reply) => {
      const saved = await updateFollowup(app.db, {
        roundId: request.params.rondeId,
        municipalityCode: request.params.gemeenteCode,
        supportTeam: request.body.ondersteuningsteam,
        clarificationDeadline: request.body.toelichtingDeadlineDatum,
        escalated: request.body.geescaleerd,
        expectedVersion: expectedVersion(request.headers['if-match'], request.headers['if-none-match']),
        userId: request.principal?.userId ?? null,
      });
      reply.header('ETag', `"${saved.version}"`);
      return followupResponse(saved);
    },
  );

  app.post(
    `${API_PREFIX}/monitor/rondes/:rondeId/opvolging/:gemeenteCode/gebeurtenissen`,
    {
      config: follow,
      schema: {
        tags,
        operationId: 'addOpvolgingGebeurtenis',
        summary: 'Een contact, besluit of escalatie vastleggen, met een notitie (een escalatie zet ook geëscaleerd aan)',
        params,
        body: z.object({ soort: z.enum(MANUAL_EVENT_KINDS), notitie: z.string().trim().min(1).max(4000) }),
        response: { 201: FollowupSchema },
      },
    },
    async (request, reply) => {
      const saved = await recordFollowupEvent(app.db, {
        roundId: request.params.rondeId,
        municipalityCode: request.params.gemeenteCode,
        kind: request.body.soort,
        note: request.body.notitie,
        userId: request.principal?.userId ?? null,
      });
      reply.code(201).header('ETag', `"${saved.version}"`);
      return followupResponse(saved);
    },
  );

  app.get(
    `${API_PREFIX}/monitor/escalaties`,
    {
      config: follow,
      schema: {
        tags,
        operationId: 'listEscalaties',
        summary: 'Escalatielijst over alle rondes: geëscaleerde gemeenten en gemeenten waarvan de deadline voor toelichting verstreek zonder nieuw antwoord; ook als download',
        querystring: z.object(formatQuery),
        response: {
          200: z.array(
            z
              .object({
                ronde: z.object({ id: z.string(), naam: z.string() }),
                gemeente: ref,
                redenen: z.array(z.enum(REASONS)),
                ondersteuningsteam: z.string().nullable(),
                toelichtingDeadlineDatum: z.iso.date().nullable(),
                status: responseStatus,
              })
              .meta({ id: 'Escalatie' }),
          ),
        },
      },
    },
    async (request, reply) => {
      const list = await escalationList(app.db);
      if (request.query.formaat !== 'json') {
        return sendDownload(reply, request.query.formaat, {
          fileName: 'escalaties',
          header: ['ronde', 'gemeente', 'redenen', 'ondersteuningsteam', 'toelichting_deadline', 'status'],
          rows: list.map((e) => [e.round.name, e.municipality.name, e.reasons.join(', '), e.supportTeam, e.clarificationDeadline, e.status]),
        });
      }
      return list.map((e) => ({
        ronde: { id: e.round.id, naam: e.round.name },
        gemeente: { code: e.municipality.code, naam: e.municipality.name },
        redenen: e.reasons,
        ondersteuningsteam: e.supportTeam,
        toelichtingDeadlineDatum: e.clarificationDeadline,
        status: e.status,
      }));
    },
  );
}
