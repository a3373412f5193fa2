import { z } from 'zod';
import type { AppInstance } from '../types.ts';
import { API_PREFIX } from '../version.ts';
import { requireRound } from '../../services/monitor/rounds.ts';
import { importResponses } from '../../services/monitor/import.ts';
import { submitForYouthRegion } from '../../services/monitor/regional.ts';
import { importScope } from '../import-scope.ts';
import { AnswersSchema, roundParam, toAnswers } from './schemas.ts';
import { SPREADSHEET_BODY_LIMIT, SPREADSHEET_UPLOAD, spreadsheetBody } from '../tabular.ts';

const tags = ['Monitor'];

export async function monitorImportRoutes(app: AppInstance): Promise<void> {
  app.post(
    `${API_PREFIX}/monitor/rondes/:rondeId/antwoorden/import`,
    {
      config: { idempotent: true, access: { permission: 'monitor:importeren' }, upload: SPREADSHEET_UPLOAD },
      bodyLimit: SPREADSHEET_BODY_LIMIT,
      schema: {
        tags,
        operationId: 'importAntwoorden',
        summary: 'Antwoorden inlezen (CSV of XLSX: gemeente;fase;a;b;c;d;e;f;budget_mee_2015_eur;toelichting; optioneel andere_aanbieders en definitieve_afspraken, een ontbrekende kolom is onbekend); alles of niets; alleen gemeenten waarvoor u mag inlezen',
        params: z.object({ rondeId: roundParam }),
        response: { 200: z.object({ aantal: z.number().int() }).meta({ id: 'AntwoordenImportResultaat' }) },
      },
    },
    async (request) => {
      const body = spreadsheetBody(request.body);
      const round = await requireRound(app.db, request.params.rondeId);
      return { aantal: await importResponses(app.db, round, body, '', request.principal?.userId ?? null, importScope(app, request, 'monitor:importeren')) };
    },
  );

  app.post(
    `${API_PREFIX}/monitor/rondes/:rondeId/jeugdregios/:jeugdregioCode/antwoorden`,
    {
      config: {
        idempotent: true,
        access: { permission: 'monitor:antwoorden-schrijven' },
        scope: (request) => ({ kind: 'youthRegion', code: (request.params as { jeugdregioCode: string }).jeugdregioCode }),
      },
      schema: {
        tags,
        operationId: 'submitRegioAntwoorden',
        summary: 'Eén antwoord van de jeugdregio voor al haar gemeenten, met afwijkingen per gemeente; alles of niets',
        params: z.object({ rondeId: roundParam, jeugdregioCode: z.string().max(100) }),
        body: z.object({
          antwoorden: AnswersSchema,
          afwijkingen: z.array(z.object({ gemeenteCode: z.string().max(100), antwoorden: AnswersSchema })).max(100).default([]),
        }),
        response: { 200: z.object({ aantal: z.number().int(), gemeenten: z.array(z.string()) }).meta({ id: 'RegioAntwoordResultaat' }) },
      },
    },
    async (request) => {
      const round = await requireRound(app.db, request.params.rondeId);
      const result = await submitForYouthRegion(app.db, {
        round,
        youthRegionCode: request.params.jeugdregioCode,
        answers: toAnswers(request.body.antwoorden),
        overrides: request.body.afwijkingen.map((o) => ({ municipalityCode: o.gemeenteCode, answers: toAnswers(o.antwoorden) })),
        userId: request.principal?.userId ?? null,
      });
      return { aantal: result.length, gemeenten: result };
    },
  );
}
